// R01 不得重复督查检查 — 004 §九(一):
// “不得重复督查检查。纳入省级计划的督查检查事项延伸至乡镇的,县级不再层层配套开展“迎检式督查”。
//  面向乡镇的督查检查和调研,原则上都要采取“四不两直”“双随机”方式,不看批示,不查记录。
//  对乡镇调研指导不能冠以督查、督察、督导名义,不对乡镇工作下结论、提整改要求。”
//
// What a chat message shows of this breach: an inspection announced with preparation
// demands (迎检: reports, display boards, cleaning up, escorts, waiting staff), an
// inspection that repeats one a higher level has just done (县里再配套查一遍), one that
// judges by 批示/会议记录/台账, and a 调研 labelled 督导. The register side
// (inspection-unapproved / -duplicate) lives in checks/records.
//
// Each pattern is kept short (its bounded repeats sum to < 30, so recheck's exact automaton
// analysis proves it safe). Context that may lie far from the burden — the inspection named
// two lines above a numbered list of demands, or "市里刚查过" earlier in the sentence — is
// checked in `accept` over a bounded window of text, not by a long regex gap.
import { compilePattern, defineRule, type MatchContext } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_000, DOC_004, DOC_CENTRAL_2024 } from '../basis.js';
import { CLEANED_UP_AFTER, RELEASED, RELIEF_ALL_RULES } from '../relief-exceptions.js';

/** Rule-local word classes (English names, Chinese contents). */
const LOCAL = {
  /** Higher level already inspected: when, then a past inspection (used by `accept`). */
  alreadyDone: String.raw`(?:
      (?:已经?|刚刚?|才|上周|上个?月|前几天|前不久|月初|年初)[^;!?。\n]{0,20}
        (?:(?:查|察|导|收|核|访|研|审)(?:过|完|完毕|结束)|了[^,;:!?。\n]{0,4}?(?:检查|督查|督导|考核|验收|暗访|评估|测评|审计)|检查了|督查了|督导了|验收了|审计了|到过|来过|走(?!访)|过了?一遍|过了?一轮|查了一遍)
    | 刚(?:刚)?(?:检查|督查|督导|验收|考核|暗访|审计|查|审)(?:过|完|了)?   # an audit is a check too: "审计局刚审过"
    | 已(?:经)?(?:检查|督查|督导|督察|验收|考核|暗访|审计)(?:过|完|完毕|了)?   # "州级已验收"
    | (?:做|搞|开展|进行|组织)过[^;!?。\n]{0,8}(?:检查|督查|督察|督导|验收|考核|暗访|审计)
      # the inspection named first, then told as over: "市卫健委季度考核上周刚在我县结束"
    | (?:检查|督查|督察|督导|验收|考核|暗访|评估|测评|审计)[^;!?。\n]{0,10}(?:已经?|刚刚?|才|上周|上个?月|前几天|前不久)[^;!?。\n]{0,8}(?:结束|完成|完毕) )`,
  /** What a grassroots inspection must not judge by: 批示, minutes, ledgers, notebooks. */
  records: String.raw`(?:会议记录|记录本|会议纪要|台账|台帐|工作笔记|学习笔记|民情日记|工作日志|工作日制|批示件?|签到表|签字表)`, // 台帐/日制: voice-input spellings
  /** The concept of a 迎检 burden: what townships are made to get ready for the visitors —
   *  reports and slides, materials and records, boards, escorts and people waiting. */
  prepBurden: String.raw`(?:汇报(?:材料|稿|提纲|ppt)? | (?<!验收|申报|项目)(?:材料|资料) | 台账 | 台帐 | 档案 | 日志 | 日制 | 笔记 | 账本 | 账簿 | 凭证 | 票据 | 展板 | 解说词 | 讲解 | 陪同 | 陪检 | 等候 | 等着 | 候着 | 迎候 | 在岗 | 迎检 | 迎减 | 迎捡 | 公示栏 | 宣传栏 | 布置)`,
  /** An order to have it ready (the shared 'imposition' cues plus the way a chat asks for it). */
  prepCue: String.raw`(?:${LEXICON.imposition} | 麻烦 | 提前 | 届时 | 都要 | 要在 | 要有 | 安排专人 | 准备好 | 准备 | 备好 | 备齐 | 整理好 | 整理 | 做好 | 重新)`,
};

