import type { AuditDetails, Role } from "@/db/schema/types";
import { ROLE_NAMES } from "./role-names";

/** The filters of the studio's audit log; each is a set of action prefixes. */
export const AUDIT_CATEGORIES = {
  all: { label: "Alle Ereignisse", prefixes: [] },
  "sign-in": { label: "Anmeldungen und Sitzungen", prefixes: ["sign_in.", "sessions.", "two_factor."] },
  users: { label: "Nutzer:innen", prefixes: ["user."] },
  settings: { label: "Einstellungen", prefixes: ["settings."] },
} as const satisfies Record<string, { label: string; prefixes: readonly string[] }>;
export type AuditCategory = keyof typeof AUDIT_CATEGORIES;

export function auditCategory(value: string | string[] | undefined): AuditCategory {
  return typeof value === "string" && Object.hasOwn(AUDIT_CATEGORIES, value) ? (value as AuditCategory) : "all";
}

const ACTION_LABELS: Record<string, string> = {
  "sign_in.success": "Angemeldet",
  "sign_in.failure": "Anmeldung fehlgeschlagen",
  "sign_in.locked": "Anmeldung vorübergehend gesperrt",
  "sessions.revoke_all": "Überall abgemeldet",
  "user.create": "Zugang angelegt",
  "user.invite": "Eingeladen",
  "user.invite_accepted": "Einladung angenommen",
  "user.reset_link": "Link zum Zurücksetzen erstellt",
  "user.password_reset": "Passwort zurückgesetzt",
  "user.role_change": "Rolle geändert",
  "user.disable": "Gesperrt",
  "user.enable": "Wieder freigegeben",
  "settings.update": "Einstellungen gespeichert",
  "two_factor.enabled": "Zwei-Faktor-Anmeldung eingerichtet",
  "two_factor.disabled": "Zwei-Faktor-Anmeldung abgeschaltet",
  "two_factor.codes_renewed": "Neue Wiederherstellungscodes",
  "two_factor.reset": "Zwei-Faktor-Anmeldung zurückgesetzt",
  "two_factor.failure": "Falscher Zwei-Faktor-Code",
  "two_factor.recovery_used": "Mit Wiederherstellungscode angemeldet",
};

/** A readable name for an action; unknown ones (from newer code) show as recorded. */
export function auditActionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

const SETTING_NAMES: Record<string, string> = {
  companyName: "Firmenname",
  tagline: "Leitsatz",
  accentColor: "Akzentfarbe",
  defaultJobsUrl: "Stellen-Link",
  imprintUrl: "Impressum",
  privacyUrl: "Datenschutz",
  timeZone: "Zeitzone",
  logoAssetId: "Logo",
  requireTwoFactor: "Zwei-Faktor-Pflicht",
};

function roleName(value: unknown): string {
  return typeof value === "string" && Object.hasOwn(ROLE_NAMES, value) ? ROLE_NAMES[value as Role] : String(value);
}

/** The details of an entry as one short line, in the studio's words. */
export function auditDetailsText(action: string, details: AuditDetails): string {
  switch (action) {
    case "user.role_change":
      return `${roleName(details.from)} → ${roleName(details.to)}`;
    case "user.invite":
    case "user.create":
      return [details.role ? `Rolle ${roleName(details.role)}` : null, details.via === "shell" ? "über die Kommandozeile" : null]
        .filter(Boolean)
        .join(", ");
    case "settings.update":
      return String(details.changed ?? "")
        .split(", ")
        .filter(Boolean)
        .map((key) => SETTING_NAMES[key] ?? key)
        .join(", ");
    default:
      return Object.entries(details)
        .map(([key, value]) => (key === "email" ? String(value) : `${key}: ${String(value)}`))
        .join(", ");
  }
}
