// Parse a register file and store it: all rows in one transaction, or — when any row is
// wrong — nothing, with every problem listed by row number. Re-importing the same file
// changes nothing (storage compares each row before writing). Used by `jianfu import` and
// by the bot's chat commands.
import path from 'node:path';
import type { Db } from '../../storage/database.js';
import { importRegisterRows, type ImportRegisterRowsResult } from '../../storage/repositories/registers.js';
import type { RegisterKind as StoredKind } from '../../storage/schema/index.js';
import { parseRegisterBytes, parseRegisterFile } from './parse-register-file.js';
import type { ImportKind, ImportProblem, RecordsOfKind } from './types.js';

export const STORED_KIND: Record<ImportKind, StoredKind> = { inspections: 'inspection', secondments: 'secondment', vetoItems: 'veto' };

export type ImportOutcome<K extends ImportKind> =
  | { ok: true; kind: K; records: RecordsOfKind[K][]; skippedRows: number; stored: ImportRegisterRowsResult | null }
  | { ok: false; kind: K; problems: ImportProblem[] };

export interface ImportRegisterOptions<K extends ImportKind> {
  db: Db;
  kind: K;
  /** A path, or a name plus the bytes (an upload). */
  file: string | { name: string; bytes: Uint8Array };
  /** Who imports (a person's name or platform id, "cli:<user>"). */
  enteredBy: string;
  /** Parse and validate only; store nothing. */
  dryRun?: boolean;
}

export async function importRegisterFile<K extends ImportKind>(options: ImportRegisterOptions<K>): Promise<ImportOutcome<K>> {
  const { kind, file } = options;
  const parsed = typeof file === 'string' ? await parseRegisterFile(kind, file) : await parseRegisterBytes(kind, file.name, file.bytes);
  if (!parsed.ok) return parsed;
  if (options.dryRun) return { ok: true, kind, records: parsed.records, skippedRows: parsed.skippedRows, stored: null };
  const source = path.basename(typeof file === 'string' ? file : file.name);
  const stored = await storeRegisterRecords(options.db, { kind, records: parsed.records, enteredBy: options.enteredBy, source });
  return { ok: true, kind, records: parsed.records, skippedRows: parsed.skippedRows, stored };
}

/** Stores already-validated records of one register in one transaction (idempotent). */
export function storeRegisterRecords<K extends ImportKind>(
  db: Db,
  input: { kind: K; records: readonly RecordsOfKind[K][]; enteredBy: string; source: string },
): Promise<ImportRegisterRowsResult> {
  return importRegisterRows(db, { kind: STORED_KIND[input.kind], rows: input.records as never, enteredBy: input.enteredBy, source: input.source });
}
