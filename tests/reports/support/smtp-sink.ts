// A real SMTP server (smtp-server) on loopback that keeps what it receives, and can be
// told to refuse messages or to stall before answering (to simulate a crash mid-send).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

export interface SmtpSink {
  url: string;
  received: ReceivedMail[];
  /** DATA commands seen, accepted or not. */
  attempts: number;
  mode: 'accept' | 'reject' | 'stall';
  /** Answers the stalled messages (with an error) so the senders can finish. */
  releaseStalled(): void;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const stalled: Array<(err?: Error | null) => void> = [];
  const sink: SmtpSink = {
    url: '',
    received: [],
    attempts: 0,
    mode: 'accept',
    releaseStalled() {
      for (const cb of stalled.splice(0)) cb(Object.assign(new Error('服务器超时'), { responseCode: 451 }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      sink.attempts++;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (sink.mode === 'reject') return callback(Object.assign(new Error('邮箱暂时不可用'), { responseCode: 451 }));
        if (sink.mode === 'stall') return void stalled.push(callback);
        sink.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  sink.url = `smtp://127.0.0.1:${port}`;
  return sink;
}
