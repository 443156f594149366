// Clause/sentence geometry of a normalised message and the exceptions shared by all rules:
// a burden that is negated or forbidden ("不再要求群内打卡"), asked about ("还搞一票否决吗?"),
// made voluntary ("自愿参加, 不作硬性要求"), or quoted from a policy text is not imposed.
// rules.md: "A message that describes, quotes, forbids or cleans up a burden is not a breach."
import { CLAUSE_END, SENTENCE_END } from './lexicon.js';
import { compilePattern, type ExceptionScope } from './rule.js';

// Per code unit: 1 = ends a clause, 2 = ends a sentence (sentence ends also end clauses).
const ENDS = new Uint8Array(0x10000);
for (const ch of CLAUSE_END.replace('\\n', '\n')) ENDS[ch.charCodeAt(0)] = ENDS[ch.charCodeAt(0)]! | 1;
for (const ch of SENTENCE_END.replace('\\n', '\n')) ENDS[ch.charCodeAt(0)] = ENDS[ch.charCodeAt(0)]! | 2;

export interface Segment {
  start: number;
  end: number;
}

/** Context never reaches further than this from a match: a run-on "sentence" of 100k
 *  characters must not make each of its matches read all of it. */
const MAX_REACH = 200;

function segmentAround(text: string, pos: number, mask: number): Segment {
  const lo = Math.max(0, pos - MAX_REACH);
  const hi = Math.min(text.length, pos + MAX_REACH);
  let s = pos;
  while (s > lo && (ENDS[text.charCodeAt(s - 1)]! & mask) === 0) s--;
  let e = pos;
  while (e < hi && (ENDS[text.charCodeAt(e)]! & mask) === 0) e++;
  return { start: s, end: e };
}

export const clauseAround = (text: string, pos: number): Segment => segmentAround(text, pos, 1);
export const sentenceAround = (text: string, pos: number): Segment => segmentAround(text, pos, 2);

/** True when `seg` is a whole sentence no longer than the reach: then sentenceAround gives
 *  the same segment for every position from its start to its end, and a message's matches
 *  in one sentence can share it. */
export function isWholeSentence(text: string, seg: Segment): boolean {
  return (
    seg.end - seg.start <= MAX_REACH &&
    (seg.start === 0 || (ENDS[text.charCodeAt(seg.start - 1)]! & 2) !== 0) &&
    (seg.end === text.length || (ENDS[text.charCodeAt(seg.end)]! & 2) !== 0)
  );
}

/** Lazily computed, cached segments and scope texts around one trigger: a match is judged
 *  by a dozen exceptions, and each must not re-scan and re-slice the same sentence. */
export class TriggerContext {
  private clauseSeg: Segment | null = null;
  private sentenceSeg: Segment | null = null;
  private readonly texts: Partial<Record<ExceptionScope, string>> = {};

  /** `sentence`: the sentence around `start`, when the caller already knows it. */
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    sentence: Segment | null = null,
  ) {
    this.sentenceSeg = sentence;
  }

  get clause(): Segment {
    return (this.clauseSeg ??= clauseAround(this.text, this.start));
  }

  get sentence(): Segment {
    return (this.sentenceSeg ??= sentenceAround(this.text, this.start));
  }

  textOf(scope: ExceptionScope): string {
    let t = this.texts[scope];
    if (t === undefined) {
      switch (scope) {
        case 'before':
          t = this.text.slice(this.clause.start, this.start);
          break;
        case 'clause':
          t = this.text.slice(this.clause.start, Math.max(this.clause.end, this.end));
          break;
        case 'sentence':
          t = this.text.slice(this.sentence.start, Math.max(this.sentence.end, this.end));
          break;
        case 'message':
          t = this.text;
          break;
        case 'trigger':
          t = this.text.slice(this.start, this.end);
          break;
        case 'after':
          t = this.text.slice(this.end, Math.max(this.sentence.end, this.end));
          break;
      }
      this.texts[scope] = t;
    }
    return t;
  }
}

interface SharedException {
  id: string;
  why: string;
  scope: ExceptionScope;
  regex?: RegExp;
  test?: (ctx: TriggerContext) => boolean;
  /** For a `test`: literals one of which the message must hold for it to pass (the regex
   *  ones are derived from the regex). */
  gate?: string[];
}

/** Words that forbid, cancel, clean up or deny what follows them in the same clause.
 *  Not 整治/整改: in work chat they mostly name tasks ("人居环境整治目标任务分解到各乡镇",
 *  "整改情况"); a campaign against a burden is caught by 'cleanup-campaign' instead.
 *  免 frees only as a verb (免于, 免报, 免填): 免费, 免冠照片, 免职, 免税, 免疫, 免责 are nouns or
 *  threats, and "用免费下发的APP每天打卡" is still an order. 不设 denies ("也不设一票否决"), but
 *  not before a term or a limit: "借调不设期限" is the burden itself. */
