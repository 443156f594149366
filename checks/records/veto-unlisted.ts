// veto-unlisted (R04): a registered 一票否决 item that is not on the county's approved
// list (004 九(四) 清单化管理，未列入清单的不得擅自设立).
//
// Matching tolerates wording around the listed item, never a broader or different item:
// both sides are width-folded and stripped of punctuation, quotes and framing words
// ("一票否决", "事项", "实行"); an item matches when it equals a listed item or contains one
// ("发生安全生产重特大事故的" contains "安全生产重特大事故"). "安全生产" alone does not
// match "安全生产重特大事故": it is a broader veto than the one approved.
import { BASIS } from './basis.js';
import { makeFinding } from './make-finding.js';
import { compactText } from './normalize-text.js';
import type { RecordCheck, RecordCheckMeta } from './types.js';

const meta: RecordCheckMeta = {
  id: 'veto-unlisted',
  rule: 'R04',
  register: 'vetoItems',
  title: '擅自设立一票否决事项',
  description: '登记的“一票否决”事项不在县里批准的清单内。',
  basis: [BASIS.vetoList, BASIS.vetoCountyApproval, BASIS.vetoAnyForm],
};

const FRAMING = /一票否决制?|实行|事项|工作/gu;

export function vetoKey(item: string): string {
  const key = compactText(item).replace(FRAMING, '');
  return key.length > 0 ? key : compactText(item);
}

/** A predicate: is an item on the approved list (see the matching note above)? */
export function approvedVetoMatcher(approvedItems: string[]): (item: string) => boolean {
  const keys = approvedItems.map(vetoKey).filter((k) => k.length > 0);
  return (item) => {
    const key = vetoKey(item);
    return keys.some((k) => key === k || key.includes(k));
  };
}

const base = { setBy: '县文明办', targets: '各乡镇', date: '2026-04-15' };

export const vetoUnlisted: RecordCheck = {
  meta,
  run({ records, settings }) {
    const approved = settings.veto.approvedItems;
    const isApproved = approvedVetoMatcher(approved);
    return records.vetoItems
      .filter((v) => !isApproved(v.item))
      .map((v) =>
        makeFinding(
          meta,
          v.id,
          `${v.setBy ?? '（未写明设立单位）'}${v.date ? `于${v.date}` : ''}对${v.targets ?? '乡镇'}设立“一票否决”事项「${v.item}」，该事项不在县里批准的一票否决清单（${approved.join('、') || '清单为空'}）内`,
        ),
      );
  },
  examples: [
    {
      name: 'listed items pass with wording around them; other or broader items are flagged',
      asOf: '2026-11-23',
      settings: { veto: { approvedItems: ['安全生产重特大事故', '党风廉政建设'] } },
      records: {
        vetoItems: [
          { ...base, id: 'listed', item: '安全生产重特大事故' },
          { ...base, id: 'wording', item: '“党风廉政建设”一票否决' },
          { ...base, id: 'contains', item: '发生安全生产重特大事故的' },
          { ...base, id: 'broader', item: '安全生产' },
          { ...base, id: 'other', item: '创建全国文明城市' },
          { ...base, id: 'other-2', item: '计划生育' },
        ],
      },
      flagged: ['broader', 'other', 'other-2'],
    },
    {
      name: 'an empty approved list flags every item',
      asOf: '2026-11-23',
      settings: { veto: { approvedItems: [] } },
      records: { vetoItems: [{ ...base, id: 'any', item: '安全生产重特大事故' }] },
      flagged: ['any'],
    },
  ],
};
