// Signed requests to a Bolt HTTPReceiver, as Slack sends them.
import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, body: string, timestamp: number): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

let eventSeq = 0;

export function messageEvent(event: { channel: string; user: string; text: string; ts: string; channel_type?: string; subtype?: string; bot_id?: string }): { body: string; eventId: string } {
  const eventId = `Ev${Date.now().toString(36)}${++eventSeq}`;
  const body = JSON.stringify({
    token: 'legacy',
    team_id: 'T0DEMO',
    api_app_id: 'A0JIANFU',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel_type: 'channel', event_ts: event.ts, ...event },
    authorizations: [{ team_id: 'T0DEMO', user_id: 'UJIANFU', is_bot: true }],
  });
  return { body, eventId };
}

export function slashCommandBody(fields: { command: string; text: string; user_id: string; channel_id: string; channel_name?: string; response_url: string; trigger_id?: string }): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T0DEMO',
    team_domain: 'demo',
    channel_name: 'general',
    user_name: 'someone',
    api_app_id: 'A0JIANFU',
    trigger_id: `${Date.now()}.${++eventSeq}`,
    ...fields,
  }).toString();
}

export async function postSigned(
  url: string,
  body: string,
  options: { secret?: string; contentType?: string; timestamp?: number; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/json',
    ...(options.secret ? slackSignature(options.secret, body, timestamp) : {}),
    ...(options.headers ?? {}),
  };
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}
