import { describe, expect, it } from 'vitest';
import { topicKey } from '../../checks/records/topic-key.js';
import { isAllPlaces, normalizeApprovalRef, placeKey } from '../../checks/records/normalize-text.js';

describe('topicKey', () => {
  it.each([
    ['人居环境整治', '农村人居环境整治工作'],
    ['人居环境整治', '2026年人居环境整治专项检查（第二轮）'],
    ['低保核查', '最低生活保障'],
    ['森林草原防火', '草原森林防火专项督查'],
    ['垃圾分类', '垃圾分类工作督导'],
    ['社区“两委”换届', '社区两委换届'],
    ['大气污染防治', '大气污染防治回头看'],
    ['ＡＢＣ项目', 'abc项目'],
  ])('%s ≡ %s', (a, b) => {
    expect(topicKey(a)).toBe(topicKey(b));
  });

  it.each([
    ['秸秆禁烧', '秸秆综合利用'],
    ['安全生产', '食品安全'],
    ['低保核查', '医保核查'],
    ['专项督查', '专项检查考核'],
  ])('%s ≠ %s', (a, b) => {
    expect(topicKey(a)).not.toBe(topicKey(b));
  });

  it('never reduces a topic to nothing', () => {
    expect(topicKey('专项督查').length).toBeGreaterThan(0);
  });
});

describe('place and approval normalisation', () => {
  it('treats organ suffixes and width as the same township', () => {
    expect(placeKey('丹水镇人民政府')).toBe(placeKey('丹水镇'));
    expect(placeKey(' 东城街道办事处')).toBe(placeKey('东城街道'));
    expect(placeKey('丹水镇')).not.toBe(placeKey('丹水乡'));
  });

  it('knows "all townships" when it sees it', () => {
    for (const t of ['各乡镇', '全县各乡镇', '全旗各苏木镇', '所有街道', '全县']) expect(isAllPlaces(t)).toBe(true);
    for (const t of ['丹水镇', '各村', '乡镇企业']) expect(isAllPlaces(t)).toBe(false);
  });

  it('reads blank and placeholder approvals as none', () => {
    for (const v of [null, undefined, '', '  ', '无', '暂无', '待审批', '—', '/', 'N/A']) expect(normalizeApprovalRef(v)).toBeNull();
    expect(normalizeApprovalRef(' 西组借〔2026〕5号 ')).toBe('西组借〔2026〕5号');
  });
});
