// R10 不得长期借调干部 — 004 §九(十):
// “上级机关一般不准长期(半年以上)借调乡镇干部,因工作特殊需要短期借调的,应征得借调单位同级党委组织部门同意并明确借调时间。对现有借调人员,借调期满的返回乡镇工作。”
// 000: “确因工作需要借用苏木乡镇和街道在编人员的,需经同级组织或人力资源社会保障部门批准,且时间不得超过3个月。同一时期同一苏木乡镇或街道被上级部门借调干部不超过2名。”
// 000: “新录用公务员在服务期限内不得转任交流至上级部门,不得以借用、调训、帮助工作等方式抽调至上级部门。”
// 004 §八(六): “严格落实乡镇领导班子任期、新录用公务员5年最低服务年限”
//
// A secondment (借调, 抽调, 借用, 帮助工作, 跟班学习, 上挂) is flagged when its term is long
// or open, when it skips the organisation department's approval, when the cadre is a new
// recruit, or when one township gives more than N cadres. A stated term is compared with
// the `secondment.maxDays` setting (default 90, from 000) in `accept`, and a per-township
// count with `secondment.maxPerTownship` (default 2): the same thresholds as the register
// checks, so a chat message and a register row are judged alike.
import { compilePattern, defineRule, type MatchContext } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_000, DOC_004 } from '../basis.js';
import { RELIEF_ALL_RULES } from '../relief-exceptions.js';

const LOCAL = {
  /** Ways of taking a cadre away from the township to a higher office. */
  second: String.raw`(?:借调 | 抽调 | 借用 | 帮助工作 | 协助工作 | 帮忙工作 | 跟班学习 | 跟班锻炼 | 跟班工作 | 上挂(?:锻炼|学习)?
    | 借过来 | 借过去 | 借走 | 借到 | 抽到 | 抽过来 | 抽过去 | 抽走 | 借(?:多久|多长时间) | 借人   # spoken: 想借过去写材料, 借多久看工作需要
    | 跟岗(?:锻炼|学习|工作)? | 集中办公                                         # 到县委办跟岗锻炼, 派一名同志到局里集中办公
    | 借掉 | 先借 | 再借 | (?:要|想)借(?![鉴款钱车书据助口贷])                 # voice input 借掉(调); 先借半年看看; 还要借小周半年
    | 抽掉(?=[0-9一二两三四五六七八九十几各每你我他她小老若部骨干同人名])   # voice input 抽掉(调), of people: 从各乡镇抽掉十个纪检干事, 抽掉小王 (not 把表抽掉了)
    | 抽人 | 调人 | 调去 | 调过来 | 调过去 | 调[0-9一二两三四五六七八九十]名 | 继续留[委局办部] | 留[委局办部]工作   # 从乡镇临时抽人; 从各乡镇调3名; 拟继续留委工作一年
    | [县旗区市州盟](?:里|上|局|委|办|部)帮忙(?!协调|解决|争取|联系)   # 小刘在县里帮忙这一年多; 到区局帮忙弄资料
    | 这边帮忙(?!协调|解决|争取|联系|看|问)                           # 你就先过来县委办这边帮忙吧
    | (?:我|我们|咱|咱们|本)(?:单位|局|办|委|部|中心|处)(?:里|这边|这里)?帮忙(?!协调|解决|争取|联系|看|问|核|审|查|对接|宣传)   # the borrowing office speaks: 小张在我办帮忙原定3个月
    | (?:我|我们|咱|咱们)(?:这|这里|这儿)帮忙(?!碌|活|乎|协调|解决|争取|联系|看|问|核|审|查|对接|宣传)   # 小周先过来我们这帮忙 (not 我们这帮忙活了一天: 这帮 "this lot")
    | 续借                                                             # an extension is a secondment of its own: 续借半年
    | (?:镇|乡|街道|苏木)(?:里|上|政府|机关|党委|党政办|党建办|综治办|综治中心|便民服务中心|为民服务中心|社会事务办|经发办|应急办|办公室)帮忙
      (?!协调|解决|争取|联系|看|问|核|审|查|对接|宣传|指导)          # a village cadre kept at the township: 长期在镇党政办帮忙
    | (?:过去|过来|上去|上来)帮忙(?!协调|解决|争取|联系|看|问|核|审|查|搬|抬)   # spoken: 打电话要咱镇小刘过去帮忙
    | [村镇乡道组区]借(?:来|过来|上来)?的(?!钱|款|车|书|东西|桌|椅|凳|设备|房|场地|资料|工具)   # 从河口村借来的那个文书 (not 从村里借的桌子)
    )`,
  /** Spoken secondments that need more words than {{second}} can hold and stay provable by
   *  recheck: a cadre coming up to the county to help (下周来县委办帮助写材料; not 帮助乡镇), a
   *  head count of people taken (抽一个写材料的同志; not 抽3个村检查), and a township asked to
   *  send someone over to the borrower (请红星镇再派一名干部过来顶岗; not 镇里派人去村里; 派…到我委跟班学习 is
   *  {{second}}'s). */
  secondSpoken: String.raw`(?:(?:来|到|去)[县旗区市州盟](?:委办|委|政府|里|上|局|办|部)?帮(?:助|忙)(?!协调|解决|争取|联系|乡镇|镇|村|群众|企业)
    | 抽(?:[0-9]{1,2}|[一两二三四五六七八九十几]{1,2})(?:个|名|位)[^,;:!?。\n]{0,6}?(?:人|同志|干部|骨干|笔杆子)
    | (?:镇|乡|街道|苏木|你们|你镇|你乡|贵镇)(?:里|上)?(?:另|再|重新)?(?:选派|派(?!出所|驻))(?:[0-9]|[一两二三四五六七八九十几])?(?:名|个|位)?
      (?:年轻|业务|精干|懂行的?|熟悉业务的?)?(?:干部|同志|人)(?:过来|来我))`,
  /** A plain 借 of people, in terse notes: a head count (借两个人, 借1名干部) or a named township
   *  and its cadre (借城南街道王磊, 借石桥镇的小刘); not 借 of money, cars or rooms. */
  borrowPlain: String.raw`(?:借(?:[0-9]{1,2}|[一两二三四五六七八九十几]{1,2})(?:个|名|位)(?:人|干部|同志|骨干|年轻人)?
    | 借(?![用调过来去走到给出入款钱])[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道|苏木)(?!政府|党委|人大|财政|的?(?:钱|款|车|场地|会议室|设备|房|仓库|帐篷|资料|桌|椅|办公)) )`,
  /** The end of the work a secondment lasts for: done, closed, wound up (案件办结, 告一段落), and
   *  the spoken "done with it" (账目核对全部弄完, 规划搞完). */
  workEnd: String.raw`(?:结束|完成|完毕|为止|收尾|竣工|完工|办结|结案|审结|查结|告一段落|弄完|搞完|干完|做完|办完|忙完)`,
  /** After "N年以上": the cadres it describes, not the term (从工作满5年以上的干部中选派, 3年以上基层工作经历). */
  serviceOf: String.raw`(?:的?(?:乡镇|镇|乡|街道|村|基层|在编|在职|正式)?(?:干部|同志|人员|公务员|党员|骨干)|(?:的)?(?:基层)?工作经|工龄)`,
  /** The organisation department never approved it: 组织部也没发函, 组织部根本没批, 没走组织部. */
  noApproval: String.raw`(?:组织部门?(?:那边|那里|这边)?(?:也|都|根本|压根|还|并)?(?:没|没有|未|不)(?:有)?(?:批|同意|发函|发文|审批|点头|盖章|备案|知道)
    | 未经(?:组织部门?|组织部)?(?:批准|同意|审批) | 没(?:有)?(?:走|经过?|报)(?:过)?组织部)`,
  /** A recruitment named with its year or as recent (2024年考录, 去年招录): accept() compares the year
   *  with the minimum service period. */
  recruited: String.raw`(?:20[0-9]{2}年(?:度)?(?:考录|招录|录用|考入|考上|入职|招考|招聘)
    | (?:今年|去年|前年)(?:刚|新)?(?:考录|招录|录用|考入|考进|考上|入职|招考|招聘))`,
};

