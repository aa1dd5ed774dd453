import { newBlockId } from "./extensions";
import type { BlockNode, QuestionAnswerNode, TiptapDoc } from "./schema";
import { nodeText } from "./node-text";

/**
 * Turns an imported text (a .docx, Markdown or plain text, already converted to blocks)
 * into question-and-answer blocks: a short paragraph or heading that ends with "?" is a
 * question, and the blocks after it, up to the next question, are its answer. Whatever
 * comes before the first question stays as the introduction. "F:"/"Frage:"/"Q:" before a
 * question and "A:"/"Antwort:" before an answer are interview transcript habits and go.
 * The author fixes what the guess got wrong in the editor.
 */

const MAX_QUESTION_LENGTH = 300;
const QUESTION_PREFIX = /^\s*(?:f|frage|q|question)\s*\d*\s*[:.)]\s*/i;
const ANSWER_PREFIX = /^\s*(?:a|antwort|answer)\s*[:.)]\s*/i;
// The question mark may be followed by closing quotes or brackets: „Warum?“ (Why?)
const ENDS_WITH_QUESTION = /\?\s*["'“”‘’»«)\]]*\s*$/;

type TopLevel = TiptapDoc["content"][number];
type Inline = NonNullable<Extract<BlockNode, { type: "paragraph" }>["content"]>[number];

function isQuestion(node: TopLevel): boolean {
  if (node.type !== "paragraph" && node.type !== "heading") return false;
  const text = nodeText(node).replace(QUESTION_PREFIX, "");
  return text.length > 1 && text.length <= MAX_QUESTION_LENGTH && ENDS_WITH_QUESTION.test(text);
}

/** Drops a transcript prefix ("A: ") from the start of a paragraph's first text. */
function withoutPrefix(node: BlockNode, prefix: RegExp): BlockNode {
  if (node.type !== "paragraph" || !node.content?.length) return node;
  const [first, ...rest] = node.content;
  if (first?.type !== "text" || !prefix.test(first.text)) return node;
  const text = first.text.replace(prefix, "");
  const content: Inline[] = text ? [{ ...first, text }, ...rest] : rest;
  return { ...node, content };
}

function questionBlock(question: TopLevel, answer: BlockNode[]): QuestionAnswerNode {
  const text = nodeText(question).replace(QUESTION_PREFIX, "").trim();
  const [first, ...rest] = answer;
  return {
    type: "questionAnswer",
    attrs: { id: newBlockId() },
    content: [
      { type: "question", content: text ? [{ type: "text", text }] : [] },
      { type: "answer", content: first ? [withoutPrefix(first, ANSWER_PREFIX), ...rest] : [{ type: "paragraph" }] },
    ],
  };
}

export function structureQuestions(doc: TiptapDoc): TiptapDoc {
  const out: TopLevel[] = [];
  let question: TopLevel | null = null;
  let answer: BlockNode[] = [];
  const flush = () => {
    if (question) out.push(questionBlock(question, answer));
    question = null;
    answer = [];
  };
  for (const node of doc.content) {
    if (node.type === "questionAnswer") {
      flush();
      out.push(node);
    } else if (isQuestion(node)) {
      flush();
      question = node;
    } else if (question) {
      answer.push(node);
    } else {
      out.push(node);
    }
  }
  flush();
  return { type: "doc", content: out };
}
