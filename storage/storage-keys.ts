// The two secrets storage needs, loaded once at start and passed to the repositories.
//
// Pseudonym key (JIANFU_PSEUDONYM_KEY): senders are stored as HMAC-SHA256(key, platform:id),
// so the findings of one sender can be grouped without the database holding who it is.
// A plain hash would not do: platform ids are few and guessable, so anyone with the table
// could hash every member of a group and match. When the variable is unset, a random key is
// generated once and kept in <dataDir>/pseudonym.key (mode 0600) so that hashes stay stable
// across restarts. With several instances on one PostgreSQL server, set the variable on all
// of them: each data directory would otherwise make its own key and the same sender would
// get different hashes. Losing the key only breaks the grouping of old and new messages.
//
// Seal key (JIANFU_SEAL_KEY, base64 of 32 bytes): encrypts the identity of a burden reporter
// who chose to be named (AES-256-GCM, storage/seal-reporter.ts). It is never generated: with
// no key, no identity is stored at all, and every report is anonymous.
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';

export interface StorageKeys {
  pseudonym: Buffer;
  /** Null when JIANFU_SEAL_KEY is unset: reporters' identities are then never stored. */
  seal: Buffer | null;
}

const MIN_PSEUDONYM_KEY_CHARS = 16;

export function loadPseudonymKey(options: { dataDir: string; env?: NodeJS.ProcessEnv }): Buffer {
  const fromEnv = (options.env ?? process.env).JIANFU_PSEUDONYM_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_PSEUDONYM_KEY_CHARS) {
      throw new Error(
        `环境变量 JIANFU_PSEUDONYM_KEY 太短（至少 ${MIN_PSEUDONYM_KEY_CHARS} 个字符）。请用 \`openssl rand -base64 32\` 生成一个随机值。`,
      );
    }
    return Buffer.from(fromEnv, 'utf8');
  }
  const file = path.join(options.dataDir, 'pseudonym.key');
  mkdirSync(options.dataDir, { recursive: true });
  try {
    // 'wx': exactly one process creates it, even if two start at once.
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, randomBytes(32).toString('base64'));
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new Error(`无法创建假名密钥文件 ${file}，请检查数据目录的写权限，或设置环境变量 JIANFU_PSEUDONYM_KEY。`, { cause: err });
    }
  }
  const text = readFileSync(file, 'utf8').trim();
  const key = Buffer.from(text, 'base64');
  if (key.length < 16) {
    throw new Error(`假名密钥文件 ${file} 已损坏。请从备份恢复；若无备份，删除它后重启（此前消息的发送者将无法与之后的关联）。`);
  }
  chmodSync(file, 0o600); // tighten a copy restored with looser permissions
  return key;
}

export function loadSealKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const value = env.JIANFU_SEAL_KEY;
  if (value === undefined || value.trim() === '') return null;
  const trimmed = value.trim();
  const key = Buffer.from(trimmed, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || key.length !== 32) {
    throw new Error('环境变量 JIANFU_SEAL_KEY 必须是 32 字节随机密钥的 base64 编码。请用 `openssl rand -base64 32` 生成后重新设置。');
  }
  return key;
}

export function loadStorageKeys(options: { dataDir: string; env?: NodeJS.ProcessEnv }): StorageKeys {
  return { pseudonym: loadPseudonymKey(options), seal: loadSealKey(options.env) };
}
