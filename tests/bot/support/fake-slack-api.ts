// A fake Slack Web API on loopback, for Bolt's client (clientOptions.slackApiUrl): answers
// auth.test, chat.postMessage, conversations.info and users.info, and records every call;
// also serves response_url posts for slash commands. Used by tests and the benchmark.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

export interface FakeSlackApi {
  /** Base for clientOptions.slackApiUrl, e.g. "http://127.0.0.1:PORT/api/". */
  readonly url: string;
  /** Base for response_url values. */
  readonly responseUrl: string;
  readonly calls: SlackCall[];
  readonly responses: SlackCall[];
  posts(channel?: string): SlackCall[];
  /** Resolves when `predicate` holds over the recorded calls (polls). */
  waitFor(predicate: (calls: SlackCall[]) => boolean, timeoutMs?: number): Promise<void>;
  onPost?: (call: SlackCall) => void;
  /** Delay before answering chat.postMessage (simulates a slow Slack). */
  postDelayMs: number;
  close(): Promise<void>;
}

export const FAKE_BOT_USER = 'UJIANFU';
export const FAKE_BOT_ID = 'BJIANFU';

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = v;
  return out;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const responses: SlackCall[] = [];
  let ts = 1_700_000_000;
  const holder: { api?: FakeSlackApi } = {};
  const server: Server = createServer((req, res) => {
    void (async () => {
      const args = await readBody(req);
      const path = (req.url ?? '').split('?')[0]!;
      const reply = (body: unknown): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (path.startsWith('/response/')) {
        responses.push({ method: path, args, at: Date.now() });
        return reply({ ok: true });
      }
      const method = path.replace(/^\/api\//, '');
      const call = { method, args, at: Date.now() };
      calls.push(call);
      switch (method) {
        case 'auth.test':
          return reply({ ok: true, url: 'https://demo.slack.com/', team: '示范县', user: 'jianfu', team_id: 'T0DEMO', user_id: FAKE_BOT_USER, bot_id: FAKE_BOT_ID });
        case 'chat.postMessage':
          if (holder.api?.postDelayMs) await new Promise((r) => setTimeout(r, holder.api!.postDelayMs));
          holder.api?.onPost?.(call);
          return reply({ ok: true, channel: args.channel, ts: `${++ts}.000100`, message: { text: args.text } });
        case 'conversations.info':
          return reply({ ok: true, channel: { id: args.channel, name: 'general', is_im: false } });
        case 'users.info':
          return reply({ ok: true, user: { id: args.user, name: 'someone', real_name: 'Someone' } });
        default:
          return reply({ ok: false, error: 'unknown_method' });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: FakeSlackApi = {
    url: `http://127.0.0.1:${port}/api/`,
    responseUrl: `http://127.0.0.1:${port}/response/`,
    calls,
    responses,
    postDelayMs: 0,
    posts: (channel) => calls.filter((c) => c.method === 'chat.postMessage' && (channel === undefined || c.args.channel === channel)),
    async waitFor(predicate, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > deadline) throw new Error(`fake Slack API: condition not met in ${timeoutMs} ms; calls: ${JSON.stringify(calls.map((c) => c.method))}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  holder.api = api;
  return api;
}
