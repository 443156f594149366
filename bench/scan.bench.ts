// Issue 2 speed target: the prefiltered engine against the naive baseline (every pattern of
// every rule tried in turn) and the floor (a loop that only reads every character).
import { getEngine } from '../checks/messages/index.js';
import { generateMessages } from './generate-messages.js';

function rate(n: number, ms: number): number {
  return (n / ms) * 1000;
}

export default async function benchScan(): Promise<void> {
  const N = 200_000;
  const messages = generateMessages(N);
  const engine = getEngine();

  // Warm up the JIT on a slice for each path.
  for (const m of messages.slice(0, 5000)) {
    engine.scan(m);
    engine.scanNaive(m);
  }

  let t = performance.now();
  let sink = 0;
  for (const m of messages) for (let i = 0; i < m.length; i++) sink += m.charCodeAt(i);
  const floorMs = performance.now() - t;

  t = performance.now();
  let flagged = 0;
  for (const m of messages) if (engine.scan(m).length > 0) flagged++;
  const engineMs = performance.now() - t;

  // The naive path is slow; measure its rate on a fixed tenth of the corpus.
  const naiveN = N / 10;
  t = performance.now();
  let naiveFlagged = 0;
  for (let i = 0; i < naiveN; i++) if (engine.scanNaive(messages[i]!).length > 0) naiveFlagged++;
  const naiveMs = performance.now() - t;

  const floor = rate(N, floorMs);
  const ours = rate(N, engineMs);
  const naive = rate(naiveN, naiveMs);
  const rss = process.resourceUsage().maxRSS / 1024;
  const patterns = engine.rules.reduce((a, r) => a + r.patterns.length, 0);
  console.log(`scan: ${N} generated messages (10% with trigger words), ${engine.rules.length} rules, ${patterns} patterns, ${flagged} flagged (naive on first ${naiveN}: ${naiveFlagged})`);
  console.log(`  floor (read every char)   ${floor.toFixed(0).padStart(12)} msgs/s`);
  console.log(`  engine (prefiltered)      ${ours.toFixed(0).padStart(12)} msgs/s   ${(ours / naive).toFixed(1)}x naive (target >= 20x), ${(ours / floor).toFixed(2)}x floor (target >= 0.2x)`);
  console.log(`  naive (every pattern)     ${naive.toFixed(0).padStart(12)} msgs/s`);
  console.log(`  peak RSS ${rss.toFixed(0)} MB (target < 200 MB)${sink === -1 ? '' : ''}`);
}
