// Precision / recall / F1 per rule and the micro average, computed the same way as
// ../shared/tools/score.py so the two agree.
export interface LabelledMessage {
  id: string;
  text: string;
  rules: string[];
}

export interface RuleScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  perRule: RuleScore[];
  micro: RuleScore;
  exact: number;
  wrong: { id: string; text: string; gold: string[]; predicted: string[] }[];
}

function prf(code: string, tp: number, fp: number, fn: number): RuleScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { code, tp, fp, fn, precision, recall, f1 };
}

export function evaluate(items: LabelledMessage[], predict: (text: string) => string[]): Evaluation {
  const tp = new Map<string, number>();
  const fp = new Map<string, number>();
  const fn = new Map<string, number>();
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const wrong: Evaluation['wrong'] = [];
  let exact = 0;
  for (const item of items) {
    const gold = new Set(item.rules);
    const pred = new Set(predict(item.text));
    for (const c of pred) inc(gold.has(c) ? tp : fp, c);
    for (const c of gold) if (!pred.has(c)) inc(fn, c);
    const same = gold.size === pred.size && [...gold].every((c) => pred.has(c));
    if (same) exact++;
    else wrong.push({ id: item.id, text: item.text, gold: [...gold].sort(), predicted: [...pred].sort() });
  }
  const codes = [...new Set([...tp.keys(), ...fp.keys(), ...fn.keys()])].sort();
  const perRule = codes.map((c) => prf(c, tp.get(c) ?? 0, fp.get(c) ?? 0, fn.get(c) ?? 0));
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  return { perRule, micro: prf('micro', sum(tp), sum(fp), sum(fn)), exact: items.length ? exact / items.length : 1, wrong };
}
