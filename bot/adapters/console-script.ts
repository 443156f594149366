// The scripted console: one chat message per line of standard input, all from one person
// in one group (or a private chat), handled strictly in order; resolves at end of input
// once every message has been fully handled.
import readline from 'node:readline';
import type { ConsoleAdapter } from './console.js';
import type { ConsoleIdentity } from './console-session.js';

export async function runScriptedConsole(options: { adapter: ConsoleAdapter; identity: ConsoleIdentity; input?: NodeJS.ReadableStream }): Promise<void> {
  const rl = readline.createInterface({ input: options.input ?? process.stdin, crlfDelay: Infinity, terminal: false });
  const { person, channel } = options.identity;
  for await (const raw of rl) {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '') continue;
    await options.adapter.say(person, channel?.id, line);
  }
}
