import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { saveUniverse } from "@/modules/universes/actions";
import { guardedEntryPage } from "@/app/studio/guarded-page";
import { getAsset } from "@/modules/media";
import { universes } from "@/modules/taxonomy";
import { saveUniverseSpec, UNIVERSE_ICONS } from "@/modules/universes";
import { fieldLimits } from "@/lib/forms/limits";
import { StoryHolderPage } from "../../story-holder-page";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("universeTitle") };
}

/** A work universe's name, description, colour, icon, picture and place in the order; "neu" adds one; archive or delete. */
export default async function UniverseFormPage({ params }: Params) {
  const page = await guardedEntryPage(params, "taxonomy.manage", "taxonomy", (id) => universes.getById(id));
  if ("denied" in page) return page.denied;
  const entry = page.found.entry;
  const image = entry?.imageAssetId ? await getAsset(entry.imageAssetId) : null;
  const t = await getTranslations("studio.universes");
  return (
    <StoryHolderPage
      kind="universe"
      entry={entry}
      heading={entry ? t("editUniverse", { name: entry.name.de ?? "" }) : t("newUniverse")}
      action={saveUniverse}
      limits={fieldLimits(saveUniverseSpec.input)}
      fields={[
        { name: "nameDe", label: t("fields.nameDe"), value: entry?.name.de ?? "" },
        { name: "nameEn", label: t("fields.nameEn"), value: entry?.name.en ?? "", lang: "en" },
        { name: "descriptionDe", label: t("fields.descriptionDe"), value: entry?.description.de ?? "", multiline: true },
        { name: "descriptionEn", label: t("fields.descriptionEn"), value: entry?.description.en ?? "", multiline: true, lang: "en" },
        { name: "color", label: t("fields.color"), value: entry?.color ?? "#2f6f5e", type: "color" },
        {
          name: "icon",
          label: t("fields.icon"),
          value: entry?.icon ?? "",
          options: [{ id: "", name: t("icons.none") }, ...UNIVERSE_ICONS.map((icon) => ({ id: icon, name: t(`icons.${icon}`) }))],
        },
        {
          name: "imageAssetId",
          label: t("fields.image"),
          hint: t("fields.imageHint"),
          value: entry?.imageAssetId ?? "",
          image: {
            purpose: "universe",
            initial: image && { id: image.id, src: `/api/media/${image.storageKey}` },
            texts: { preview: t("imageTexts.preview"), empty: t("imageTexts.empty"), remove: t("imageTexts.remove"), uploading: t("imageTexts.uploading") },
          },
        },
      ]}
    />
  );
}