/** 抽N人 (各镇抽1人到专班), read as a secondment in the sentence only outside a spot check (not 随机抽3人回访). */
const CHOU_N_STRICT = String.raw`(?<!随机|每村|每户)抽(?:[0-9]{1,2}|[一两二三四五六七八九十几]{1,2})人(?!次|口|员)`;

const SECOND_KEYWORDS = ['借调', '抽调', '借用', '帮助工作', '协助工作', '帮忙工作', '跟班', '上挂', '借过来', '借过去', '借走', '借到', '抽到', '抽过来', '抽过去', '抽走', '借多久', '借多长时间', '借人', '跟岗', '集中办公', '借掉', '抽掉', '先借', '再借', '要借', '想借', '抽人', '调人', '调去', '调过来', '调过去', ...[...'0123456789', ...'一二两三四五六七八九十'].map((n) => `调${n}名`), '继续留', '留委工作', '留局工作', '留办工作', '留部工作', '续借',
  ...[...'村镇乡道组区'].flatMap((c) => ['借的', '借来的', '借过来的', '借上来的'].map((x) => c + x)),
  ...['我', '我们', '咱', '咱们'].flatMap((w) => ['这', '这里', '这儿'].map((x) => `${w}${x}帮忙`)), ...[...'县旗区市州盟'].flatMap((c) => [...'里上局委办部'].map((x) => `${c}${x}帮忙`)), '这边帮忙',
  ...['我', '我们', '咱', '咱们', '本'].flatMap((w) => ['单位', '局', '办', '委', '部', '中心', '处'].flatMap((u) => ['', '里', '这边', '这里'].map((x) => `${w}${u}${x}帮忙`))),
  ...['里', '上', '政府', '机关', '党委', '办', '中心', '办公室'].map((x) => `${x}帮忙`), ...['过去', '过来', '上去', '上来'].map((x) => `${x}帮忙`)];

/** Any secondment word, for checks that key on the paperwork ("到时候再补手续") and look for
 *  the secondment anywhere in the sentence. */
const SECOND = new RegExp(`${SECOND_KEYWORDS.join('|')}|${CHOU_N_STRICT}|${compilePattern('{{secondSpoken}}', LOCAL).regex.source}`);
/** A secondment word as the patterns read it (抽掉 only of people, 要借 not of money): for checks whose
 *  own words are common outside secondments ("时间待定", "为期八个月", "已经一年了"). */
const SECOND_STRICT = compilePattern('(?:{{second}}|{{secondSpoken}})', LOCAL).regex;
/** Prefilter literals of {{secondSpoken}}: the help verbs and the head counts ("抽一个"). */
const SPOKEN_KEYWORDS = ['帮助', '帮忙', ...[...'0123456789', ...'一两二三四五六七八九十几'].flatMap((n) => ['个', '名', '位'].map((u) => `抽${n}${u}`)),
  ...['镇', '乡', '街道', '苏木', '你们', '你镇', '你乡', '贵镇'].flatMap((w) => ['', '里', '上'].flatMap((x) => ['', '另', '再', '重新'].flatMap((a) => ['派', '选派'].map((v) => w + x + a + v))))];

const CHINESE_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "8", "十二", "两", "二十" → number; NaN when it is not a plain number. */
export function parseCount(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CHINESE_DIGITS[m[1]]! : 1) * 10 + (m[2] ? CHINESE_DIGITS[m[2]]! : 0);
  if (s.length === 1 && s in CHINESE_DIGITS) return CHINESE_DIGITS[s]!;
  return NaN;
}

/** A stated term ("8个月", "一年", "半年", "一年半", "两周", "20天") in days; NaN if unreadable. */
export function termDays(term: string): number {
  const m = /^(半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(个)?(半|多)?(年|月|周|星期|天)$/.exec(term);   // 五个多月: at least five
  if (!m) return NaN;
  const n = m[1] === '半' ? 0.5 : parseCount(m[1]!);
  const unit = { 年: 365, 月: 30, 周: 7, 星期: 7, 天: 1 }[m[4] as '年' | '月' | '周' | '星期' | '天'];
  const half = m[3] === '半' ? (m[4] === '年' ? 182 : m[4] === '月' ? 15 : 0) : 0;
  return n * unit + half;
}

/** The least number of days from any day of this year to "明年底", "明年6月", "后年": the
 *  term is at least that long whatever today's date. */
export function untilDays(until: string): number {
  if (until.startsWith('后年')) return 366;
  const m = /^明年(?:(年?底)|(下半年)|([0-9]{1,2}|[一二三四五六七八九十]{1,3})月)/.exec(until);
  if (!m) return NaN;
  if (m[1]) return 335;
  if (m[2]) return 182;
  const month = parseCount(m[3]!);
  return month >= 1 && month <= 12 ? (month - 1) * 30 + 1 : NaN;
}

const MONTH = String.raw`(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})`;
const SPAN_RE = new RegExp(
  String.raw`^(?:从|自)?(?:([0-9]{4})年|(去年|前年)|今年)?(${MONTH})月份?(?:([0-9]{1,2})(?:日|号)|初|上旬|中旬|下旬)?(?:起)?(?:到|至|一直到)` +
    String.raw`(?:([0-9]{4})年|(明年)|今年|当年)?(?:(年底|年末)|(现在|今天|目前|如今|今)|(${MONTH})月份?(?:([0-9]{1,2})(?:日|号)|初|上旬|中旬|下旬|底|末)?)$`,
);

/** Days a month range spans, read the natural way: "3月到6月" runs from the start of March to
 *  the end of June, "到年底" to 31 December, a stated day is taken as given (30-day months, so the 31st counts as the 30th).
 *  "从去年9月到现在" runs at least to 1 January of this year; "从9月到现在" with no year says
 *  nothing of its length. NaN if unreadable or running backwards. */
export function spanDays(span: string): number {
  const m = SPAN_RE.exec(span);
  if (!m) return NaN;
  const [, y1, past, m1, d1, y2, nextYear, yearEnd, now, m2, d2] = m;
  const startMonth = parseCount(m1!);
  const start = (startMonth - 1) * 30 + (d1 ? Number(d1) : 1);
  if (now) {
    if (!past) return NaN;
    return (past === '前年' ? 24 : 12) * 30 + 1 - start + 1; // to 1 January of this year at least
  }
  const endMonth = yearEnd ? 12 : parseCount(m2!);
  const years = nextYear ? 1 : y1 && y2 ? Number(y2) - Number(y1) : 0;
  const end = (years * 12 + endMonth - 1) * 30 + (d2 ? Math.min(Number(d2), 30) : 30);   // 31日 is a month's end in 30-day months (3月1日至5月31日 is three months)
  const days = end - start + 1;
  return days > 0 ? days : NaN;
}

/** How far above a table cell its secondment header may stand ("借调人员情况表\n姓名|…|借调期限\n李某|…|待定"). */
const TABLE_REACH = 160;

/** A roster of people drawn from other units, with a term column ("姓名 原单位 专班职务 工作期限"):
 *  with a township in the row, a table of secondments even when no header says 借调. */
const ROSTER = /(?:原单位|原工作单位|派出单位|抽调单位|原所在单位)[^\n]{0,24}?(?:期限|时限|时间|起止)/;
const TOWNSHIP_ROW = /乡|镇|街道|苏木|嘎查|社区|村/;

/** A table cell's header lines say it records a secondment. */
function secondmentTable(text: string, at: number): boolean {
  const above = text.slice(Math.max(0, at - TABLE_REACH), at);
  if (SECOND.test(above)) return true;
  const rowStart = above.lastIndexOf('\n') + 1;
  return ROSTER.test(above.slice(0, rowStart)) && TOWNSHIP_ROW.test(above.slice(rowStart));
}

/** Another secondment asked for in the same message ("拟从东风街道再借调一名"): what an
 *  "已有2名同志借调在外" count is weighed against. */
const MORE_WANTED = /(?:再|又|还要|还想|拟|准备|计划|想)[^,;:!?。\n]{0,8}?(?:借调|抽调|借用|借)/;

/** A recruitment year is within the minimum service period counted from the year the message
 *  was sent (a 2015 recruit has served his term; a 2024 one has not until 2029). Without the
 *  send date (asOf) a written year cannot be weighed, and the check stays silent. */
function recentRecruit(recruit: string, minServiceYears: number, asOf: string | null): boolean {
  const year = /^(20[0-9]{2})年/.exec(recruit);
  if (!year) return true; // 今年/去年/前年: within any service period of at least 3 years
  if (!asOf) return false;
  const age = Number(asOf.slice(0, 4)) - Number(year[1]);
  return age >= 0 && age < minServiceYears;
}

/** What a clause says when the time told is since the cadre came back ("借调的小李回来已经半年了",
 *  not "还没回来，已经半年了"). */
const RETURNED = /(?<!没|未|不|没有|还没|尚未)(?:回来|返回|回到|回镇|回村|回乡|回原单位)/;

/** The clause before a position in the normalised text (back to the last comma or stop). */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  const before = text.slice(from, at);
  const cut = Math.max(...[...',;:!?。\n'].map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1);
}

