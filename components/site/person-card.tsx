import { getTranslations } from "next-intl/server";
import type { InterviewDetail } from "@/modules/public-site";
import { yearOf } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs } from "@/lib/i18n/paths";
import { Portrait } from "./portrait";
import { fullName } from "@/modules/people";

export async function PersonCard({ interview, locale }: { interview: InterviewDetail; locale: string }) {
  const t = await getTranslations({ locale, namespace: "interview" });
  const { person, department, location } = interview;
  const since = yearOf(person.startDate);
  return (
    <aside className="person-card" aria-label={t("person")}>
      <Portrait portrait={interview.portrait} locale={locale} sizes="(min-width: 900px) 300px, 60vw" className="person-portrait" priority />
      <div className="person-details">
        <p className="person-name">{fullName(person)}</p>
        <p className="person-role">{localized(person.jobTitle, locale)}</p>
        <dl>
          {department ? (
            <div>
              <dt>{t("department")}</dt>
              <dd>
                <Link href={hrefs.department(department.slug)} locale={locale}>
                  {localized(department.name, locale)}
                </Link>
              </dd>
            </div>
          ) : null}
          {location ? (
            <div>
              <dt>{t("office")}</dt>
              <dd>{localized(location.name, locale)}</dd>
            </div>
          ) : null}
        </dl>
        {since ? <p className="person-since">{t("withUsSince", { year: since })}</p> : null}
      </div>
    </aside>
  );
}
