// R05 不得层层套开会议 — 004 §九(五):
// “不得层层套开会议。经批准开到乡镇的视频会,不再层层套开。未经县级以上党委、政府主要负责同志批准,
//  不得要求乡镇党委、政府主要负责同志参会。”
//
// In chat: an order to hold follow-up meetings that relay a meeting (会后立即召开会议传达,
// 逐级召开, 层层传达到村到组, 套开), and a demand that township principal leaders (党委书记,
// 乡镇长, 主要负责同志; 苏木达, 街道党工委书记/办事处主任) attend in person with no stated
// approval (经县委/县政府主要负责同志同意). An ordinary meeting notice to the staff concerned
// is not a breach.
import { compilePattern, defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_004, DOC_CENTRAL_2024 } from '../basis.js';
import { CLEANED_UP_AFTER, RELEASED, RELIEF_ALL_RULES } from '../relief-exceptions.js';

const GRASSROOTS = compilePattern('{{grassroots}}', LEXICON).regex;
/** A township head named by title ("乡长书记必须自己来") names the township too. */
const TOWNSHIP_HEAD = /乡长|镇长|苏木达|乡镇长|乡党委|镇党委/;
/** The grassroots of the forest, land-reclamation and corps farms (林场, 团场, 连队, 管理区, 分场; not 家庭农场,
 *  a business): their relay meetings are a township's and a village's by another name
 *  ("会后各团场当天召开会议传达，连队第二天再传达"). */
const FARM_UNITS = compilePattern('(?<!家庭){{farmUnits}}', LEXICON).regex;
/** A meeting held just before ("开完会", "会议结束", "全会精神"): what a chained meeting relays. */
const PRIOR_MEETING = /开完会|会开完|会议结束|会后|散会|会议精神|全会|视频会|会精神/;

/** A video or teleconference meeting told before a village viewing, with branch venues set
 *  below the county (县设主会场，各镇设分会场): the viewing is then one more layer of it. */
const PRIOR_VIDEO = /视频[^,;:!?。\n]{0,4}会|电视电话会/;
const BRANCH_VENUE = /分会场/;
/** How far before the viewing the meeting may be named. */
const VIDEO_REACH = 120;

/** A schedule's attendee column ("日期|事项|参加人员"), on a line above the row. */
const ATTENDEE_HEADER = /(?:参加|参会|出席|与会)(?:人员|对象|范围|单位)/;
/** How far above the row the header may be (a week's schedule of a few rows). */
const TABLE_REACH = 300;
/** The row names a meeting ("全县安全生产工作会议", "视频调度会"), in a cell before the attendees. */
const MEETING_CELL = /(?:会议|大会|[^|\n]会)[^|\n]{0,6}\|[^|\n]*$/;
function inMeetingTable(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return false; // the header is on a line of its own
  if (!MEETING_CELL.test(text.slice(lineStart, at))) return false;
  return ATTENDEE_HEADER.test(text.slice(Math.max(0, lineStart - TABLE_REACH), lineStart));
}

/** An order in the sentence of a chain told in speech ("要一级一级开下去，乡镇开完村里开"): without one
 *  the chain is told, not ordered ("县里开了镇里开，镇里开完村里开，一个会开三遍"). */
const ORDERED = /要|必须|务必|请|须|一律|应当|确保|抓紧/;

/** Prefilter keywords of the checks built on `principal`: each of its alternatives holds one
 *  (乡镇长, 镇主任, 主要负责同志…). */
const PRINCIPAL_KEYWORDS = ['党委书记', '党工委书记', '镇书记', '乡书记', '苏木书记', '街道书记', '镇主任', '乡主任', '苏木主任', '街道主任', '办事处主任', '乡镇长', '乡长', '镇长', '苏木达', '主要负责同志', '主要负责人', '主要领导', '一把手', '党政正职', '党政主要'];

