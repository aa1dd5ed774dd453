import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { PageHead } from "@/components/studio/page-head";
import { StudioTable } from "@/components/studio/studio-table";
import { listPeopleOverview, fullName } from "@/modules/people";
import { requireUser } from "@/modules/accounts/request";
import { yearOf } from "@/lib/dates";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("people") };
}

/** The people interviews are about: who they are, where they work, how many stories they tell. */
export default async function PeoplePage() {
  const user = await requireUser();
  if (!can(user, "people.manage")) return <Forbidden what="people" />;
  const [people, t, locale] = await Promise.all([listPeopleOverview(), getTranslations("studio.people"), studioLocale()]);
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} create={{ href: "/studio/people/new", label: t("new") }} />
      {people.length === 0 ? (
        <p className="panel">{t("empty")}</p>
      ) : (
        <StudioTable label={t("table")} columns={[t("name"), t("department"), t("location"), t("since"), t("interviews")]}>
          {people.map((person) => (
            <tr key={person.id}>
              <th scope="row">
                <span className="person-cell">
                  {person.portraitKey ? (
                    // A small thumbnail from the media route; next/image would add nothing at 40 px.
                    // eslint-disable-next-line @next/next/no-img-element
                    <img
                      src={`/api/media/${person.portraitKey}`}
                      alt=""
                      width={40}
                      height={40}
                      className="person-thumb"
                      style={{ objectPosition: `${person.portraitFocalX * 100}% ${person.portraitFocalY * 100}%` }}
                    />
                  ) : (
                    <span className="person-thumb person-thumb-empty" aria-hidden="true" />
                  )}
                  <span>
                    <Link href={`/studio/people/${person.id}`}>{fullName(person)}</Link>
                    <span className="cell-note muted">
                      {localized(person.jobTitle, locale)}
                      {person.active ? "" : ` · ${t("left")}`}
                    </span>
                  </span>
                </span>
              </th>
              <td>{localized(person.departmentName, locale) || "–"}</td>
              <td>{localized(person.locationName, locale) || "–"}</td>
              <td>{yearOf(person.startDate) ?? "–"}</td>
              <td>{person.interviews}</td>
            </tr>
          ))}
        </StudioTable>
      )}
    </>
  );
}
