// E-mail through SMTP with nodemailer. The server comes from the environment, never the
// config file: SMTP_URL, e.g. smtp://user:password@mail.example.gov.cn:587 (STARTTLS when
// the server offers it) or smtps://user:password@mail.example.gov.cn:465 (TLS).
import { createHash } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';

/** What the digest needs of a mail transport; a nodemailer Transporter fits. */
export interface Mailer {
  sendMail(mail: SendMailOptions): Promise<{ accepted?: unknown[]; rejected?: unknown[]; messageId?: string }>;
}

export class MailConfigError extends Error {
  override name = 'MailConfigError';
}

/** The mailer for SMTP_URL, or null when it is not set (e-mail delivery then waits). */
export function createMailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw new MailConfigError('环境变量 SMTP_URL 格式不对：应写成 smtp://用户名:密码@邮件服务器:587 或 smtps://用户名:密码@邮件服务器:465。', { cause: err });
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
    throw new MailConfigError(`环境变量 SMTP_URL 的协议「${parsed.protocol}」不支持：只能用 smtp:// 或 smtps://。`);
  }
  // Bounded waits: a stalled server must not hold the report run's claim for long.
  return nodemailer.createTransport({ url, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 120_000 }) as unknown as Mailer;
}

export interface ReportEmail {
  from: string;
  to: string;
  title: string;
  week: string;
  html: string;
  text: string;
  docx: Buffer;
}

/** A Message-ID derived from week and recipient: if a copy ever went out twice, mail
 *  systems that de-duplicate by Message-ID would show it once. */
export function reportMessageId(week: string, recipientKey: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'jianfu.local';
  return `<weekly-${week}-${createHash('sha256').update(recipientKey).digest('hex').slice(0, 16)}@${domain}>`;
}

export async function sendReportEmail(mailer: Mailer, mail: ReportEmail): Promise<void> {
  const info = await mailer.sendMail({
    from: mail.from,
    to: mail.to,
    subject: mail.title,
    html: mail.html,
    text: mail.text,
    messageId: reportMessageId(mail.week, `email:${mail.to.toLowerCase()}`, mail.from),
    headers: { 'X-Jianfu-Week': mail.week },
    attachments: [
      {
        filename: `${mail.title}.docx`,
        content: mail.docx,
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
    ],
  });
  const rejected = info.rejected ?? [];
  if (rejected.length > 0) throw new Error(`邮件服务器拒收 ${mail.to}`);
}
