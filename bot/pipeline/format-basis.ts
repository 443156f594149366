// How a legal basis reads in a chat message: 《文件》第X条：“原文”. One place, so replies,
// office notes and register answers all quote clauses the same way.
import type { Basis } from '../../checks/types.js';

export function formatBasisRef(basis: Basis): string {
  const section = basis.section ? ` ${basis.section}` : '';
  return `${basis.document}${section}`;
}

export function formatBasisQuote(basis: Basis, maxQuote = 120): string {
  const quote = basis.quote.length > maxQuote ? `${basis.quote.slice(0, maxQuote)}…` : basis.quote;
  return `${formatBasisRef(basis)}：“${quote}”`;
}
