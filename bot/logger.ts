// Structured logs (pino). They go to stderr, or to a file under the data directory when
// the console chat owns the terminal, so the chat stays readable.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** 'stderr' (default) or a file path; the file's directory is created. */
  destination?: 'stderr' | string;
  level?: string;
  /** Written into every line, e.g. { instance: 'bot-1' }. */
  base?: Record<string, unknown>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.JIANFU_LOG_LEVEL ?? 'info';
  const to = options.destination ?? 'stderr';
  let stream: pino.DestinationStream;
  if (to === 'stderr') {
    stream = pino.destination({ fd: 2, sync: true });
  } else {
    mkdirSync(dirname(to), { recursive: true });
    // sync: a crash or SIGTERM must not lose the last lines explaining it.
    stream = pino.destination({ dest: to, sync: true, mkdir: true });
  }
  return pino(
    {
      level,
      base: { app: 'jianfu', ...(options.base ?? {}) },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Message text and report content are not logged: the bot must not become an
      // archive of everyone's chat through its log files either.
      redact: { paths: ['text', '*.text', 'content', '*.content'], censor: '[不记录]' },
    },
    stream,
  );
}

/** A logger that drops everything (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
