// `npm run bench [-- NAME ...]`: runs each benchmark in turn. Each measures against a
// baseline in the same run and prints ratios and peak RSS; none is a pass/fail test.
const BENCHES: Record<string, () => Promise<{ default: () => Promise<void> }>> = {
  scan: () => import('./scan.bench.js'),
  'scan-stream': () => import('./scan-stream.bench.js'),
  audit: () => import('./audit.bench.js'),
  ingest: () => import('./ingest.bench.js'),
  pipeline: () => import('./pipeline.bench.js'),
  report: () => import('./report.bench.js'),
};

const only = process.argv.slice(2);
const unknown = only.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(`未知的基准：${unknown.join('、')}。可选：${Object.keys(BENCHES).join('、')}`);
  process.exit(2);
}
for (const [name, load] of Object.entries(BENCHES)) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  const mod = await load();
  await mod.default();
}
