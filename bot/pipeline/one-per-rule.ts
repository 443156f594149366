// Several patterns of one rule firing in one message are one breach, not several: an
// inspector confirms "this message breaks R09" once, and the digest counts messages, not
// pattern hits. Keeps the earliest finding of each rule (its span is the evidence; the
// stored message text shows the rest).
import type { MessageFinding } from '../../checks/types.js';

export function onePerRule(findings: readonly MessageFinding[]): MessageFinding[] {
  const byRule = new Map<string, MessageFinding>();
  for (const f of findings) {
    const seen = byRule.get(f.rule);
    if (!seen || f.span[0] < seen.span[0]) byRule.set(f.rule, f);
  }
  return [...byRule.values()].sort((a, b) => a.span[0] - b.span[0] || a.rule.localeCompare(b.rule));
}
