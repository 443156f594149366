// Two exceptions R01–R05 share: the burden is waived in the trigger itself, or the sentence
// goes on to say it was already cancelled. One definition, included by reference, so that a
// fix to either reaches every rule using it. (R06–R10 have not adopted them: their tables were
// tuned without, and adopting them is a behaviour change to be measured on the fixtures.)
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
