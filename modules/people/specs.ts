/** The people interviews are about: what the studio may save of them, checked here. */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { createPerson, getPerson, updatePersonIfUnchanged, type Person } from "./queries";
import { actionSpec } from "@/lib/action";
import { personChangeTags } from "@/lib/cache/tags";
import { UserFacingError } from "@/lib/errors";
import { bilingualText, optionalId, optionalText, requiredText } from "@/lib/forms/fields";
import { assertPlacesExist } from "@/modules/taxonomy";
import { msg } from "@/lib/i18n/bilingual";
import { bothLanguages } from "@/lib/i18n/localized";
import { assertImageExists } from "@/modules/media";

const emptyToNull = (value: string) => value || null;
const checkbox = z
  .union([z.literal("on"), z.boolean()])
  .optional()
  .transform((value) => value === "on" || value === true);
const focal = z.coerce.number().min(0).max(1).catch(0.5);
const reference = z
  .string()
  .max(64)
  .optional()
  .transform((value) => value || null);

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const PersonInput = z.object({
  /** Empty for a new person. */
  id: optionalId,
  /** The person's `updatedAt` when the form was loaded: a save over a newer one is refused. */
  version: z.string().max(40).optional(),
  displayName: requiredText({ de: "Der Name", en: "The name" }, 120),
  academicTitle: optionalText({ de: "Der Titel", en: "The title" }, 40).transform(emptyToNull),
  ...bilingualText("jobTitle", { de: "Die Stelle", en: "The job title" }, 120),
  departmentId: reference,
  locationId: reference,
  startDate: z
    .string()
    .trim()
    .refine(
      (value) => value === "" || (CALENDAR_DATE.test(value) && !Number.isNaN(Date.parse(value)) && value <= new Date().toISOString().slice(0, 10)),
      msg("Bitte ein Datum in der Vergangenheit angeben, zum Beispiel 01.03.2015.", "Please enter a date in the past, for example 01/03/2015."),
    )
    .transform(emptyToNull),
  email: z
    .string()
    .trim()
    .max(254)
    .refine(
      (value) => value === "" || z.email().safeParse(value).success,
      msg("Bitte eine gültige E-Mail-Adresse angeben.", "Please enter a valid email address."),
    )
    .transform(emptyToNull),
  left: checkbox,
  portraitAssetId: reference,
  // The alt text fields are in the form only while there is a portrait.
  portraitAltDe: optionalText({ de: "Der Alternativtext", en: "The alt text" }, 300).default(""),
  portraitAltEn: optionalText({ de: "Der Alternativtext", en: "The alt text" }, 300).default(""),
  portraitFocalX: focal,
  portraitFocalY: focal,
});
type Input = z.infer<typeof PersonInput>;

export const ALT_MISSING = msg(
  "Bitte beschreibe das Porträt für Menschen, die es nicht sehen, zum Beispiel „Marco lacht in der Montagehalle“.",
  "Please describe the portrait for people who cannot see it, for example “Marco laughing in the assembly hall”.",
);
export const NEWER = msg(
  "Inzwischen hat jemand anderes diese Person gespeichert. Bitte lade die Seite neu; deine Eingaben bleiben bis dahin hier stehen.",
  "Someone else saved this person in the meantime. Please reload the page; your input stays here until then.",
);
const GONE = msg("Diese Person gibt es nicht mehr.", "This person no longer exists.");

async function checkReferences(input: Input, tx: Parameters<typeof getPerson>[1]): Promise<void> {
  await assertPlacesExist(input, tx);
  await assertImageExists(input.portraitAssetId, "portraitAssetId", tx);
  if (input.portraitAssetId && !input.portraitAltDe) throw new UserFacingError(ALT_MISSING, "portraitAltDe");
}

function values(input: Input) {
  return {
    displayName: input.displayName,
    academicTitle: input.academicTitle,
    jobTitle: bothLanguages(input.jobTitleDe, input.jobTitleEn),
    departmentId: input.departmentId,
    locationId: input.locationId,
    startDate: input.startDate,
    email: input.email,
    active: !input.left,
    portraitAssetId: input.portraitAssetId,
    portraitAlt: input.portraitAssetId ? bothLanguages(input.portraitAltDe, input.portraitAltEn) : null,
    portraitFocalX: input.portraitFocalX,
    portraitFocalY: input.portraitFocalY,
  };
}

/** Creates a person or saves changes to one; a change shows on their public pages at once. */
export const savePersonSpec = actionSpec({
  name: "people.save",
  input: PersonInput,
  permission: "people.manage",
  run: async (input, { user, tx }): Promise<{ id: string; version: string }> => {
    await checkReferences(input, tx);
    let person: Person | null;
    if (input.id) {
      const version = input.version ? new Date(input.version) : null;
      if (!(await getPerson(input.id, tx))) throw new UserFacingError(GONE);
      person = version && !Number.isNaN(version.getTime()) ? await updatePersonIfUnchanged(input.id, values(input), version, tx) : null;
      if (!person) throw new UserFacingError(NEWER);
    } else {
      person = await createPerson(values(input), tx);
    }
    await audit(
      {
        actorUserId: user.id,
        action: input.id ? "person.update" : "person.create",
        entityType: "person",
        entityId: person.id,
        details: { name: person.displayName },
      },
      tx,
    );
    return { id: person.id, version: person.updatedAt.toISOString() };
  },
  revalidates: (_input, data) => personChangeTags(data.id),
});

/** The form's fields for a saved person (strings throughout, as inputs hold them). */
export function personFormValues(person: Person | null) {
  return {
    id: person?.id ?? "",
    version: person?.updatedAt.toISOString() ?? "",
    displayName: person?.displayName ?? "",
    academicTitle: person?.academicTitle ?? "",
    jobTitleDe: person?.jobTitle.de ?? "",
    jobTitleEn: person?.jobTitle.en ?? "",
    departmentId: person?.departmentId ?? "",
    locationId: person?.locationId ?? "",
    startDate: person?.startDate ?? "",
    email: person?.email ?? "",
    left: person ? !person.active : false,
    portraitAltDe: person?.portraitAlt?.de ?? "",
    portraitAltEn: person?.portraitAlt?.en ?? "",
    portraitFocalX: person?.portraitFocalX ?? 0.5,
    portraitFocalY: person?.portraitFocalY ?? 0.5,
  };
}
