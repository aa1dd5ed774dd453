import type { AuditDetails, Role } from "@/db/schema/types";
import type { Locale } from "@/lib/i18n/routing";
import { ROLE_NAMES } from "@/lib/role-names";

/** The filters of the studio's audit log; each is a set of action prefixes. */
export const AUDIT_CATEGORIES = {
  all: { label: { de: "Alle Ereignisse", en: "All events" }, prefixes: [] },
  "sign-in": { label: { de: "Anmeldungen und Sitzungen", en: "Sign-ins and sessions" }, prefixes: ["sign_in.", "sessions.", "two_factor."] },
  users: { label: { de: "Nutzer:innen", en: "People" }, prefixes: ["user."] },
  settings: { label: { de: "Einstellungen", en: "Settings" }, prefixes: ["settings."] },
  content: {
    label: { de: "Inhalte", en: "Content" },
    prefixes: ["interview.", "person.", "taxonomy.", "question.", "asset.", "universe.", "topic.", "story.", "job."],
  },
} as const satisfies Record<string, { label: Record<Locale, string>; prefixes: readonly string[] }>;
export type AuditCategory = keyof typeof AUDIT_CATEGORIES;

export function auditCategory(value: string | string[] | undefined): AuditCategory {
  return typeof value === "string" && Object.hasOwn(AUDIT_CATEGORIES, value) ? (value as AuditCategory) : "all";
}

const ACTION_LABELS: Record<string, Record<Locale, string>> = {
  "sign_in.success": { de: "Angemeldet", en: "Signed in" },
  "sign_in.failure": { de: "Anmeldung fehlgeschlagen", en: "Sign-in failed" },
  "sign_in.locked": { de: "Anmeldung vorübergehend gesperrt", en: "Sign-in locked for a while" },
  "sessions.revoke_all": { de: "Überall abgemeldet", en: "Signed out everywhere" },
  "user.create": { de: "Zugang angelegt", en: "Account created" },
  "user.invite": { de: "Eingeladen", en: "Invited" },
  "user.invite_accepted": { de: "Einladung angenommen", en: "Invitation accepted" },
  "user.reset_link": { de: "Link zum Zurücksetzen erstellt", en: "Password link issued" },
  "user.password_reset": { de: "Passwort zurückgesetzt", en: "Password reset" },
  "user.role_change": { de: "Rolle geändert", en: "Role changed" },
  "user.disable": { de: "Gesperrt", en: "Disabled" },
  "user.enable": { de: "Wieder freigegeben", en: "Enabled again" },
  "settings.update": { de: "Einstellungen gespeichert", en: "Settings saved" },
  "asset.upload": { de: "Bild hochgeladen", en: "Image uploaded" },
  "person.create": { de: "Person angelegt", en: "Person added" },
  "person.update": { de: "Person geändert", en: "Person changed" },
  "taxonomy.create": { de: "Bereich, Standort oder Reihe angelegt", en: "Department, office or series added" },
  "taxonomy.update": { de: "Bereich, Standort oder Reihe geändert", en: "Department, office or series changed" },
  "taxonomy.delete": { de: "Bereich, Standort oder Reihe gelöscht", en: "Department, office or series deleted" },
  "question.add": { de: "Frage in den Fragenkatalog aufgenommen", en: "Question added to the bank" },
  "question.delete": { de: "Frage aus dem Fragenkatalog gelöscht", en: "Question removed from the bank" },
  "interview.create": { de: "Interview angelegt", en: "Interview created" },
  "interview.translate": { de: "Übersetzung begonnen", en: "Translation started" },
  "interview.restore": { de: "Fassung wiederhergestellt", en: "Version restored" },
  "interview.submit": { de: "Zur Freigabe gegeben", en: "Submitted for review" },
  "interview.request_changes": { de: "Änderungen erbeten", en: "Changes requested" },
  "interview.approve": { de: "Freigegeben", en: "Approved" },
  "interview.publish": { de: "Veröffentlicht", en: "Published" },
  "interview.unpublish": { de: "Zurückgezogen", en: "Unpublished" },
  "interview.schedule": { de: "Veröffentlichung geplant", en: "Publication scheduled" },
  "interview.unschedule": { de: "Planung aufgehoben", en: "Schedule called off" },
  "interview.schedule_failed": { de: "Geplanter Schritt fehlgeschlagen", en: "Scheduled step failed" },
  "interview.revert": { de: "Änderungen verworfen", en: "Changes discarded" },
  "interview.archive": { de: "Archiviert", en: "Archived" },
  "interview.consent": { de: "Einwilligung gegeben", en: "Consent given" },
  "interview.consent_withdrawn": { de: "Einwilligung zurückgezogen", en: "Consent withdrawn" },
  "interview.consent_link": { de: "Einwilligungslink erstellt", en: "Consent link issued" },
  "interview.preview_link": { de: "Vorschau-Link erstellt", en: "Preview link issued" },
  "interview.preview_link_revoked": { de: "Vorschau-Link widerrufen", en: "Preview link revoked" },
  "universe.create": { de: "Arbeitswelt angelegt", en: "Work universe added" },
  "universe.update": { de: "Arbeitswelt geändert", en: "Work universe changed" },
  "universe.archive": { de: "Arbeitswelt archiviert", en: "Work universe archived" },
  "universe.restore": { de: "Arbeitswelt zurückgeholt", en: "Work universe brought back" },
  "universe.delete": { de: "Arbeitswelt gelöscht", en: "Work universe deleted" },
  "topic.create": { de: "Thema angelegt", en: "Topic added" },
  "topic.update": { de: "Thema geändert", en: "Topic changed" },
  "topic.archive": { de: "Thema archiviert", en: "Topic archived" },
  "topic.restore": { de: "Thema zurückgeholt", en: "Topic brought back" },
  "topic.delete": { de: "Thema gelöscht", en: "Topic deleted" },
  "topic.release": { de: "Thema veröffentlicht", en: "Topic released" },
  "story.create": { de: "Geschichte begonnen", en: "Story started" },
  "story.submit": { de: "Geschichte zur Freigabe gegeben", en: "Story submitted for review" },
  "story.request_changes": { de: "Änderungen an einer Geschichte erbeten", en: "Changes to a story requested" },
  "story.approve": { de: "Geschichte freigegeben", en: "Story approved" },
  "story.preview_link": { de: "Vorschau-Link für eine Geschichte erstellt", en: "Preview link for a story issued" },
  "story.preview_link_revoked": { de: "Vorschau-Link für eine Geschichte widerrufen", en: "Preview link for a story revoked" },
  "job.create": { de: "Stelle angelegt", en: "Job added" },
  "job.update": { de: "Stelle geändert", en: "Job changed" },
  "job.delete": { de: "Stelle gelöscht", en: "Job deleted" },
  "two_factor.enabled": { de: "Zwei-Faktor-Anmeldung eingerichtet", en: "Two-factor sign-in set up" },
  "two_factor.disabled": { de: "Zwei-Faktor-Anmeldung abgeschaltet", en: "Two-factor sign-in turned off" },
  "two_factor.codes_renewed": { de: "Neue Wiederherstellungscodes", en: "New recovery codes" },
  "two_factor.reset": { de: "Zwei-Faktor-Anmeldung zurückgesetzt", en: "Two-factor sign-in reset" },
  "two_factor.failure": { de: "Falscher Zwei-Faktor-Code", en: "Wrong two-factor code" },
  "two_factor.recovery_used": { de: "Mit Wiederherstellungscode angemeldet", en: "Signed in with a recovery code" },
};

