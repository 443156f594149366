import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPseudonymKey, loadSealKey } from '../../storage/storage-keys.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'jf-keys-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('storage keys', () => {
  it('generates the pseudonym key once, private to the owner, and reuses it after a restart', () => {
    const dataDir = tmp();
    const first = loadPseudonymKey({ dataDir, env: {} });
    expect(first.length).toBe(32);
    expect(statSync(path.join(dataDir, 'pseudonym.key')).mode & 0o777).toBe(0o600);
    expect(loadPseudonymKey({ dataDir, env: {} }).equals(first)).toBe(true);
  });

  it('prefers JIANFU_PSEUDONYM_KEY and rejects one too short to be secret', () => {
    const dataDir = tmp();
    const key = loadPseudonymKey({ dataDir, env: { JIANFU_PSEUDONYM_KEY: 'a-long-enough-secret-value' } });
    expect(key.toString()).toBe('a-long-enough-secret-value');
    expect(() => loadPseudonymKey({ dataDir, env: { JIANFU_PSEUDONYM_KEY: 'short' } })).toThrow('JIANFU_PSEUDONYM_KEY 太短');
  });

  it('says how to recover from a damaged key file', () => {
    const dataDir = tmp();
    writeFileSync(path.join(dataDir, 'pseudonym.key'), '!!');
    expect(() => loadPseudonymKey({ dataDir, env: {} })).toThrow('已损坏');
    expect(readFileSync(path.join(dataDir, 'pseudonym.key'), 'utf8')).toBe('!!'); // not overwritten
  });

  it('reads the seal key as base64 of 32 bytes, none when unset, and explains a bad one', () => {
    const raw = randomBytes(32);
    expect(loadSealKey({ JIANFU_SEAL_KEY: raw.toString('base64') })!.equals(raw)).toBe(true);
    expect(loadSealKey({})).toBeNull();
    expect(() => loadSealKey({ JIANFU_SEAL_KEY: randomBytes(16).toString('base64') })).toThrow('openssl rand -base64 32');
    expect(() => loadSealKey({ JIANFU_SEAL_KEY: 'not base64 at all!' })).toThrow('JIANFU_SEAL_KEY');
  });
});
