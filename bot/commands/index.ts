// The explicit list of chat commands, in the order 帮助 shows them.
import type { CommandSpec } from './types.js';
import { reportBurden } from './report-burden.js';
import { queryReport } from './query-report.js';
import { registerSecondment } from './register-secondment.js';
import { registerInspection } from './register-inspection.js';
import { registerVeto } from './register-veto.js';
import { weeklySummary } from './weekly-summary.js';
import { verifyFinding } from './verify-finding.js';
import { helpCommand } from './help.js';

export const COMMANDS: readonly CommandSpec[] = [
  reportBurden,
  queryReport,
  registerSecondment,
  registerInspection,
  registerVeto,
  weeklySummary,
  verifyFinding,
  helpCommand(() => COMMANDS),
];

export { parseCommand } from './parse-command.js';
export { runCommand } from './run-command.js';
export type { CommandServices } from './services.js';
