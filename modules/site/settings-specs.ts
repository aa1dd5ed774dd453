/** Site settings: what admins may change, checked here, saved in one row, announced by tag. */
import "server-only";
import { z } from "zod";
import { getAsset } from "@/modules/media";
import { audit } from "@/modules/audit";
import { getSettings, saveSettings, saveSettingsIfUnchanged, type Settings } from "./queries";
import { actionSpec } from "@/lib/action";
import { cacheTags } from "@/lib/cache/tags";
import { UserFacingError } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { httpUrl, optionalHttpUrl, optionalText, requiredText } from "@/lib/forms/fields";
import { MIN_ACCENT_CONTRAST, contrastOnWhite, isHexColor } from "./theme";

const accentColor = z
  .string()
  .trim()
  .refine(isHexColor, msg("Bitte eine Farbe als Hex-Wert wie #b4461b angeben.", "Please enter a colour as a hex value such as #b4461b."))
  .superRefine((hex, context) => {
    if (!isHexColor(hex) || contrastOnWhite(hex) >= MIN_ACCENT_CONTRAST) return;
    const [has, needs] = [contrastOnWhite(hex), MIN_ACCENT_CONTRAST].map((value) => value.toFixed(1));
    context.addIssue({
      code: "custom",
      message: msg(
        `Diese Farbe ist auf Weiß zu hell (Kontrast ${has!.replace(".", ",")}:1, nötig sind ${needs!.replace(".", ",")}:1). Bitte einen dunkleren Ton wählen.`,
        `This colour is too light on white (contrast ${has}:1, ${needs}:1 needed). Please choose a darker shade.`,
      ),
    });
  });

const timeZone = z
  .string()
  .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone), msg("Diese Zeitzone ist unbekannt.", "This time zone is unknown."));

const settingsInput = z.object({
  companyName: requiredText({ de: "Der Firmenname", en: "The company name" }, 80),
  taglineDe: optionalText({ de: "Der Leitsatz", en: "The tagline" }, 160),
  taglineEn: optionalText({ de: "Der Leitsatz", en: "The tagline" }, 160),
  accentColor,
  defaultJobsUrl: httpUrl,
  imprintUrl: optionalHttpUrl,
  privacyUrl: optionalHttpUrl,
  timeZone,
  // A checkbox: a form sends "on" when ticked and nothing otherwise; other callers a boolean.
  requireTwoFactor: z
    .union([z.literal("on"), z.boolean()])
    .optional()
    .transform((value) => value === "on" || value === true),
  // The uploaded logo (an asset id from /api/uploads/logo), or empty for none.
  logoAssetId: z
    .string()
    .max(64)
    .optional()
    .transform((value) => value || null),
  /** The `updatedAt` the form was loaded with: a save over someone else's newer one is refused. */
  version: z.iso.datetime(),
});

/** The form's fields for the saved settings (strings throughout, as inputs hold them). */
export function settingsFormValues(settings: Settings) {
  return {
    companyName: settings.companyName,
    taglineDe: settings.tagline.de ?? "",
    taglineEn: settings.tagline.en ?? "",
    accentColor: settings.accentColor,
    defaultJobsUrl: settings.defaultJobsUrl,
    imprintUrl: settings.imprintUrl ?? "",
    privacyUrl: settings.privacyUrl ?? "",
    timeZone: settings.timeZone,
    requireTwoFactor: settings.requireTwoFactor,
    logoAssetId: settings.logoAssetId ?? "",
    version: settings.updatedAt.toISOString(),
  };
}

export const saveSettingsSpec = actionSpec({
  name: "settings.save",
  input: settingsInput,
  permission: "settings.manage",
  run: async (input, { user, tx }) => {
    // Whoever requires it for everyone has it: no admin locks themselves into a surprise.
    if (input.requireTwoFactor && !user.totpEnabledAt) {
      throw new UserFacingError(
        msg(
          "Richte die Zwei-Faktor-Anmeldung zuerst für dich selbst ein (unter „Mein Konto“).",
          "Set up two-factor sign-in for yourself first (under “My account”).",
        ),
        "requireTwoFactor",
      );
    }
    if (input.logoAssetId && !(await getAsset(input.logoAssetId, tx))) {
      throw new UserFacingError(
        msg("Dieses Logo gibt es nicht mehr. Bitte lade es noch einmal hoch.", "This logo no longer exists. Please upload it again."),
        "logoAssetId",
      );
    }
    const current = await getSettings(tx);
    const values = {
      companyName: input.companyName,
      tagline: { de: input.taglineDe, en: input.taglineEn },
      accentColor: input.accentColor.toLowerCase(),
      defaultJobsUrl: input.defaultJobsUrl,
      imprintUrl: input.imprintUrl,
      privacyUrl: input.privacyUrl,
      timeZone: input.timeZone,
      requireTwoFactor: input.requireTwoFactor,
      logoAssetId: input.logoAssetId,
      locales: current?.locales ?? ["de", "en"],
      defaultLocale: current?.defaultLocale ?? "de",
    };
    const saved = current ? await saveSettingsIfUnchanged(values, new Date(input.version), tx) : await saveSettings(values, tx);
    if (!saved) {
      throw new UserFacingError(
        msg(
          "Jemand hat die Einstellungen gespeichert, während du sie bearbeitet hast. Lade die Seite neu, um die neue Fassung zu sehen; deine Eingaben bleiben bis dahin im Formular.",
          "Someone saved the settings while you were editing them. Reload the page to see their version; until then your input stays in the form.",
        ),
      );
    }
    const changed = (Object.keys(values) as (keyof typeof values)[]).filter((key) => JSON.stringify(values[key]) !== JSON.stringify(current?.[key]));
    await audit({ actorUserId: user.id, action: "settings.update", entityType: "settings", entityId: saved.id, details: { changed: changed.join(", ") } }, tx);
    return { version: saved.updatedAt.toISOString() };
  },
  revalidates: () => [cacheTags.settings],
});