/** A readable name for an action; unknown ones (from newer code) show as recorded. */
export function auditActionLabel(action: string, locale: Locale): string {
  return ACTION_LABELS[action]?.[locale] ?? action;
}

const SETTING_NAMES: Record<string, Record<Locale, string>> = {
  companyName: { de: "Firmenname", en: "Company name" },
  tagline: { de: "Leitsatz", en: "Tagline" },
  accentColor: { de: "Akzentfarbe", en: "Accent colour" },
  defaultJobsUrl: { de: "Stellen-Link", en: "Jobs link" },
  imprintUrl: { de: "Impressum", en: "Imprint" },
  privacyUrl: { de: "Datenschutz", en: "Privacy" },
  timeZone: { de: "Zeitzone", en: "Time zone" },
  logoAssetId: { de: "Logo", en: "Logo" },
  requireTwoFactor: { de: "Zwei-Faktor-Pflicht", en: "Two-factor requirement" },
};

function roleName(value: unknown, locale: Locale): string {
  return typeof value === "string" && Object.hasOwn(ROLE_NAMES[locale], value) ? ROLE_NAMES[locale][value as Role] : String(value);
}

/** The details of an entry as one short line, in the studio's words. */
export function auditDetailsText(action: string, details: AuditDetails, locale: Locale): string {
  switch (action) {
    case "user.role_change":
      return `${roleName(details.from, locale)} → ${roleName(details.to, locale)}`;
    case "user.invite":
    case "user.create":
      return [
        details.role ? `${locale === "de" ? "Rolle" : "Role"} ${roleName(details.role, locale)}` : null,
        details.via === "shell" ? (locale === "de" ? "über die Kommandozeile" : "from the command line") : null,
      ]
        .filter(Boolean)
        .join(", ");
    case "settings.update":
      return String(details.changed ?? "")
        .split(", ")
        .filter(Boolean)
        .map((key) => SETTING_NAMES[key]?.[locale] ?? key)
        .join(", ");
    default:
      return Object.entries(details)
        .filter(([, value]) => value !== null)
        .map(([key, value]) => (key === "email" ? String(value) : `${key}: ${String(value)}`))
        .join(", ");
  }
}
