// `npm run bench`: runs each benchmark in turn. Each measures against a baseline in the
// same run and prints ratios; none is a pass/fail test.
const BENCHES: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  scan: () => import('./scan.bench.js'),
  'scan-stream': () => import('./scan-stream.bench.js'),
};

const only = process.argv.slice(2);
for (const [name, load] of Object.entries(BENCHES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const mod = await load();
  await mod.default();
}
