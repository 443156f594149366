// Ids for register rows entered in chat. Derived from the fields that identify the row
// (not from the clock), so entering the same row twice updates it instead of adding a
// second one, and two instances agree on the id.
import { createHash } from 'node:crypto';
import type { InspectionInput, SecondmentInput, VetoInput } from './services.js';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

function shortHash(parts: readonly string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest();
  let out = '';
  for (let i = 0; i < 6; i++) out += ALPHABET[digest[i]! % ALPHABET.length];
  return out;
}

/** One cadre, one township, one borrowing unit, one start date: one secondment. */
export function secondmentId(row: SecondmentInput): string {
  return `S-${shortHash(['secondment', row.person, row.township, row.borrowingUnit, row.start])}`;
}

export function inspectionId(row: InspectionInput): string {
  return `I-${shortHash(['inspection', row.organizer, row.topic, row.date, [...row.townships].sort().join('、')])}`;
}

export function vetoId(row: VetoInput): string {
  return `V-${shortHash(['veto', row.setBy, row.item])}`;
}
