"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { questionsOf } from "@/lib/content/text";
import { Comments } from "@/components/review/comments";
import { ConsentSection } from "./consent-section";
import type { DraftValues } from "./draft-types";
import type { InterviewEditorProps } from "./interview-editor-props";
import { PreviewLinksSection } from "./preview-links-section";
import { PreviewPanel } from "./preview-panel";
import { ReviewTimeline } from "./review-timeline";
import { SettingsPanel } from "./settings-panel";
import { SideTabs, type SideTab } from "./side-tabs";
import { useCreateTranslation } from "./use-create-translation";

/**
 * Beside the text: its settings, a live preview, or comments and preview links, one tab at a
 * time. `values` is the draft as typed.
 */
export function EditorSide(
  props: InterviewEditorProps & {
    errors: Record<string, string[]>;
    onChange: (patch: Partial<DraftValues>) => void;
    onNotice: (notice: string) => void;
  },
) {
  const { interviewId, values, editable, people, timeZone, onChange } = props;
  const t = useTranslations("studio.editor");
  const [tab, setTab] = useState<SideTab>("settings");
  // Kept here rather than in the settings tab, so that switching tabs forgets neither.
  const [socialImage, setSocialImage] = useState(props.socialImage);
  const { translate, translating } = useCreateTranslation(interviewId, props.onNotice);
  const personName = people.find((person) => person.id === values.personId)?.name ?? "";

  return (
    <aside className="editor-side" aria-label={t("side")}>
      <SideTabs label={t("side")} tab={tab} onTab={setTab} />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === "settings" ? (
          <SettingsPanel
            values={values}
            errors={props.errors}
            editable={editable}
            published={props.published}
            people={people}
            series={props.series}
            translations={props.translations}
            pathPrefix={(locale) => props.pathPrefixes[locale] ?? `/${locale}/`}
            onChange={onChange}
            onTranslate={translate}
            translating={translating}
            consent={
              <>
                <ConsentSection interviewId={interviewId} consent={props.consent} editable={editable} />
                <ReviewTimeline items={props.timeline} timeZone={timeZone} />
              </>
            }
            socialImage={socialImage}
            onSocialImage={(image) => {
              setSocialImage(image);
              onChange({ socialImageAssetId: image?.id ?? null });
            }}
          />
        ) : tab === "preview" ? (
          <PreviewPanel values={values} personName={personName} fullPreviewHref={`/studio/preview/${interviewId}`} />
        ) : (
          <>
            <Comments threads={props.comments} questions={questionsOf(values.body)} target={{ interviewId }} timeZone={timeZone} level={3} />
            {editable ? <PreviewLinksSection target={{ interviewId }} head={props.head} panel={props.previewLinks} timeZone={timeZone} /> : null}
          </>
        )}
      </div>
    </aside>
  );
}
