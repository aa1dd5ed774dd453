import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAsset } from "@/modules/media";
import { getPerson, personFormValues, savePersonSpec } from "@/modules/people";
import { departments, locations } from "@/modules/taxonomy";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { Forbidden } from "@/components/studio/forbidden";
import { PersonForm } from "@/components/studio/person-form";

/** A person's form, new (`id` null) or saved: the body of both routes (it reads the database, so it lives with them, not in components/). */
export async function PersonPage({ id, justCreated = false }: { id: string | null; justCreated?: boolean }) {
  const user = await requireUser();
  if (!can(user, "people.manage")) return <Forbidden what="people" />;
  const person = id ? await getPerson(id) : null;
  if (id && !person) notFound();
  const [allDepartments, allLocations, portrait, t, locale] = await Promise.all([
    departments.list(),
    locations.list(),
    person?.portraitAssetId ? getAsset(person.portraitAssetId) : null,
    getTranslations("studio.people"),
    studioLocale(),
  ]);
  const option = (row: { id: string; name: Record<string, string> }) => ({ id: row.id, name: localized(row.name, locale) });
  return (
    <>
      <p className="breadcrumb">
        <Link href="/studio/people">{t("back")}</Link>
      </p>
      <h1>{person ? person.displayName : t("newTitle")}</h1>
      <PersonForm
        initial={personFormValues(person)}
        limits={fieldLimits(savePersonSpec.input)}
        portrait={portrait && { id: portrait.id, src: `/api/media/${portrait.storageKey}`, width: portrait.width, height: portrait.height }}
        departments={allDepartments.map(option)}
        locations={allLocations.map(option)}
        justCreated={justCreated}
      />
    </>
  );
}
