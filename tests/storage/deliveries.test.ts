import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../storage/database.js';
import { claimAlert, countSentAlerts, getAlert, markAlertFailed, markAlertSent, renewAlertLease } from '../../storage/repositories/alerts.js';
import { listAudit } from '../../storage/repositories/audit-log.js';
import {
  claimReportRun,
  ensureReportRuns,
  getReportRun,
  listReportRuns,
  markReportRunFailed,
  markReportRunSent,
  renewReportRunLease,
  unparkReportRun,
} from '../../storage/repositories/report-runs.js';
import { openTestDatabase, openTwoPostgresInstances, testBackends, type TestDatabase } from '../support/db.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(testBackends())('alerts and report runs on %s', (backend) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase({ backend });
  });
  afterAll(() => t?.close());

  const alert = (key: string, owner: string, extra: object = {}) => ({ key, kind: 'secondment-due-soon', target: 'slack:C-danshui', owner, ...extra });

  it('lets exactly one caller claim an alert, and never again once sent', async () => {
    const claims = await Promise.all(['a', 'b', 'c', 'd'].map((o) => claimAlert(t.db, alert('due:S-03:2026-11-23', o))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const owner = ['a', 'b', 'c', 'd'][claims.indexOf(true)]!;
    expect(await markAlertSent(t.db, { key: 'due:S-03:2026-11-23', owner: 'someone-else' })).toBe(false);
    expect(await markAlertSent(t.db, { key: 'due:S-03:2026-11-23', owner })).toBe(true);
    expect(await claimAlert(t.db, alert('due:S-03:2026-11-23', 'e', { leaseMs: 1 }))).toBe(false);
    expect(await getAlert(t.db, { key: 'due:S-03:2026-11-23' })).toMatchObject({ status: 'sent', attempts: 1 });
    expect((await listAudit(t.db, { action: 'alert.sent' }))[0]).toMatchObject({ subject: 'due:S-03:2026-11-23', actor: owner });
    const counts = await countSentAlerts(t.db, { from: new Date(Date.now() - 60_000), to: new Date(Date.now() + 60_000) });
    expect(counts).toEqual([{ kind: 'secondment-due-soon', count: 1 }]);
  });

  it('retries a failed alert after its back-off, and gives up after maxAttempts', async () => {
    expect(await claimAlert(t.db, alert('fail:1', 'a', { maxAttempts: 2 }))).toBe(true);
    expect(await markAlertFailed(t.db, { key: 'fail:1', owner: 'a', error: 'Slack 503', retryInMs: 1000 })).toEqual({ attempts: 1, willRetry: true });
    expect(await claimAlert(t.db, alert('fail:1', 'b', { maxAttempts: 2 }))).toBe(false); // back-off not over
    await sleep(1500);
    expect(await claimAlert(t.db, alert('fail:1', 'b', { maxAttempts: 2 }))).toBe(true);
    expect(await markAlertFailed(t.db, { key: 'fail:1', owner: 'b', error: 'Slack 503', retryInMs: 0, maxAttempts: 2 })).toEqual({ attempts: 2, willRetry: false });
    expect(await claimAlert(t.db, alert('fail:1', 'c', { maxAttempts: 2 }))).toBe(false);
    expect(await getAlert(t.db, { key: 'fail:1' })).toMatchObject({ status: 'failed', attempts: 2, lastError: 'Slack 503' });
  });

  it('takes over an alert whose sender crashed, once its lease has expired', async () => {
    expect(await claimAlert(t.db, alert('crash:1', 'dead', { leaseMs: 1000 }))).toBe(true);
    expect(await claimAlert(t.db, alert('crash:1', 'alive', { leaseMs: 1000 }))).toBe(false); // still leased
    await sleep(1500);
    expect(await claimAlert(t.db, alert('crash:1', 'alive'))).toBe(true);
    expect(await markAlertSent(t.db, { key: 'crash:1', owner: 'dead' })).toBe(false); // the crashed one lost it
    expect(await markAlertSent(t.db, { key: 'crash:1', owner: 'alive' })).toBe(true);
  });

  it('renews a lease only while it is held, so a stalled sender learns it lost the claim', async () => {
    // Times are generous so that a loaded machine (slow queries) cannot blur the boundaries.
    expect(await claimAlert(t.db, alert('renew:1', 'slow', { leaseMs: 1800 }))).toBe(true);
    await sleep(900);
    expect(await renewAlertLease(t.db, { key: 'renew:1', owner: 'slow', leaseMs: 1800 })).toBe(true);
    await sleep(1200); // past the first lease, within the renewed one
    expect(await claimAlert(t.db, alert('renew:1', 'other'))).toBe(false);
    await sleep(1500);
    expect(await claimAlert(t.db, alert('renew:1', 'other'))).toBe(true);
    expect(await renewAlertLease(t.db, { key: 'renew:1', owner: 'slow' })).toBe(false);

    const run = { week: '2026-W40', recipient: 'email:x' };
    expect(await claimReportRun(t.db, { ...run, owner: 'slow', leaseMs: 1200 })).toBe(true);
    expect(await renewReportRunLease(t.db, { ...run, owner: 'slow', leaseMs: 2400 })).toBe(true);
    await sleep(1800);
    expect(await claimReportRun(t.db, { ...run, owner: 'other' })).toBe(false);
    await sleep(1500);
    expect(await renewReportRunLease(t.db, { ...run, owner: 'slow' })).toBe(false);
  });

  it('parks a delivery with an unknown outcome until a person releases it', async () => {
    const run = { week: '2026-W41', recipient: 'email:office' };
    expect(await claimReportRun(t.db, { ...run, owner: 'a' })).toBe(true);
    expect(await markReportRunFailed(t.db, { ...run, owner: 'a', error: '发送中断，结果未知', retryInMs: null })).toEqual({ attempts: 1, willRetry: false });
    expect(await claimReportRun(t.db, { ...run, owner: 'b' })).toBe(false);
    expect(await unparkReportRun(t.db, { ...run, by: 'admin' })).toBe(true);
    expect(await claimReportRun(t.db, { ...run, owner: 'b' })).toBe(true);

    expect(await claimAlert(t.db, alert('park:1', 'a'))).toBe(true);
    expect(await markAlertFailed(t.db, { key: 'park:1', owner: 'a', error: '?', retryInMs: null })).toEqual({ attempts: 1, willRetry: false });
    expect(await claimAlert(t.db, alert('park:1', 'b'))).toBe(false);
    // Long delays (beyond 24.8 days of milliseconds) are fine too.
    expect(await claimAlert(t.db, alert('long:1', 'a'))).toBe(true);
    expect(await markAlertFailed(t.db, { key: 'long:1', owner: 'a', error: 'x', retryInMs: 40 * 86_400_000 })).toMatchObject({ willRetry: true });
    expect((await getAlert(t.db, { key: 'long:1' }))!.nextAttemptAt!.getTime()).toBeGreaterThan(Date.now() + 39 * 86_400_000);
  });

  it('sends a week’s report once per recipient across a crash mid-send and a restart', async () => {
    const key = { week: '2026-W47', recipient: 'email:jw@county.gov.cn' };
    await ensureReportRuns(t.db, [key, { week: '2026-W47', recipient: 'slack:C0OFFICE' }]);
    await ensureReportRuns(t.db, [key]); // idempotent
    expect((await listReportRuns(t.db, { week: '2026-W47' })).map((r) => r.status)).toEqual(['pending', 'pending']);

    expect(await claimReportRun(t.db, { ...key, owner: 'first', leaseMs: 1000 })).toBe(true);
    // "first" crashes mid-send; a restarted instance must wait for the lease, then sends.
    expect(await claimReportRun(t.db, { ...key, owner: 'restarted', leaseMs: 1000 })).toBe(false);
    await sleep(1500);
    expect(await claimReportRun(t.db, { ...key, owner: 'restarted' })).toBe(true);
    expect(await markReportRunSent(t.db, { ...key, owner: 'restarted' })).toBe(true);
    expect(await claimReportRun(t.db, { ...key, owner: 'third', leaseMs: 1 })).toBe(false);
    expect(await getReportRun(t.db, key)).toMatchObject({ status: 'sent', attempts: 2, owner: 'restarted' });

    const other = { week: '2026-W47', recipient: 'slack:C0OFFICE' };
    expect(await claimReportRun(t.db, { ...other, owner: 'x' })).toBe(true);
    expect(await markReportRunFailed(t.db, { ...other, owner: 'x', error: 'SMTP 421', retryInMs: 0 })).toEqual({ attempts: 1, willRetry: true });
    expect(await claimReportRun(t.db, { ...other, owner: 'y' })).toBe(true);
    expect((await listReportRuns(t.db, { statuses: ['sent'] })).map((r) => r.recipient)).toEqual(['email:jw@county.gov.cn']);
  });
});