function accept(ctx: MatchContext): boolean {
  const { term, count, paperwork, anchored, until, cell, span, recruit, already, stated, elapsed, openTerm } = ctx.groups;
  if (stated || elapsed) {
    // A term told apart from the secondment word, or the time already spent: the sentence must
    // second someone, and the time must pass the limit (not the time since the cadre came back).
    if (!term || !SECOND_STRICT.test(ctx.sentence)) return false;
    if (elapsed && RETURNED.test(clauseBefore(ctx.text, elapsed.start))) return false;
    const days = termDays(term.value);
    return !Number.isNaN(days) && days > ctx.settings.secondment.maxDays;
  }
  if (recruit) return recentRecruit(recruit.value, ctx.settings.secondment.minServiceYears, ctx.asOf);
  if (already) {
    // "已有2名同志借调在外" plus one more asked for: the new one goes over the limit.
    const n = parseCount(already.value);
    return !Number.isNaN(n) && n >= ctx.settings.secondment.maxPerTownship && MORE_WANTED.test(ctx.text);
  }
  if (span) {
    // A month range anywhere in a sentence that seconds someone: its length is the term.
    const days = spanDays(span.value);
    return SECOND.test(ctx.sentence) && !Number.isNaN(days) && days > ctx.settings.secondment.maxDays;
  }
  if (cell) {
    // A table row: the secondment is named in the header lines above, not in the row.
    if (!secondmentTable(ctx.text, cell.start)) return false;
    if (!term) return true;
  }
  // 时间待定 is said of meetings and forms too: only a secondment as the patterns read it counts.
  if (openTerm) return SECOND_STRICT.test(ctx.sentence);
  if (paperwork || anchored) {
    // 延长到明年6月: the extension must also reach past the limit.
    return SECOND.test(ctx.sentence) && (!until || untilDays(until.value) > ctx.settings.secondment.maxDays);
  }
  if (until) {
    const days = untilDays(until.value);
    return !Number.isNaN(days) && days > ctx.settings.secondment.maxDays;
  }
  if (term) {
    // 借调的小王回来已经半年了: the time since the return, in the term's own clause.
    if (RETURNED.test(clauseBefore(ctx.text, term.start))) return false;
    const days = termDays(term.value);
    return Number.isNaN(days) || days > ctx.settings.secondment.maxDays;
  }
  if (count) {
    const n = parseCount(count.value);
    return Number.isNaN(n) || n > ctx.settings.secondment.maxPerTownship;
  }
  return true;
}

