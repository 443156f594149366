// A durable local spool for messages that could not be stored (the database is down):
// append-only JSON lines under <dataDir>/spool, each append fsync'd before it returns, so
// a message the bot has accepted survives a crash or power loss. The replayer takes whole
// files (spool.jsonl is renamed to replay-….jsonl first, so new appends go to a fresh file)
// and deletes a file only after every line in it was stored; replaying twice is harmless
// because ingest is idempotent on the platform message key.
//
// What goes to disk is minimised like the database: the sender is written as its keyed
// hash, and a message without findings is written without its text. Files are 0600 in a
// 0700 directory.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { appendFile, open, readdir, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pseudonymize } from './pseudonymize.js';
import type { IngestItem } from './repositories/messages.js';

const ACTIVE = 'spool.jsonl';
const REJECTED = 'rejected.jsonl';

interface SpoolLine {
  v: 1;
  spooledAt: string;
  item: Omit<IngestItem, 'message'> & {
    message: Omit<IngestItem['message'], 'sentAt' | 'senderId'> & { sentAt: string; senderHash: string };
  };
}

export interface SpoolFile {
  path: string;
  items: IngestItem[];
  /** Lines that could not be parsed (e.g. torn by a crash mid-write), kept as text. */
  unreadable: string[];
}

export class MessageSpool {
  readonly dir: string;
  private handle: FileHandle | undefined;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly pseudonymKey: Buffer,
  ) {
    this.dir = path.join(dataDir, 'spool');
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
  }

  /** Appends and fsyncs; resolves only once the items are on disk. */
  append(items: readonly IngestItem[]): Promise<void> {
    if (items.length === 0) return Promise.resolve();
    const spooledAt = new Date().toISOString();
    const text = items.map((item) => JSON.stringify(this.toLine(item, spooledAt)) + '\n').join('');
    return this.serial(async () => {
      this.handle ??= await open(path.join(this.dir, ACTIVE), 'a', 0o600);
      await this.handle.write(text);
      await this.handle.datasync();
    });
  }

  /** Moves the active file aside for replay and lists every file waiting to be replayed. */
  async takeForReplay(): Promise<string[]> {
    await this.serial(async () => {
      const active = path.join(this.dir, ACTIVE);
      const size = await stat(active).then((s) => s.size, () => 0);
      if (size === 0) return;
      await this.handle?.close();
      this.handle = undefined;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await rename(active, path.join(this.dir, `replay-${stamp}-${randomBytes(3).toString('hex')}.jsonl`));
    });
    const names = (await readdir(this.dir)).filter((n) => n.startsWith('replay-') && n.endsWith('.jsonl')).sort();
    return names.map((n) => path.join(this.dir, n));
  }

  async read(file: string): Promise<SpoolFile> {
    const items: IngestItem[] = [];
    const unreadable: string[] = [];
    for (const line of (await readFile(file, 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      try {
        items.push(fromLine(JSON.parse(line) as SpoolLine));
      } catch {
        unreadable.push(line);
      }
    }
    return { path: file, items, unreadable };
  }

  /** Replaces a replay file's content (after its unreadable lines were moved to rejected.jsonl). */
  async rewrite(file: string, items: readonly IngestItem[]): Promise<void> {
    const tmp = `${file}.tmp`;
    const fh = await open(tmp, 'w', 0o600);
    try {
      await fh.write(items.map((item) => JSON.stringify(this.toLine(item, new Date().toISOString())) + '\n').join(''));
      await fh.datasync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  }

  async remove(file: string): Promise<void> {
    await unlink(file);
  }

  /** Keeps what could not be stored for a person to look at; never silently dropped. */
  async reject(entries: readonly { line: string; error: string }[]): Promise<void> {
    if (entries.length === 0) return;
    const text = entries.map((e) => JSON.stringify({ rejectedAt: new Date().toISOString(), error: e.error, line: e.line }) + '\n').join('');
    await appendFile(path.join(this.dir, REJECTED), text, { mode: 0o600 });
  }

  /** Lines waiting in the active and replay files. */
  // Runs in the serial queue so takeForReplay cannot rename spool.jsonl between the readdir
  // and the read (that race counted a waiting file as gone). A replay file deleted meanwhile
  // was stored, so reading it as empty is right.
  pendingCount(): Promise<number> {
    return this.serial(() => this.countLines());
  }

  private async countLines(): Promise<number> {
    let n = 0;
    for (const name of await readdir(this.dir)) {
      if (name !== ACTIVE && !(name.startsWith('replay-') && name.endsWith('.jsonl'))) continue;
      const text = await readFile(path.join(this.dir, name), 'utf8').catch((err: NodeJS.ErrnoException) => {
        if (err.code === 'ENOENT') return '';
        throw err;
      });
      for (const line of text.split('\n')) if (line.trim() !== '') n++;
    }
    return n;
  }

  async close(): Promise<void> {
    await this.serial(async () => {
      await this.handle?.close();
      this.handle = undefined;
    });
  }

  lineOf(item: IngestItem): string {
    return JSON.stringify(this.toLine(item, new Date().toISOString()));
  }

  private toLine(item: IngestItem, spooledAt: string): SpoolLine {
    const m = item.message;
    const sentAt = m.sentAt instanceof Date ? m.sentAt : new Date(m.sentAt);
    return {
      v: 1,
      spooledAt,
      item: {
        findings: item.findings,
        township: item.township ?? null,
        department: item.department ?? null,
        message: {
          platform: m.platform,
          channelId: m.channelId,
          messageId: m.messageId,
          senderHash: m.senderHash ?? pseudonymize(this.pseudonymKey, m.platform, m.senderId),
          text: item.findings.length > 0 ? m.text : '',
          sentAt: sentAt.toISOString(),
          isDirect: m.isDirect ?? false,
        },
      },
    };
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.chain.then(run, run);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function fromLine(line: SpoolLine): IngestItem {
  if (line.v !== 1 || !line.item?.message) throw new Error('unknown spool line');
  const m = line.item.message;
  const sentAt = new Date(m.sentAt);
  if (typeof m.messageId !== 'string' || typeof m.senderHash !== 'string' || Number.isNaN(sentAt.getTime())) throw new Error('bad spool line');
  return {
    findings: line.item.findings,
    township: line.item.township ?? null,
    department: line.item.department ?? null,
    message: { ...m, senderId: '', sentAt },
  };
}
