// Sealing a burden reporter's identity. AES-256-GCM under JIANFU_SEAL_KEY, with the report
// number as associated data so a sealed identity cannot be moved onto another report.
//
// Who can read it: nobody through the bot. No repository function returns the sealed
// column, the weekly report never sees it, and the bot process never calls unsealReporter.
// unsealReporter exists for one case: an authorised offline audit (e.g. the discipline
// office investigating a false report), by someone holding the key and a database export.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export interface ReporterIdentity {
  platform: string;
  id: string;
  name?: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealReporter(key: Buffer, reporter: ReporterIdentity, reportNo: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(reportNo, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(reporter), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function unsealReporter(options: { sealed: string; key: Buffer; reportNo: string }): ReporterIdentity {
  const raw = Buffer.from(options.sealed, 'base64');
  const iv = raw.subarray(0, IV_BYTES);
  const tag = raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', options.key, iv);
  decipher.setAAD(Buffer.from(options.reportNo, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    return JSON.parse(text) as ReporterIdentity;
  } catch (err) {
    throw new Error(`无法解封举报 ${options.reportNo} 的举报人信息：密钥不对或数据被改动。`, { cause: err });
  }
}
