import type { InterviewDetail } from "@/modules/public-site";
import { InterviewArticle } from "./interview-article";
import { SitePreview, type PreviewFrame } from "./site-preview";

/** A not-yet-public interview as its page will look (see SitePreview). */
export function InterviewPreview({ interview, ...frame }: PreviewFrame & { interview: InterviewDetail }) {
  return (
    <SitePreview
      {...frame}
      locale={interview.locale}
      main={<InterviewArticle interview={interview} locale={interview.locale} settings={frame.settings} translations={[]} more={[]} />}
    />
  );
}
