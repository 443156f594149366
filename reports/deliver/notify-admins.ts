// Tells the admins (config.admins) that a digest could not be delivered. Best effort: a
// notice that cannot be sent is logged, never allowed to break the job.
import type { Outbox } from '../../bot/adapters/types.js';
import type { Config } from '../../bot/config/schema.js';
import type { ReportLogger } from './deliver-report-run.js';
import { adminRecipients } from './recipients.js';
import type { Mailer } from './smtp-mailer.js';

export async function notifyAdmins(
  deps: { config: Config; outbox: Outbox | null; mailer: Mailer | null; logger: ReportLogger },
  subject: string,
  text: string,
): Promise<number> {
  let sent = 0;
  let admins;
  try {
    admins = adminRecipients(deps.config);
  } catch (err) {
    deps.logger.error({ err: (err as Error).message }, 'weekly report: config.admins has an invalid entry');
    return 0;
  }
  if (admins.length === 0) deps.logger.warn({ subject }, 'weekly report: no admins configured to tell about a delivery problem');
  for (const admin of admins) {
    try {
      if (admin.kind === 'email') {
        if (!deps.mailer) throw new Error('未设置 SMTP_URL，无法发邮件');
        await deps.mailer.sendMail({ from: deps.config.report.from, to: admin.address, subject, text });
      } else {
        if (!deps.outbox) throw new Error('聊天平台未启用');
        await deps.outbox.send(admin.target, `${subject}\n${text}`);
      }
      sent++;
    } catch (err) {
      deps.logger.error({ admin: admin.key, err: (err as Error).message }, 'weekly report: could not notify an admin');
    }
  }
  return sent;
}
