import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { saveTopic } from "@/modules/universes/actions";
import { guardedEntryPage } from "@/app/studio/guarded-page";
import { topics } from "@/modules/taxonomy";
import { saveTopicSpec } from "@/modules/universes";
import { fieldLimits } from "@/lib/forms/limits";
import { StoryHolderPage } from "../../story-holder-page";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("topicTitle") };
}

/** A topic: its title, the question every universe answers, an optional closing line; "neu" adds one. */
export default async function TopicFormPage({ params }: Params) {
  const page = await guardedEntryPage(params, "taxonomy.manage", "taxonomy", (id) => topics.getById(id));
  if ("denied" in page) return page.denied;
  const entry = page.found.entry;
  const t = await getTranslations("studio.universes");
  return (
    <StoryHolderPage
      kind="topic"
      entry={entry}
      heading={entry ? t("editTopic", { title: entry.title.de ?? "" }) : t("newTopic")}
      action={saveTopic}
      limits={fieldLimits(saveTopicSpec.input)}
      fields={[
        { name: "titleDe", label: t("fields.titleDe"), value: entry?.title.de ?? "" },
        { name: "titleEn", label: t("fields.titleEn"), value: entry?.title.en ?? "", lang: "en" },
        { name: "framingDe", label: t("fields.framingDe"), hint: t("fields.framingHint"), value: entry?.framing.de ?? "", multiline: true },
        { name: "framingEn", label: t("fields.framingEn"), value: entry?.framing.en ?? "", multiline: true, lang: "en" },
        { name: "closingDe", label: t("fields.closingDe"), hint: t("fields.closingHint"), value: entry?.closingLine?.de ?? "", multiline: true },
        { name: "closingEn", label: t("fields.closingEn"), value: entry?.closingLine?.en ?? "", multiline: true, lang: "en" },
      ]}
    />
  );
}
