// Exceptions rules share by reference, so that a fix to one reaches every rule using it.
// RELEASED and CLEANED_UP_AFTER (R01–R05): the burden is waived in the trigger itself, or the
// sentence goes on to say it was already cancelled. (R06–R10 have not adopted those two: their
// tables were tuned without, and adopting them is a behaviour change to be measured on the
// fixtures.) REPORTED_CASE and REFUSABLE (all rules): the message reports a case already dealt
// with, or tells the grassroots they may refuse the burden. ASKED (R03): the burden is asked
// about in a clause ending in 吗 (a question mark is the shared 'question' exception's).
// COMPLAINT_HANDLED (all rules): a complaint about a department, and the department dealt with.
// STOPPED_RIGHT_AFTER (all rules): the burden's own name is followed at once by its stop ("红黑榜一律
// 停发"); narrower than CLEANED_UP_AFTER, so R06–R10 take it too. DENIED (R07, R08): the burden is
// named only to deny it exists ("不存在属地兜底的说法"). CALLED_OFF_AFTER (all rules): later in the sentence the
// imposer calls it off in a clause of its own ("局里决定不签了"). CRITICISED_RIGHT_AFTER (all rules): the
// burden is told as what someone was already named or criticised for ("因为重复报数被省里点过名").
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

/** A complaint about a department, then that department dealt with ("有基层反映某部门仍在要求镇街每日报表，
 *  已约谈该部门负责人"): the burden is told as someone else's fault. Only a department or unit is dealt
 *  with: "已约谈相关乡镇负责人，请各乡镇每天报送整改进度" is an order. */
