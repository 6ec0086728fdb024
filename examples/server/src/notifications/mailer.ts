// Email for notifications: an SMTP transport when SMTP_URL is set, nothing otherwise (in-app only).
import nodemailer, { type Transporter } from 'nodemailer';

export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** Stable per notification, so a receiving system can drop a resent copy. */
  readonly messageId: string;
}

export interface Mailer {
  /** Resolves with the SMTP server's message id once it accepted the message; throws when it did not. */
  send(message: MailMessage): Promise<string>;
}

/** A transport URL (`smtp://user:pass@host:587`) or nodemailer transport options (tests use `jsonTransport`). */
export type MailTransport = string | Parameters<typeof nodemailer.createTransport>[0];

export function createMailer(transport: MailTransport, from: string): Mailer {
  const transporter: Transporter = nodemailer.createTransport(transport);
  return {
    async send(message) {
      const info = await transporter.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: message.messageId,
      });
      return String(info.messageId ?? message.messageId);
    },
  };
}
