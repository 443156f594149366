// Load generator for the Slack latency benchmark, in its own process so that its HTTP
// client shares neither the event loop nor the CPU accounting of the bot it measures
// (Slack is not in-process either). Receives the job over IPC, sends signed message
// events at a fixed rate, and reports each send and ack time (epoch ms, sub-ms precision).
import { messageEvent, postSigned } from '../tests/bot/support/slack-requests.js';

interface LoadJob {
  url: string;
  secret: string;
  rate: number;
  messages: { channel: string; user: string; text: string; ts: string }[];
}

const job = await new Promise<LoadJob>((resolve) => process.once('message', (m) => resolve(m as LoadJob)));
const now = (): number => performance.timeOrigin + performance.now();
const sent: number[] = new Array(job.messages.length);
const acked: number[] = new Array(job.messages.length);
const errors: string[] = [];
const pending: Promise<void>[] = [];
const start = performance.now();
for (let i = 0; i < job.messages.length; i++) {
  const wait = start + (i * 1000) / job.rate - performance.now();
  if (wait > 1) await new Promise((r) => setTimeout(r, wait));
  const { body } = messageEvent(job.messages[i]!);
  sent[i] = now();
  pending.push(
    postSigned(job.url, body, { secret: job.secret }).then(
      (res) => {
        if (res.status === 200) acked[i] = now();
        else errors.push(`HTTP ${res.status}`);
      },
      (err: unknown) => void errors.push(String((err as Error).cause ?? err)),
    ),
  );
}
await Promise.all(pending);
process.send!({ sent, acked, errors }, () => process.exit(0));
