import type { BlockNode, QuestionAnswerNode, TiptapDoc } from "@/lib/content/schema";

/** Small builders that keep the demo content readable as text. */

type Inline = { type: "text"; text: string; marks?: ({ type: "bold" } | { type: "italic" })[] };

/** A paragraph; `*word*` marks emphasis. */
export function p(text: string): BlockNode {
  const content: Inline[] = text
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((part) =>
      part.startsWith("*") && part.endsWith("*") ? { type: "text", text: part.slice(1, -1), marks: [{ type: "italic" }] } : { type: "text", text: part },
    );
  return { type: "paragraph", content };
}

export function quote(text: string, attribution?: string): BlockNode {
  return { type: "pullQuote", attrs: { attribution: attribution ?? null }, content: [{ type: "text", text }] };
}

export function list(...items: string[]): BlockNode {
  return { type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [p(item)] })) };
}

let counter = 0;

/** A question with its answer; answer strings become paragraphs. An empty answer stays empty. */
export function qa(question: string, ...answer: (string | BlockNode)[]): QuestionAnswerNode {
  counter += 1;
  return {
    type: "questionAnswer",
    attrs: { id: `qa-${counter.toString(36)}` },
    content: [
      { type: "question", content: [{ type: "text", text: question }] },
      { type: "answer", content: answer.map((part) => (typeof part === "string" ? p(part) : part)) },
    ],
  };
}

export function doc(...content: (QuestionAnswerNode | BlockNode)[]): TiptapDoc {
  return { type: "doc", content };
}
