// The exceptions every rule shares, through the whole engine: a burden asked about,
// forbidden, made voluntary or quoted from a document is not imposed (rules.md).
import { describe, expect, it } from 'vitest';
import { scanMessage } from '../../checks/messages/index.js';
import { isWholeSentence, sentenceAround } from '../../checks/messages/context.js';

const rules = (text: string) => [...new Set(scanMessage(text).map((f) => f.rule))];

describe('shared exceptions', () => {
  it('a question is not an order, including one opened with 请问', () => {
    expect(rules('请问一下，镇里的学习强国积分还需要每周截图吗？')).toEqual([]);
    expect(rules('今年还要在群里打卡吗？')).toEqual([]);
    // ...but an order that happens to end with a question mark stays an order.
    expect(rules('请各村网格员每天早上8点前在群里发定位打卡，没打卡的按缺勤处理，听清楚了吗？')).toContain('R06');
    // ...and so does one closed by a check that it was understood, in any dialect.
    expect(rules('县里要求各村每天在群里发定位打卡，大家晓得不？')).toContain('R06');
    expect(rules('各村每天晚上在群里报当天巡河照片，都整明白没？')).toContain('R06');
    expect(rules('是不是还要每天在群里打卡，有人知道吗？')).toEqual([]);
    // A chase asks why it is late and then urges it on: the question is the order.
    expect(rules('各村今天的巡河照片咋还没发到群里？镇里马上要汇总，赶紧的。')).toContain('R06');
    expect(rules('各村今天的巡河照片咋还没发到群里？是不是信号不好。')).toEqual([]);
  });

  it('forbidding or cleaning up a burden is not imposing it', () => {
    expect(rules('即日起取消各类工作群打卡、接龙报到，不再要求干部在群里发定位、晒截图。')).toEqual([]);
    expect(rules('县委办：今年起不再要求乡镇签订各类承诺书、军令状。')).toEqual([]);
    expect(rules('本周起各村免于在群里发定位打卡。')).toEqual([]);
    expect(rules('各村免报每日打卡截图。')).toEqual([]);
    expect(rules('县人武部：征兵工作不再跟各镇签责任书，也不设一票否决。')).toEqual([]);
  });

  it('免 in a noun or a threat (免费, 免冠, 免职) does not lift the order beside it', () => {
    expect(rules('各村网格员用县里免费下发的APP每天在群里发定位打卡。')).toContain('R06');
    expect(rules('各村干部上传免冠照片到平台并每天在群里发定位打卡。')).toContain('R06');
    expect(rules('各村每天在群里发定位打卡，连续缺卡的干部免职处理。')).toContain('R06');
  });

  it('a bare 又来了 opens a relayed order; 怎么又来了…受不了 vents', () => {
    expect(rules('打卡又来了😅 县里说从明天起各村每天早上8点前在群里发定位打卡。')).toContain('R06');
    expect(rules('怎么又来了，各村每天在群里发定位打卡，受不了。')).toEqual([]);
  });

  it('voluntary wording removes the burden', () => {
    expect(rules('周末社区组织志愿者去敬老院，大家自愿报名，在群里接龙就行，不强制。')).toEqual([]);
  });

  it('a document quoted after 写得很清楚 is a quotation; a leader who 讲得很清楚 is giving an order', () => {
    expect(rules('第五条写得很清楚：“各村网格员每天早上8点前在群里发定位打卡”。')).toEqual([]);
    expect(rules('镇党委书记在会上讲得很清楚：“各村网格员每天早上8点前在群里发定位打卡”。')).toContain('R06');
  });

  it('a message relaying the 十不得 themselves is not a breach', () => {
    expect(rules('转发学习：十个“不得”：不得重复督查检查、不得反复填表报数、不得滥用“一票否决”、不得长期借调干部。')).toEqual([]);
    expect(rules('请大家认真学习十个“不得”：不得要求基层每天在群里打卡、晒截图。')).toEqual([]);
    expect(rules('县里出台了十个“不得”，其中明确不得重复督查检查，请各镇对照学习。')).toEqual([]);
  });

  it('an order given beside the 十不得 is still an order', () => {
    expect(rules('请各村干部周五前在“皖事通”完成十不得知识答题，把成绩截图发到群里。')).toContain('R06');
    expect(rules('务必在周日前完成十不得知识竞赛，答题截图发本群，按参赛率排名通报。')).toContain('R06');
    expect(rules('十不得出来了，但县里还是要求各村每天在群里发定位打卡。')).toContain('R06');
  });
});

describe('sentence segments', () => {
  it('a whole sentence is the same segment from any position in it, so matches can share it', () => {
    const text = '请各村每天打卡;没打卡的按缺勤处理。周五前报送';
    for (let pos = 0; pos <= text.length; pos++) {
      const seg = sentenceAround(text, pos);
      if (!isWholeSentence(text, seg)) continue;
      for (let p = seg.start; p <= seg.end; p++) expect(sentenceAround(text, p), `${pos}→${p}`).toEqual(seg);
    }
    expect(isWholeSentence(text, sentenceAround(text, 3))).toBe(true);
  });

  it('a run-on sentence longer than the reach is not shared', () => {
    const text = '各村'.repeat(300);
    expect(isWholeSentence(text, sentenceAround(text, 300))).toBe(false);
  });
});