export default defineRule(
  {
    meta: {
      code: 'R10',
      slug: 'long-secondment',
      title: '不得长期借调干部',
      description: '借调、抽调、借用乡镇（村）干部期限过长或不定期（长期、半年以上、一年、时间待定、直至工作结束），未经组织部门批准，借调服务期内的新录用人员，或同一乡镇借调人数超限。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(十)',
          quote: '不得长期借调干部。上级机关一般不准长期(半年以上)借调乡镇干部,因工作特殊需要短期借调的,应征得借调单位同级党委组织部门同意并明确借调时间。对现有借调人员,借调期满的返回乡镇工作。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '(三)加大苏木乡镇和街道用人自主权',
          quote: '确因工作需要借用苏木乡镇和街道在编人员的,需经同级组织或人力资源社会保障部门批准,且时间不得超过3个月。同一时期同一苏木乡镇或街道被上级部门借调干部不超过2名。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '(三)加大苏木乡镇和街道用人自主权',
          quote: '新录用公务员在服务期限内不得转任交流至上级部门,不得以借用、调训、帮助工作等方式抽调至上级部门。',
        },
        {
          source: '004',
          document: DOC_004,
          section: '八(六)',
          quote: '严格落实乡镇领导班子任期、新录用公务员5年最低服务年限',
        },
      ],
    },
    patterns: [
      {
        id: 'long-term',
        description: '写明的借调期限超过设置的上限（默认90天，依据000“不得超过3个月”），或写“长期”“半年以上”。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?:
            (?<trigger> {{second}} )
            [^;!?。\n]{0,18}?                                         # who, where to (may cross commas)
            (?:
                长期 | 全年 | 一整年 | 整年
              | (?:半年以上 | 一年以上 | 年以上)(?!{{serviceOf}})
              | (?<![0-9零〇一二两三四五六七八九十从自]|工作满|任职满|服务满|工龄满)   # a stated term, a whole number, not the cadre's service ...
                (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月|周|星期|天) )
                (?![0-9底日号初中份前后内到至]|[上下][旬半午]|(?<!年|个月|个半月)起|以上{{serviceOf}})   # ... not a date (12月底, 12月31日, 3天内, 从11月到年底: term-span's), not 5年以上的干部
              | (?<=[到至]) (?<until> 明年(?:年?底|下半年|[0-9]{1,2}月|[一二三四五六七八九十]{1,3}月) | 后年 )   # 借到明年底: long whatever today is
            )
          | 长期{{second}} )                                            # 长期借调, 长期帮助工作`,
        examples: {
          match: ['从各乡镇抽调6名同志长期帮助工作', '请田关镇安排一名干部到部里跟班学习，为期8个月', '借调时间一年', '从各村抽调村干部到镇里帮助工作，时间暂定一年', '区里又要借人了，说是借到明年底', '借调期限一年以上'],
          noMatch: ['借调期满的返回乡镇工作', '借调办法自明年起执行', '上挂锻炼人选从任职满3年以上的干部中产生'],
        },
      },
      {
        id: 'plain-borrow-term',
        description: '简写的借人（“借两个人到局里 半年”“借城南街道王磊 一年”）后面写的期限超过设置的上限，或写“长期”“半年以上”。',
        keywords: [...[...'0123456789', ...'一两二三四五六七八九十几'].flatMap((n) => ['个', '名', '位'].map((u) => `借${n}${u}`)), '镇', '乡', '街道', '苏木'],
        pattern: String.raw`
          (?<trigger> {{borrowPlain}} )
          [^;!?。\n]{0,14}?                                         # where to (到局里, 到专班)
          (?: 长期 | 半年以上 | 一年以上
            | (?<![0-9零〇一二两三四五六七八九十从自])
              (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月) )(?![0-9底日号初中份前后内到至]|[上下][旬半午]|(?<!年|个月|个半月)起) )   # accept(): longer than the limit`,
        examples: {
          match: ['区财政局：借三名同志到局里 八个月', '市司法局借河西镇李强 一年', '借东关街道的小周去专班，长期'],
          noMatch: ['借河西镇的会议室 一个月', '借两个人去搬桌子', '借用东关镇的场地一年'],
        },
      },
      {
        id: 'spoken-long-term',
        description: '口语说法的借调（“下周来县委办帮助写材料”“抽一个写材料的同志过来”）写明的期限超过设置的上限，或写“长期”“半年以上”。',
        keywords: SPOKEN_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{secondSpoken}} )
          [^;!?。\n]{0,12}?                                         # (过来, 时间先定)
          (?: 长期 | 半年以上 | 一年以上
            | (?<![0-9零〇一二两三四五六七八九十从自])
              (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月) )(?![0-9底日号初中份前后内到至]|[上下][旬半午]|(?<!年|个月|个半月)起) )   # accept(): longer than the limit`,
        examples: {
          match: ['请镇里安排他下周来县委办帮助写材料，时间先定半年', '县委办要从城南庄镇抽一个写材料的同志过来，时间先定半年'],
          noMatch: ['县农业农村局派人来县里帮助乡镇搞培训两个月', '从各村抽3个村检查，为期两个月'],
        },
      },
      {
        id: 'open-ended',
        description: '借调不定期：时间待定、返回时间另行通知、期满后继续留用、延长借调期。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{second}} )
          [^;!?。\n]{0,18}?
          (?: (?:时间|期限|日期|归期|回去|回来|回镇|返回)                  # the end ...
              [^,;:!?。\n]{0,6}?                                         # (视工作情况, 具体哪天)
              (?:待定|另行通知|另行确定|再定|未定|不定|没定|没有定|莫定|没说|没讲|没确定|未确定|没明确|不好说|说不准|说不好|不确定|看情况|视情况|而定)   # ... is left open
            | (?:没有?|莫|冇|未|没得|莫得)(?:定|说|讲|给|明确|确定|约定|讲明|说明)(?:个|下|好)?(?:期限|时间|归期|时限|借期)(?!就|便|又|回)   # 莫定期限 (voice input 没定), 没说时间 (not 没说时间就回来了)
            | 不定期 | 无固定期限 | (?:不设|没设|没有设|无)(?:期限|时限|借期|截止时间|结束时间) | 长期留用 | 继续留用 | 留用 | (?<!没有|没|不|未)(?:续借 | 延长)   # not 没有续借
            | (?<![0-9日号底末月年天周],?)(?:撤销|结束|完成|解散|撤了|完了)后(?:再)?(?:回|返回)   # not "3月15日结束后回" or "至12月20日，结束后返回": a date's end
            | 暂(?:时)?不(?:回来|回去|返回|回镇|回乡|放人|放回) | (?:继续|接着)用(?![好足活心])   # 县里说还要继续用，暂时不回来
            | (?<=[用借调忙干作帮])一段时间                                # 再用一段时间: no term at all
            | (?:看|视|根据|按)[^,;:!?。\n]{0,5}?(?:需要|情况|进展) )       # 借多久看工作需要, 期限根据工作进展确定`,
        examples: {
          match: ['借调双龙镇黄磊同志到县发改委帮助工作，时间待定', '借用期满后继续留用', '借调期限延长至明年12月底', '抽调12名业务骨干到市局上挂锻炼，借调时间待定', '两名协管员借到街道城管科了，没说期限',
            '借调期限自2026年12月1日起，结束时间视工作情况另行确定', '借调的小王我们局里还要再用一段时间', '借多久看工作需要', '选派1名宣传干事到部里帮助工作，具体期限根据工作进展确定', '借调我镇干部到局里帮助工作，借调不设期限'],
          noMatch: ['借调期自2026年12月1日至2027年1月31日', '借调干部小李回来一段时间了'],
        },
      },
      {
        id: 'until-work-ends',
        description: '借调到工作（项目、巡察）结束为止，没有明确的借调时间。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{second}} )
          [^;!?。\n借抽]{0,18}?                                           # (a later 借用/抽调 is the trigger itself)
          (?:(?:直至|直到|到|至|干到|等到|用到)[^,;:!?。\n]{0,6})?           # until ...
          (?:工作|项目|任务|巡察|普查|活动|改造|拆迁|整治|整改|审计|创建|攻坚|验收)   # ... the work ...
          [^,;:!?。\n]{0,4}?                                             # (全部, 验收)
          (?:结束|完成|完工|竣工|到位|完毕|收尾)                           # ... is over`,
        examples: {
          match: ['借用到项目结束为止', '抽调各乡镇纪检干部参加本轮巡察，直至巡察工作全部结束', '先把南湖街道的小张借过来搞拆迁，干到项目结束再说',
            '借用时间到项目验收结束为止', '抽调各乡镇纪委书记参加专项巡察，期限至全部问题整改到位', '从各街道抽调5名干部到区局帮助做老旧小区改造，干到明年项目结束'],
          noMatch: ['借调丹水镇孙浩同志到县发改委帮助工作'],
        },
      },
      {
        id: 'until-open',
        description: '借调“到……结束为止”“至……完成”，终点是一件事而不是日期（“时间到考评结束为止”“自即日起至创文测评结束”）。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{second}} )
          [^;!?。\n借抽]{0,16}?                                           # who, where to (may cross commas)
          (?:直至|直到|干到|等到|用到|到|至)
          [^,;:!?。\n0-9月日号]{1,8}?                                       # an event, not a date (至12月31日结束 is a term)
          {{workEnd}}`,
        examples: {
          match: ['从各乡镇各抽调1名政法委员到委里集中办公，时间到考评结束为止', '向各街道借用年轻干部若干名，自即日起至创文测评结束', '抽调各镇纪检干部到委里，直至专案办结'],
          noMatch: ['借调期限至2027年2月28日结束', '借调到县委办报到'],
        },
      },
      {
        id: 'term-before',
        description: '先说期限、后说借调：“为期一年的借调”“长期在县里跟班学习”“半年以上的抽调”。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?: (?<![0-9零〇一二两三四五六七八九十从自]|工作满|任职满|服务满|工龄满)
              (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月) )(?![0-9底日号初中份前后内到至]|[上下][旬半午]|(?<!年|个月|个半月)起|以上{{serviceOf}})   # a stated term (not 满3年以上的干部) ...
            | 长期 | (?:半年以上 | 一年以上)(?!{{serviceOf}}) | 不定期 | 无固定期限 )
          的? [^,;:!?。\n]{0,8}
          (?<trigger> {{second}} )                                        # ... then the secondment`,
        examples: {
          match: ['为期一年的借调', '不定期从各乡镇抽调干部'],
          noMatch: ['两年前借调的小李已经回来了', '从任职满3年以上的干部中抽调'],
        },
      },
      {
        id: 'table-row',
        description: '文字版表格里的借调登记：表头有“借调”，某一行的期限一栏写“待定”“长期”或超过上限的时长。',
        keywords: ['|待定', '|另行通知', '|不定', '|未定', '|长期', '|无固定期限', ...[...'局办委部府院队站所科室镇乡街'].flatMap((c) => ['待定', '长期', '无固定期限', '另行通知'].map((w) => c + w)), '借调期限', '借调时间', '借用期限', '借用时间', '抽调期限', '抽调时间'],
        pattern: String.raw`
          (?: [|]
            | (?<=[局办委部府院队站所科室镇乡街]) (?=(?:待定|长期|无固定期限|另行通知)(?:[|\n]|$)) )   # or a space-aligned table (normalising
                                                                    # drops the spaces): the cell runs on from the unit's name
          (?<cell> (?<trigger> 待定 | 另行通知 | 不定期? | 未定 | 长期 | 无固定期限
            | (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月) ) ) )   # accept(): 借调 in the header above
          (?= [|\n] | $ )`,
        examples: {
          match: ['姓名|原单位|借调单位|借调期限\n李某|东坝镇|县委办|待定', '借调人员名单\n姓名 原单位 借调单位 期限\n钱某 勐拉乡 州文旅局 长期'],
          noMatch: ['日期|值班领导\n周一|张镇长'],
        },
      },
      {
        id: 'table-row-until',
        description: '文字版表格里的借调或专班人员登记：某一行的期限一栏写“至项目竣工”“到任务结束”，终点是一件事而不是日期。',
        keywords: ['结束', '完成', '完毕', '为止', '收尾', '竣工', '完工', '办结', '结案', '审结', '查结', '告一段落', '弄完', '搞完', '干完', '做完', '办完', '忙完'],
        pattern: String.raw`
          (?<cell> (?<trigger> (?:直至|直到|干到|至|到) [^|\n,;:!?。0-9月日号]{1,8}? {{workEnd}} ) )   # accept(): 借调 or a roster header above
          (?= [|\n] | $ )`,
        examples: {
          match: ['姓名|原单位|借调期限\n李某|东坝镇|至项目竣工', '专班人员\n姓名 原单位 期限\n王某 西河乡 到任务结束'],
          noMatch: ['姓名|原单位|借调期限\n李某|东坝镇|至2027年3月31日'],
        },
      },
      {
        id: 'unapproved',
        description: '借调未经组织（人社）部门批准：手续后补、口头说好、不再报批。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{second}} )
          [^;!?。\n]{0,18}?
          (?: 手续[^,;:!?。\n]{0,4}(?:后补|再补|补办|以后补) | 后补手续 | 先借后批 | 先用后批
            | 口头(?:说好|同意|打招呼|商量|沟通) | 打(?:过|了)?招呼
            | 不(?:再)?(?:另行)?报批 | 无需报批 | 不用报批
            | 未(?:经|报)(?:组织部门?|组织部|人社局|人社部门)?(?:批准|同意|审批)
            | {{noApproval}} )                                            # 组织部也没批, 没走组织部`,
        examples: {
          match: ['新录用的公务员小王先到局里上挂锻炼，组织部那边的手续后面再补', '借用到项目结束为止，已经跟镇里口头说好了', '借调我镇小王到局里帮助工作，组织部也没批'],
          noMatch: ['经县委组织部同意，借调丹水镇孙浩同志到县发改委帮助工作'],
        },
      },
      {
        id: 'open-end-anchored',
        description: '同一句里有借调，又说“什么时候结束什么时候回”“活动完了再说”“直至测评结束”“服务期满后回乡镇”“没走组织程序”：不定期、借调服务期内人员或未经批准。',
        keywords: ['再说', '再定', '再议', '再商量', '再看', '直至', '待定', '另行通知', '另行确定', '未定', '未确定', '不定', '没定', '莫定', '不确定', '没确定', '说不准', '说不好', '不好说', '直到', '手续不', '手续就不', '不另外办', '不另行办', '不再办', '延长到明年', '延长至明年', '延长到后年', '延长至后年', '延期到明年', '延期至明年', '续借到明年', '续借至明年', '时候回', '时候返回', '时候放人', '哪天回', '哪天返回', '哪天放人', '几时回', '几时返回', '几时放人', '服务期满', '后再回', '后再返回', '了再回', '完再回', '撤销再回', '结束再回', '完成再回', '解散再回', '走程序', '走组织程序', '履行组织程序', '走组织部', '经组织部', '经过组织部', '通过组织部', '报组织部', '组织部', '时间', '期限', '借期', ],
        pattern: String.raw`
          (?<anchored>                                                 # accept() wants a secondment in the sentence
              (?:什么时候|啥时候|哪天|几时)[^,;:!?。\n]{0,6}?(?:结束|完|干完|忙完|完成|办完|搞完)[^,;:!?。\n]{0,4}(?:什么时候|啥时候|哪天|几时)(?:回|返回|放人)   # open-ended (啥时候考核结束啥时候回)
            | 服务期满后?再?(?:回|返回)                                   # seconded for the whole service period
            | (?<![0-9日号底末])(?:撤销|解散|结束|完成|撤了|完了|忙完|干完|弄完|搞完|办完|做完)(?:以?后|之后|了)?再(?:回|返回)   # 专班撤销后再回, 账目核对搞完再回去: open-ended (not after a date)
            | (?<![0-9日号底末])(?:结束|完成|完了?|忙完|干完|搞完|弄完|办完|过完|到位|弄好|搞好)(?:以?后|之后|了)?再(?:说|定|议|商量|看)   # 文化节完了再说, 等人员招聘到位再说: no term at all
            | (?<openTerm> (?<!培训|会议|开会|考试|报到|出发|集合|活动)(?:时间|期限|归期|借期|借调期)[^,;:!?。\n]{0,4}?   # the term left open, anywhere in the sentence ...
              (?:待定|另行通知|另行确定|未定|未确定|不定|没定|莫定|不确定|没确定|说不准|说不好|不好说) )   # ... 期限暂未确定 (not 培训时间待定)
            | (?:直至|直到|一直到)[^,;:!?。\n0-9月日号]{1,10}?{{workEnd}}   # 直至创文测评结束, 直至案件全部办结: an event, not a date
            | (?:没有?|未|不|不用|不必|无需|无须|不需要|免)(?:走|履行)(?:组织)?程序 | (?:没有?|未|不|不用|不必|无需|无须|不需要|免)(?:走|经过?|通过|报)组织部   # unapproved: 这事就不走组织部了, 不用走组织部
            | 手续就?不(?:另外|另行|再)?办 | 不(?:另外|另行|再)办(?:借调)?手续            # 借调手续就不另外办了
            | 组织部(?:那边|那里|这边|这块)?(?:就|也)(?:不|没)(?:报|走|找)了?       # spoken: 组织部那边就不报了
            | (?:延长|延期|续借)(?:到|至)(?<until> 明年(?:年?底|下半年|[0-9]{1,2}月|[一二三四五六七八九十]{1,3}月) | 后年 ) )   # 要延长到明年6月`,
        examples: {
          match: ['借调的那几个人，原定3个月，现在说没结束，要延长到明年6月', '借调手续就不另外办了', '抽调两名镇干部去县里搞招商，等展会办完了再定', '借用各街道一名干部到指挥部，直到防汛期结束', '县信访局抽调的那两个镇干部，攻坚期间一直留在局里，攻坚什么时候结束什么时候回', '2025年招录的公务员暂借调至县直单位工作，服务期满后回乡镇', '市里直接打电话来要的人，没走组织程序',
            '借调两名同志去查账，这回不走组织部', '抽调各乡镇纪委副书记集中办案，直至案件全部办结', '向各社区借用网格员到街道服务中心，借用时间暂未确定',
],
          noMatch: ['借调期满后返回乡镇', '跟班学习到3月15日结束后再回'],
        },
      },
      {
        id: 'open-end-event',
        description: '同一句里有借调，又说期限定到一件事办完（“时间暂定至项目竣工”）、事情结束前不回（“汛期结束前不回乡镇”）或明年继续留用：不定期或超过上限。',
        keywords: ['时间', '期限', '借期', '前不', '前都不', '前一律不', '前均不', '前一概不', '明年继续', '明年接着', '明年还继续', '明年也继续', '明年再继续', '明年还接着', '明年也接着', '明年再接着'],
        pattern: String.raw`
          (?<anchored>                                                 # accept() wants a secondment in the sentence
              明年(?:还|也|再)?(?:继续|接着)(?:留|借|用|在|干|帮)               # 明年继续留局里: past the year's end whatever today is
            | (?:时间|期限|借期|借调期)(?:暂定|定为|为|先定|暂按|按|就|先)?(?:至|到)[^,;:!?。\n0-9月日号]{1,10}?{{workEnd}}   # 时间暂定至项目竣工: the term is an event
            | (?<![0-9日号底末])(?:结束|完成|完工|竣工|完了|忙完|干完|撤销|解散)(?:以?前|之前)(?:都|一律|均|一概)?(?:不|不得|不准|不能|不许)(?:回|返回|撤回)   # 汛期结束前不回乡镇: held until an event
          )`,
        examples: {
          match: ['抽调各镇一名干部到县征迁指挥部，期限暂定到征迁任务完成', '各街道借调两名网格员到区里集中办公，防汛期结束之前一律不返回', '小吴一直在我们局里帮忙，明年继续留局里'],
          noMatch: ['培训时间暂定到下周', '12月31日前不回'],
        },
      },
      {
        id: 'term-span',
        description: '同一句里有借调，期限写成月份区间（“时间从3月份到年底”“自2026年3月1日至2026年12月31日”“从去年9月到现在”），区间长度超过设置的上限（默认90天）。',
        keywords: [...'月份日号初旬起'].flatMap((c) => ['到', '至', '一直到'].map((t) => c + t)),   // the range's hinge: "3月份到", "1日至"
        pattern: String.raw`
          (?<span> (?:从|自|(?<=(?:时间|期限|借期|时段)(?:是|为|定为|暂定)?))   # from, or right after 时间是 (时间是今年12月到明年12月)
            (?:[0-9]{4}年|今年|去年|前年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?   # a month ...
            (?:[0-9]{1,2}(?:日|号)|初|上旬|中旬|下旬)?(?:起)?
            (?:到|至|一直到)(?:[0-9]{4}年|明年|今年|当年)?                                    # ... to the year's end, now, or another month
            (?:年底|年末|现在|今天|目前|如今|今|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?(?:[0-9]{1,2}(?:日|号)|初|上旬|中旬|下旬|底|末)?) )   # accept(): a secondment in the sentence, the span's length`,
        examples: {
          match: ['抽调的同志工作时间从3月份到年底', '借用期限自2026年4月1日至2026年9月30日', '借调过来从去年10月一直到现在', '借期为今年11月至明年8月'],
          noMatch: ['从3号开始', '12月到1月'],
        },
      },
      {
        id: 'term-stated',
        description: '同一句里有借调，期限在句中另处写明（“从各社区借用3名网格员到街道综合执法队协助巡查，为期七个月”“时间先定十个月”），超过设置的上限（默认90天）。',
        keywords: ['为期', '期限', '时间', '借期', '时长', '暂定', '初定'],
        pattern: String.raw`
          (?<stated> 为期 | (?:暂定|初定)为? | 期限(?:为|是|暂定|定为|按)? | 时间(?:为|是|暂定|先定|定为|按)? | 借期(?:为|是)? | 时长(?:为|是)? )   # accept(): a secondment in the sentence ...
          (?: (?:自|从)?(?:[0-9]{4}年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}(?:日|号))?(?:起|开始),? )?   # 时间12月1日起半年: from a date, then the term
          (?<![0-9零〇一二两三四五六七八九十从自])
          (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?半?(?:年|月|周|星期|天) )   # ... and this term past the limit
          (?![0-9底日号初中份前后内到至]|[上下][旬半午]|(?<!年|个月|个半月)起)`,
        examples: {
          match: ['从各村抽调6名网格员到镇综治中心值班，协助处理信访积案，为期十个月', '请城西街道另派一名同志过来，时间按半年安排', '抽调两名乡镇干部到市里驻点，时间自3月1日起八个月'],
          noMatch: ['为期不远', '时间3个月后再议'],
        },
      },
      {
        id: 'elapsed',
        description: '同一句里有借调，又说人已经借去多久（“讲好两个月，如今都十个月了”“已经八个月了”），超过设置的上限（默认90天）；说的是回来多久了的不算。',
        keywords: ['年了', '月了', '周了', '星期了', '天了', '年多了', '月多了', '周多了', '天多了'],
        pattern: String.raw`
          (?<elapsed> (?:现在|如今|目前|至今|到现在|已经|已|都)(?:都|已经|已|也)?(?:去|借|走|干|待|呆|过去|上去)?了?(?:快|将近|近|超过|差不多|快要|有)? )   # accept(): a secondment in the sentence (已经去了五个多月了),
          (?<![0-9零〇一二两三四五六七八九十从自])                                                                    # not a return
          (?<term> (?:半|[0-9]{1,3}|[一二两三四五六七八九十]{1,3})个?[半多]?(?:年|月|周|星期|天) )多?了`,
        examples: {
          match: ['从石门村借过来的文书，说好两个月，如今都八个月了', '借调到县里已经一年了', '借去的小郑都走了七个多月了', '借调的老杨已经半年多了'],
          noMatch: ['借调三个月', '已经半个'],
        },
      },
      {
        id: 'paperwork-later',
        description: '说手续以后再补（“到时候再补手续”），且同一句里有借调：先借后批。',
        keywords: ['补手续', '补办手续', '手续后补', '手续再补', '手续以后补', '手续后面再补', '后补', '再补', '回头补', '以后补', '后面补', '补上', '来补'],
        pattern: String.raw`
          (?<paperwork> (?:再|后|事后|回头|以后|后面)?补(?:办)?(?:一下)?手续     # accept() wants a secondment in the sentence
            | 手续(?:后补|再补|以后补|后面再补)
            | 手续(?:(?!已|都|早)[^,;:!?。\n]){1,4}?(?:后补|再补|回头补|以后补|后面补|补上|来补) )   # 手续我们后补, 手续这两天补上 (not 手续已经补上了)`,
        examples: {
          match: ['组织部同意借调一个月，但我们这边实际需要用到明年六月，到时候再补手续', '借用的小孙再留两个月，报批手续局里回头补'],
          noMatch: ['手续齐全', '借调手续已经补上了'],
        },
      },
      {
        id: 'borrowed-before-approval',
        description: '先说还没批、未经批准，再说人已借调过来。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?: 还没批 | 还没有批 | 没批 | 未批 | 尚未批准 | 尚未同意 | 手续(?:还)?没(?:有)?办
            | 未经(?:组织部门?|组织部|人社局|人社部门)?(?:批准|同意) | 组织部(?:还)?没(?:有)?(?:批|同意) )   # not approved yet ...
          [^;!?。\n]{0,20}
          (?<trigger> {{second}} )                                       # ... borrowed anyway`,
        examples: {
          match: ['区委组织部那边还没批，区住建局先把南湖街道的小张借过来', '县委组织部的手续还没办，先让镇里的小张明天来县住建局上班，借多久看工作需要'],
          noMatch: ['组织部已经批了，借调两个月'],
        },
      },
      {
        id: 'new-recruit',
        description: '借调、抽调新录用公务员或选调生（服务期内，默认5年）。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?:新录用|新招录|新招聘|新考录|新入职|选调生|新考进|新招进|试用期|考进来|刚考进|刚考上
            | (?<recruit> {{recruited}} ) )                               # a new recruit (accept: a stated year within the service period) ...
          [^;!?。\n]{0,16}?
          (?<trigger> {{second}} )                                       # ... seconded`,
        examples: {
          match: ['今年新录用的两名选调生到我委帮助工作三个月', '今年新录用的公务员小王先到局里上挂锻炼', '小赵（2023年招录）借调到局里两个月', '去年考录的小孙抽调到专班'],
          noMatch: ['新录用公务员培训班'],
        },
      },
      {
        id: 'seconded-new-recruit',
        description: '先说借调，再说被借调的是新录用公务员或选调生。',
        keywords: SECOND_KEYWORDS,
        pattern: String.raw`
          (?<trigger> {{second}} )                                       # seconded ...
          [^;!?。\n]{0,16}?
          (?:新录用|新招录|新招聘|新考录|新入职|选调生|新考进|新招进|试用期
            | (?<recruit> {{recruited}} ) )                               # ... a new recruit (accept: the year)`,
        examples: {
          match: ['借用勐海镇今年新录用的公务员小李到委里跟班学习', '借调城关镇小周（2024年考录公务员）帮助工作'],
          noMatch: ['借用会议室'],
        },
      },
      {
        id: 'township-quota',
        description: '从同一个乡镇借调的人数超过设置的上限（默认2名，依据000）。',
        keywords: ['借调', '抽调', '借用'],
        pattern: String.raw`
          从 (?!各|每个|全县|全旗|全区|全市)
          [\u4e00-\u9fa5]{1,6}?(?:镇|乡|苏木|街道)
          (?<trigger> 借调 | 抽调 | 借用 )
          (?<count> [0-9]{1,3} | [一二两三四五六七八九十]{1,3} ) 名`,
        examples: {
          match: ['从太平镇借调3名干部到县委办', '从南湖街道抽调五名同志'],
          noMatch: ['从各乡镇抽调6名同志'],
        },
      },
      {
        id: 'township-quota-already',
        description: '同一个乡镇已有人数达到上限的干部在外借调，又要从这个乡镇再借调（“该街道目前已有2名同志借调在区纪委和区委办”），默认上限2名。',
        keywords: ['借', '抽调'],
        pattern: String.raw`
          (?:已有|已经有|目前有|现有|已)                                  # already ...
          (?<already> [0-9]{1,2} | [一二两三四五六七八九十]{1,3} ) (?:名|个|位)   # ... so many cadres (accept: at the limit, and one more wanted) ...
          [^;!?。\n]{0,12}?
          (?<trigger> 借调 | 抽调 | 借用 | 借 )                            # ... seconded`,
        examples: {
          match: ['该街道目前已有2名同志分别借调在区纪委和区委办', '这个乡已经有两个人借在县里了'],
          noMatch: ['已有2名同志返回'],
        },
      },
      {
        id: 'township-quota-earlier',
        description: '先说之前已借调的人数达到上限（“连同之前借调的2名同志”“加上前期已抽调的两个人”），同一消息又要再借调（默认上限2名）。',
        keywords: ['借', '抽调'],
        pattern: String.raw`
          (?:之前|此前|先前|前期|早先|原来|原先|已经|已)(?:已经?)?     # earlier ...
          (?<trigger> 借调 | 抽调 | 借用 | 借 )(?:走|过来|过去|来)?(?:了|的|在外的)   # ... seconded ...
          [^,;:!?。\n]{0,4}?
          (?<already> [0-9]{1,2} | [一二两三四五六七八九十]{1,3} ) (?:名|位|个(?![亿万月星小钟礼]))   # ... so many people, not 2个月 (accept: at the limit, one more wanted)
          (?![^,;:!?。\n]{0,8}(?:返回|回来|回去|回到|已回|撤回))                 # not: those have come back`,
        examples: {
          match: ['请镇里再借调1名同志到我局，连同之前借调的2名同志', '加上前期已抽调的两个人，这次还要再借一个'],
          noMatch: ['之前借调的2名同志已经返回', '之前借调了两个月'],
        },
      },
      {
        id: 'township-quota-named',
        description: '先说借调、后说某个乡镇和人数：“借调城关镇刘某、王某、张某三名同志”，超过设置的上限（默认2名）。',
        keywords: ['借调', '抽调', '借用'],
        pattern: String.raw`
          (?<trigger> 借调 | 抽调 | 借用 )
          (?!各|每个|全县|全旗|全区|全市|乡镇|苏木乡镇|部分|有关|相关|几个|多个|[0-9一二两三四五六七八九十]个)   # one named township, not several
          [\u4e00-\u9fa5]{1,6}?(?:镇|乡|苏木|街道)
          [^,;:!?。\n]{0,12}?                                             # (the names)
          (?<count> [0-9]{1,3} | [一二两三四五六七八九十]{1,3} ) 名`,
        examples: {
          match: ['借调城关镇刘某、王某、张某三名同志参与项目谋划'],
          noMatch: ['借调各乡镇干部3名', '借调乡镇干部3名'],
        },
      },
    ],
    exceptions: [
      ...RELIEF_ALL_RULES,
      {
        id: 'forbidden',
        why: '句中写明“不得借调”“一律不得抽调”等：这是在重申禁止性规定。',
        pattern: String.raw`(?:不得|不准|严禁|禁止|一律不|不再)[^,;:!?。\n]{0,4}(?:借调|抽调|借用|上挂)`,
        scope: 'sentence',
        examples: ['州委组织部：新录用公务员在最低服务年限内一律不得借调，已借调的月底前返回。'],
      },
      {
        id: 'out-of-scope',
        why: '“新录用人员不在借调范围”“试用期的不列入抽调对象”“选调生除外”：是在把新录用人员排除在借调之外，不是在借调他们。',
        pattern: String.raw`不在[^,;:!?。\n]{0,4}?(?:范围|之列|对象|名单)
          | 不(?:得)?(?:纳入|列入|作为)[^,;:!?。\n]{0,4}?(?:借调|抽调|借用|选派|上挂)
          | (?:借调|抽调|借用|选派|上挂)(?:范围|对象|人员)?(?:不含|不包括|不包含|排除)
          | 除外(?=[,;:!?。\n]|$)`,
        scope: 'clause',
        examples: ['县委组织部：抽调各乡镇1名干部到普查办，新录用公务员不在抽调范围'],
      },
      {
        id: 'declined',
        why: '“不借调”“一律婉拒”“不同意借用”：否定或拒绝紧贴在借调前，或句中写明拒绝。',
        pattern: String.raw`(?:不|不能|不会|不可|不予|没|没有|拒绝|婉拒)(?:长期|随意|轻易)?$   # 原则上不长期借调`,
        scope: 'before',
        examples: ['镇里新来的小周是今年新录用的公务员，按规定五年内不借调，县里来要人的我们一律婉拒。'],
      },
      {
        id: 'rule-statement',
        why: '句中讲的是借调的规矩（“原则上不超过3个月，确需延长的须报组织部审批”）：是在说明规定，不是在借调。',
        pattern: String.raw`确需(?:短期)?(?:延长|延期|续借|借调|借用|抽调) | 原则上不(?:得)?(?:超过|长期|借调|抽调|借用)   # 确需短期借调的，要经组织部门同意`,
        scope: 'sentence',
        examples: ['按规定，借调原则上不超过3个月，确需延长的须报县委组织部审批。'],
      },
      {
        id: 'recalled',
        why: '句中要求超期、期满的借调人员返回原单位（“借调超过半年的，请于本月底前全部返回”）：是在清理借调，不是在借调。',
        pattern: String.raw`(?:超过|超出|已满|期满|到期|超期|逾期|满)[^,;:!?。\n]{0,8}的,?[^;!?。\n]{0,12}?(?:返回|回到|召回|清退|退回|返岗)`,
        scope: 'sentence',
        examples: ['市委组织部：市直部门借调镇街干部超过半年的，请于本月底前全部返回原单位。'],
      },
      {
        id: 'complaint',
        why: '干部在吐槽、诉苦（“借走两年了还不放人，受不了”）：是在描述负担，不是在施加负担。',
        pattern: '{{complaint}}',
        scope: 'sentence',
      },
      {
        id: 'short-handed',
        why: '被借走干部的乡镇在诉苦：不知道人什么时候回来、镇里人手不够（“借过去快一年了，不晓得么时候回来”）：是在描述负担，不是在借调。',
        // The lender's plight, not the borrower's reason: a borrowing office says "项目办人手紧张，请…"
        // too, so 人手 counts only with the township named as the one short of hands.
        // Not where the sentence says the organisation department never approved it ("组织部也没发函"):
        // then the township reports an unapproved secondment, and the check stands.
        pattern: String.raw`(?<!{{noApproval}}[^;!?。\n]{0,12})
          (?: (?:不晓得|不知道|不清楚|天晓得|鬼知道)(?:么|什么|啥|么子)?(?:时候|哪天|几时)(?:能|才)?(?:回来|回镇|回村|还人|放人|放回来)
          | (?:镇里|乡里|镇上|乡上|村里|我们镇|我们乡|我们街道|我们村|我镇|我乡)(?:这边|现在|本来|本身)?的?人手(?:就|本来就|都|也|更)?(?:紧|不够|不足|短缺|吃紧|太少|缺) )
          (?![^;!?。\n]{0,12}{{noApproval}})`,
        scope: 'sentence',
        examples: ['镇里的小吴被县委办借过去快一年了，也不知道什么时候回来，镇里人手紧得很。'],
      },
      {
        id: 'turned-down',
        why: '句中写明乡镇或组织部门已经回绝、拒绝了这次借调（“组织部没批，我们按规定回绝了”）：是在挡回负担，不是在借调。',
        // The refusal closes its clause, done (了) or flat; not "不得拒绝", "拒绝的通报批评", and not
        // 没同意 (还没同意就抽调过去了: not yet approved, borrowed anyway).
        pattern: String.raw`(?<!不得|不准|不能|不许|不要|不可|无权|要|别)(?:回绝|拒绝|婉拒|谢绝|推掉|推辞|顶回去|顶了回去)(?:了|掉了)?(?=[,;:!?。\n]|$)`,
        scope: 'sentence',
        examples: ['有个局想借我们小刘一年，组织部没批，镇里按规定回绝了。'],
      },
      {
        id: 'unapproved-refused',
        why: '乡镇或组织部门说明没报批、没批准的借调一律不放人（“没有报批的借调一律不放人”“组织部没批的，镇里不放人”）：是在挡回负担，不是在借调。',
        pattern: String.raw`(?:没有?|未经?|不经|没经过?)(?:走|经过)?(?:报批|批准|审批|批|程序|手续|组织部门?(?:批准|同意|审批|批)?)的?(?:借调|抽调|借用|人)?
          [^;!?。\n]{0,8}?
          (?:一律|都|均|坚决|统统|一概|就|我们|镇里|乡里|街道)不(?:放人|放(?![心过弃松])|给人|同意|答应|借)
          (?![^,;:!?。\n]{0,3}(?:也|照样|还是|都得|也得))   # not "镇里不同意也得放人"`,
        scope: 'sentence',
        examples: ['县里要借调咱镇小王，时间待定，组织部没批的，镇里一律不放'],
      },
      {
        id: 'application-refused',
        why: '组织部门对借调申请答复不予批准、不同意（“借调期限一年，超过规定时限，不予批准”）：是在把关，不是在借调。',
        pattern: String.raw`(?:不予(?:批准|同意|审批|通过) | 未予(?:批准|同意) | (?:予以)?驳回 | 不批准 | 不同意(?:借调|借用|抽调|该申请|此申请|该请示))
          (?![^;!?。\n]{0,8}(?:但|可是|不过|先|照样|还是))   # "组织部不予批准，但先借过来用半年" borrows anyway`,
        scope: 'sentence',
        examples: ['区委组织部回复：区住建委借调解放碑街道干部的申请，借调期限一年，超过规定时限，不予批准。'],
      },
      {
        id: 'recall-ordered',
        why: '纪检、组织部门责令、督促借调单位把借去的人退回（“现已责令该局周五前将其退回”“请该局立即把人送回街道”）：是在纠正借调，不是在借调。',
        // 退回/清退/召回 send a cadre back; not 返回 (期满督促其返回 closes a secondment still being made).
        pattern: String.raw`(?:责令|督促|勒令|限期|立即|马上|尽快)[^;!?。\n]{0,20}?(?:退回|送回|清退|召回|退还)`,
        scope: 'sentence',
        examples: ['县委组织部：经核实，县文旅局借用你乡干部已逾半年，现已责令该局月底前将其退回。'],
      },
      {
        id: 'violation-reported',
        why: '消息把借调定性为违规，或通报已核实、已查处的借调问题（“关于两起违规抽调社区干部问题的通报”“借用问题已查实”“该局负责人已被约谈”）：是在通报和纠正，不是在借调。',
        pattern: String.raw`违规(?:长期)?(?:借调|抽调|借用)
          | (?:借调|抽调|借用)[^,;:!?。\n]{0,6}?问题(?:已|已经)?(?:核实|查实|查清|通报|处理|整改)
          | (?:[0-9]{1,2}|[一两二三四五六七八九十几]{1,3})起[^,;:!?。\n]{0,16}?(?:问题|案例)的?通报
          | (?:负责人|单位|部门)(?:已|已经|均|均已)?被(?:约谈|问责|通报批评|处分|追责|诫勉)`,
        scope: 'sentence',
        examples: ['市纪委关于两起违规抽调村干部问题的通报：某区住建局未经批准长期抽调社区干部，该局负责人已被约谈。'],
      },
      {
        id: 'none-found',
        why: '自查、核查报告写明“不存在长期借调乡镇干部的情况”“未发现违规抽调问题”：是在报告没有这种负担，不是在借调。',
        pattern: String.raw`(?:不存在|未发现|没有发现|未出现|没有出现)(?:长期|违规|随意|未经批准)?(?:借调|抽调|借用)`,
        scope: 'clause',
        examples: ['县农业农村局自查：今年以来未发现未经审批抽调乡镇干部的情况。'],
      },
      {
        id: 'quiz',
        why: '测试题、知识竞赛题（“下列哪项不属于……”“正确答案：C”）：是在考规定，不是在借调。',
        pattern: String.raw`(?:下列|以下)(?:哪项|哪一项|哪个|哪些)(?:属于|不属于|符合|不符合|是) | 正确答案 | 参考答案`,
        scope: 'message',
        examples: ['减负知识测试：下列哪项属于违规借调？( ) a.借调三个月并经组织部同意 b.长期借调新录用公务员 正确答案：b'],
      },
      {
        id: 'over-and-done',
        why: '借调之后同一句写明这次借调已经取消、没借成，或借去的人已经都回来了（“原定借调半年的事，组织部没批，已经取消了”“一借就是两年，去年清理后都回来了”）：是在讲一件已经了结的事，不是在借调。',
        // Done only: 已/都…回来了, 取消了 closing its clause, 没借成. Not a return still ordered ("期满后全部返回",
        // "借调期满的返回乡镇"), nor 取消 of something else (取消其评优资格 runs on past the word).
        pattern: String.raw`(?:已经?|早已|均已|都已|全都|全部|都|均)(?:全部|都)?(?:回来|返回|回到[^,;:!?。\n]{0,4}|回镇|回乡|回村|回原单位|撤回|退回)了
          | (?:已经?|早已|均已|都已)(?:全部|都)?(?:返回|回到|回镇|回乡|回村|回原单位|撤回|退回)
          | (?:已经?|早就?|早已|也|就)?(?:取消|作罢|撤销|撤回)了(?=[,;:!?。\n]|$) | 已经?(?:取消|作罢)(?=[,;:!?。\n]|$)
          | 没(?:有)?(?:借|调|抽|去)成`,
        scope: 'after',
        examples: ['县发改委原定借调我镇王磊半年的事，组织部没批，已经取消了。', '前年县里借调我们镇三个人，一借就是两年，去年组织部清理后都回来了。'],
      },
      {
        id: 'things-not-people',
        why: '借用场地、车辆、设备，不是借调干部。',
        pattern: String.raw`借用[^,;:!?。\n]{0,4}(?:会议室|场地|车辆|车|设备|办公室|房间|仓库|电脑|投影|帐篷|资料)`,
        scope: 'clause',
      },
    ],
    accept,
  },
  { ...LEXICON, ...LOCAL },
);
