import rule from '../../checks/messages/rules/R06-app-misuse.js';
import { runRuleTable } from '../support/rule-tester.js';

runRuleTable(rule, {
  valid: [
    '即日起取消各类工作群打卡、接龙报到',
    { text: '昨天去连岛景区打卡了，海边风太大', note: '旅游打卡' },
    '镇机关从下月起启用人脸识别考勤机，上下班刷一下脸就行。',
    '今年还要在群里打卡吗？',
  ],
  invalid: [
    { text: '请大家每天早上八点前在群里打个卡', checks: ['check-in'], evidence: '打个卡' },
    { text: '请各村书记接龙报到🙏 今晚9点前完成', checks: ['check-in'] },
  ],
});
