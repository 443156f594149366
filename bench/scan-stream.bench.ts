// `jianfu scan` must stream: memory stays flat however large the input. Pipes a generated
// JSON Lines stream (default 256 MB; JIANFU_BENCH_STREAM_MB to change) through the real CLI
// and reads the child's peak RSS, against a run on a 1/16 slice as the same-run baseline.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { generateMessages } from './generate-messages.js';

async function run(megabytes: number): Promise<{ lines: number; seconds: number; peakMb: number }> {
  const child = spawn(process.execPath, ['bin/jianfu.js', 'scan'], { stdio: ['pipe', 'pipe', 'inherit'] });
  let peakKb = 0;
  const sampler = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // the child has exited
    }
  }, 50);
  let outLines = 0;
  child.stdout.on('data', (b: Buffer) => {
    for (const x of b) if (x === 10) outLines++;
  });
  const done = new Promise<number>((resolve) => child.on('close', resolve));
  const pool = generateMessages(10_000).map((text, i) => `${JSON.stringify({ id: `m${i}`, text })}\n`);
  const target = megabytes * 1024 * 1024;
  const started = performance.now();
  let written = 0;
  let lines = 0;
  while (written < target) {
    const chunk = pool.slice(0, 2000).join('');
    pool.push(...pool.splice(0, 2000));
    written += Buffer.byteLength(chunk);
    lines += 2000;
    if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r));
  }
  child.stdin.end();
  await done;
  clearInterval(sampler);
  if (outLines !== lines) throw new Error(`scan wrote ${outLines} lines for ${lines} input lines`);
  return { lines, seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024 };
}

export default async function benchScanStream(): Promise<void> {
  const mb = Number(process.env.JIANFU_BENCH_STREAM_MB ?? 256);
  const small = await run(Math.max(1, mb / 16));
  const big = await run(mb);
  console.log(`scan CLI streaming: ${mb / 16} MB -> peak RSS ${small.peakMb.toFixed(0)} MB; ${mb} MB (${big.lines} lines, ${(big.lines / big.seconds).toFixed(0)} lines/s) -> peak RSS ${big.peakMb.toFixed(0)} MB`);
  console.log(`  memory ratio big/small input: ${(big.peakMb / small.peakMb).toFixed(2)}x for 16x the input (flat memory = about 1x)`);
}
