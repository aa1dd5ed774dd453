import { msg } from "@/lib/i18n/bilingual";
import type { CheckKey } from "./checklist";
import type { WorkflowRefusal } from "@/lib/workflow/machine";

/** Why a workflow action was refused, in the reader's language (the action wrapper picks it). */
export const REFUSALS: Record<WorkflowRefusal | "state" | "forbidden" | "gone" | "changed", string> & { checks: Record<CheckKey, { de: string; en: string }> } =
  {
    state: msg("Das geht in diesem Stand nicht (mehr). Bitte lade die Seite neu.", "That is not possible in this state (any more). Please reload the page."),
    forbidden: msg("Dafür fehlt dir die Berechtigung.", "You don't have permission to do that."),
    nothingNew: msg("Es gibt keine Änderungen gegenüber der veröffentlichten Fassung.", "There are no changes to the published version."),
    ownWork: msg("Vier Augen: Freigeben muss jemand, der nicht mitgeschrieben hat.", "Four eyes: someone who did not write it must approve it."),
    notApproved: msg(
      "Veröffentlicht wird nur eine freigegebene Fassung; diese hat sich seit der Freigabe geändert.",
      "Only an approved version is published; this one changed since it was approved.",
    ),
    notPublished: msg("Dieses Interview ist nicht veröffentlicht.", "This interview is not published."),
    nothingPending: msg("Es gibt keine Änderungen, die sich verwerfen ließen.", "There are no changes to discard."),
    alreadyLive: msg(
      "Dieses Interview ist schon online; seine Änderungen gehen mit „Veröffentlichen“ sofort live.",
      "This interview is already online; its changes go live at once with “Publish”.",
    ),
    // Said of interviews and stories alike.
    gone: msg("Das gibt es nicht mehr; es wurde inzwischen gelöscht.", "This no longer exists; it was deleted in the meantime."),
    changed: msg(
      "Inzwischen hat sich etwas geändert (jemand hat gespeichert oder war schneller). Bitte lade die Seite neu.",
      "Something changed in the meantime (someone saved or was quicker). Please reload the page.",
    ),
    checks: {
      answered: { de: "Jede Frage braucht eine Antwort.", en: "Every question needs an answer." },
      portraitAlt: { de: "Das Porträt braucht einen Alternativtext.", en: "The portrait needs alt text." },
      portrait: { de: "Es gibt kein Porträt.", en: "There is no portrait." },
      consent: { de: "Die Einwilligung der Person zu dieser Fassung fehlt.", en: "The person's consent to this version is missing." },
      ctaUrl: { de: "Das Ziel des Aufrufs ist keine gültige Webadresse.", en: "The call to action's target is not a valid web address." },
      title: { de: "Der Titel fehlt oder ist zu lang.", en: "The title is missing or too long." },
      teaser: { de: "Der Vorspann fehlt oder ist zu lang.", en: "The teaser is missing or too long." },
      seoDescription: { de: "Es gibt keine Beschreibung für Suchmaschinen.", en: "There is no description for search engines." },
    },
  };
