import type { ReactNode } from "react";
import {
  renderJSONContentToReactElement,
  type JSONMarkType,
  type JSONNodeType,
  type MarkProps,
  type NodeProps,
} from "@tiptap/static-renderer/json/react";
import { slugFor } from "@/lib/slugs";
import { isSafeHref, isSafeImageSrc, type TiptapDoc } from "./schema";
import { nodeText } from "./text";

/**
 * The one renderer of rich text, shared by the public site, previews and the studio.
 * It maps validated Tiptap JSON to React elements (text is escaped by React; there is
 * no raw HTML). It is also defensive about documents that skipped validation: unknown
 * nodes and marks are dropped and logged, unsafe links lose their href, so one bad
 * document can never break a page.
 */

type Props = NodeProps<JSONNodeType, ReactNode | ReactNode[]>;
type MarkRenderProps = MarkProps<JSONMarkType, ReactNode | ReactNode[], JSONNodeType>;

export type RenderLabels = {
  /** Accessible name of a question's anchor link, e.g. "Link zu dieser Frage". */
  questionLink: string;
};

/** Stable, readable anchors from question text (German transliteration), unique per document. */
export function questionAnchors(doc: TiptapDoc): Map<string, string> {
  const anchors = new Map<string, string>();
  const used = new Set<string>();
  for (const node of doc.content) {
    if (node.type !== "questionAnswer") continue;
    const base = slugFor(nodeText(node.content[0]), { max: 60 }) || "frage";
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(node.attrs.id, anchor);
  }
  return anchors;
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

function logDropped(kind: "node" | "mark", type: unknown) {
  console.warn(`[content] dropped unknown ${kind} "${String(type)}"`);
}

export function RichText({ doc, labels }: { doc: TiptapDoc; labels: RenderLabels }): ReactNode {
  const anchors = questionAnchors(doc);

  const nodeMapping: Record<string, (props: Props) => ReactNode> = {
    doc: ({ children }) => <>{children}</>,
    text: ({ node }) => node.text ?? null,
    // Empty paragraphs are spacing typed in the editor; the page's own rhythm does that.
    paragraph: ({ node, children }) => (node.content?.length ? <p>{children}</p> : null),
    hardBreak: () => <br />,
    heading: ({ node, children }) => (node.attrs?.level === 3 ? <h3>{children}</h3> : <h2>{children}</h2>),
    bulletList: ({ children }) => <ul>{children}</ul>,
    orderedList: ({ node, children }) => (
      <ol start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>{children}</ol>
    ),
    listItem: ({ children }) => <li>{children}</li>,
    blockquote: ({ children }) => <blockquote>{children}</blockquote>,
    horizontalRule: () => <hr />,
    pullQuote: ({ node, children }) => {
      const attribution = typeof node.attrs?.attribution === "string" ? node.attrs.attribution : null;
      return (
        <figure className="pull-quote">
          <blockquote>
            <p>{children}</p>
          </blockquote>
          {attribution ? <figcaption>{attribution}</figcaption> : null}
        </figure>
      );
    },
    image: ({ node }) => {
      const { src, alt, caption, width, height } = node.attrs ?? {};
      if (!isSafeImageSrc(src)) return null;
      return (
        <figure className="content-image">
          {/* Body images carry their own dimensions; next/image is for known assets only. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img
            src={src}
            alt={typeof alt === "string" ? alt : ""}
            width={typeof width === "number" ? width : undefined}
            height={typeof height === "number" ? height : undefined}
            loading="lazy"
            decoding="async"
          />
          {typeof caption === "string" && caption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    },
    questionAnswer: ({ node, children }) => {
      // Applicants never see a question that is still waiting for its answer.
      const answer = node.content?.[1];
      if (!answer || nodeText(answer) === "") return null;
      return <section className="qa">{children}</section>;
    },
    question: ({ node, parent }) => {
      const anchor = anchors.get(String(parent?.attrs?.id)) ?? "frage";
      return (
        <h2 id={anchor} className="qa-question">
          {nodeText(node)}
          <a href={`#${anchor}`} className="qa-anchor" aria-label={labels.questionLink}>
            #
          </a>
        </h2>
      );
    },
    answer: ({ children }) => <div className="qa-answer">{children}</div>,
  };

  const markMapping: Record<string, (props: MarkRenderProps) => ReactNode> = {
    bold: ({ children }) => <strong>{children}</strong>,
    italic: ({ children }) => <em>{children}</em>,
    link: ({ mark, children }) => {
      const href = mark.attrs?.href;
      if (!isSafeHref(href)) return <>{children}</>;
      return isExternal(href) ? (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {children}
        </a>
      ) : (
        <a href={href}>{children}</a>
      );
    },
  };

  return renderJSONContentToReactElement({
    nodeMapping,
    markMapping,
    unhandledNode: ({ node }: Props) => {
      logDropped("node", node.type);
      return null;
    },
    unhandledMark: ({ mark, children }) => {
      logDropped("mark", mark.type);
      return <>{children}</>;
    },
  })({ content: doc });
}