/** Words that name an inspection of the grassroots. 调研 alone is not one (see survey-as-inspection). */
const INSPECTION = String.raw`检查组 | 督查组 | 督导组 | 督察组 | 验收组 | 考核组 | 暗访组 | 巡查组 | 评估组 | 核查组
  | 测评组 | 考评组 | 测评员 | 督查 | 督察 | 督导 | 检查 | 验收 | 暗访 | 复查 | 复验 | 抽查 | 迎检 | 回头看 | 实地测评
  | 视察 | 候检 | 查(?:了)?一(?:遍|次|轮|回) | 预检(?!分诊|分检|分流) | 预验收   # not 预检分诊: a clinic's triage
  | 巡察组 | 巡视组 | 巡察(?:期间|时|前|进驻)                         # the party's own inspection tours: 县委巡察组下周进驻各乡镇
  | 都查组 | 都察组 | 都导组 | 督茶组                                  # voice input: 督查组 heard as 都查组
  | (?:[县旗区市州盟省](?:里|上|委|政府)|上面|上级|局|委)[^,;:!?。\n]{0,8}?(?:来|下来|过来|要来|下去)(?:查|检)(?!询|找|收|问|一下)   # spoken: 县里下周来查, 县文旅局…又来查文化站
  | 到[^,;:!?。\n]{0,6}?(?:镇|乡|村|苏木|街道|社区|嘎查)(?:里|上)?(?:来)?查(?!询|找|收|问|一下)   # 到我们大坳镇查人居环境
    # a body coming to look at sites: "县住建局周四到各镇看农房建设工地" (not 看望, 看病: a visit of care)
  | 到[^,;:!?。\n]{0,6}?(?:镇|乡|村|苏木|街道|社区|嘎查)(?:来|去)?看(?!望|病|戏|电|书|演|球|节目|热闹|一下|看|到|见)`;
  // not 考察: 组织部考察干部 is a cadre appraisal, not an inspection; 查了一遍: the spoken verb
const INSPECTION_RE = compilePattern(INSPECTION, {}).regex;
/** The prefilter keywords of the patterns whose `accept` requires an inspection nearby: a
 *  message without any of these can never yield such a finding, so the pattern need not run
 *  (ordinary chatter full of 材料, 一下, 整理 stays cheap). */
const INSPECTION_KEYWORDS = ['检查', '督查', '督察', '督导', '验收', '暗访', '复查', '复验', '抽查', '迎检', '回头看', '考核组', '巡查组', '评估组', '核查组', '测评组', '考评组', '测评员', '实地测评', '视察', '候检',
  ...['查一', '查了一'].flatMap((v) => ['遍', '次', '轮', '回'].map((n) => v + n)), '预检', '预验收', '都查组', '都察组', '都导组', '督茶组', '来查', '去查', '来检', '去检', '镇查', '乡查', '村查', '木查', '道查', '区查', '查查', '里查', '上查', '巡察', '巡视组',
  ...['镇', '乡', '村', '苏木', '街道', '社区', '嘎查'].flatMap((p) => ['看', '来看', '去看'].map((v) => p + v))];
const ALREADY_DONE_RE = compilePattern('{{alreadyDone}}', LOCAL).regex;
const RECORDS_RE = compilePattern('{{records}}', LOCAL).regex;
const PREP_RE = compilePattern('{{prepBurden}}', LOCAL).regex;
/** How far a 需准备 column or 按表准备 order may be from the burdens it lists. */
const PREP_REACH = 150;
/** How far from the burden the inspection may be named: a notice names it, then lists demands. */
const INSPECTION_BEFORE = 150;
const INSPECTION_AFTER = 60;
/** How far back in the sentence the earlier inspection may be ("市里上周刚来查过…县里再…"). */
const DONE_BEFORE = 100;
const SENTENCE_BREAK = /[;!?。\n]/;

/** The earlier inspection told after the repeat, as the same thing checked: "又来查文化站，跟上个月市里查的
 *  内容一模一样", "和省里刚督查过的差不多". */
const SAME_AS_EARLIER_RE = /(?:跟|和|与|同)[^,;:!?。\n]{0,12}?(?:查|检查|督查|督察|督导|验收|考核|暗访)(?:的|过的|了的)[^,;:!?。\n]{0,8}?(?<![不没])(?:一样|一模一样|相同|重复|差不多|雷同)/; // not 不一样: a new topic
const SAME_AFTER = 60;

function sameAsEarlierAfter(ctx: MatchContext, end: number): boolean {
  let to = end;
  while (to < ctx.text.length && to - end < SAME_AFTER && !SENTENCE_BREAK.test(ctx.text[to]!)) to++;
  return SAME_AS_EARLIER_RE.test(ctx.text.slice(end, to));
}

function inspectionNear(ctx: MatchContext, start: number, end: number): boolean {
  return INSPECTION_RE.test(ctx.text.slice(Math.max(0, start - INSPECTION_BEFORE), Math.min(ctx.text.length, end + INSPECTION_AFTER)));
}

function inspectedBefore(ctx: MatchContext, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < DONE_BEFORE && !SENTENCE_BREAK.test(ctx.text[from - 1]!)) from--;
  return ALREADY_DONE_RE.test(ctx.text.slice(from, start));
}

