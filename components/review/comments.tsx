"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { guestComment, addComment, addStoryComment } from "@/modules/workflow/actions";
import { Field, FormError, SelectField, TextAreaField } from "@/components/studio/field";
import { formatDateTime } from "@/lib/dates";
import "./comments.css";

export type CommentView = { id: string; message: string | null; who: string | null; guest: boolean; createdAt: string; anchorBlockId: string | null };
export type ThreadView = { root: CommentView; replies: CommentView[] };
export type QuestionOption = { id: string; question: string };
/** Who writes about what: a signed-in studio user on an interview or a story, or the holder of a preview link (under a name they give). */
export type CommentTarget = { interviewId: string } | { storyId: string } | { token: string };

function CommentForm({ target, questions, parentId, onDone }: { target: CommentTarget; questions: QuestionOption[]; parentId?: string; onDone: () => void }) {
  const t = useTranslations("comments");
  const router = useRouter();
  const ids = useId();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const guest = "token" in target;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const fields = { message: String(data.get("message") ?? ""), anchorBlockId: String(data.get("anchorBlockId") ?? ""), parentId: parentId ?? "" };
    start(async () => {
      const result =
        "token" in target
          ? await guestComment({ ...fields, token: target.token, name: String(data.get("name") ?? "") })
          : "storyId" in target
            ? await addStoryComment({ ...fields, storyId: target.storyId })
            : await addComment({ ...fields, interviewId: target.interviewId });
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      setError(result.ok || result.fieldErrors ? null : result.error);
      if (!result.ok) return;
      form.reset();
      onDone();
      router.refresh();
    });
  }

  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {guest ? <Field id={`${ids}-name`} name="name" label={t("name")} autoComplete="name" maxLength={80} errors={fieldErrors.name} /> : null}
      {!parentId && questions.length ? (
        <SelectField id={`${ids}-anchor`} name="anchorBlockId" label={t("anchor")} errors={fieldErrors.anchorBlockId} defaultValue="">
          <option value="">{t("storyId" in target ? "wholeStory" : "wholeInterview")}</option>
          {questions.map((question) => (
            <option key={question.id} value={question.id}>
              {question.question}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField
        id={`${ids}-message`}
        name="message"
        label={parentId ? t("replyLabel") : t("messageLabel")}
        rows={3}
        maxLength={4000}
        errors={fieldErrors.message}
      />
      <FormError message={error} />
      <div className="form-actions">
        <button type="submit" className="button button-small" disabled={pending}>
          {parentId ? t("sendReply") : t("send")}
        </button>
      </div>
    </form>
  );
}

function Comment({ comment, timeZone }: { comment: CommentView; timeZone: string }) {
  const t = useTranslations("comments");
  const locale = useLocale();
  return (
    <div className="comment">
      <p className="comment-head">
        <strong>{comment.who ?? t("unknown")}</strong>
        {comment.guest ? <span className="muted"> ({t("viaLink")})</span> : null} ·{" "}
        <time dateTime={comment.createdAt}>{formatDateTime(new Date(comment.createdAt), locale, timeZone)}</time>
      </p>
      <p className="comment-message">{comment.message}</p>
    </div>
  );
}

/**
 * The review conversation: threads on the whole interview or on one question, answered in
 * place, and a form for a new one. The same component serves the studio and preview links.
 */
export function Comments({
  threads,
  questions,
  target,
  timeZone,
  level = 2,
}: {
  threads: ThreadView[];
  questions: QuestionOption[];
  target: CommentTarget;
  timeZone: string;
  level?: 2 | 3;
}) {
  const t = useTranslations("comments");
  const headingId = useId();
  const [replying, setReplying] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const Heading = level === 2 ? "h2" : "h3";
  const questionOf = (id: string | null) => questions.find((question) => question.id === id)?.question;

  return (
    <section className="comments" aria-labelledby={headingId}>
      <Heading id={headingId}>{t("title")}</Heading>
      {threads.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <ol role="list" className="comment-threads">
        {threads.map(({ root, replies }) => (
          <li key={root.id} className="comment-thread">
            <p className="comment-anchor">
              {root.anchorBlockId
                ? t("onQuestion", { question: questionOf(root.anchorBlockId) ?? t("removedQuestion") })
                : t("storyId" in target ? "onStory" : "onInterview")}
            </p>
            <Comment comment={root} timeZone={timeZone} />
            {replies.length ? (
              <ol role="list" className="comment-replies" aria-label={t("replies")}>
                {replies.map((reply) => (
                  <li key={reply.id}>
                    <Comment comment={reply} timeZone={timeZone} />
                  </li>
                ))}
              </ol>
            ) : null}
            {replying === root.id ? (
              <CommentForm
                target={target}
                questions={questions}
                parentId={root.id}
                onDone={() => {
                  setReplying(null);
                  setNotice(t("saved"));
                }}
              />
            ) : (
              <button
                type="button"
                className="button button-small button-secondary"
                aria-label={t("replyTo", { name: root.who ?? t("unknown") })}
                onClick={() => setReplying(root.id)}
              >
                {t("reply")}
              </button>
            )}
          </li>
        ))}
      </ol>
      <CommentForm target={target} questions={questions} onDone={() => setNotice(t("saved"))} />
      <p role="status" className="comment-notice">
        {notice}
      </p>
    </section>
  );
}