export const NEGATORS = String.raw`(?:
    不再 | 不得 | 严禁 | 禁止 | 不准 | 不许 | 不允许 | 不能 | 不应 | 不宜 | 不要 | 别再 | 切勿 | 杜绝
  | 不要求 | 无需 | 无须 | 不需要? | 不用 | 不必 | 免(?![费冠职税疫责])于? | 不搞 | 不作 | 不做 | 不予 | 不设(?![期上时截])
  | 取消 | 清理 | 废止 | 撤销 | 撤除 | 摘除 | 摘牌 | 纠正 | 反对 | 避免 | 减少 | 精简 | 压减 | 停止 | 叫停
  | 不是 | 并非 | 不属于 | 而非 | 没必要 | 没有必要 )`;

const NEGATION_WINDOW = 16;

/** The negation test as a rule-specific 'before' exception, with some negators left out:
 *  for rules whose own vocabulary uses them as ordinary words ("人居环境整治目标任务分解到
 *  各乡镇" is a task, not a cleanup). Such a rule skips the shared 'negated' exception and
 *  adds this one; the window matches the shared one (a negator starting up to 16 characters
 *  before the trigger, inside the clause). `notFollowedBy`: what may not come right after the
 *  negator for it to count ("清理不到位的…一票否决" names a failed task, not a cleanup). */
export function negationExcept(drop: readonly string[], notFollowedBy?: string): string {
  const words = NEGATORS.replace(/^\(\?:|\)$/g, '')
    .split('|')
    .map((w) => w.trim())
    .filter((w) => w && !drop.includes(w));
  const guard = notFollowedBy ? `(?!${notFollowedBy})` : '';
  return `(?:${words.join('|')})${guard}[^${CLAUSE_END}]{0,${NEGATION_WINDOW - 2}}$`;
}

/** A leader who speaks (书记, 县长, 镇长…): what follows the colon is his order. */
/** "…得很清楚", "…得明明白白" after a verb of saying or writing: the words that follow are quoted. */
const CLEARLY = String.raw`得(?:很|非常|十分)?(?:明白|清楚|清清楚楚|明明白白)`;
const RELAYING_LEADER = new RegExp(String.raw`(?:书记|县长|旗长|区长|市长|州长|盟长|镇长|乡长|苏木达|主任|局长|部长|领导)[^“”]{0,16}(?:讲话|发言|讲|说|强调|指出|要求)(?:了|道|中|${CLEARLY})?[:,]?$`); // "副书记在推进会上的讲话：“…”" relays words too
/** A county body's notice forwarded word for word into the group ("以下为县生态环境局通知原文：“…”",
 *  "转：县自然资源局原文“…”"): the quotation is the order itself, passed on to be carried out. */
const FORWARDED_ORDER = /(?:县|区|旗|市|州|盟)(?:里|上|[^“”:,。]{0,12}(?:局|委|办|部|院|中心|公司|指挥部|大队))(?:的)?(?:通知|来文|函|明电)?原文[:,]?$/;
/** A document being quoted: then the quotation is a text, whoever reads it out. */
const QUOTED_TEXT = /文件|规定|条例|意见|办法|方案|原文|政策|中央|通知/;
/** What stands just before an opening quote that quotes a text: "文件里写：", "原话是", "写得很清楚：". */
const QUOTING_LEAD = new RegExp(
  String.raw`(?:文件|规定|条例|意见|办法|方案|原话|原文|通知|精神|讲话)[里中上]?(?:说|是|讲|写|提到|提出|指出|强调|明确|规定|要求)?[:,]?$|(?:说|讲|写|提到|提出|指出|强调|明确|规定)(?:了|的是|得好|${CLEARLY})?[:,]?$`,
);

/** A closing check that the order was understood ("…，都整明白没？", "…，听清楚了吗？", "…，晓得不？"),
 *  in a clause of its own: it asks nothing about the order before it. Not "有人知道吗" (who asks
 *  someone for an answer). */
const UNDERSTOOD_TAG =
  /[,;:](?:都|你们|大家|各位|同志们)?(?:整|听|弄|搞|记|看)?(?:明白|清楚|懂|到|见|住|晓得|知道)(?:了)?(?:没有?|不|吧|吗|么|没得|莫得)?$/;

/** A chase ("今天的走访照片怎么还没发群里？…抓紧！"): asks why it is late, then urges it on; the
 *  question is the order. Only when the next words urge (抓紧, 尽快, 马上…). */
const CHASE = /(?:怎么|咋|为什么|为啥|咋个)(?:还|都)(?:没|不|没有)/;
const URGE = /^[^?？]{0,30}?(?:抓紧|尽快|赶紧|赶快|马上|立即|立刻|速度|快点|搞快)/;

