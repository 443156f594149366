import { describe, expect, it } from 'vitest';
import { buildKeywordAutomaton } from '../../checks/messages/keyword-automaton.js';
import { normalize } from '../../checks/messages/normalize.js';

describe('keyword automaton', () => {
  const sets = [['打卡', '签到'], ['一票否决'], ['否决'], ['每天报送', '报送'], ['app']];
  const auto = buildKeywordAutomaton(sets);

  it('finds keywords, including overlapping and nested ones', () => {
    expect(auto.candidates('实行一票否决').sort()).toEqual([1, 2]);
    expect(auto.candidates('每天报送一次').sort()).toEqual([3]);
    expect(auto.candidates('好的，收到')).toEqual([]);
  });

  it('reads through characters the normaliser drops, and folds width and case', () => {
    expect(auto.candidates('请 打👉卡')).toEqual([0]);
    expect(auto.candidates('下载ＡＰＰ')).toEqual([4]);
  });

  it('finds a keyword wherever it sits in a text, with dropped characters inside it', () => {
    const fillers = ['好的收到谢谢大家辛苦了', '镇镇镇镇镇镇镇镇镇镇', '票否决票否决票否决'];
    for (const filler of fillers) {
      for (let len = 14; len <= 40; len++) {
        const base = filler.repeat(5).slice(0, len);
        for (let at = 0; at <= len; at++) {
          for (const kw of ['一票否决', '一 票👍否决']) {
            const text = base.slice(0, at) + kw + base.slice(at);
            expect(auto.candidates(text).sort(), JSON.stringify(text)).toEqual([1, 2]);
          }
        }
      }
    }
  });

  it('agrees with substring search on normalised text for random inputs', () => {
    const alphabet = '打卡签到一票否决每天报送appAPP ，👍好的县乡镇村';
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 5000; n++) {
      const len = Math.floor(rand() * 64);
      let text = '';
      for (let i = 0; i < len; i++) text += [...alphabet][Math.floor(rand() * [...alphabet].length)];
      const norm = normalize(text).text;
      const expected = sets.map((set, i) => (set.some((k) => norm.includes(k)) ? i : -1)).filter((i) => i >= 0);
      expect(auto.candidates(text).sort(), JSON.stringify(text)).toEqual(expected);
      const present = new Int32Array(sets.length).fill(n); // last text's stamp: must not count
      auto.mark(text, present, n + 1);
      expect([...present].flatMap((p, i) => (p === n + 1 ? [i] : [])), JSON.stringify(text)).toEqual(expected);
    }
  });
});
