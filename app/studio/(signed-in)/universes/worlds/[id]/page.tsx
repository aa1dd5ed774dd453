import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { saveUniverse } from "@/app/studio/actions/universes";
import { EntryPage } from "@/components/studio/entry-page";
import { Forbidden } from "@/components/studio/forbidden";
import { universes } from "@/db/queries/taxonomy";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { UNIVERSE_ICONS } from "@/lib/universes/icons";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.universes"))("universeTitle") };
}

/** A work universe's name, description, colour and place in the order; "neu" adds one. */
export default async function UniverseFormPage({ params }: Params) {
  const user = await requireUser();
  if (!can(user, "taxonomy.manage")) return <Forbidden what="taxonomy" />;
  const { id } = await params;
  const entry = id === "neu" ? null : await universes.getById(id);
  if (id !== "neu" && !entry) notFound();
  const t = await getTranslations("studio.universes");
  return (
    <EntryPage
      back={{ href: "/studio/universes", label: t("back") }}
      heading={entry ? t("editUniverse", { name: entry.name.de ?? "" }) : t("newUniverse")}
      id={entry?.id ?? null}
      action={saveUniverse}
      submit={t("save")}
      done="/studio/universes"
      fields={[
        { name: "nameDe", label: t("fields.nameDe"), value: entry?.name.de ?? "", max: 80 },
        { name: "nameEn", label: t("fields.nameEn"), value: entry?.name.en ?? "", max: 80, lang: "en" },
        { name: "descriptionDe", label: t("fields.descriptionDe"), value: entry?.description.de ?? "", max: 400, multiline: true },
        { name: "descriptionEn", label: t("fields.descriptionEn"), value: entry?.description.en ?? "", max: 400, multiline: true, lang: "en" },
        { name: "color", label: t("fields.color"), value: entry?.color ?? "#2f6f5e", type: "color" },
        { name: "icon", label: t("fields.icon"), value: entry?.icon ?? "", options: [{ id: "", name: t("icons.none") }, ...UNIVERSE_ICONS.map((icon) => ({ id: icon, name: t(`icons.${icon}`) }))] },
        { name: "position", label: t("fields.position"), hint: t("fields.positionHint"), value: String(entry?.position ?? 0), type: "number" },
        { name: "slug", label: t("fields.slug"), hint: t("fields.slugHint"), value: entry?.slug ?? "", max: 80 },
      ]}
    />
  );
}
