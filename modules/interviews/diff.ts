import { diffLines, diffWordsWithSpace } from "diff";
import type { RevisionContent } from "./queries/revisions";
import { nodeText } from "@/lib/content/node-text";

/**
 * A readable comparison of two versions of a text: each version written out as lines
 * (title, teaser, then every block, questions marked), compared word by word. Very large
 * or very different texts fall back to a comparison line by line, which stays fast.
 */
export type DiffPart = { text: string; change: "added" | "removed" | null };

type Labels = { title: string; teaser: string; question: string; answer: string };

function lines(content: Pick<RevisionContent, "title" | "teaser" | "body">, labels: Labels): string {
  const out = [`${labels.title}: ${content.title}`, `${labels.teaser}: ${content.teaser}`, ""];
  for (const node of content.body.content) {
    if (node.type === "questionAnswer") {
      out.push(`${labels.question}: ${nodeText(node.content[0])}`);
      for (const block of node.content[1].content ?? []) out.push(nodeText(block));
    } else {
      out.push(nodeText(node));
    }
    out.push("");
  }
  return out.join("\n");
}

// Word by word costs time with the square of the difference; beyond this it goes line by line.
const WORD_DIFF_TIMEOUT_MS = 1500;

export function textDiff(
  before: Pick<RevisionContent, "title" | "teaser" | "body">,
  after: Pick<RevisionContent, "title" | "teaser" | "body">,
  labels: Labels,
): DiffPart[] {
  const [a, b] = [lines(before, labels), lines(after, labels)];
  const changes = diffWordsWithSpace(a, b, { timeout: WORD_DIFF_TIMEOUT_MS }) ?? diffLines(a, b);
  return changes.map((change) => ({ text: change.value, change: change.added ? "added" : change.removed ? "removed" : null }));
}
