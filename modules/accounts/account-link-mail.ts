import { formatDateTime } from "@/lib/dates";
import type { Mail } from "@/lib/mail/send";

type AccountLink = { purpose: "invite" | "reset"; name: string; email: string; url: string; expiresAt: Date };

/** The mail that carries an invitation or a password link: plain text, German, signed by the company. */
export function accountLinkMail(link: AccountLink, companyName: string, timeZone: string): Mail {
  const until = formatDateTime(link.expiresAt, "de", timeZone);
  const lines =
    link.purpose === "invite"
      ? [
          `Hallo ${link.name},`,
          "",
          `du bist eingeladen, im Studio der Karriereseite von ${companyName} mitzuarbeiten. Über diesen Link legst du dein Passwort fest:`,
        ]
      : [`Hallo ${link.name},`, "", `für deinen Zugang zum Studio von ${companyName} wurde ein neues Passwort angefordert. Über diesen Link legst du es fest:`];
  return {
    to: link.email,
    subject: link.purpose === "invite" ? `Einladung ins Studio von ${companyName}` : `Neues Passwort für das Studio von ${companyName}`,
    text: [
      ...lines,
      "",
      link.url,
      "",
      `Der Link funktioniert einmal und bis ${until} Uhr. Wenn du damit nichts anfangen kannst, ignoriere diese E-Mail einfach.`,
      "",
      `Viele Grüße`,
      companyName,
    ].join("\n"),
  };
}
