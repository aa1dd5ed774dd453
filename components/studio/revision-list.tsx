import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RestoreButton } from "@/components/editor/restore-button";
import type { RevisionSummary } from "@/modules/interviews";
import { formatDateTime } from "@/lib/dates";
import { StudioTable } from "./studio-table";

type Props = {
  interviewId: string;
  /** Newest first. */
  revisions: RevisionSummary[];
  /** The number of the newest version. */
  head: number;
  /** The versions the comparison's radio buttons start on. */
  compare: { from: number | undefined; to: number };
  canEdit: boolean;
  locale: string;
  timeZone: string;
};

/** A version's radio button for one end of the comparison (the form sends its column's pick as `name`). */
function CompareCell({ name, number, picked, label }: { name: "von" | "bis"; number: number; picked: number | undefined; label: string }) {
  return (
    <td>
      <input type="radio" name={name} value={number} defaultChecked={number === picked} aria-label={label} />
    </td>
  );
}

/**
 * An interview's kept versions as a GET form: each with author and time, a link to read it
 * and (for editors) to restore it; two picked to compare word by word.
 */
export async function RevisionList({ interviewId, revisions, head, compare, canEdit, locale, timeZone }: Props) {
  const t = await getTranslations("studio.revisions");
  const when = (date: Date) => formatDateTime(date, locale, timeZone);
  return (
    <form className="panel" action={`/studio/interviews/${interviewId}/revisions`} method="get" aria-labelledby="list-heading">
      <h2 id="list-heading">{t("listTitle")}</h2>
      <StudioTable label={t("listTitle")} columns={[t("version"), t("from"), t("to"), t("when"), t("author"), t("actions")]}>
        {revisions.map((revision) => (
          <tr key={revision.id}>
            <th scope="row">
              {t("number", { number: revision.number })}
              <span className="cell-note muted">
                {t(`kinds.${revision.kind}`)}
                {revision.number === head ? ` · ${t("current")}` : ""}
              </span>
            </th>
            <CompareCell name="von" number={revision.number} picked={compare.from} label={t("fromLabel", { number: revision.number })} />
            <CompareCell name="bis" number={revision.number} picked={compare.to} label={t("toLabel", { number: revision.number })} />
            <td>
              <time dateTime={revision.createdAt.toISOString()}>{when(revision.createdAt)}</time>
            </td>
            <td>{revision.authorName ?? t("unknownAuthor")}</td>
            <td>
              <div className="revision-actions">
                <Link href={`/studio/interviews/${interviewId}/revisions?ansehen=${revision.number}`} aria-label={t("viewLabel", { number: revision.number })}>
                  {t("view")}
                </Link>
                {canEdit && revision.number !== head ? <RestoreButton interviewId={interviewId} number={revision.number} head={head} /> : null}
              </div>
            </td>
          </tr>
        ))}
      </StudioTable>
      {revisions.length > 1 ? (
        <div className="form-actions">
          <button type="submit" className="button button-secondary">
            {t("compare")}
          </button>
        </div>
      ) : null}
    </form>
  );
}