/** Rule-local word classes. */
const LOCAL = {
  /** Township level only: R05 protects the principal leaders of townships, not of villages. */
  township: String.raw`(?:乡镇|镇街|苏木|街道|镇|乡)`,
  /** Whose or what kind of meeting, before its name: 村两委会, 村民小组长会, 专题会议. */
  meetingOf: String.raw`(?:专门|专题|短|村|镇|乡|社区|嘎查|党支部|支部|村民小组长?|小组长?|村民组长?|组长|户长|村民代表|党员|群众|干部|全体)`,
  /** A meeting, by any of its usual names. */
  meeting: String.raw`(?:会议|专题会议?|专题会|大会|党委会|党工委会|两委会|支部会|党员大会|户长会|村民大会|村民代表大会|座谈会|干部会|调度会|推进会|部署会|动员会|视频会|院坝会|坝坝会|会)`,
  /** Township principal leaders (not deputies: a 副镇长 may attend anything). */
  principal: String.raw`(?:
      (?<!副乡|副)(?:党委书记|党工委书记|乡镇长|乡长|镇长|苏木达|街道办事处主任|办事处主任|街道主任)
    | (?<=乡镇|镇|乡|苏木|街道)(?:书记|主任)       # "各街道书记、主任": the township's own, not a village's
    | 主要负责同志 | 主要负责人 | 主要领导 | 一把手 | 党政正职 | 党政主要(?:负责同志|领导) )`,
  /** The levels a meeting is passed down through (县里开完, 村里开). */
  level: String.raw`(?:乡镇|镇街|苏木|街道|嘎查|社区|村民小组|网格|县|旗|区|市|州|盟|镇|乡|村|组)`,
  /** Attending. */
  attend: String.raw`(?:参加|参会|出席|到会|与会|列席|到场|亲自参加|本人参加|在(?:主|分)会场|到(?:主|分)?会场
    | (?:坐|守|待)?在(?:镜头|摄像头|屏幕|画面)(?:前|里|中) | 出镜 | 入镜 | 露脸   // a video meeting: 本人坐在镜头前, 必须出镜
    | (?<=会议室|会场|终端|镜头前|本人|亲自|准时|按时)上线 )`,   // ... or goes online there: 本人在镇里视频会议室上线 (not 系统上线)
};

