/**
 * The text of any node, walking the JSON loosely, so it also works on documents that fail
 * validation. Its own file because the content schema uses it to name questions in its
 * messages, and text.ts builds on both.
 */
export type AnyNode = { type?: string; text?: string; content?: AnyNode[] };

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