export default defineRule(
  {
    meta: {
      code: 'R01',
      slug: 'duplicate-inspection',
      title: '不得重复督查检查',
      description:
        '宣布对乡镇（苏木、街道）或村（嘎查、社区）的督查检查并要求迎检（准备汇报材料、展板、打扫布置、陪同等候），上级刚查过又配套再查，以查批示、会议记录、台账评价工作，或把调研冠以督查督导之名。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(一)',
          quote: '不得重复督查检查。纳入省级计划的督查检查事项延伸至乡镇的,县级不再层层配套开展“迎检式督查”。面向乡镇的督查检查和调研,原则上都要采取“四不两直”“双随机”方式,不看批示,不查记录。对乡镇调研指导不能冠以督查、督察、督导名义,不对乡镇工作下结论、提整改要求。',
        },
        {
          source: '000',
          document: DOC_000,
          section: '(二)健全与职责相适应的监督考评体系',
          quote: '对苏木乡镇和街道的督查检查考核,由旗县(市、区)党委和政府统筹安排,职能部门一般不直接进行督查检查考核,确需开展的,按一事一议原则报批。',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_2024,
          section: '',
          quote: '不把是否开会发文、拍照留痕、制作学习笔记等作为评判工作优劣的标准',
        },
      ],
    },
    patterns: [
      {
        id: 'inspection-preparation',
        description: '督查检查前后要求乡镇、村准备汇报材料、PPT、佐证资料，制作展板、横幅、标语（“迎检”）。',
        keywords: INSPECTION_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              # prepare reports, materials, slides, guides
              (?:准备|备好|备齐|整理好|做好|制作|撰写|写好)[^,;:!?。\n]{0,12}
                (?:汇报|材料|资料|佐证|展板|ppt|幻灯片|讲解|解说|提纲|迎检|台账|档案|影像|专题片|宣传片|画册|宣传册|账本|账簿|凭证|票据)
              # object first: "把资料提前整理好", "把佐证资料再过一遍"
            | 把[^,;:!?。\n]{0,6}(?:材料|资料|汇报|台账|档案|佐证|展板|ppt|账本|账簿|凭证|票据)[^,;:!?。\n]{0,4}
                (?:整理|准备|备齐|备好|过一遍|理一遍|梳理|完善|补齐|装订)
              # a report in person for the visitors
            | (?:亲自|当面|现场|专题)汇报 | 迎检(?:准备|工作|材料|现场|布置|氛围|场地|环境)   # 把迎检现场布置照片发群审核
            | 自查(?:自纠)?(?:报告|材料)(?!:) )`, // not a heading: "县交通局自查报告：1.我局不存在…" is the author's own report
        examples: {
          match: [
            '县农业农村局将对各乡镇开展督导检查。请各乡镇：1.准备书面汇报材料；2.分管领导全程陪同。',
            '县委办将于本月下旬开展冬春护林防火督查，请各乡镇在乡镇大院制作不少于2块工作展板',
            '请各乡镇准备好汇报材料，迎接下周市里的检查',
          ],
          noMatch: ['请各村做好防寒准备', '检查了一下，系统正常'],
        },
      },
      {
        id: 'welcome-inspection',
        description: '要求乡镇、村“做好迎接检查的准备”“全力迎接督导”（迎检的另一种说法）。',
        keywords: ['迎接'],
        pattern: String.raw`
          (?<trigger> (?:做好|准备|全力|认真|积极)迎接[^,;:!?。\n]{0,10}   # getting ready to receive ...
            (?:检查|督查|督导|督察|验收|考核|暗访|测评) )                 # ... an inspection`,
        examples: {
          match: ['旗里通知各苏木镇做好迎接自治区草原生态检查的准备', '各街道要全力迎接市里的创文测评'],
          noMatch: ['做好迎接新春的准备'],
        },
      },
      {
        id: 'display-boards',
        description: '督查检查前要求制作、摆放展板、横幅、标语、宣传栏，供检查组观看。',
        keywords: INSPECTION_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              (?:制作|设置|布置|摆放|悬挂|张贴|做|弄|搞|立)[^,;:!?。\n]{0,10}(?:展板|横幅|标语|宣传栏|展示牌)   # boards put up for the visit (spoken: 做一块工作展板)
            | (?:展板|横幅|标语)[^,;:!?。\n]{0,6}(?:布置|摆放|悬挂|挂起来|贴起来|挂上|贴上|立起来)(?:到位|好)? )`,
        examples: {
          match: ['县委办将于本月下旬开展冬春护林防火督查，请各乡镇在乡镇大院制作不少于2块工作展板', '检查组明天到，标语横幅布置到位'],
          noMatch: ['横幅的事再说'],
        },
      },
      {
        id: 'staged-reception',
        description: '督查检查前要求打扫布置现场、安排人员陪同带路、在村部路口等候。',
        keywords: INSPECTION_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              # staged cleaning of what the inspectors will see
              (?:打扫|清扫|收拾|清理|整理|拾掇|擦|擦拭|弄|搞)[^,;:!?。\n]{0,4}(?:干净|到位|一下|整洁|整齐|利索|出来)
            | (?:打扫|清扫|收拾|拾掇)好                                    # 今天上午收拾好 (not 弄好/搞好: 搞好工作)
            | (?:打扫|清扫|清理|收拾|拾掇|冲洗|擦洗)(?:一遍|一次|一轮|一通)   # 把主次干道打扫一遍
            | 清一清 | 扫一扫 | 擦一擦 | 洗一洗 | 理一理 | 整一整 | 拾掇拾掇 | 收拾收拾 | 打扫打扫 | 清理清理 | 整理整理   # spoken: 把卫生死角清一清
            | (?:打扫|清扫|清理|收拾|拾掇|扫)(?:完|完毕)(?![了过])            # 今晚必须把主干道打扫完 (not 打扫完了: told as done)
            | (?:别|不要|莫|免得|省得)(?:到时候?)?被(?:人|他们|暗访组|检查组)?(?:拍到|拍下|查到|抓到|发现|看到|曝光)   # 别到时候被拍到曝光
            | (?:现场|场地|会场|氛围)(?:布置|营造) | 布置(?:现场|场地|会场)    # the site dressed for the visit
            | 清掉 | 清走 | 清理掉 | 拆掉 | 遮挡 | 遮盖 | 挪走 | 搬走 | 收起来 | 藏起来
            | 组织清扫 | 清扫保洁 | 别让[^,;:!?。\n]{0,6}(?:看到|发现)
            | (?:打扫|清扫)(?:布置|卫生) | 提前(?:布置|打扫|清扫)
            | (?:全部|全体|全员|都)[^,;:!?。\n]{0,2}(?:在岗|到岗|在位|在家) | 待命 | 不得外出
            | (?:别|不要|不准|不许|莫|莫要|不得)(?:出门|外出|乱跑|出去|走开|走远) | (?:卫生|环境)(?:搞|弄|打扫)好 | 挪一挪 | 挪一下   # spoken: "村部卫生搞好, 柴火堆挪一挪, 都别出门"
            | (?:都|全都|一律)?(?:别|不要|不准|不许|不能)(?:下村|下乡|下队|进村)   # people kept at the office for the visit: 人都别下村了
                                                                    # (not 不能离开: 防汛检查期间值班人员不能离开岗位 is duty, not show)
            | (?:叫|喊|召)回来 | (?:到岗|在岗|在位)(?:等候|等着|候着|待命)   # 队长也叫回来; 值班人员九点前到岗等候
              # walls painted and slogans re-posted for the visit
            | 粉刷 | 刷一下 | 刷一遍 | 重新(?:刷|贴|挂|布置) | (?:贴|挂)好
              # escorts, guides and people waiting for the inspectors
            | 全程陪同 | 陪同(?:检查|督查|督导|查看|调研|实地)? | 陪检 | 带路 | 现场(?:讲解|解说) | 讲解(?:人员|员) | 解说员
            | 在[^,;:!?。\n]{0,8}(?:等候|等着|候着) | 迎候 | 恭候 | 全体[^,;:!?。\n]{0,6}等候 | 迎检人员 | 到岗迎检 )`,
        examples: {
          match: [
            '县卫健委：明天上午检查组到双龙镇卫生院，请镇里提前把院子打扫干净、标语横幅布置到位。',
            '县里检查组下午到黄狮村，村两委全体在村部等候。',
            '州住建局暗访组明天到县里，请各村委会把村容村貌收拾干净，村民小组长在路口等候带路。',
          ],
          noMatch: ['周五下午大扫除'],
        },
      },
      {
        id: 'coached-reception',
        description: '督查检查前要求候检、在岗备询、不得离岗，摆放整齐、整饬现场、把账本材料理一遍，踩点、安排群众代表、统一口径。',
        keywords: INSPECTION_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              候检 | 备询 | 接受询问 | 在岗(?:接受|等候|待命) | (?:不能|不得|不准|不要)离岗     # waiting on the inspectors
            | (?:摆|码|归置|摆放)[^,;:!?。\n]{0,3}(?:整齐|整洁|到位) | (?:摆|码|归置|摆放)好   # things lined up for show (汇报材料摆好)
            | 整饬 | (?:理|捋|梳理|过)一遍                                                # tidied and gone through once more
            | 随时(?:能|可以|可|要能)?(?:拿出来|拿得出来|调阅|查阅|备查) | 拿得出来                      # records kept at hand for the visitors
            | 踩(?:好)?点 | 安排(?:好)?[^,;:!?。\n]{0,4}(?:群众|村民|农户)代表 | 统一口径 | (?:别|不要)说错 )   # a rehearsed visit`,
        examples: {
          match: ['旗审计局下周三来查扶贫资产，嘎查会计把近三年账本理一遍，届时在嘎查部候检', '暗访组这两天可能下来，垃圾桶摆整齐，值班人员不能离岗', '考核组下周进村入户，各村提前踩好点，安排好群众代表'],
          noMatch: ['桌椅摆一下就行'],
        },
      },
      {
        id: 'repeat-inspection',
        description: '上级刚督查检查过，县里（旗里、区里）再配套查一遍、复查复验或“回头看”。',
        keywords: ['检查', '督查', '督察', '督导', '验收', '复验', '复查', '考核', '暗访', '回头看', '抽查', '核查', '查一遍', '查一次', '查一轮', '来查', '再查', '又查', '配套', '复检', '再组织', '又组织', '再开展', '又开展', '再搞', '又搞', '再来一', '又来一', ...['再', '又'].flatMap((a) => ['拉', '过', '走', '跑'].map((v) => `${a}${v}一`))],
        pattern: String.raw`
          (?<trigger> (?<repeat>                # the county inspects again (accept: after an earlier inspection)
              (?:再|又|重新|再次)[^,;:!?。\n]{0,16}                          # (按同样标准对全县乡镇卫生院)
                (?:检查|督查|督察|督导|验收|复验|复查|考核|暗访|回头看|抽查|核查|查一遍|查一次|查一轮|来查)
            | (?:再|又)查
            | (?:再|又|重新|再次)(?:组织|开展|搞|来|拉|过|走|跑)(?:一次|一轮|一遍|一回|一趟)   # "旗里也要再组织一次", spoken "县里自己再拉一遍" (accept: an earlier inspection named)
            | 配套[^,;:!?。\n]{0,6}(?:检查|督查|督导|验收|考核|查)
            | 复查 | 复验 | 复检 | 回头看 ) )`,
        examples: {
          match: [
            '市里上周刚来查过秸秆禁烧，县里这周再配套查一遍',
            '省环保督察11月初已经到过东海县，县生态环境局决定11月下旬对三个镇再开展一次专项检查',
            '自治区调研组刚走，旗里下周再对各苏木乡镇开展一次“回头看”督查',
            '市卫健委季度考核上周刚在我县结束，我委下周再按同样标准对全县乡镇卫生院查一遍',
            '市里上个礼拜才把人居环境查了一遍，下周一开始县里自己再拉一遍',
          ],
          noMatch: ['上周已部署到各乡镇，本周抓好落实'],
        },
      },
      {
        id: 'several-inspectors',
        description: '几个部门、几拨人分别、先后、轮番来查同一个乡镇、村（“三家下周分别来查”“县审计局、财政局先后下来检查”）：多头重复检查。',
        keywords: ['分别', '先后', '轮流', '轮番', '各自'],
        pattern: String.raw`
          (?<trigger> (?<several>
              (?: [两三四五六七八九几多](?:家|个部门|个单位|个局|拨|批|路)(?:人马)?   # three bodies, two groups ...
                | (?:局|委|办|站|队)、[^,;:!?。\n]{0,8}?(?:局|委|办|站|队) )      # ... or departments listed
              [^,;:!?。\n]{0,6}?(?:分别|先后|轮流|轮番|各自)(?:来|到|下来|过来|下到|进|派人来)   # ... each come ...
              [^,;:!?。\n]{0,6}?(?:查|检查|督查|督导|督察|暗访|考核|验收)(?![了过]) ) )   # ... come to inspect (not told as done)`,
        examples: {
          match: ['县审计局、县财政局下周分别来查村集体资金', '这个月三拨人马先后到镇里检查秸秆禁烧', '两个部门轮流下到各村督导'],
          noMatch: ['三家企业分别整改', '两个部门上月先后来查过了', '三家企业分别开展自查'],
        },
      },
      {
        id: 'layered-inspection',
        description: '县级层层配套开展“迎检式督查”，或开展“模拟检查”“预检”为上级检查做准备。',
        keywords: ['迎检式', '配套', '模拟', '预检', '预验收'],
        pattern: String.raw`
          (?<trigger>
              迎检式(?:督查|检查|督导)?                     # the 004 term itself
            | 层层配套[^,;:!?。\n]{0,8}(?:督查|检查|督导)   # layered matching inspections
            | 模拟(?:检查|督查|验收|考核|暗访|迎检)         # rehearsal inspections before the real one
            | 预检(?!分诊|分检|分流) | 预验收 )`, // not 预检分诊 (a clinic triage)
        examples: {
          match: ['县里先对各乡镇开展一轮模拟验收', '各乡镇要层层配套开展督查', '为迎接省考，县里下周对各镇预验收'],
          noMatch: ['县级不配套', '乡镇卫生院要规范设置发热诊室，落实预检分诊'],
        },
      },
      {
        id: 'records-inspection',
        description: '督查检查查阅批示、会议记录、台账、工作笔记，或要求把这些摆出来备查。',
        keywords: INSPECTION_KEYWORDS,
        pattern: String.raw`
          (?<trigger>
              # an inspection consults records: "查阅 ... 会议记录 / 批示 / 台账"
              (?:查阅|查看|翻阅|翻看|调阅|检查|查验|抽查|重点(?:查|翻|看)|(?<!不)(?:要|来|会)看|翻一翻|翻)[^,;:!?。\n]{0,14} {{records}}   # "督察组…要看会议记录本"
              # ... or has them laid out for it: "台账、会议记录 ... 备查"
            | {{records}} [^;!?。\n]{0,14} (?:备查|摆出来|集中展示|放置于会议室|整理成册|装订成册|汇编成册|现场翻阅|摆(?:放)?(?:在|到)|陈列) )`, // 台帐全部整理好摆在村部
        examples: {
          match: [
            '本轮重点工作督查将重点查阅各乡镇党委会议记录、领导批示落实台账和干部工作笔记',
            '县里检查组下午到黄狮村，这半年的会议记录本、民情日记都摆出来备查',
            '旗农牧局开展督查。请各苏木乡镇将近两年的工作台账、会议记录整理成册备查',
            '督察组周三到咱们镇，要看村里的会议记录本和三会一课笔记',
          ],
          noMatch: ['会议记录我已经发给你了'],
        },
      },
      {
        id: 'survey-as-inspection',
        description: '到乡镇、村的调研冠以督查、督导、督察名义，或调研时下结论、提整改要求。',
        keywords: ['调研'],
        pattern: String.raw`
          {{grassroots}} [^;!?。\n]{0,12}?      # the township or village visited ...
          (?<trigger>
              调研(?:督导|督查|督察|指导督查)      # a survey labelled an inspection
            | (?:督导|督查|督察)调研
              # a survey that hands down rectification orders (is an inspection in all but name)
            | (?<survey> 调研[^;!?。\n]{0,14}?(?:当场下整改|下(?:达|发)?整改(?:通知|单)|限期整改|(?:提出?|开出?|列出?)整改(?:要求|意见|清单|单)|整改到位|下结论
                  | (?:形成|出具|下发|反馈)(?:督导|督查|督察)(?:意见|结论|报告))) )   # 调研结束后逐乡镇形成督导意见: a verdict in an inspection's name`,
        examples: {
          match: ['县民政局下周到各乡镇开展养老服务工作调研督导', '区民政局到各街道调研，发现问题当场下整改通知', '调研组下周到各乡镇调研，调研结束后逐乡镇形成督导意见'],
          noMatch: ['县林业局下周到西坪镇调研林下经济'],
        },
      },
      {
        id: 'records-leafed',
        description: '督查检查时把会议记录、台账、笔记“一本一本翻”“逐本翻阅”（记录名写在同一句前面，由 accept 在句内查找）。',
        keywords: ['一本一本', '逐本', '逐页', '挨本', '一页一页', '一张一张', '一份一份', '逐份', '逐张', '挨页'],
        pattern: String.raw`
          (?<leafed> (?:一本一本|逐本|逐页|挨本|一页一页|一张一张|一份一份|逐份|逐张|挨页)(?:地)?(?:翻阅|查阅|查看|翻|查|看) )   # accept: records named earlier in the sentence, an inspection near`,
        examples: {
          match: ['检查组下周来之前，各村要把会议记录、民情日记补齐，检查时会逐本翻阅', '督察组要来看秸秆禁烧，台帐都准备好，他们要一本一本翻'],
          noMatch: ['一本书看完了'],
        },
      },
      {
        id: 'survey-in-inspection-form',
        description: '写明调研以督导、督查的形式或名义进行（“以调研督导的形式到各乡镇了解……”），不论乡镇写在前还是后。',
        keywords: ['调研督导', '调研督查', '调研督察', '督导调研', '督查调研'],
        pattern: String.raw`
          (?<label> (?:以|按|采取|通过)[“"]?(?:调研(?:督导|督查|督察)|(?:督导|督查|督察)调研)[”"]?(?:的)?(?:形式|名义|方式) )   # a survey done as an inspection`,
        examples: {
          match: ['县委组织部将以调研督导的形式到各乡镇了解基层党建工作'],
          noMatch: ['县林业局下周到西坪镇调研林下经济'],
        },
      },
      {
        id: 'inspection-concept',
        description: '概念检查：迎检负担（汇报材料、台账、展板、陪同、等候、在岗、布置……）与一项要求（请、务必、麻烦、提前、届时、准备好……）在同一句里相距不远，不论先后；且附近写明了督查检查。',
        keywords: INSPECTION_KEYWORDS,
        fallback: true,
        pattern: String.raw`
          (?: {{prepCue}} [^;!?。\n]{0,12} (?<trigger> {{prepBurden}} )      # the order, then the thing to prepare
            | (?<trigger2> {{prepBurden}} ) [^;!?。\n]{0,8} {{prepCue}} )     # the thing, then the order ("台账都准备好")`,
        examples: {
          match: ['下周县里督察组要来看秸秆禁烧，麻烦各站把巡查台帐、工作日制都准备好', '州里督查组下周要下到村民小组一级，小组长届时在组里等着', '督导组明天到，请提前把汇报ppt发我邮箱审一下'],
          noMatch: ['会议记录我已经发给你了'],
        },
      },
      {
        id: 'prep-table',
        description: '概念检查：督查检查日程表、清单里的“需准备”“按表准备”栏目（“序号｜苏木镇｜时间｜需准备 … 汇报材料、展板”）；accept 要求附近写明督查检查，且栏目附近列出迎检负担。',
        keywords: ['需准备', '需要准备', '须准备', '准备事项', '准备内容', '准备清单', '按表准备', '按此准备'],
        fallback: true,
        pattern: String.raw`
          (?<trigger> (?<prepHeader> (?:需|需要|须)准备 | 准备(?:事项|内容|清单) | 按(?:表|此)准备 ) )   # the column or the closing order`,
        examples: {
          match: ['督查日程\n序号|苏木镇|时间|需准备\n1|巴彦塔拉苏木|5日上午|汇报材料、展板'],
          noMatch: ['准备好身份证复印件'],
        },
      },
      {
        id: 'survey-labelled',
        description: '到乡镇、村的调研写明“以督查名义”“打着督导旗号”进行。',
        keywords: ['调研'],
        pattern: String.raw`
          {{grassroots}} [^;!?。\n]{0,12}?      # the township or village visited ...
          (?<trigger> (?<label>                  # ... by a survey carried out in an inspection's name
            调研[^;!?。\n]{0,8}?(?<!不|别|莫|勿|不能|不得|不要|不准)(?:以|冠以|打着|按|照|挂|当|当作|当成)[“"]?(?:督查|督导|督察)[”"]?(?:的)?   # ... in an inspection's name ...
              (?:名义|旗号|方式|形式|模式|路子|标准|来搞|来办|来弄|来开展|来进行|来抓|搞|开展|进行) ) )   # ... or run as one (调研按督导来搞)`,
        examples: {
          match: ['县林草局下周到各乡镇开展防火工作调研，以督查名义进行', '县水利局到各苏木镇调研，打着督导的旗号', '这回到各村的调研当督查来搞'],
          noMatch: ['县林业局下周到西坪镇调研林下经济，不冠督查名义'],
        },
      },
    ],
    exceptions: [
      RELEASED,
      CLEANED_UP_AFTER,
      ...RELIEF_ALL_RULES,
      {
        id: 'four-no-two-straight',
        why: '“四不两直”“双随机”方式或明确不打招呼、不听汇报、不要陪同的检查，正是政策要求的方式。',
        // Not when the words are only claimed: "说是四不两直，结果昨晚又打电话来，让各村收拾好" is a visit announced after all.
        pattern: String.raw`(?<!说是|号称|名义上|名义上是|美其名曰|说好的|说好|虽说是?|虽然是)[“"]?(?:四不两直|双随机)(?![”"]?[^;!?。\n]{0,8}(?:结果|但是|可是|却|其实))
          | 不发通知 | 不打招呼(?![^;!?。\n]{0,4}但) | 不听汇报 | 不要陪同 | 不用陪同 | 不需要陪同 | 直奔基层 | 直插现场`,
        scope: 'message',
      },
      {
        id: 'cancelled-or-merged',
        why: '通知检查取消、与上级检查合并或县级不再单独组织：是在减负，不是在增加检查。',
        pattern: String.raw`
            (?:检查|督查|督导|督察|验收|暗访)[^;!?。\n]{0,8}(?:取消|合并进行|合并开展|合并|暂停)
          | (?:取消|暂停|合并)[^;!?。\n]{0,14}(?:检查|督查|督导|督察|验收)
          | 不再(?:单独)?(?:组织|开展|安排) | 取消通知 | 不再另行安排`,
        scope: 'message',
      },
      {
        id: 'township-inspects-enterprises',
        why: '乡镇对辖区企业、商户、场所开展检查是其本职工作，不是上级对基层的督查检查。',
        // Not an inspection of enterprises told as already done ("市生态环境局上周已对我区“散乱污”企业整治开展了
        // 专项检查"): that is the earlier inspection a repeat is measured against, not a township's own job.
        pattern: String.raw`
            (?<!已|已经)对[^,;:!?。\n了过]{0,10}(?:企业|煤矿|矿山|矿区|商户|门店|经营户|店铺|商铺|工地|[^,;:!?。\n]厂|加油站|养殖场|养殖户|烧烤店|餐馆|饭店|网吧|场所|企业主|景区|酒店|宾馆|诊所|药店|超市|农家乐|民宿|学校|幼儿园)
              [^,;:!?。\n了过]{0,10}(?:检查|排查|巡查|抽查|执法)(?![了过])
          | (?:各|请)(?:企业|商户|经营户|门店|店铺|矿)[^,;:!?。\n]{0,4}(?:负责人|老板)
          | (?:企业|商户|经营户|厂长|矿长)(?:负责人|法人|老板)?在(?:厂|矿|店|企业|公司)`,
        scope: 'message',
      },
      {
        id: 'found-elsewhere',
        why: '“近期发现个别部门以调研名义督查并要求提供汇报材料”：说的是查到的别的部门的做法，是在纠正，不是在布置迎检。',
        pattern: String.raw`(?:发现|存在|反映|查出|查实|据了解|了解到|据悉),?[^,;:!?。\n]{0,2}?(?:有|还有)?(?:个别|少数|部分|一些|有的|某些|某)(?:县直|市直|区直|旗直|上级)?(?:部门|单位|科室|机关|领导)`,
        scope: 'sentence',
        examples: ['县减负办：近期发现个别部门以调研名义到乡镇督查，并要求乡镇准备汇报材料。'],
      },
      {
        id: 'not-a-survey-label',
        why: '明确“不冠督查名义、不下结论、不提整改要求”的调研是合规调研。',
        pattern: String.raw`不冠(?:以)?(?:督查|督导|督察)? | 不下结论 | 不提整改 | 只是调研 | 只是了解 | 就是听听`,
        scope: 'message',
      },
      {
        id: 'complaint',
        why: '干部吐槽“又要迎检、累死了”是在诉说负担，不是在施加负担（可以用“举报”反映）。',
        pattern: String.raw`{{complaint}} | 累得不行 | 累得够呛 | 累坏了 | 干部反映 | 基层反映 | 希望上面 | 少来几趟`,
        scope: 'sentence',
      },
      {
        id: 'app-check-in',
        why: '在 APP、工作群里完成日志打卡、签到是工作群打卡（属 R06），不是为迎检准备材料。',
        pattern: String.raw`打卡 | 签到`,
        scope: 'clause',
      },
      {
        id: 'records-not-asked',
        why: '“检查中不再要求提供工作笔记”“无需提供台账”是在减负，不是在要求。',
        pattern: String.raw`不再要求 | 不要求 | 无需提供 | 无须提供 | 不用提供 | 不需要提供 | 不需提供 | 不再提供`,
        scope: 'clause',
      },
      {
        id: 'done-already',
        why: '叙述已经清理、打扫完毕、已经陪同和准备过的事（“杂物都清走了”“乡里陪同看了两个合作社”“准备了相关材料”），不是为迎检提出的要求。',
        // also a week's work told as done ("迎接了市局督导，乡里陪同看了两个合作社", "配合县局准备了相关材料")
        pattern: String.raw`(?:清掉|清走|清理掉|拆掉|挪走|搬走|干净|整洁|整齐|到位|陪同|等候|迎接|准备|整理|制作|撰写|备齐|备好|补齐)了(?!再)
          | 陪同[^,;:!?。\n]{0,10}?(?:看|查看|察看|检查|参观|调研|督导|考察|走访)了(?!再)`,
        scope: 'clause',
      },
      {
        id: 'spared',
        why: '“迎检材料能省就省”“能不准备就不准备”：是在减少迎检负担，不是在要求。',
        pattern: String.raw`能(?:省|减|免|简|少)(?:则|就)(?:省|减|免|简|少) | 能不(?:准备|搞|做|弄|陪)(?:就|则)不(?:准备|搞|做|弄|陪) | (?:一律|尽量|全部)(?:从简|精简|压减|免了)`,
        scope: 'clause',
        examples: ['咱们镇今后也按规定来，汇报材料能省就省。'],
      },
      {
        id: 'relief-doubted',
        why: '“就怕左手减右手加”“希望这回是真减”：干部在议论减负落没落实，叙述的是以前的做法，不是在布置检查。',
        pattern: String.raw`左手减[^,;:!?。\n]{0,2}右手加 | 明减暗增 | 越减越(?:多|重|累) | 希望这(?:回|次|一回)(?:是)?真(?:减|的减|正减)`,
        scope: 'message',
        examples: ['上次来检查还是翻了会议记录，这回说不查了，希望这次是真减。'],
      },
      {
        id: 'past-and-over',
        why: '“去年来检查还让做展板，今年县委明确不准搞迎检”：讲的是过去的迎检，如今已经禁止，是在说减负，不是在布置检查。',
        // Not when the sentence goes on to say it happens anyway ("……今年不准搞迎检，可局里还是让做展板").
        pattern: String.raw`(?:去年|前年|往年|以前|过去|原来|原先|之前|上回|前几年|那几年|那时候?)[^;!?。\n]{0,16}?   # then ...
          (?:今年|现在|如今|这次|这回|今后|以后|从今年)[^;!?。\n]{0,4}?                                 # ... now ...
          (?:不准|不许|不让|不得|不再|不用|不搞|取消|禁止|严禁|明确不|没有了|没了)                      # ... forbidden
          (?![^;!?。\n]{0,4}(?:但|可是|却|还是|照样|照旧|仍然|依然))`,   // (repeats kept within recheck's budget)
        scope: 'sentence',
        examples: ['去年县里来检查还让我们做展板，今年县委明确不准搞迎检，省了不少事。', '以前督导组来都要陪同，现在一律不让陪了'],
      },
      {
        id: 'not-coming-again',
        why: '“不会再来检查了”“没有再查”：说的是不再检查，不是要再查一遍。',
        pattern: String.raw`(?:不会|没有?|不打算|不准备)$`,
        scope: 'before',
        examples: ['县里上周那次督察已经结束了，这个月不会再来检查了。'],
      },
      {
        id: 'records-not-judged',
        why: '“不看批示、不查记录”“不以台账评价”是在纠正而非要求。',
        pattern: String.raw`不看 | 不查 | 不以 | 不把 | 不将 | 不再以`,
        scope: 'before',
      },
    ],
    /** Every R01 burden needs its inspection: named near the demand (a notice names the
     *  督查 first and lists what to prepare below it), and for a repeat, an earlier
     *  inspection by a higher level in the same sentence. */
    accept: (ctx) => {
      const trigger = ctx.groups.trigger ?? ctx.groups.trigger2;
      if (!trigger) return true;
      if (ctx.groups.survey || ctx.groups.label || ctx.groups.several) return true; // "三家分别来查" names its inspections // the survey pattern carries its own context
      if (ctx.groups.repeat) return inspectedBefore(ctx, trigger.start) || sameAsEarlierAfter(ctx, trigger.end); // "刚来查过" names the inspection; "跟上个月查的一样" after it
      if (ctx.groups.leafed && !RECORDS_RE.test(ctx.sentence)) return false; // what is leafed through must be records
      if (ctx.groups.prepHeader && !PREP_RE.test(ctx.text.slice(Math.max(0, trigger.start - PREP_REACH), trigger.end + PREP_REACH))) return false; // a header lists burdens nearby
      return inspectionNear(ctx, trigger.start, trigger.end);
    },
  },
  { ...LEXICON, ...LOCAL },
);