describe.runIf(testBackends().includes('postgres'))('two instances claiming on one PostgreSQL', () => {
  let t: TestDatabase;
  let second: Database;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ first: t, second, close } = await openTwoPostgresInstances());
  });
  afterAll(async () => {
    await close?.();
  });

  it('gives each alert and each weekly report to exactly one of them', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `race:${i}`);
    const run = (db: Database, owner: string) =>
      Promise.all(keys.map(async (key) => ((await claimAlert(db.db, { key, kind: 'k', target: 't', owner })) ? key : null)));
    const [a, b] = await Promise.all([run(t, 'instance-a'), run(second, 'instance-b')]);
    const won = [...a, ...b].filter((k): k is string => k !== null);
    expect(won.sort()).toEqual([...keys].sort());

    const weeks = Array.from({ length: 30 }, (_, i) => `2026-W${String(i + 1).padStart(2, '0')}`);
    const claimAll = (db: Database, owner: string) =>
      Promise.all(weeks.map((week) => claimReportRun(db.db, { week, recipient: 'email:office', owner })));
    const [ra, rb] = await Promise.all([claimAll(t, 'a'), claimAll(second, 'b')]);
    expect(ra.map((x, i) => Number(x) + Number(rb[i]))).toEqual(weeks.map(() => 1));
  });
});