export default defineRule(
  {
    meta: {
      code: 'R05',
      slug: 'nested-meeting',
      title: '不得层层套开会议',
      description:
        '要求乡镇（苏木、街道）、村（嘎查、社区）会后再层层召开会议传达（套开、逐级召开、传达到村到组），或未经县级以上党委、政府主要负责同志批准要求乡镇党委、政府主要负责同志本人参会。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(五)',
          quote: '不得层层套开会议。经批准开到乡镇的视频会,不再层层套开。未经县级以上党委、政府主要负责同志批准,不得要求乡镇党委、政府主要负责同志参会。',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_2024,
          section: '',
          quote: '不得动辄要求见主要负责同志，不得频繁要求基层填表格报材料',
        },
      ],
    },
    patterns: [
      {
        id: 'relay-meeting',
        description: '要求层层召开会议传达：套开、逐级召开、召开会议传达、会议精神传达到村到组到户。',
        keywords: ['套开', '层层', '逐级', '传达', '一级一级', '一级接一级', '一级级', '一层一层', '一层层', '一层接一层', '一层套', '一级套', '一层包'],
        pattern: String.raw`
          (?<trigger>
              (?<!配)套开                                              # 004's own word (not 配套开展)
            | (?:层层|逐级|一级一级|一级接一级|一层接一层|一级级|一层一层|一层层)(?:地|的)?(?:往下|向下)?(?:召开|开会|传达|传|开)   # layered meetings (spoken: 要一级一级开下去, 一层一层往下开)
            | 一(?:层|级)(?:套|包)(?:着)?一(?:层|级)                     # spoken for 层层套开: "再开群众会，一层套一层都要开到"
            | (?:召开|开|组织召开)(?:个|一个|一次|次|场|一场)?{{meetingOf}}?{{meeting}}[^,;:!?。\n]{0,6}?传达   # "召开专题会议传达贯彻", "召开村两委会再传达一遍", spoken "开个会把精神再传达一遍"
            | 召开[^,;:!?。\n]{0,8}?会议[^,;:!?。\n]{0,4}?传达                 # "召开党委（扩大）会议传达"
            | 会议?精神[^,;:!?。\n]{0,8}传达到(?:村|组|户|每|各村|各组|社区|嘎查|网格) )   # relayed down to households`,
        examples: {
          match: [
            '请各乡镇按照“县—乡—村”逐级召开会议传达学习全会精神',
            '会议结束后，请各乡镇当天召开专题会议传达贯彻，各村也要随后召开两委会传达到位',
            '县里会议精神要层层传达到村、到组',
            '明天县局再召开全县会议套开传达',
            '各村明天都开个会把精神传达下去',
            '党委会、干部会、党员会，一级套一级往下开',
            '各村今晚必须召开村两委会再传达一遍',
            '回村后当天开组长会传达到户',
            '这次培训的精神要一级一级传达到村民小组',
          ],
          noMatch: ['嘎查今天开了党员大会，大家发言很踊跃', '下午开个短会'],
        },
      },
      {
        // Split from relay-meeting so that each keeps a reach recheck can still prove safe.
        id: 'meeting-to-pass-on',
        description: '要求开个会“把……精神、要求传达下去”（“各村今天都开个会把镇里的会议精神传达下去”）：宾语较长，写在“把”字后面。',
        keywords: ['传达'],
        pattern: String.raw`
          (?<trigger> (?:召开|开|组织召开)(?:个|一个|一次|次|场|一场)?{{meetingOf}}?{{meeting}}   # a meeting held ...
            把[^,;:!?。\n]{0,12}?传达 )                                                     # ... to pass on what came from above`,
        examples: {
          match: ['各村（社区）今天都开个会把镇里的会议精神传达下去', '各社区今晚开个短会把街道的部署要求传达下去'],
          noMatch: ['开个会把账对一下', '把会议精神传达到每个干部'],
        },
      },
      {
        id: 'relay-after-meetings',
        description: '要求召开几个会议来学习传达上级会议精神（“召开“两委”会议和党员大会专题学习传达”）。',
        keywords: ['传达'],
        pattern: String.raw`
          (?<trigger> 召开[^,;:!?。\n]{0,8}?会议[^,;:!?。\n]{0,12}?传达 )   # meeting(s) ... relay, within one clause`,
        examples: {
          match: ['旗里的两会精神，各嘎查要组织召开“两委”会议和党员大会专题学习传达'],
          noMatch: ['召开会议，研究秋收工作'],
        },
      },
      {
        id: 'relay-after-study-meeting',
        description: '要求召开学习会、专题会后接着学习传达上级会议精神（“召开中心组学习会，学习传达县委宣讲会精神”）。',
        keywords: ['传达'],
        pattern: String.raw`
          (?<trigger> 召开[^;!?。\n]{0,16}?会议?[,、](?:学习|专题学习|集中学习|认真学习)?传达(?!(?:学习|贯彻|部署)?了(?!解)) )   # a meeting, a comma, then the relay (not a past one: 传达了, 传达学习了)`,
        examples: {
          match: ['各乡镇要组织召开党委理论学习中心组（扩大）学习会，学习传达县委宣讲会精神'],
          noMatch: ['召开会议，研究秋收工作', '镇里上午召开党委会，传达了县委全会精神', '周三召开镇党委会，传达学习了市委全会精神'],
        },
      },
      {
        id: 'next-level-meeting',
        description: '要求下一级接着开会学习（“次日各村召开党员会议学习”“随后各嘎查组织会议传达”）。（“第二天、然后”等口语说法要带“再开”，见 follow-up-meeting。）',
        keywords: ['次日', '翌日', '随后'],
        pattern: String.raw`
          (?<trigger> (?:次日|翌日|随后)[^,;:!?。\n]{0,4}?(?:召开|组织召开|组织|开)   # the next level then ...
            [^,;:!?。\n]{0,6}?{{meeting}}[^,;:!?。\n]{0,4}?(?:学习|贯彻) )   # ... holds its own study session ("…会议传达" is relay-meeting's)`,
        examples: {
          match: ['各镇当晚组织全体干部会议学习，次日各村召开党员会议学习'],
          noMatch: ['次日召开表彰大会'],
        },
      },
      {
        id: 'principal-addressed',
        description: '通知开头点名乡镇党委书记、乡镇长，冒号后要求参会、列席（“各乡镇党委书记、乡镇长：明天下午县委常委扩大会议列席”）。',
        keywords: ['党委书记', '党工委书记', '乡镇长', '乡长', '镇长', '苏木达', '主要负责同志', '主要负责人', '主要领导', '一把手', '党政正职'],
        pattern: String.raw`
          {{township}} [^,;:!?。\n村社嘎]{0,6}? (?<trigger> {{principal}}   # the townships' principal leaders, addressed ...
            [^;!?。\n]{0,6}?:[^;!?。\n]{0,16}?{{attend}} )                 # ... then told to attend`,
        examples: {
          match: ['各乡镇党委书记、乡镇长：明天下午县委常委扩大会议列席，务必准时'],
          noMatch: ['各乡镇党委书记：请抓好秋收工作'],
        },
      },
      {
        id: 'principal-summoned',
        description: '要求乡镇主要负责同志本人到县里开会（“各乡镇党委书记明早到县委三楼开会”），未写明经批准。',
        keywords: ['党委书记', '党工委书记', '镇书记', '乡书记', '苏木书记', '街道书记', '乡镇长', '乡长', '镇长', '苏木达', '主要负责同志', '主要负责人', '主要领导', '一把手', '党政正职', '党政主要'],
        pattern: String.raw`
          {{township}} [^,;:!?。\n村社嘎]{0,6}?   # the townships' ...
          (?<trigger> {{principal}}                # ... principal leaders ...
            [^,;:!?。\n]{0,8}?(?:到|来|赴)[^,;:!?。\n]{0,8}?开会 )   # ... come to a meeting`,
        examples: {
          match: ['各乡镇党委书记明早8点到县委三楼开会', '请各街道党工委书记下午来区里开会'],
          noMatch: ['各乡镇分管副乡镇长到县里开会'],
        },
      },
      {
        id: 'follow-up-meeting',
        description: '要求会后再开会：会后召开专题会、参会后回去再开会、村民小组再开户长会。',
        keywords: ['会后', '会议后', '结束后', '会开完', '开完会', '散会后', '参会后', '闭幕后', '再开', '再召开'],
        pattern: String.raw`
          (?<trigger>
              # "after the meeting ... hold a meeting": 会后, 会议结束后, 会开完以后, 散会后
              (?:会(?:议)?(?:结束)?|会开完(?:以)?|开完会(?:以)?|散会|参会|闭幕|(?:全会|大会)结束)后[^;!?。\n]{0,12}?
                (?:召开|开|组织)[^,;:!?。\n]{0,4}?(?:{{meeting}}|开会)
              # "(back home / the group) hold another one": "回去再开镇村干部会", "村民小组再开户长会"
            | (?:回去|随后|会后|然后|之后|参会后|开完会?后|村民小组|小组|村|嘎查|社区|网格)[^,;:!?。\n]{0,2}再(?:召开|开)[^,;:!?。\n]{0,6}?{{meeting}} )`,
        examples: {
          match: ['会后各村委会要组织召开院坝会', '各镇分管领导参加后回去再开镇村干部会', '各村开完会后，村民小组再开户长会'],
          noMatch: ['开完会后大家早点回家'],
        },
      },
      {
        // Split from follow-up-meeting so that each keeps a reach recheck can still prove safe.
        id: 'meeting-held-anyway',
        description: '会后先说下一级的会，再说“照开”“也要开”“接着开”（“会后当晚镇村两级会议照开”“散会后各村的会也要接着开”）。',
        keywords: ['会后', '会议后', '结束后', '会开完', '开完会', '散会后', '参会后', '闭幕后'],
        pattern: String.raw`
          (?:会(?:议)?(?:结束)?|会开完(?:以)?|开完会(?:以)?|散会|参会|闭幕)后[^;!?。\n]{0,12}?{{meeting}}   # after the meeting, the next level's meeting ...
          (?<trigger> [^,;:!?。\n]{0,2}?(?:照|照常|照样|照旧|也要|都要|也得|都得|还要|还得|要|得|必须|务必|接着|继续|马上|立即)(?:召)?开(?![展始工发放通]) )   # ... is held anyway (not 要开展)`,
        examples: {
          match: ['会后当晚镇村两级会议照开', '散会后各村的会也要接着开'],
          noMatch: ['开完会后大家早点回家', '会后各村的会议不用开了'],
        },
      },
      {
        id: 'next-level-holds-one',
        description: '上一级开过会，“再由各村（社区）召开”下一级的会：会议一级一级往下开（“请各乡镇分别召开动员大会，再由各村召开动员会”）。',
        keywords: ['再由'],
        pattern: String.raw`
          (?<trigger> 再由(?:各|每个)?(?:村|组|嘎查|社区|村民小组|网格|村委会?)   # then the next level down ...
            [^,;:!?。\n]{0,6}?(?:召开|开)[^,;:!?。\n]{0,6}?{{meeting}} )     # ... holds its own meeting`,
        examples: {
          match: ['请各乡镇分别召开动员大会，再由各村（社区）召开动员会', '镇里先开部署会，再由各村组织开户长会'],
          noMatch: ['再由各村上报名单'],
        },
      },
      {
        id: 'level-after-level',
        description: '口语要求一级开完下一级接着开（“要……乡镇开完村里开，村里开完组里开”“县里开完会镇上接着开”）：会议一级一级往下套开；同一句里须有“要、必须、请”等要求（accept），否则是在叙述。',
        keywords: ['开完'],
        pattern: String.raw`
          (?<trigger> (?<told>{{level}})(?:里|上|级)?开完(?:会|了)?(?:以?后|之后)?,?   # one level has held it ...
            (?:各|每个)?{{level}}(?:里|上|级)?(?:要|得|都要|也要|马上)?(?:再|接着|跟着|马上|也|就|又)?(?:召)?开(?![展始工发放通车心]) )   # ... and the next holds it`,
        examples: {
          match: ['要一级一级开下去，乡镇开完村里开，村里开完组里开', '县里开完会镇上接着开'], // accept: an order in the sentence
          noMatch: ['县里开完会镇上的同志就回去了', '镇里开完会村里开始秋收'],
        },
      },
      {
        id: 'relay-concept',
        description: '概念检查：会议接着往下开（接着开、跟着开、再开一次、马上套开）或一直开到村、组、户，不论用不用“会议”二字（“各乡镇要接着开，村里也要接着开，一直开到村民小组”）。',
        keywords: [...['接着', '跟着', '随即', '马上'].flatMap((a) => [`${a}开`, `${a}召开`, `${a}套开`]), '再开一', '再召开一', '也要开', '开到村', '开到组', '开到户', '开到社区', '开到嘎查', '开到牧户', '开到网格', '开到村民小组', '开到村委会', '开到每'],
        fallback: true,
        pattern: String.raw`
          (?<trigger>
              (?:接着|跟着|紧接着|随即|马上)(?:召开|套开|开)(?![^,;:!?。\n]{0,2}(?:展|工|始|发|放|车|票|证|门|通))   # the next level holds it at once (not 开展/开工/开始)
            | 再(?:召开|开)一(?:次|遍|轮|个) | 也要开(?:会|一次)?(?=[,;:!?。\n]|$)                                             # again, one level down
            | (?:一直|都要|也要|要|逐级|层层)开到(?:村民小组|村委会|村|组|户|社区|嘎查|牧户|网格|每) )                       # down to the villages and households`,
        examples: {
          match: ['视频会结束后各乡镇要接着开，村里也要接着开，一直开到村民小组', '县里马上套开一次', '会后苏木再开一次会进行部署'],
          noMatch: ['接着开展入户走访', '马上开工'],
        },
      },
      {
        id: 'chained-meeting',
        description: '概念检查：上一级的会开完，下一级当晚、第二天、随后接着开会（“镇里开完会，各村支部当晚开支委会，第二天开党员大会”）；前面的会议由 accept 在句内查找。',
        keywords: ['当晚', '当天', '次日', '第二天', '第三天', '随后', '紧接着'],
        fallback: true,
        pattern: String.raw`
          (?<chain> (?:当晚|当天|次日|第二天|第三天|随后|紧接着)(?:召开|组织|开)[^,;:!?。\n]{0,6}?{{meeting}} )   # accept: a meeting earlier in the sentence`,
        examples: {
          match: ['镇里开完会，各村支部当晚开支委会，第二天开党员大会'],
          noMatch: ['第二天去县里'],
        },
      },
      {
        id: 'video-to-villages',
        description: '视频会县设主会场、乡镇设分会场之后，还要求各村（社区、嘎查）组织收看、设收看点或分会场（“各镇设分会场，各村也要在村部组织收看”）：视频会一层一层往下设会场；前面的视频会和分会场由 accept 查找，写明“直接开到村”的不算。',
        keywords: ['收看', '收听', '观看', '分会场', '收看点'],
        pattern: String.raw`
          (?<trigger> (?<viewing>
            (?:(?:各|每个|所有)(?:村民小组|村|组|社区|嘎查|网格) | 村里 | 村上 | 村部 | 村级)   # the villages, as venues ...
            [^,;:!?。\n镇乡县旗区市]{0,8}?(?:组织|集中|同步|统一|也要|都要|也得|都得|必须|须|要)    # ... (not 各村干部到镇分会场) are made to ...
            [^,;:!?。\n镇乡县旗区市]{0,4}?(?:收看|收听|观看|设(?:立|置)?(?:分会场|收看点)|开设分会场) ) )   # ... watch it or set up a venue`,
        examples: {
          match: ['明天的视频会县设主会场，各镇设分会场，各村也要在村部组织收看', '全市视频会议乡镇设分会场，各社区同步设立收看点'],
          noMatch: ['各村干部到镇分会场收看', '各村自行观看回放'],
        },
      },
      {
        id: 'principal-attendance',
        description: '未写明经县级以上党委、政府主要负责同志批准，要求乡镇党委书记、乡镇长等主要负责同志本人参会。',
        keywords: PRINCIPAL_KEYWORDS,
        pattern: String.raw`
          {{township}} [^,;:!?。\n村社嘎]{0,8}?   # the townships (各乡镇, 各街道, 各苏木镇), not a village's ...
          (?<trigger>
            {{principal}}                          # ... their principal leaders ...
            [^,;:!?。\n]{0,18}?                    # ... (、乡镇长都到县政府三楼会议室 / 本人在分会场)
            {{attend}} )                           # ... attend`,
        examples: {
          match: [
            '请各乡镇党委书记、乡镇长都到县政府三楼会议室参会',
            '下周二的代表联络站工作会，请各乡镇人大主席和党委书记一同参加',
            '各乡镇乡镇长本人在分会场参会',
            '请各街道党工委书记、办事处主任参加',
            '各乡镇党委书记、乡镇长必须本人在镇里视频会议室上线',
          ],
          noMatch: ['请各乡镇分管应急的副乡镇长参加', '请各乡镇农业服务中心分管同志参加'],
        },
      },
      {
        id: 'principal-in-person',
        description: '要求主要负责同志、党委书记、乡镇长“亲自参加”“本人到场”，未点明乡镇二字（问答里“这次会议要求主要负责同志亲自参加”）；消息须提到乡镇、村（accept），县直部门的主要负责同志不算。',
        keywords: PRINCIPAL_KEYWORDS,
        pattern: String.raw`
          (?<!部门|单位|局|委|办)(?<trigger> {{principal}}     # the principal leaders (not a county department's) ...
            [^,;:!?。\n]{0,4}?(?:亲自|本人|自己)[^,;:!?。\n]{0,2}?     # ... in person ...
            (?:{{attend}} | (?:来|过来)(?=[,;:!?。\n]|$|开会|参会|参加|别|不要|不准|不得|不许)
              | (?:来|过来|到)(?=[^,;:!?。\n]{0,3}?(?:点名|签到|报到|点到)) ) )   # ... (spoken: 乡镇长必须自己来; 本人到现场点名; not 书记要自己来抓, 自己到县委说明情况)`,
        examples: {
          match: ['这次会议要求主要负责同志亲自参加', '镇长本人到场', '周五的调度会乡镇长必须自己来', '培训班乡镇长要本人来，会上点名'],
          noMatch: ['请各部门主要负责同志亲自参加', '分管同志本人参加', '这项工作书记要自己来抓', '镇长本人到村里看了'],
        },
      },
      {
        id: 'principal-must-be-there',
        description: '口头要求乡镇党委书记、乡镇长“都得在”“必须到”，或点名他们参会后说“不接受请假”“一律不准请假”（“书记镇长都得在，这是局里定的，不接受请假”），未写明经批准。',
        keywords: PRINCIPAL_KEYWORDS,
        pattern: String.raw`
          (?<!部门|单位|局|委|办)(?<trigger> {{principal}}            # the principal leaders (not a county department's) ...
            (?:
                [^,;:!?。\n]{0,3}?(?:都|也|一律|全部)?(?:得|要|须|需|必须|务必)(?:亲自|本人)?(?:在|到|在场|到场|到齐|到会|出席)   # ... must be there (书记镇长都得在, 一把手必须到场;
                                                                    # not 书记镇长都在, which tells who was there)
                (?=[,;:!?。\n]|$)
              | [^,;:!?。\n]{0,6}?(?:都|全都|全部|一律)(?:得|要|须|必须|务必)(?:亲自|本人)?(?:来|过来)(?=[,;:!?。\n]|$)   # ... all must come (党委书记和人大主席都得来)
              | [^;!?。\n]{0,16}?(?:(?:不接受|不准|不许|不得|不能|不批|一律不(?:准|批|接受)?)请假
                | 一个(?:都|也)?不(?:能|准|许|得)?少 | (?:不得|不能|不准|不许)缺席 ) ) )   # ... and no leave is taken, not one missing`,
        examples: {
          match: ['书记镇长都得在，这是局里定的，不接受请假', '周五的会乡镇一把手必须到场', '各乡镇党委书记参会，一律不准请假', '各乡镇党委书记和人大主席都得来', '乡镇长周一开会，一个都不能少'],
          noMatch: ['请分管同志参加，不得请假', '镇长下午在村里', '书记镇长都在，讲得很好'],
        },
      },
      {
        // Split from principal-must-be-there so that each keeps a reach recheck can still prove safe.
        id: 'principal-absent-named',
        description: '口头说哪个乡镇长、党委书记开会时不在镜头里、没到场、没上线，就点名通报、约谈（“视频会哪个镇长没在镜头里就点名通报”）：处罚本身就是要求主要负责同志本人参会，未写明经批准。',
        keywords: PRINCIPAL_KEYWORDS,
        pattern: String.raw`
          (?<!部门|单位|局|委|办)(?<trigger> {{principal}}            # the principal leaders (not a county department's) ...
            [^,;:!?。\n]{0,3}?(?:没有?|不|未)(?:在|进|到|出|露|上)?(?:视频)?(?:镜头|摄像头|画面|屏幕|会场|现场|场|镜|脸|线)(?:里|前|中|上)?   # ... not on camera, not there ...
            [^;!?。\n]{0,8}?(?:点名|通报|约谈|问责|追责|扣分) )   # ... is named and shamed (a sanction, not 是网络卡了)`,
        examples: {
          match: ['视频会上谁家镇长没露脸，会后约谈', '哪个乡长没在视频画面里，一律通报', '镇长没上线的，点名'],
          noMatch: ['镇长没在镜头里，是网络卡了', '副镇长没到场的通报'],
        },
      },
      {
        id: 'principal-in-table',
        description: '会议安排表的“参加人员”“参会人员”一栏列入乡镇主要负责同志（“日期|事项|参加人员 … 全县安全生产工作会议|各镇街主要负责同志”），未写明经批准；表头和会议名由 accept 查找。',
        keywords: PRINCIPAL_KEYWORDS,
        fallback: true,
        pattern: String.raw`
          {{township}} [^,;:!?。\n村社嘎|]{0,8}? (?<trigger> (?<tabled> {{principal}} ) )   # accept: an attendee column above, a meeting on the row`,
        examples: {
          match: ['日期|事项|参加人员\n12月2日|全县安全生产工作会议|各镇街主要负责同志'],
          noMatch: ['日期|事项|参加人员\n12月5日|冬季森林防火视频调度会|各镇街应急办'],
        },
      },
      {
        id: 'principal-listed',
        description: '会议通知的参会人员名单列入乡镇党委书记、乡镇长等主要负责同志（“参会人员：各乡镇党委书记、乡镇长”），未写明经批准。',
        keywords: ['参会人员', '参会对象', '参会范围', '参加人员', '参加对象', '参加范围', '出席人员', '出席对象', '与会人员', '与会对象'],
        pattern: String.raw`
          (?:参会|参加|出席|与会)(?:人员|对象|范围)[:是为]{0,2}   # the attendee list ...
          [^;!?。\n]{0,12}? {{township}} [^,;:!?。\n村社嘎]{0,8}?    # ... names the townships' ...
          (?<trigger> {{principal}} )                                # ... principal leaders`,
        examples: {
          match: ['参会人员：各乡镇党委书记、乡镇长，分管副乡镇长', '参加对象为各街道党工委书记'],
          noMatch: ['参会人员：各乡镇分管副乡镇长', '参会人员：各村党支部书记'],
        },
      },
      {
        id: 'no-deputy',
        description: '明确不准派副职或他人代会，即要求主要负责同志本人参会。',
        keywords: ['代会', '副职', '副手', '副的', '替会', '代替参会', '代为参会', '顶替'],
        pattern: String.raw`
          (?<trigger>
              (?:不得|不准|不要|严禁|不许|不能|别|莫|不可)(?:委托|派|让|叫|找)?[^,;:!?。\n]{0,6}?(?:代会|副职|副手|副的|替会|代替参会|代为参会|顶替) )   # spoken: 别派副职, 莫让副手来, 别再派个副的来凑数`,
        examples: {
          match: ['各乡镇党委书记必须本人参加，不得请假，不得委托他人代会', '请主要负责同志在分会场参会，不得派人代会', '不要派副职', '书记镇长都来，别叫副手顶', '别再派个副的来凑数'],
          noMatch: ['请分管同志参加，不得请假'],
        },
      },
    ],
    exceptions: [
      RELEASED,
      CLEANED_UP_AFTER,
      ...RELIEF_ALL_RULES,
      {
        id: 'approved',
        why: '写明已经县级以上党委、政府主要负责同志同意或批准的，要求主要负责同志参会是合规的。',
        pattern: String.raw`
            (?<!请假[需须要应]?|请假的[需须要应]?)(?<!未|没|没有|不|是否|是不是|有没有|没说|没讲|没写|没提|未写明|未说明|未注明)   # 未经…批准, 也没说经过县委同意没: no approval
            经[^;!?。\n]{0,12}(?:主要负责同志|主要领导|书记|县长|旗长|区长|州长|市长|盟长|县委|县政府|旗委|旗政府|区委|区政府)[^;!?。\n]{0,4}(?:同意|批准)(?!没|了没|与否|吗|了吗|没有)
          | (?<!未|没|没有|不|是否|是不是|有没有)(?:报经|报请)[^;!?。\n]{0,10}(?:同意|批准)(?!没|了没|与否|吗|了吗|没有)`,
        scope: 'message',
      },
      {
        id: 'not-attending',
        why: '写明主要负责同志不参会、可不参加的，不是要求其参会。',
        pattern: String.raw`不(?:用|必|需要?)?(?:参加|参会|出席|到会) | 无需(?:参加|参会|出席) | 可不参加 | 可以不参加`,
        scope: 'clause',
      },
      {
        id: 'past-report',
        why: '叙述已经召开、已经传达的会议，不是要求再开会。',
        pattern: String.raw`(?:召开了|开了|传达了|开完了)(?!以?后|之后|[^,;:!?。\n]{0,16}(?:马上|立即|接着|再开|要开|要召开|务必|必须))   # not "区里开了个会街道马上要开会传达",
                                                                    # "县上的会开完了以后乡上马上接着开" (voice notes with no commas)
          | 已召开 | 已经召开 | 已传达 | 已经传达`,
        scope: 'clause',
      },
      {
        id: 'complaint',
        why: '干部吐槽“一周开了九个会，层层传达，谁受得了”“传达来传达去”“一个会开三遍”是在诉说负担，不是在要求开会。',
        pattern: String.raw`{{complaint}} | (?:传达|开会|开)来(?:传达|开会|开)去 | 一个会开[两三四五六几]遍 | 这叫(?:啥|什么)事`,
        scope: 'sentence',
      },
      {
        id: 'not-required',
        why: '触发词里写着“不要求、不作要求、自行安排”（“会后各村自行安排，不要求再开会传达”）：是在免除开会，不是在要求。',
        pattern: String.raw`不(?:再)?要求 | 不(?:作|做)(?:硬性|统一)?要求 | 不强求 | 自行(?:安排|决定|把握)`,
        scope: 'trigger',
      },
      {
        id: 'cancelled',
        why: '会议取消、改为印发文件或明确不再层层套开的，是在减少会议。',
        pattern: String.raw`会议?取消 | 取消会议 | 改为印发 | 不再层层 | 不再套开 | 直接开到`,
        scope: 'clause',
      },
    ],
    /** Meetings are a breach only when they are imposed on the grassroots: the message must
     *  name townships or villages (a county department's own meeting is not this rule). */
    accept: (ctx) => {
      if (ctx.groups.told && !ORDERED.test(ctx.sentence)) return false;
      const tabled = ctx.groups.tabled;
      if (tabled && !inMeetingTable(ctx.text, tabled.start)) return false;
      const viewing = ctx.groups.viewing;
      if (viewing) {
        const before = ctx.text.slice(Math.max(0, viewing.start - VIDEO_REACH), viewing.start);
        if (!PRIOR_VIDEO.test(before) || !BRANCH_VENUE.test(before) || /直接开到/.test(ctx.text)) return false;
      }
      const chain = ctx.groups.chain;
      if (chain && !PRIOR_MEETING.test(ctx.text.slice(Math.max(0, chain.start - 60), chain.start))) return false;
      GRASSROOTS.lastIndex = 0;
      return GRASSROOTS.test(ctx.text) || TOWNSHIP_HEAD.test(ctx.text) || FARM_UNITS.test(ctx.text);
    },
  },
  { ...LEXICON, ...LOCAL },
);
