import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { saveTopic } from "@/modules/universes/actions";
import { ArchiveOrDelete } from "@/components/studio/archive-or-delete";
import { EntryPage } from "@/components/studio/entry-page";
import { guardedEntryPage } from "@/app/studio/guarded-page";
import { getSiteSettings } from "@/modules/site";
import { topics } from "@/modules/taxonomy";
import { saveTopicSpec, storyCounts } from "@/modules/universes";
import { fieldLimits } from "@/lib/forms/limits";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("topicTitle") };
}

/** A topic: its title, the question every universe answers, an optional closing line; "neu" adds one. */
export default async function TopicFormPage({ params }: Params) {
  const page = await guardedEntryPage(params, "taxonomy.manage", "taxonomy", (id) => topics.getById(id));
  if ("denied" in page) return page.denied;
  const entry = page.found.entry;
  const [t, stories, settings] = await Promise.all([getTranslations("studio.universes"), entry ? storyCounts("topic", entry.id) : null, getSiteSettings()]);
  return (
    <EntryPage
      back={{ href: "/studio/universes", label: t("back") }}
      heading={entry ? t("editTopic", { title: entry.title.de ?? "" }) : t("newTopic")}
      id={entry?.id ?? null}
      action={saveTopic}
      limits={fieldLimits(saveTopicSpec.input)}
      submit={t("save")}
      done="/studio/universes"
      footer={
        entry && stories ? (
          <ArchiveOrDelete kind="topic" id={entry.id} archivedAt={entry.archivedAt?.toISOString() ?? null} stories={stories} timeZone={settings.timeZone} />
        ) : null
      }
      fields={[
        { name: "titleDe", label: t("fields.titleDe"), value: entry?.title.de ?? "" },
        { name: "titleEn", label: t("fields.titleEn"), value: entry?.title.en ?? "", lang: "en" },
        { name: "framingDe", label: t("fields.framingDe"), hint: t("fields.framingHint"), value: entry?.framing.de ?? "", multiline: true },
        { name: "framingEn", label: t("fields.framingEn"), value: entry?.framing.en ?? "", multiline: true, lang: "en" },
        { name: "closingDe", label: t("fields.closingDe"), hint: t("fields.closingHint"), value: entry?.closingLine?.de ?? "", multiline: true },
        { name: "closingEn", label: t("fields.closingEn"), value: entry?.closingLine?.en ?? "", multiline: true, lang: "en" },
        { name: "position", label: t("fields.position"), hint: t("fields.positionHint"), value: String(entry?.position ?? 0), type: "number" },
        { name: "slug", label: t("fields.slug"), hint: t("fields.slugHint"), value: entry?.slug ?? "" },
      ]}
    />
  );
}
