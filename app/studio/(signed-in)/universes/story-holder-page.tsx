import { getTranslations } from "next-intl/server";
import { ArchiveOrDelete } from "@/components/studio/archive-or-delete";
import type { EntryFormProps } from "@/components/studio/entry-form";
import { EntryPage } from "@/components/studio/entry-page";
import { getSiteSettings } from "@/modules/site";
import { storyCounts } from "@/modules/universes";

type Holder = { id: string; archivedAt: Date | null; position: number; slug: string };

/**
 * The form page of a work universe or a topic, new (`entry` null) or existing: back to the
 * universes, its own fields, then its place in the order and its address; once it exists,
 * archiving or deleting it.
 */
export async function StoryHolderPage<I extends { position: unknown; slug?: unknown }>({
  kind,
  entry,
  fields,
  ...form
}: Pick<EntryFormProps<I>, "action" | "limits" | "fields"> & { kind: "universe" | "topic"; entry: Holder | null; heading: string }) {
  const [t, stories, settings] = await Promise.all([getTranslations("studio.universes"), entry ? storyCounts(kind, entry.id) : null, getSiteSettings()]);
  return (
    <EntryPage
      {...form}
      back={{ href: "/studio/universes", label: t("back") }}
      id={entry?.id ?? null}
      submit={t("save")}
      done="/studio/universes"
      footer={
        entry && stories ? (
          <ArchiveOrDelete kind={kind} id={entry.id} archivedAt={entry.archivedAt?.toISOString() ?? null} stories={stories} timeZone={settings.timeZone} />
        ) : null
      }
      fields={[
        ...fields,
        { name: "position", label: t("fields.position"), hint: t("fields.positionHint"), value: String(entry?.position ?? 0), type: "number" },
        { name: "slug", label: t("fields.slug"), hint: t("fields.slugHint"), value: entry?.slug ?? "" },
      ]}
    />
  );
}
