// PostgreSQL text and jsonb cannot hold U+0000; chat platforms can deliver it. Replacing it
// with U+FFFD (also one UTF-16 unit, so finding spans keep pointing at the same words)
// keeps one odd character from failing a whole batch, and the spool replay after it.
export function stripNul(value: string): string {
  return value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value;
}

export function stripNulOrNull(value: string | null | undefined): string | null {
  return value == null ? null : stripNul(value);
}
