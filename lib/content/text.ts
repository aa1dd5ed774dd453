import type { TiptapDoc } from "./schema";

/**
 * Plain-text views of a document: for search, reading time and the list of questions.
 * They walk the JSON loosely, so they also work on documents that fail validation.
 */

type AnyNode = { type?: string; text?: string; content?: AnyNode[] };

function collectText(node: AnyNode, out: string[]): void {
  if (typeof node.text === "string") out.push(node.text);
  if (node.type === "hardBreak") out.push(" ");
  for (const child of node.content ?? []) collectText(child, out);
  // Blocks are separated so words of adjacent paragraphs do not run together.
  if (node.content && node.type !== "text") out.push(" ");
}

export function nodeText(node: AnyNode): string {
  const out: string[] = [];
  collectText(node, out);
  return out.join("").replace(/\s+/g, " ").trim();
}

export function plainText(doc: TiptapDoc | AnyNode): string {
  return nodeText(doc as AnyNode);
}

export type QuestionSummary = { id: string; question: string; answered: boolean };

export function questionsOf(doc: TiptapDoc): QuestionSummary[] {
  return doc.content.flatMap((node) =>
    node.type === "questionAnswer" ? [{ id: node.attrs.id, question: nodeText(node.content[0]), answered: nodeText(node.content[1]) !== "" }] : [],
  );
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}:'’-]*/gu);
  return words ? words.length : 0;
}

/** Minutes to read at about 200 words a minute (a common figure for German prose), rounded up. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / 200));
}
