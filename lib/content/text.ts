import { nodeText, type AnyNode } from "./node-text";
import type { TiptapDoc } from "./schema";

/**
 * Plain-text views of a document: for search, reading time and the list of questions.
 * They walk the JSON loosely, so they also work on documents that fail validation.
 */

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