/** The 十不得 named as such: a message that carries them relays or studies the rules. */
const RULES_NAMED = /十不得|十个["“]?不得/;
// Asked for every match of a message: a 1 MB message with thousands of matches must not be
// read again for each.
let lastText: string | null = null;
let lastNames = false;
function namesTheRules(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastNames = RULES_NAMED.test(text);
  }
  return lastNames;
}
const FORBIDS = /不得|不准|严禁|禁止|不能|不要/;
/** Words that give an order to the reader (请问/请教 ask), or tell of one given in spite of
 *  the rules ("十不得出来了，县里还是要求各村每天打卡"). */
const ORDERS = /请(?!问|教)|务必|必须|一律|(?:还是|还在|仍然?|照样|照旧|又)(?:要求|让|叫)/;

export const SHARED_EXCEPTIONS: SharedException[] = [
  {
    id: 'negated',
    why: '触发词前有“不再、不得、严禁、取消、清理、无需”等否定或清理用语：这是在禁止或纠正负担，不是在施加负担。',
    scope: 'before',
    regex: compilePattern(NEGATORS, {}).regex,
    test(ctx) {
      const from = Math.max(ctx.clause.start, ctx.start - NEGATION_WINDOW);
      return this.regex!.test(ctx.text.slice(from, ctx.start));
    },
  },
  {
    id: 'cleanup-campaign',
    why: '“整治……问题”“纠正……做法”：是在整治这种负担本身，不是在施加负担。',
    scope: 'clause',
    regex: compilePattern(String.raw`(?:整治|整改|纠正|治理)[^,;:!?。\n]{0,12}(?:问题|乱象|现象|形式主义|做法|行为|之风)`, {}).regex,
  },
  {
    id: 'question',
    why: '所在句子是问句（以问号结尾）：是在询问，不是在下达要求。',
    scope: 'sentence',
    gate: ['?'],
    test(ctx) {
      if (ctx.text[ctx.sentence.end] !== '?') return false;
      const sentence = ctx.textOf('sentence');
      if (CHASE.test(sentence) && URGE.test(ctx.text.slice(ctx.sentence.end + 1, ctx.sentence.end + 40))) return false;
      return !/^(?:请(?!问|教)|要|必须)/.test(sentence) && !UNDERSTOOD_TAG.test(sentence);
    },
  },
  {
    id: 'voluntary',
    why: '所在句子写明自愿、不作要求或不强制：自愿的事不是负担。',
    scope: 'sentence',
    regex: compilePattern(
      String.raw`自愿 | 自行(?:决定|选择|参加) | 自由参加 | 不作(?:硬性|强制|统一)?要求 | 不做(?:硬性|强制|统一)?要求 | 不作硬性规定
        | 不强制 | 非强制 | 不作强制 | 不统计 | 不计入(?:考核|排名) | 不纳入(?:考核|排名|评比) | 可参加可不参加 | 看个人意愿`,
      {},
    ).regex,
  },
  {
    id: 'warning-case',
    why: '消息在通报别处因形式主义被查处的反面典型、要求“引以为戒”：是在警示，不是在施加负担。',
    scope: 'message',
    regex: /引以为戒|以案为鉴|以案示警|反面典型|警示案例/,
  },
  {
    id: 'rules-text',
    why: '消息在转发或学习“十不得”等减负规定本身（但同一句里另行下达的要求，如“请完成十不得测试，成绩截图发群”，照常检查）。',
    scope: 'clause',
    gate: ['不得'],
    test(ctx) {
      if (!namesTheRules(ctx.text)) return false;
      // An order given beside the rules ("请各镇干部…完成‘十不得’知识测试，答题成绩截图发到
      // 本群"): the trigger's own clause says nothing of 不得, and its sentence orders.
      if (FORBIDS.test(ctx.textOf('clause'))) return true;
      return !ORDERS.test(ctx.text.slice(ctx.sentence.start, ctx.start));
    },
  },
  {
    id: 'quoted',
    why: '触发词在引号内，且引号前是“文件说、原话是、规定”等转述：这是在引用文件，不是在下达要求。',
    scope: 'clause',
    gate: ['“'],
    test(ctx) {
      const { text, sentence } = ctx;
      let open = ctx.start - 1;
      while (open >= sentence.start && text[open] !== '“' && text[open] !== '”') open--;
      if (open < sentence.start || text[open] === '”') return false;
      const lead = text.slice(Math.max(0, open - 8), open);
      // A leader's words relayed verbatim ("乡党委书记在大会上讲：“每个季度给各村打一次分…”")
      // are an order, not a quotation of a text; a leader quoting a document still quotes.
      const said = text.slice(sentence.start, open);
      if (RELAYING_LEADER.test(said) && !QUOTED_TEXT.test(said)) return false;
      if (FORWARDED_ORDER.test(said)) return false;
      return QUOTING_LEAD.test(lead);
    },
  },
];
