import { getTranslations } from "next-intl/server";
import type { RevisionContent } from "@/modules/interviews";
import { textDiff } from "@/modules/interviews";

/** Two versions compared word by word: removed words struck through, added ones marked. */
export async function RevisionDiff({ before, after }: { before: RevisionContent; after: RevisionContent }) {
  const t = await getTranslations("studio.revisions");
  const parts = textDiff(before, after, { title: t("diffTitle"), teaser: t("diffTeaser"), question: t("diffQuestion"), answer: t("diffAnswer") });
  if (parts.every((part) => part.change === null)) return <p>{t("noChanges")}</p>;
  return (
    <>
      <p className="muted diff-legend">
        <del>{t("removed")}</del> <ins>{t("added")}</ins>
      </p>
      <div className="diff">
        {parts.map((part, index) =>
          // Screen readers do not announce <ins>/<del>, so the change is also said in words.
          part.change === "added" ? (
            <ins key={index}>
              <span className="visually-hidden">[{t("added")}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          ) : part.change === "removed" ? (
            <del key={index}>
              <span className="visually-hidden">[{t("removed")}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </div>
    </>
  );
}
