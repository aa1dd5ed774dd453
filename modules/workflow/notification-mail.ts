import type { NotificationKind } from "@/db/schema/types";
import { config } from "@/lib/config";
import type { Owner } from "./queries/state";
import { studioPathOf } from "./studio-paths";
import type { Mail } from "@/lib/mail/send";

const SUBJECTS: Record<NotificationKind, (title: string) => string> = {
  submitted: (title) => `Zur Prüfung: „${title}“`,
  approved: (title) => `Freigegeben: „${title}“`,
  changes_requested: (title) => `Änderungen erbeten: „${title}“`,
  comment: (title) => `Neuer Kommentar zu „${title}“`,
  consent_given: (title) => `Einwilligung erteilt: „${title}“`,
  consent_withdrawn: (title) => `Einwilligung zurückgezogen: „${title}“`,
};

/** A studio notification as a plain-text mail (German, like the studio's default) with a link to act on it. */
export function notificationMail(
  to: { email: string; name: string },
  event: { kind: NotificationKind; owner: Owner; title: string; actor: { name: string | null }; message?: string | null },
): Mail {
  const path = studioPathOf(event.kind, event.owner);
  return {
    to: to.email,
    subject: SUBJECTS[event.kind](event.title),
    text: [
      `Hallo ${to.name},`,
      "",
      `${SUBJECTS[event.kind](event.title)}${event.actor.name ? ` (von ${event.actor.name})` : ""}.`,
      ...(event.message ? ["", event.message] : []),
      "",
      `${config().siteUrl}${path}`,
    ].join("\n"),
  };
}
