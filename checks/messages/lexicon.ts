// Shared vocabulary for message patterns, as XRegExp subpatterns usable as {{name}}.
// One place for the word classes every rule needs, so that a synonym added here (a new
// region's word for township, a new app) reaches all rules. Every class is bounded:
// gaps are `{0,N}` over a negated class, never `.*`, so no pattern can backtrack
// catastrophically (tests/checks/redos.test.ts checks each compiled pattern).
//
// Patterns run on NORMALISED text (./normalize.ts): full-width ASCII folded to half-width
// (，→ , ：→ : ！→ ! ？→ ? ；→ ;), ASCII lower-cased, spaces, emoji and symbols dropped,
// line breaks kept as "\n".

/** Characters that end a clause. Gaps never cross them. */
export const CLAUSE_END = ',;:!?。\\n';
/** Characters that end a sentence. */
export const SENTENCE_END = ';!?。\\n';

const gap = (n: number) => `[^${CLAUSE_END}]{0,${n}}`;
const wideGap = (n: number) => `[^${SENTENCE_END}]{0,${n}}`;

export const LEXICON = {
  /** Filler inside one clause: particles, adverbs, times ("请大家每天早上八点前在群里打个卡"). */
  gap2: gap(2),
  gap4: gap(4),
  gap6: gap(6),
  gap8: gap(8),
  gap12: gap(12),
  gap20: gap(20),
  /** Filler that may cross commas but stays inside one sentence. */
  span12: wideGap(12),
  span20: wideGap(20),
  span40: wideGap(40),

  /** Numbers, Arabic or Chinese ("3", "三", "十二", "两"). */
  num: String.raw`[0-9零〇一二两三四五六七八九十百千万]{1,6}`,

  /** The protected grassroots: townships and villages across regions
   *  (乡镇/苏木/街道; 村/社区/嘎查; their cadres). */
  grassroots: String.raw`(?:
      乡镇(?:街道|党委|政府|干部|长|党委书记)? | 乡\(镇\) | 镇\(街道?\) | 村\(社区\) | 镇街 | 镇村 | 各镇 | 各乡 | 乡(?:里|上) | 镇(?:里|上|政府|党委|干部)?
    | 苏木(?:乡镇(?:街道)?|镇)? | 嘎查(?:村)? | 街道(?:办(?:事处)?)? | 社区 | 村(?:里|委会?|两委|组|干部|书记|支书)?
    | 网格员 | 包村干部 | 驻村干部 | 基层(?:干部)? | 分会场 | 管区 | 片区 )`,

  /** The grassroots of the forest, farm and corps systems (国有林场, 农场的管理区/分场, 兵团团场/连队):
   *  set tasks, ranked and made to relay meetings like townships and villages. Kept apart from
   *  `grassroots` because 农场 is also a family business (家庭农场): each rule decides. */
  farmUnits: String.raw`(?:团场|连队|林场|管理区|分场|农场)`,

  /** "every / all" quantifiers before a grassroots noun. */
  each: String.raw`(?:各|每个|每一个|全体|所有|全部|各个|全县|全旗|全区)`,

  /** An order or requirement. */
  demand: String.raw`(?:请|要|需要|需|须|必须|务必|一律|统一|要求|按时|及时|抓紧|尽快|立即|马上|应当|应|得)`,

  /** Daily / repeated frequency words. */
  daily: String.raw`(?:每天|每日|天天|每晚|每早|每天早上|每天晚上|逐日|日报|每个工作日|每(?:个)?(?:上午|下午|晚上))`,
  weekly: String.raw`(?:每周|每星期|每个星期|周报|逐周|每周[一二三四五六日天])`,
  monthly: String.raw`(?:每月|每个月|月报|逐月|每季度?)`,
  frequent: String.raw`(?:每天|每日|天天|每晚|每周|每星期|每月|每个月|每旬|每半月|每季度?|日|周|月|旬)`,

  /** Work chats and government apps, including regional platforms. */
  chatGroup: String.raw`(?:工作群|业务群|微信群|钉钉群|政务群|本群|群里|群内|群中|群上|这个群|该群|(?:微信|钉钉|企业微信|浙政钉|粤政易|政务微信|蒙速办|云岭|豫事办|皖事通|i深圳)(?:群|上|里)?|群)`,
  app: String.raw`(?:app|客户端|小程序|公众号|视频号|抖音号?|快手|学习强国|钉钉|浙政钉|粤政易|政务微信|企业微信|蒙速办|豫事办|皖事通|随申办|国家反诈中心|个税app|平台)`,

  /** A cadre venting about a burden ("一周开了九个会，谁受得了"): describing, not imposing. Not a bare
   *  "又来了": "晾晒又来了😅 区里每天在群里晒…" opens a relayed order still in force (怎么又来了 still vents). */
  complaint: String.raw`(?:累死|烦死|受不了|受得了|吃不消|扛不住|吐槽|头疼|头大|崩溃|没完没了|疲于|太多了|怎么又|苦不堪言|叫苦|第几(?:次|回|遍)了|(?<![芝胡])麻了
    | 动不动 | 一天到晚 | 如履薄冰 | 提心吊胆 | 战战兢兢
    # the work lands on the speaker: "啥事都压我身上", "活全压在剩下这几个人身上" (an order says 压实, not 压在我身上)
    | 压(?:在|到)?(?:我|咱|剩下|留下)[^,;:!?。\n]{0,6}身上
    # the speaker ends up carrying it: "出了事还是我们兜着" (an order says 由乡镇兜底)
    | (?:还是|都是|全是|总是|最后)(?:我们|咱们?|我)(?:来)?(?:兜着|扛着|担着|顶着|背着|擦屁股)
    # nights already lost to it, told with a closing 了: "乡里小年轻都熬了两个通宵了" (an order says 加班完成;
    # "大家熬了一夜，辛苦了，请……" thanks before an order and is not caught)
    | 熬了[^,;:!?。\n]{0,4}(?:通宵|夜)了
    # a sigh standing as its own clause: "……，唉" (not 哎: "哎，各位注意" calls for attention)
    | (?:^|[,;:!?。\n])唉(?:[,;:!?。\n]|$) )`,

  /** Imposition cues for concept-level checks (a burden word plus one of these in the same
   *  sentence, either order, bounded gap). Plain alternations with no repeats, so a rule
   *  can put two gaps around them and stay inside recheck's exact-analysis budget. */
  /** A sanction or consequence attached to the demand ("视同脱岗", "纳入年终考核", "约谈"). */
  sanction: String.raw`(?:考核 | 考评 | 绩效 | 视同 | 视为 | 论处 | 处理 | 通报 | 约谈 | 扣分 | 扣发 | 扣减 | 点名
    | 记录在案 | 问责 | 追责 | 追究 | 表态发言 | 作出说明 | 书面说明 | 资格 | 缺勤 | 缺席 | 旷工 | 脱岗 | 不合格 | 排名
    | 公示 | 曝光 | 晾晒 | 抽查 | 统计到人 | 逐人统计 | 作检讨 | 不得关闭 | 不准关闭 | 不得退出 | 不准退出 | 不得退群 )`,
  /** An order addressed to someone ("请", "务必", "一律", "限期"). Not bare 要 (需要, 主要). */
  imposition: String.raw`(?:请 | 务必 | 必须 | 须 | 一律 | 统一 | 按时 | 限期 | 确保 | 抓紧 | 立即 | 要求 | 都要 | 均要 | 一个不能少 | 不得少于 | 不少于 | 不低于)`,
  /** A deadline ("今晚十点前", "周五前", "月底前完成"). */
  deadline: String.raw`(?:(?:今天|今晚|今日|明天|明早|本周[一二三四五六日]?|下周[一二三四五六日]?|周[一二三四五六日]|月底|年底|下班|[0-9]{1,2}(?:点|时|日|号)|[一二三四五六七八九十]{1,3}(?:点|时|日|号))(?:之)?前)`,
  /** The grassroots as addressee: "各乡镇", "每个嘎查", "所在社区", "由街道". */
  grassTarget: String.raw`(?:(?:由|归|给|向|对)?(?:所在|沿线|相关|各|每个|每一个|全体|所有|全部|各个)(?:乡\(镇\)|乡镇|乡|镇|苏木|嘎查|街道|社区|村|村委会|村民小组|镇街|网格|包联干部|网格员)|(?:由|归)(?:乡\(镇\)|乡镇|镇里|苏木|街道|社区|村里|嘎查|镇街))`,

  /** Release words that, inside a trigger, lift the burden it spans ("会后无需另行召开传达会议",
   *  "会后不需要层层召开"). Not 不得/不准: those sit inside burdens as sanctions ("不得外出"). */
  released: String.raw`(?:无需 | 无须 | 不需要? | 不用 | 不必 | 没必要 | 没有必要 | 不再 | 免于)`,
  /** After a burden in the same sentence, in a clause of its own with no subject of its own:
   *  the burden is told as gone, criticised or void ("以前搞过每月排名，去年已经全部取消了",
   *  "一票否决的做法，去年被市委通报批评了", "一律无效"). A clause that names another thing
   *  ("原来的周报已经取消了", "去年的考核办法已经废止了") is about that thing, not this burden.
   *  Not "一律取消评优": a cancellation with no 已/了 is a sanction. */
  cleanedUp: String.raw`(?:^|[${CLAUSE_END}])(?:(?!原来|以前|过去|原先|之前|旧)[^${CLAUSE_END}的]){0,10}(?:
      (?:已经?|都已|均已|早已|早就|已被)(?:全部|全都|一律|统一|陆续)?(?:取消|废止|叫停|清理|撤销|停止|撤除|摘除|纠正)
    | (?:取消|废止|叫停|撤销|停止|清理|纠正)(?:掉)?了 | 被[^${CLAUSE_END}]{0,8}(?:批评|叫停|纠正|查处)
    | 没有再设 | 没再设 | 不再设 | 没有再搞 | 没再搞 | 一律无效 | 均无效 | 全部无效 | 可以(?:直接)?拒绝 )`,

  /** County-level bodies that may impose burdens (县/旗/区/市 departments and leaders). */
  upper: String.raw`(?:[县旗区市州盟省](?:委|政府|直|里|级|领导)?|上级|上面|部门|局里|委里|办里)`,
};

export type LexiconName = keyof typeof LEXICON;
