import "server-only";
import nodemailer from "nodemailer";
import { config } from "@/lib/config";

export type Mail = { to: string; subject: string; text: string };

/**
 * Sends one plain-text mail through SMTP_URL. Returns null when no SMTP server is set up
 * (the caller then relies on showing the link), false when sending failed, true when the
 * server accepted it. Failures are logged without the URL, which may hold a password.
 */
export async function sendMail(mail: Mail): Promise<boolean | null> {
  const smtp = config().smtp;
  if (!smtp) return null;
  // One connection per mail (mail is rare here); short timeouts, as an admin waits for the answer.
  const transport = nodemailer.createTransport(smtp.url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
  try {
    await transport.sendMail({ from: smtp.from, ...mail });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}${"code" in error ? ` ${String(error.code)}` : ""}` : "unknown";
    console.error(`[mail] sending "${mail.subject}" failed: ${reason}`);
    return false;
  }
}