export const COMPLAINT_HANDLED: ExceptionSpec = {
  id: 'complaint-handled',
  why: '消息说有人反映、举报某部门的做法，该部门已被约谈、问责或责令停止（“有基层反映某部门仍在要求镇街每日报表，已约谈该部门负责人”）：是在通报处理，不是在施加负担。',
  pattern: String.raw`(?:反映|举报|投诉)[^。;!?\n]{0,24}
    (?:(?:已|已经|并|随即)(?:约谈|问责|通报批评|批评教育|责令)了?(?:该|涉事|相关|有关|其)(?:部门|单位|局|委|办) | 责令其(?:立即)?(?:停止|纠正|取消))`,
  scope: 'message',
  examples: ['减负办：有基层反映某部门仍在要求镇街每日报表，已约谈该部门负责人，要求立即停止。'],
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

/** The burden's name is followed at once by its stop: "已经印发的红黑榜一律停发", "原来写的“层层传达”已经
 *  删掉了", "周排名一律取消". Right after the trigger only (a later clause may name another thing:
 *  "黑榜单位绩效奖一律停发" is a sanction), and 取消/删掉 only at their clause end (取消评优资格 is a
 *  sanction). A waiver closing the clause counts too, past a second burden named with it ("签到定位也不再
 *  要求", "打卡截图都不用了"): "打卡不再要求手写" goes on to what is still asked and is not one. */
export const STOPPED_RIGHT_AFTER: ExceptionSpec = {
  id: 'stopped-right-after',
  why: '负担的名称后面紧跟着“一律停发、已经删掉、作废、撤下、也不再要求”（“已经印发的红黑榜一律停发”“签到定位也不再要求”）：是在清理或免除这项负担，不是在施加。',
  pattern: String.raw`^(?:
      (?:[^,;:!?。\n“”"]{0,8}?[”"’」])?(?:也|都)?(?:一律|全部|统一|均|已经?|都已|均已)?(?:予以)?   # (the rest of a quoted phrase may close first: “逐级召开传达会”已经删除了)
      (?:停发 | 停办 | 停止(?:发布|印发|执行|使用) | 作废 | 撤下 | 废止 | 叫停   # not 收回/撤回: 责任书收回县里存档 files it
        | (?:取消|删掉|删除|删去|去掉|划掉)(?:掉|了)?(?=[,;:!?。\n]|$) )   # 打分去掉最高分 is a method, not a stop
    | [^,;:!?。\n“”"的]{0,4}?(?:也|都|就|均|一律|统一)?   # waived, maybe with a second burden named first (签到定位也不再要求)
      (?:(?:不再|不)(?:作|做)?(?:要求|强制) | 无需 | 无须 | 不需要? | 不用 | 不必 | 免(?:了|掉|去))(?:了)?(?=[,;:!?。\n]|$) )`,
  scope: 'after',
  examples: ['县委办：取消各部门对乡镇的周排名，已经印发的红黑榜一律停发。', '巡查自拍取消，签到定位也不再要求，正常上报事件就行。'],
};

/** Later in the sentence the imposer calls the burden off, in a clause of its own that ends on a
 *  completed "not any more" ("这个责任书不在保留清单里，局里决定不签了", "这次评比就不搞了"): the message
 *  withdraws it. Only the speaker's side: a clause about some villages or someone who "说不报了" reports
 *  a refusal, "会后镇里的会照开，村里就不用开了" spares only the level below, and "谁不签了" / "要是不开了"
 *  are conditions. */
export const CALLED_OFF_AFTER: ExceptionSpec = {
  id: 'called-off-after',
  why: '同一句里负担之后另起一个分句说“决定不签了”“这次就不搞了”“不报了”：是在撤回这项负担，不是在施加。',
  pattern: String.raw`(?:^|[,;:])(?:(?!说|讲|如果|要是|假如|若|谁|哪个|有的|有些|个别|部分|一些|村|组|社区|嘎查|网格)[^,;:!?。\n]){0,8}
    (?:不再?|不用|无需|不必|没必要)(?:再)?
    (?:签|签订|签署|搞|开|召开|报|报送|上报|填|考|考核|评|评比|查|检查|挂|借|借调|设|交|打卡|接龙|排名|排了)了(?=[,;:!?。\n]|$)`,
  scope: 'after',
  examples: ['这个责任书不在区委保留清单里，局里决定不签了，已经收上来的两份作废。'],
};

/** The burden is told as what someone was already named or criticised for, in the same clause
 *  ("我们乡去年就因为重复报数被省里点过名", "层层开会被市里通报过"): a past case, not an order. Past only
 *  (过/了, and no 的 between: "排名靠后的被通报", "未报送被通报" are sanctions still to come). */
export const CRITICISED_RIGHT_AFTER: ExceptionSpec = {
  id: 'criticised-right-after',
  why: '负担后面紧接着说“被省里点过名”“被市里通报批评过”（“我们乡去年就因为重复报数被省里点过名”）：是在讲过去因此挨批的事，不是在施加负担。',
  pattern: String.raw`^[^,;:!?。\n的]{0,6}被[^,;:!?。\n的]{0,8}?
    (?:点过名 | 点了名 | (?:点名|通报|批评|约谈|问责|查处|曝光|处分|处理)(?:批评)?(?:过|了))`,
  scope: 'after',
  examples: ['我们乡去年就因为重复报数被省里点过名，建议再研究研究。'],
};

/** The burden is named only to say there is no such thing ("不存在属地兜底的说法", "没有由乡镇兜底这一说"). */
export const DENIED: ExceptionSpec = {
  id: 'denied',
  why: '句中说“不存在……的说法”“没有……这一说”：是在否认有这种负担，不是在施加。',
  pattern: String.raw`(?:不存在|没有|并无|哪有|谈不上)[^,;:!?。\n]{0,14}(?:的说法|这(?:一|个)?说法?|一说|这回事|这种事)`,
  scope: 'sentence',
  examples: ['小区物业纠纷归住建部门指导，不存在属地兜底的说法。'],
};

/** The relief every rule takes, in the order it is tried: one list, so a rule cannot miss one. */
export const RELIEF_ALL_RULES: readonly ExceptionSpec[] = [REPORTED_CASE, REFUSABLE, STOPPED_RIGHT_AFTER, CALLED_OFF_AFTER, CRITICISED_RIGHT_AFTER, COMPLAINT_HANDLED];
