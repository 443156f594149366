// R06 不得滥用各类软件 — 004 §九(六):
// “严禁通过工作群、业务群硬性摊派、打卡签到，严禁微信群随意布置任务、索要材料或简单以上传工作截图评价工作实绩。”
import { defineRule } from '../rule.js';
import { LEXICON } from '../lexicon.js';
import { DOC_004, DOC_CENTRAL_WORKGROUPS } from '../basis.js';

export default defineRule(
  {
    meta: {
      code: 'R06',
      slug: 'app-misuse',
      title: '不得滥用各类软件',
      description: '通过工作群、政务APP强制打卡签到、截图留痕、下载注册点赞转发、要求24小时在线秒回，或在群里随意布置任务、索要材料。',
      basis: [
        {
          source: '004',
          document: DOC_004,
          section: '九(六)',
          quote: '不得滥用各类软件。严禁通过工作群、业务群硬性摊派、打卡签到，严禁微信群随意布置任务、索要材料或简单以上传工作截图评价工作实绩。',
        },
        {
          source: 'central',
          document: DOC_CENTRAL_WORKGROUPS,
          section: '',
          quote: '严禁脱离工作实际强制要求打卡接龙、即时响应，随意摊派任务、索要材料。',
        },
      ],
    },
    patterns: [
      {
        id: 'check-in',
        description: '要求在群里或APP上打卡、签到、发定位、接龙报到。',
        keywords: ['打卡', '打个卡', '打一下卡', '打一次卡', '签到', '定位', '位置', '接龙', '报到'],
        pattern: String.raw`
          (?<trigger>
              打(?:个|一下|一次)?卡
            | 签到
            | 发(?:送)?(?:个|一下)?(?:实时)?定位 | 实时位置 | 位置共享 | 共享位置
            | 接龙(?:报到|签到|报平安)? | 报到接龙 )`,
        examples: {
          match: ['请大家每天早上八点前在群里打个卡', '各村书记接龙报到', '打开微信实时位置共享'],
          noMatch: ['周末去景区玩'],
        },
      },
    ],
    exceptions: [
      {
        id: 'leisure',
        why: '游玩、景点“打卡”不是工作打卡。',
        pattern: String.raw`景区|景点|爬山|网红|旅游|游玩|拍照留念|美食`,
        scope: 'sentence',
      },
      {
        id: 'attendance-machine',
        why: '单位考勤机、人脸识别考勤是正常考勤管理。',
        pattern: String.raw`考勤机|人脸识别|刷脸|登记簿`,
        scope: 'sentence',
      },
    ],
  },
  LEXICON,
);
