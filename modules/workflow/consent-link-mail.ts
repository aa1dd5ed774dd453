import type { Mail } from "@/lib/mail/send";

/** The mail that asks the featured person to read their interview and consent: plain text, German. */
export function consentLinkMail(link: { name: string; email: string; url: string }, companyName: string): Mail {
  return {
    to: link.email,
    subject: `Dein Interview für die Karriereseite von ${companyName}`,
    text: [
      `Hallo ${link.name},`,
      "",
      `danke, dass du dir Zeit für das Interview genommen hast. Bevor es auf der Karriereseite von ${companyName} erscheint, lies es bitte so, wie es dort aussehen wird, und sag uns, ob du einverstanden bist oder etwas geändert haben möchtest:`,
      "",
      link.url,
      "",
      "Über denselben Link kannst du deine Einwilligung auch später jederzeit zurückziehen. Dann nehmen wir das Interview sofort von der Seite.",
      "",
      "Viele Grüße",
      companyName,
    ].join("\n"),
  };
}
