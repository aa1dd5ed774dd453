/** Departments, offices and series: localized names and addresses, managed in the studio. */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { departments, locations, seriesTable } from "./queries/taxonomy";
import { reassign, removeEntry, usageOf, type TaxonomyKind } from "./queries/usage";
import { actionSpec } from "@/lib/action";
import { taxonomyChangeTags } from "@/lib/cache/tags";
import { ENTRY_GONE, UserFacingError, notFound } from "@/lib/errors";
import { bilingualText, optionalHttpUrl, optionalId, optionalSlug, optionalText, SLUG_TAKEN } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { bothLanguages } from "@/lib/i18n/localized";
import { slugFor } from "@/lib/slugs";

export const TAXONOMY_KINDS = ["departments", "locations", "series"] as const satisfies readonly TaxonomyKind[];

const TABLES = { departments, locations, series: seriesTable };

const SaveInput = z.object({
  kind: z.enum(TAXONOMY_KINDS),
  id: optionalId,
  ...bilingualText("name", { de: "Der Name", en: "The name" }, 80),
  slug: optionalSlug,
  jobsUrl: optionalHttpUrl.optional(),
  descriptionDe: optionalText({ de: "Die Beschreibung", en: "The description" }, 500).optional(),
  descriptionEn: optionalText({ de: "Die Beschreibung", en: "The description" }, 500).optional(),
});

/** Creates or renames an entry; its address (slug) follows the German name unless one is given. */
export const saveTaxonomySpec = actionSpec({
  name: "taxonomy.save",
  input: SaveInput,
  permission: "taxonomy.manage",
  run: async (input, { user, tx }) => {
    const table = TABLES[input.kind];
    const slug = input.slug || slugFor(input.nameDe);
    const holder = await table.getBySlug(slug, tx);
    if (holder && holder.id !== input.id) throw new UserFacingError(SLUG_TAKEN, "slug");
    const name = bothLanguages(input.nameDe, input.nameEn);
    const extra =
      input.kind === "departments"
        ? { jobsUrl: input.jobsUrl ?? null }
        : input.kind === "series"
          ? { description: bothLanguages(input.descriptionDe ?? "", input.descriptionEn ?? "") }
          : {};
    const values = { slug, name, ...extra };
    const row = input.id ? await table.update(input.id, values as never, tx) : await table.create(values as never, tx);
    if (!row) throw notFound(ENTRY_GONE);
    await audit(
      { actorUserId: user.id, action: input.id ? "taxonomy.update" : "taxonomy.create", entityType: input.kind, entityId: row.id, details: { slug } },
      tx,
    );
    return { id: row.id, slug };
  },
  revalidates: () => taxonomyChangeTags(),
});

export const IN_USE = msg(
  "Dieser Eintrag wird noch verwendet. Wähle, wohin seine Personen, Interviews und Stellen wechseln, dann lässt er sich löschen.",
  "This entry is still in use. Choose where its people, interviews and jobs move to; then it can be deleted.",
);

/** Deletes an entry; what still refers to it moves to `moveTo` first (required when it is in use). */
export const deleteTaxonomySpec = actionSpec({
  name: "taxonomy.delete",
  input: z.object({
    kind: z.enum(TAXONOMY_KINDS),
    id: z.string().min(1).max(64),
    moveTo: optionalId,
  }),
  permission: "taxonomy.manage",
  run: async ({ kind, id, moveTo }, { user, tx }) => {
    const table = TABLES[kind];
    if (!(await table.getById(id, tx))) throw notFound(ENTRY_GONE);
    const usage = await usageOf(kind, id, tx);
    if (Object.keys(usage).length > 0) {
      if (!moveTo || moveTo === id) throw new UserFacingError(IN_USE, "moveTo");
      if (!(await table.getById(moveTo, tx))) throw new UserFacingError(ENTRY_GONE, "moveTo");
      await reassign(kind, id, moveTo, tx);
    }
    await removeEntry(kind, id, tx);
    await audit({ actorUserId: user.id, action: "taxonomy.delete", entityType: kind, entityId: id, details: { movedTo: moveTo } }, tx);
    return { deleted: id };
  },
  revalidates: () => taxonomyChangeTags(),
});
