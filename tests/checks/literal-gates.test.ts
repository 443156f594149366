import { describe, expect, it } from 'vitest';
import { LiteralGates } from '../../checks/messages/literal-gates.js';
import { normalize } from '../../checks/messages/normalize.js';

// A gate is answered by looking up a small set's literals, or by the automaton pass that
// answers all of them; both must give the same answer for every set and text.
describe('literal gates', () => {
  const sets = [
    ['再', '重新', '另'],
    ['填报', '报送', '上报', '提交', '报', '填', '交', '送'],
    ['不再', '不得', '严禁', '禁止', '不准', '不许', '取消', '清理', '废止', '撤销', '无需', '不用'],
    ['打卡'],
    ['钉钉定位打卡'], // cut to its first three characters
    ['ＡＰＰ'], // normalised like message text
  ];
  const texts = [
    '这个文件的附件好像没传上来，麻烦再发一下',
    '数据格式有误，请按新模板重新填报，再报一次',
    '即日起取消各类工作群打卡',
    '每天在钉钉定位',
    '下载app并注册',
    '',
    `${'好的收到'.repeat(100)}不得再报`, // longer than the lookup limit: read by the automaton
  ];

  function answers(text: string, order: number[]): boolean[] {
    const gates = new LiteralGates();
    const ids = sets.map((s) => gates.add(s));
    gates.compile();
    gates.open(normalize(text).text);
    const out: boolean[] = [];
    for (const i of order) out[i] = gates.isOpen(ids[i]!);
    return out;
  }

  const expected = (text: string) =>
    sets.map((set) => set.some((l) => normalize(text).text.includes(normalize(l).text.slice(0, 3))));

  it('answers small sets first (by lookup) and the same after a large set forced the automaton pass', () => {
    for (const text of texts) {
      const smallFirst = answers(text, [0, 3, 4, 5, 1, 2]);
      const largeFirst = answers(text, [2, 1, 0, 3, 4, 5]);
      expect(smallFirst, text).toEqual(expected(text));
      expect(largeFirst, text).toEqual(expected(text));
    }
  });

  it('forgets the previous message', () => {
    const gates = new LiteralGates();
    const again = gates.add(['再', '重新', '另']);
    const negators = gates.add(sets[2]!);
    gates.compile();
    gates.open('麻烦再发一下,不得');
    expect(gates.isOpen(again)).toBe(true);
    expect(gates.isOpen(negators)).toBe(true);
    gates.open('好的收到');
    expect(gates.isOpen(again)).toBe(false);
    expect(gates.isOpen(negators)).toBe(false);
  });

  it('opens every gate when disabled, and a set that constrains nothing is always open', () => {
    const off = new LiteralGates(false);
    const id = off.add(['打卡']);
    off.compile();
    off.open('好的');
    expect(off.isOpen(id)).toBe(true);
    const on = new LiteralGates();
    expect(on.add(null)).toBe(-1);
    expect(on.add([])).toBe(-1);
    on.compile();
    on.open('好的');
    expect(on.isOpen(-1)).toBe(true);
  });
});
