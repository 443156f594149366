// When are two inspections "the same topic"? Offices name one topic in many ways:
// "人居环境整治", "农村人居环境整治工作督查", "2026年人居环境整治专项检查（第二轮）".
// The key below keeps the subject and drops what only frames it: years and rounds,
// scope words in front (全县, 农村, 关于), and activity words at the end (工作, 专项, 督查,
// 检查, 整治…). A short synonym table joins names that differ in wording only.
//
// Deliberately NOT done: containment ("低保" vs "城乡低保核查资金"), word-order swaps
// ("禁烧秸秆"), or fuzzy distance. Those join different topics as often as they join the
// same one, and a wrong duplicate finding accuses a department; a missed one is still
// visible in the register. Offices that need more add a synonym here.
import { compactText } from './normalize-text.js';

// Framing that never names the subject: years, quarters, months, rounds, re-checks.
// "回头看" and "复查" mean "the same inspection again", so they must not make a topic new.
const FRAMING = new RegExp(
  [
    '\\d{2,4}年度?',
    '[上下]半年',
    '第?[一二三四1-4]季度',
    '\\d{1,2}月份?',
    '第[一二三四五六七八九十\\d]+(?:轮|次|批|阶段)',
    '回头看',
  ].join('|'),
  'gu',
);

const LEADING = ['关于开展', '关于', '开展', '全县', '全旗', '全市', '全区', '全镇', '全乡', '各乡镇', '全域', '农村', '专项', '年度'];

// Ordered longest first so "督查检查" goes before "检查".
const TRAILING = [
  '落实情况',
  '大检查',
  '大排查',
  '大督查',
  '排查',
  '整改',
  '推进情况',
  '开展情况',
  '工作',
  '专项',
  '行动',
  '督查',
  '督察',
  '督导',
  '检查',
  '考核',
  '验收',
  '评估',
  '暗访',
  '抽查',
  '核查',
  '复查',
  '巡查',
  '调研',
  '情况',
  '落实',
  '推进',
  '开展',
  '整治',
  '治理',
  '防治',
  '防控',
  '提升',
  '服务',
].sort((a, b) => b.length - a.length);

// Same subject, different wording: variant → canonical (applied after trimming).
const SYNONYMS: Record<string, string> = {
  最低生活保障: '低保',
  城乡低保: '低保',
  秸秆焚烧: '秸秆禁烧',
  禁烧秸秆: '秸秆禁烧',
  河湖长制: '河长制',
  村容村貌: '人居环境',
  农村环境: '人居环境',
  家庭医生签约: '家庭医生',
  家庭医生签约服务: '家庭医生',
  森林草原防火: '森林防火',
  草原森林防火: '森林防火',
  大气污染: '大气',
  空气质量: '大气',
};

function stripEnds(key: string): string {
  let out = key;
  let changed = true;
  while (changed) {
    changed = false;
    for (const w of LEADING) {
      if (out.length > w.length && out.startsWith(w)) {
        out = out.slice(w.length);
        changed = true;
      }
    }
    for (const w of TRAILING) {
      if (out.length > w.length && out.endsWith(w)) {
        out = out.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return out;
}

const cache = new Map<string, string>();

/** The comparison key of an inspection topic (cached: registers repeat topics a lot). */
export function topicKey(topic: string): string {
  const hit = cache.get(topic);
  if (hit !== undefined) return hit;
  const compact = compactText(topic.normalize('NFKC').replace(FRAMING, ''));
  let key = stripEnds(compact);
  key = SYNONYMS[key] ?? key;
  if (key.length === 0) key = compactText(topic);
  if (cache.size > 50_000) cache.clear();
  cache.set(topic, key);
  return key;
}
