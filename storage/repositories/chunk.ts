// PostgreSQL takes at most 65 535 bind parameters per statement; big imports and IN lists
// are split into pieces well below that.
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
