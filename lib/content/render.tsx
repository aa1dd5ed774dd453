import type { ReactNode } from "react";
import { renderJSONContentToReactElement, type JSONMarkType, type JSONNodeType, type MarkProps, type NodeProps } from "@tiptap/static-renderer/json/react";
import { slugFor } from "@/lib/slugs";
import { isSafeHref, isSafeImageSrc, type TiptapDoc } from "./schema";
import { nodeText } from "./node-text";

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

// Nodes whose output is a fixed element around their children.

const Doc = ({ children }: Props) => <>{children}</>;
const BulletList = ({ children }: Props) => <ul>{children}</ul>;
const ListItem = ({ children }: Props) => <li>{children}</li>;
const Blockquote = ({ children }: Props) => <blockquote>{children}</blockquote>;
const Answer = ({ children }: Props) => <div className="qa-answer">{children}</div>;

// Nodes that read their attributes or content.

const Text = ({ node }: Props) => node.text ?? null;

/** Empty paragraphs are spacing typed in the editor; the page's own rhythm does that. */
const Paragraph = ({ node, children }: Props) => (node.content?.length ? <p>{children}</p> : null);

const Heading = ({ node, children }: Props) => (node.attrs?.level === 3 ? <h3>{children}</h3> : <h2>{children}</h2>);

const OrderedList = ({ node, children }: Props) => <ol start={typeof node.attrs?.start === "number" ? node.attrs.start : undefined}>{children}</ol>;

function PullQuote({ node, children }: Props) {
  const attribution = typeof node.attrs?.attribution === "string" ? node.attrs.attribution : null;
  return (
    <figure className="pull-quote">
      <blockquote>
        <p>{children}</p>
      </blockquote>
      {attribution ? <figcaption>{attribution}</figcaption> : null}
    </figure>
  );
}

function ContentImage({ node }: Props) {
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
}

/** Applicants never see a question that is still waiting for its answer. */
function QuestionAnswer({ node, children }: Props) {
  const answer = node.content?.[1];
  if (!answer || nodeText(answer) === "") return null;
  return <section className="qa">{children}</section>;
}

/** A question's heading carries the document's anchor for it, so it needs the anchors and the link's label. */
function questionHeading(anchors: Map<string, string>, labels: RenderLabels) {
  return function Question({ node, parent }: Props) {
    const anchor = anchors.get(String(parent?.attrs?.id)) ?? "frage";
    return (
      <h2 id={anchor} className="qa-question">
        {nodeText(node)}
        <a href={`#${anchor}`} className="qa-anchor" aria-label={labels.questionLink}>
          #
        </a>
      </h2>
    );
  };
}

/** Every node but the question, which depends on the document (see questionHeading). */
const nodeMapping: Record<string, (props: Props) => ReactNode> = {
  doc: Doc,
  text: Text,
  paragraph: Paragraph,
  hardBreak: () => <br />,
  heading: Heading,
  bulletList: BulletList,
  orderedList: OrderedList,
  listItem: ListItem,
  blockquote: Blockquote,
  horizontalRule: () => <hr />,
  pullQuote: PullQuote,
  image: ContentImage,
  questionAnswer: QuestionAnswer,
  answer: Answer,
};

/** Unsafe links keep their text and lose their href; outside links open in a new tab. */
function LinkMark({ mark, children }: MarkRenderProps) {
  const href = mark.attrs?.href;
  if (!isSafeHref(href)) return <>{children}</>;
  return isExternal(href) ? (
    <a href={href} rel="noopener noreferrer" target="_blank">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  );
}

const markMapping: Record<string, (props: MarkRenderProps) => ReactNode> = {
  bold: ({ children }) => <strong>{children}</strong>,
  italic: ({ children }) => <em>{children}</em>,
  link: LinkMark,
};

function unhandledNode({ node }: Props) {
  logDropped("node", node.type);
  return null;
}

function unhandledMark({ mark, children }: MarkRenderProps) {
  logDropped("mark", mark.type);
  return <>{children}</>;
}

export function RichText({ doc, labels }: { doc: TiptapDoc; labels: RenderLabels }): ReactNode {
  return renderJSONContentToReactElement({
    nodeMapping: { ...nodeMapping, question: questionHeading(questionAnchors(doc), labels) },
    markMapping,
    unhandledNode,
    unhandledMark,
  })({ content: doc });
}
