// Exceptions rules share by reference, so that a fix to one reaches every rule using it.
// RELEASED and CLEANED_UP_AFTER (R01–R05): the burden is waived in the trigger itself, or the
// sentence goes on to say it was already cancelled. (R06–R10 have not adopted those two: their
// tables were tuned without, and adopting them is a behaviour change to be measured on the
// fixtures.) REPORTED_CASE and REFUSABLE (all rules): the message reports a case already dealt
// with, or tells the grassroots they may refuse the burden. ASKED (R03): the burden is asked
// about in a clause ending in 吗 (a question mark is the shared 'question' exception's).
import type { ExceptionSpec } from './rule.js';

export const RELEASED: ExceptionSpec = {
  id: 'released',
  why: '触发词本身含“无需、不需要、不用、不必、没必要、不再”等免除用语（“会后无需另行召开传达会议”）：这是在免除负担。',
  pattern: '{{released}}',
  scope: 'trigger',
};

export const CLEANED_UP_AFTER: ExceptionSpec = {
  id: 'cleaned-up-after',
  why: '同一句里负担之后写明已经取消、叫停、被批评或一律无效（“以前搞过每月排名，去年已经全部取消了”）：这是在叙述已纠正的负担。',
  pattern: '{{cleanedUp}}',
  scope: 'after',
};

/** A bulletin of cases already dealt with ("通报一起典型问题：某县要求乡镇每日报送……被市纪委作为
 *  形式主义典型通报"): the burden is told as someone else's fault, not laid on the reader.
 *  Keyed on a count of cases (一起, 三起) or on the case being named formalism, not on bare
 *  典型问题: "针对督查发现的典型问题，各乡镇每周报送整改进度" is an order. */
export const REPORTED_CASE: ExceptionSpec = {
  id: 'reported-case',
  why: '消息在通报别处已被查处、点名的形式主义案例（“通报一起典型问题……被作为形式主义典型通报”）：是在叙述和纠正，不是在施加负担。',
  pattern: String.raw`
      (?:通报|曝光|剖析|查处|点名)了?(?:[0-9]{1,2}|[一两二三四五六七八九十]{1,3}|几|多)起[^,;:!?。\n]{0,10}(?:典型|问题|案例)
    | (?:作为|列为|当作|定性为)[^,;:!?。\n]{0,8}(?:形式主义|官僚主义)(?:典型|案例|问题)`,
  scope: 'message',
};

/** The grassroots are told they may refuse ("上级部门要求乡镇加挂牌子的……未经审核的乡镇可以不执行",
 *  "可以拒绝", "有权拒绝"): a gate put in front of the burden, not the burden. Keyed on the
 *  permission (可以/有权) before the refusal, not on 不执行 alone: "不执行的通报批评" is a sanction. */
export const REFUSABLE: ExceptionSpec = {
  id: 'refusable',
  why: '句中写明乡镇、村可以不执行、有权拒绝（“未经审核的，乡镇可以不执行”）：是在替基层挡负担，不是在施加负担。',
  pattern: String.raw`(?:可以|可|有权|有权利)(?:直接)?(?:不执行|不予执行|拒绝|不落实|不予理会|不理会|不接受|不配合)`,
  scope: 'sentence',
};

/** The burden is asked about in a clause that ends in 吗 ("这回还用再报一遍吗，我看内容一模一样"):
 *  chat often ends a question with a comma, not a question mark. */
export const ASKED: ExceptionSpec = {
  id: 'asked',
  why: '触发词所在分句以“吗”结尾（“这回还用再报一遍吗，内容一模一样”）：是在询问，不是在下达要求。',
  pattern: String.raw`吗(?:[,;:!?。\n]|$)`,
  scope: 'clause',
};
