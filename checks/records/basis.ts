// The policy clauses the record checks rest on, quoted word for word from
// ../shared/policy (punctuation as in the source files, which use half-width commas).
// tests/records/basis.test.ts verifies every quote against the policy texts when present.
import type { Basis } from '../types.js';

const DOC_000 = '《关于深化苏木乡镇和街道改革推进基层整合审批服务执法力量的实施意见》（内蒙古自治区党委办公厅、自治区人民政府办公厅）';
const DOC_003 = '《砚山县关于推进乡镇政府服务能力建设实施方案》（征求意见稿）';
const DOC_004 = '《西峡县深化乡镇管理体制机制改革方案》';

export const BASIS = {
  /** 004 九(一): no repeated inspections. */
  noRepeatedInspection: {
    source: '004',
    document: DOC_004,
    section: '九(一)',
    quote:
      '(一)不得重复督查检查。纳入省级计划的督查检查事项延伸至乡镇的,县级不再层层配套开展“迎检式督查”。面向乡镇的督查检查和调研,原则上都要采取“四不两直”“双随机”方式,不看批示,不查记录。',
  },
  /** 000: inspections are arranged by the county, departments need case-by-case approval. */
  inspectionApproval: {
    source: '000',
    document: DOC_000,
    section: '(二)健全与职责相适应的监督考评体系',
    quote:
      '对苏木乡镇和街道的督查检查考核,由旗县(市、区)党委和政府统筹安排,职能部门一般不直接进行督查检查考核,确需开展的,按一事一议原则报批。',
  },
  /** 004 九(十): no long secondments; approval by the organisation department and a clear term. */
  noLongSecondment: {
    source: '004',
    document: DOC_004,
    section: '九(十)',
    quote:
      '(十)不得长期借调干部。上级机关一般不准长期(半年以上)借调乡镇干部,因工作特殊需要短期借调的,应征得借调单位同级党委组织部门同意并明确借调时间。对现有借调人员,借调期满的返回乡镇工作。',
  },
  /** 000: approval, at most 3 months. */
  secondmentApprovalAndTerm: {
    source: '000',
    document: DOC_000,
    section: '(三)加大苏木乡镇和街道用人自主权',
    quote: '确因工作需要借用苏木乡镇和街道在编人员的,需经同级组织或人力资源社会保障部门批准,且时间不得超过3个月。',
  },
  /** 000: at most two cadres of one township at the same time. */
  secondmentQuota: {
    source: '000',
    document: DOC_000,
    section: '(三)加大苏木乡镇和街道用人自主权',
    quote: '同一时期同一苏木乡镇或街道被上级部门借调干部不超过2名。',
  },
  /** 000: new recruits may not be borrowed during their service period. */
  newRecruitNoSecondment: {
    source: '000',
    document: DOC_000,
    section: '(三)加大苏木乡镇和街道用人自主权',
    quote: '新录用公务员在服务期限内不得转任交流至上级部门,不得以借用、调训、帮助工作等方式抽调至上级部门。',
  },
  /** 004 八(六): five-year minimum service. */
  minServiceYears004: {
    source: '004',
    document: DOC_004,
    section: '八(六)',
    quote: '严格落实乡镇领导班子任期、新录用公务员5年最低服务年限,事业单位新招聘人员参照公务员自主设置最低服务年限。',
  },
  /** 003 六(三): five-year minimum service. */
  minServiceYears003: {
    source: '003',
    document: DOC_003,
    section: '六(三)',
    quote: '严格执行新录用(新招聘)乡镇公务员、事业单位工作人员5年最低服务年限有关规定。',
  },
  /** 004 九(四): 一票否决 only from the cleaned-up list. */
  vetoList: {
    source: '004',
    document: DOC_004,
    section: '九(四)',
    quote:
      '(四)不得滥用“一票否决”。持续清理规范乡镇“一票否决”和签订“责任状”等事项,对清理后的事项实行清单化管理,未列入清单的不得擅自设立。',
  },
  /** 000: no 一票否决 in any form. */
  vetoAnyForm: {
    source: '000',
    document: DOC_000,
    section: '(二)健全与职责相适应的监督考评体系',
    quote: '除中央和自治区党委明确要求外,各级党委和政府及其职能部门不得以任何形式对苏木乡镇和街道设置“一票否决”事项。',
  },
  /** 003 六(四): only with the county's approval. */
  vetoCountyApproval: {
    source: '003',
    document: DOC_003,
    section: '六(四)',
    quote: '统筹规范针对乡镇的评比表彰、示范创建等活动,未经县委和县政府批准,不得对乡镇设置“一票否决”事项。',
  },
} satisfies Record<string, Basis>;
