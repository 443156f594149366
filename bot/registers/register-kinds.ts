// The three registers by the names users type: `jianfu import inspections|secondments|vetoes`
// and the Chinese names (督查, 借调, 一票否决) the chat commands use.
import type { ImportKind } from './types.js';

const ALIASES: Record<string, ImportKind> = {
  inspections: 'inspections',
  inspection: 'inspections',
  督查: 'inspections',
  督查检查: 'inspections',
  检查: 'inspections',
  督查台账: 'inspections',
  secondments: 'secondments',
  secondment: 'secondments',
  借调: 'secondments',
  借调台账: 'secondments',
  vetoes: 'vetoItems',
  veto: 'vetoItems',
  vetoitems: 'vetoItems',
  一票否决: 'vetoItems',
  一票否决台账: 'vetoItems',
};

export function parseImportKind(word: string): ImportKind | null {
  return ALIASES[word.trim().toLowerCase()] ?? null;
}

export const KIND_NAMES: Record<ImportKind, string> = {
  inspections: '督查检查台账',
  secondments: '借调台账',
  vetoItems: '一票否决台账',
};
