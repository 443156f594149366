// The short number people type to refer to a finding: "F-000123" is finding id 123.
// Users type it on phones, so full-width characters, lower case and missing zeros are fine.

export function formatFindingNumber(id: number): string {
  return `F-${String(id).padStart(6, '0')}`;
}

/** The finding id in "F-000123" (or "f123", "Ｆ－１２３"), or null when it is not one. */
export function parseFindingNumber(text: string): number | null {
  const m = /^F-?0*(\d{1,15})$/.exec(text.normalize('NFKC').trim().toUpperCase().replace(/[‐‑–—－]/g, '-'));
  if (!m) return null;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
