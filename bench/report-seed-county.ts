// Seeds a county with a year of data for the report benchmark, entirely inside the
// database (generate_series), so seeding 1M findings takes seconds rather than minutes:
// 990k message findings on 990k stored messages, 10k register rows with their findings,
// 2k burden reports and 5k alerts, spread over the 52 weeks that end with 2026-W47.
import { sql } from 'drizzle-orm';
import type { Db } from '../storage/database.js';
import { queryRows } from '../storage/database.js';

export const BENCH_WEEK = '2026-W47';
/** Monday of 2026-W48 (00:00 +08:00): the data ends here. */
const END = '2026-11-23T00:00:00+08:00';
const YEAR_SECONDS = 364 * 86_400;

export const COUNTY = {
  messageFindings: 990_000,
  registerRows: 10_000,
  burdenReports: 2_000,
  alerts: 5_000,
};

export async function isSeeded(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM findings`);
  return Number(row?.n) === COUNTY.messageFindings + COUNTY.registerRows;
}

export async function seedCounty(db: Db): Promise<void> {
  const start = sql.raw(`('${END}'::timestamptz - interval '${YEAR_SECONDS} seconds')`);
  await db.execute(sql`TRUNCATE chat_messages, findings, burden_reports, alerts, inspections, secondments, veto_items RESTART IDENTITY CASCADE`);
  // 30 departments, 20 townships, 40 channels; rule frequencies skewed like real groups
  // (check-ins and form demands dominate).
  await db.execute(sql`
    INSERT INTO chat_messages (platform, channel_id, platform_message_id, sender_hash, sent_at, text, has_findings)
    SELECT 'slack', 'C' || (i % 40), 'm' || i, md5((i % 700)::text),
           ${start} + (i::float8 / ${COUNTY.messageFindings} * ${YEAR_SECONDS}) * interval '1 second',
           '请各村干部每天早上8点前在工作群里打卡并上传定位截图，未按时打卡的周五通报。第' || i || '号通知',
           true
    FROM generate_series(1, ${COUNTY.messageFindings}) AS i`);
  await db.execute(sql`
    INSERT INTO findings (rule, "check", source_kind, message_id, span_start, span_end, excerpt, basis, department, township,
                          platform, channel_id, occurred_at, status, status_at)
    SELECT r.rule, r.rule || '/bench', 'message', m.id, 4, 24, '每天早上8点前在工作群里打卡',
           '[{"source":"004","document":"《西峡县深化乡镇管理体制机制改革方案》","section":"九(六)","quote":"不得滥用各类软件、工作群等进行打卡、截图、摊派任务"}]'::jsonb,
           '县直部门' || (m.id % 30), '乡镇' || (m.id % 20), 'slack', m.channel_id, m.sent_at,
           (ARRAY['open','open','open','open','open','open','confirmed','confirmed','dismissed','resolved'])[1 + (m.id % 10)],
           CASE WHEN m.id % 10 >= 6 THEN m.sent_at + interval '2 days' END
    FROM chat_messages m
    CROSS JOIN LATERAL (SELECT (ARRAY['R06','R06','R06','R03','R03','R01','R02','R05','R07','R04','R08','R09','R10'])[1 + (m.id % 13)] AS rule) r`);
  await db.execute(sql`
    INSERT INTO inspections (external_id, organizer, level, topic, townships, date, approval_ref, requires_preparation, entered_by, source)
    SELECT 'I-' || i, '县直部门' || (i % 30), 'county', '专项督查' || (i % 50), ARRAY['乡镇' || (i % 20)],
           (${start} + (i::float8 / 4000 * ${YEAR_SECONDS}) * interval '1 second')::date,
           CASE WHEN i % 5 = 0 THEN NULL ELSE '督〔2026〕' || i || '号' END, i % 7 = 0, 'bench', 'bench'
    FROM generate_series(1, 4000) AS i`);
  await db.execute(sql`
    INSERT INTO secondments (external_id, person, township, hire_date, borrowing_unit, start, "end", returned_on, approval_ref, entered_by, source)
    SELECT 'S-' || i, '干部' || i, '乡镇' || (i % 20), '2015-07-01', '县直部门' || (i % 30),
           (${start} + (i::float8 / 4000 * ${YEAR_SECONDS}) * interval '1 second')::date, NULL, NULL, '组借〔2026〕' || i || '号', 'bench', 'bench'
    FROM generate_series(1, 4000) AS i`);
  await db.execute(sql`
    INSERT INTO veto_items (external_id, set_by, item, targets, date, entered_by, source)
    SELECT 'V-' || i, '县直部门' || (i % 30), '事项' || i, '各乡镇', (${start} + (i::float8 / 2000 * ${YEAR_SECONDS}) * interval '1 second')::date, 'bench', 'bench'
    FROM generate_series(1, 2000) AS i`);
  // One finding per register row, as the daily scan would have stored it.
  await db.execute(sql`
    INSERT INTO findings (rule, "check", source_kind, record_kind, record_ref, excerpt, basis, department, township, occurred_at, status, status_at)
    SELECT rule, chk, 'record', kind, ref, ref || '：' || msg, '[]'::jsonb, dep, town, at,
           CASE WHEN n % 4 = 0 THEN 'resolved' ELSE 'open' END, CASE WHEN n % 4 = 0 THEN at + interval '10 days' END
    FROM (
      SELECT 'R01' AS rule, 'inspection-unapproved' AS chk, 'inspection' AS kind, external_id AS ref, '督查检查未经报批' AS msg, organizer AS dep,
             townships[1] AS town, date::timestamptz AS at, id AS n FROM inspections
      UNION ALL
      SELECT 'R10', 'secondment-no-term', 'secondment', external_id, '借调未约定期限', borrowing_unit, township, start::timestamptz, id FROM secondments
      UNION ALL
      SELECT 'R04', 'veto-unlisted', 'veto', external_id, '一票否决事项未列入清单', set_by, NULL, date::timestamptz, id FROM veto_items
    ) x`);
  await db.execute(sql`
    INSERT INTO burden_reports (report_no, content, township, department, status, received_on)
    SELECT 'JB-2026-' || lpad(i::text, 6, '0'), '本周第' || i || '次被要求重新填报同一张表，数据此前已报过。', '乡镇' || (i % 20), '县直部门' || (i % 30),
           (ARRAY['received','verifying','confirmed','dismissed','resolved'])[1 + (i % 5)],
           (${start} + (i::float8 / ${COUNTY.burdenReports} * ${YEAR_SECONDS}) * interval '1 second')::date
    FROM generate_series(1, ${COUNTY.burdenReports}) AS i`);
  await db.execute(sql`
    INSERT INTO alerts (key, kind, target, status, attempts, sent_at)
    SELECT 'bench-' || i, 'secondment-due-soon', 'slack:C' || (i % 40), 'sent', 1,
           ${start} + (i::float8 / ${COUNTY.alerts} * ${YEAR_SECONDS}) * interval '1 second'
    FROM generate_series(1, ${COUNTY.alerts}) AS i`);
  // VACUUM too: the counts over earlier weeks are index-only scans only with a fresh visibility map.
  await db.execute(sql`VACUUM ANALYZE`);
}
