import type { ThreadView } from "@/components/review/comments";
import type { ChosenImage } from "@/components/studio/image-field";
import type { WorkflowView } from "@/modules/workflow";
import type { BankQuestion } from "./bank-question-dialog";
import type { DraftValues } from "./draft-types";
import type { PreviewLinksPanel } from "./preview-links-section";
import type { TimelineItem } from "./review-timeline";
import type { Option, Translation } from "./settings-panel";

/** What the page gives the interview editor. */
export type InterviewEditorProps = {
  interviewId: string;
  head: number;
  savedAt: string;
  values: DraftValues;
  editable: boolean;
  published: boolean;
  people: Option[];
  series: Option[];
  translations: Translation[];
  socialImage: ChosenImage | null;
  workflow: WorkflowView;
  /** Whether the featured person consented to the newest revision. */
  consent: boolean;
  timeline: TimelineItem[];
  comments: ThreadView[];
  previewLinks: PreviewLinksPanel;
  /** The whole question bank; the dialog offers what fits the interview's language and series. */
  bank: BankQuestion[];
  pathPrefixes: Record<string, string>;
  timeZone: string;
};
