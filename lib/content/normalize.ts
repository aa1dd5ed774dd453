import type { TiptapDoc } from "./schema";

/**
 * The two small differences between what the content schema stores and what the editor
 * holds. The schema lets an answer be empty (a draft's last question may have none yet);
 * the editor needs a paragraph there to type into. The editor always keeps an empty
 * paragraph at the end to write after the last block; stored texts do not.
 */

const EMPTY_PARAGRAPH = { type: "paragraph" } as const;

/** A stored document as the editor can hold it: every answer has a block to type into. */
export function forEditor(doc: TiptapDoc): TiptapDoc {
  const content = doc.content.map((node) =>
    node.type === "questionAnswer" && !node.content[1].content?.length
      ? { ...node, content: [node.content[0], { type: "answer" as const, content: [EMPTY_PARAGRAPH] }] as typeof node.content }
      : node,
  );
  return { type: "doc", content: content.length ? content : [EMPTY_PARAGRAPH] };
}

function isEmptyParagraph(node: TiptapDoc["content"][number]): boolean {
  return node.type === "paragraph" && !node.content?.length;
}

/** The editor's document as it is stored: without the empty paragraphs trailing at its end. */
export function forSave(doc: TiptapDoc): TiptapDoc {
  let end = doc.content.length;
  while (end > 0 && isEmptyParagraph(doc.content[end - 1]!)) end--;
  return { type: "doc", content: doc.content.slice(0, end) };
}
