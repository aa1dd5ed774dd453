import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WorkflowBar } from "@/components/editor/workflow-bar";
import { Comments } from "@/components/review/comments";
import { RevisionDiff } from "@/components/studio/revision-diff";
import { getSiteSettings } from "@/modules/site";
import { questionsOf } from "@/lib/content/text";
import { commentThreads, workflowView } from "@/modules/workflow";
import { interviewVersionsPage } from "../guard";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.review"))("metaTitle") };
}

/**
 * The reviewer's screen: the newest version exactly as the public page will render it, what
 * changed against the published version, the conversation, and approve or request changes.
 */
export default async function ReviewPage({ params }: Params) {
  const page = await interviewVersionsPage(params);
  if ("denied" in page) return page.denied;
  const { user, id, interview, head } = page;
  const [workflow, threads, settings, t] = await Promise.all([
    workflowView(interview, user),
    commentThreads({ interviewId: id }),
    getSiteSettings(),
    getTranslations("studio.review"),
  ]);
  if (!workflow) notFound();
  const { published } = workflow.state;

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/studio/interviews/${id}`}>{t("back", { title: head.title })}</Link>
      </p>
      <h1>{t("title", { title: head.title })}</h1>
      <WorkflowBar target={{ interviewId: id }} head={head.number} view={workflow.view} saved timeZone={settings.timeZone} />
      <div className="review-layout">
        <div className="review-main">
          {published && published.number !== head.number ? (
            <section className="panel" aria-labelledby="review-diff-heading">
              <h2 id="review-diff-heading">{t("diffTitle", { from: published.number, to: head.number })}</h2>
              <RevisionDiff before={published} after={head} />
            </section>
          ) : (
            <p className="muted">{published ? t("unchanged") : t("firstVersion")}</p>
          )}
          <section className="panel review-render" aria-labelledby="review-render-heading">
            <h2 id="review-render-heading">{t("renderTitle", { number: head.number })}</h2>
            {/* The page itself, framed: exactly what the public will see, at its own width. */}
            <iframe className="review-frame" src={`/studio/preview/${id}?version=${head.number}`} title={t("frameTitle", { title: head.title })} />
          </section>
        </div>
        <aside className="review-side panel" aria-label={t("side")}>
          <Comments threads={threads} questions={questionsOf(head.body)} target={{ interviewId: id }} timeZone={settings.timeZone} />
        </aside>
      </div>
    </>
  );
}
