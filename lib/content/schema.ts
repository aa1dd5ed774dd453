import { z } from "zod";
import { localize, msg } from "@/lib/i18n/bilingual";
import { nodeText } from "./node-text";

/**
 * The content schema of interview and story bodies: Tiptap JSON restricted to the
 * nodes, marks and attributes Einblick knows. Every save is parsed with `parseDoc`;
 * anything else is refused, so the renderer only ever meets known shapes.
 */

export const MAX_DOC_BYTES = 1_000_000;
export const MAX_BLOCKS = 300;

const SAFE_LINK = /^(https?:\/\/|mailto:|tel:)/i;

export const MESSAGES = {
  unsafeLink: msg(
    "Links dürfen nur zu Webadressen (https://…), E-Mail-Adressen (mailto:) oder Telefonnummern (tel:) führen.",
    "Links may only point to web addresses (https://…), email addresses (mailto:) or phone numbers (tel:).",
  ),
  imageSource: msg("Bilder müssen aus der Mediathek oder von einer https-Adresse kommen.", "Images must come from the media library or an https address."),
  altText: msg("Jedes Bild braucht einen Alternativtext, der beschreibt, was zu sehen ist.", "Every image needs alt text that describes what it shows."),
  tooManyBlocks: msg(`Ein Text darf höchstens ${MAX_BLOCKS} Blöcke haben.`, `A text may have at most ${MAX_BLOCKS} blocks.`),
  unknown: msg(
    "Der Text enthält etwas, das Einblick nicht darstellen kann (zum Beispiel eingefügte Formatierungen).",
    "The text contains something Einblick cannot display (pasted formatting, for example).",
  ),
};

/** True for the link targets rich text may carry: http(s), mailto and tel. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || !SAFE_LINK.test(href.trim())) return false;
  try {
    const url = new URL(href.trim());
    return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol);
  } catch {
    return false;
  }
}

/** Images come from Einblick's own media route or an https URL. */
export function isSafeImageSrc(src: unknown): src is string {
  return typeof src === "string" && (/^\/api\/media\/[\w./-]+$/.test(src) || /^https:\/\/[^\s"'<>]+$/.test(src));
}

const boldMark = z.strictObject({ type: z.literal("bold") });
const italicMark = z.strictObject({ type: z.literal("italic") });
const linkMark = z.strictObject({
  type: z.literal("link"),
  attrs: z.strictObject({
    href: z.string().max(2048).refine(isSafeHref, MESSAGES.unsafeLink),
    // Tiptap's link mark carries these; the renderer sets target and rel itself.
    target: z.string().nullable().optional(),
    rel: z.string().nullable().optional(),
    class: z.string().nullable().optional(),
  }),
});
const mark = z.discriminatedUnion("type", [boldMark, italicMark, linkMark]);

const textNode = z.strictObject({
  type: z.literal("text"),
  text: z.string().min(1),
  marks: z.array(mark).max(3).optional(),
});
const plainTextNode = z.strictObject({ type: z.literal("text"), text: z.string().min(1) });
const hardBreak = z.strictObject({ type: z.literal("hardBreak") });
const inline = z.discriminatedUnion("type", [textNode, hardBreak]);

const paragraph = z.strictObject({
  type: z.literal("paragraph"),
  content: z.array(inline).optional(),
});
const heading = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inline).optional(),
});
const horizontalRule = z.strictObject({ type: z.literal("horizontalRule") });
const image = z.strictObject({
  type: z.literal("image"),
  attrs: z.strictObject({
    src: z.string().refine(isSafeImageSrc, MESSAGES.imageSource),
    alt: z.string({ error: MESSAGES.altText }).trim().min(1, MESSAGES.altText).max(500),
    caption: z.string().max(500).nullable().optional(),
    width: z.number().int().positive().nullable().optional(),
    height: z.number().int().positive().nullable().optional(),
  }),
});
const pullQuote = z.strictObject({
  type: z.literal("pullQuote"),
  attrs: z.strictObject({ attribution: z.string().max(200).nullable().optional() }).optional(),
  content: z.array(inline).optional(),
});

// Nested blocks (lists inside lists, paragraphs inside quotes) are recursive.
type Block =
  | z.infer<typeof paragraph>
  | z.infer<typeof heading>
  | z.infer<typeof horizontalRule>
  | z.infer<typeof image>
  | z.infer<typeof pullQuote>
  | { type: "blockquote"; content: Block[] }
  | { type: "bulletList"; content: ListItem[] }
  | { type: "orderedList"; attrs?: { start?: number }; content: ListItem[] };
type ListItem = { type: "listItem"; content: Block[] };

const listItem: z.ZodType<ListItem> = z.strictObject({
  type: z.literal("listItem"),
  get content() {
    return z.array(block).min(1);
  },
});
const block: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion("type", [
    paragraph,
    heading,
    horizontalRule,
    image,
    pullQuote,
    z.strictObject({ type: z.literal("blockquote"), content: z.array(block).min(1) }),
    z.strictObject({ type: z.literal("bulletList"), content: z.array(listItem).min(1) }),
    z.strictObject({
      type: z.literal("orderedList"),
      attrs: z.strictObject({ start: z.number().int().min(0).optional() }).optional(),
      content: z.array(listItem).min(1),
    }),
  ]),
);

const question = z.strictObject({
  type: z.literal("question"),
  content: z.array(plainTextNode).optional(),
});
const answer = z.strictObject({
  type: z.literal("answer"),
  content: z.array(block).optional(),
});
/** A question-and-answer pair: the question is plain text, the answer rich text. */
const questionAnswer = z.strictObject({
  type: z.literal("questionAnswer"),
  attrs: z.strictObject({ id: z.string().min(1).max(64) }),
  content: z.tuple([question, answer]),
});

const topLevel = z.union([questionAnswer, block]);

export const docSchema = z.strictObject({
  type: z.literal("doc"),
  content: z.array(topLevel).max(MAX_BLOCKS, MESSAGES.tooManyBlocks),
});

export type TiptapDoc = z.infer<typeof docSchema>;
export type QuestionAnswerNode = z.infer<typeof questionAnswer>;
export type BlockNode = Block;

/** `error` is bilingual (`msg`): what is wrong, and where, e.g. "In der Frage „Wie …?“: …". */
export type DocParseResult = { ok: true; doc: TiptapDoc } | { ok: false; error: string; path: string };

const OWN_MESSAGES = new Set(Object.values(MESSAGES));

/** Where in the text an issue is, for people: the question it belongs to, or the block's number. */
function locate(input: unknown, path: PropertyKey[]): { de: string; en: string } | null {
  if (path[0] !== "content" || typeof path[1] !== "number") return null;
  const node = (input as { content: unknown[] }).content[path[1]] as { type?: string; content?: unknown[] } | undefined;
  if (node?.type === "questionAnswer") {
    const question = nodeText((node.content?.[0] ?? {}) as Parameters<typeof nodeText>[0]).slice(0, 60);
    if (question) return { de: `In der Frage „${question}“`, en: `In the question “${question}”` };
  }
  return { de: `Im ${path[1] + 1}. Block`, en: `In block ${path[1] + 1}` };
}

/** Validates an untrusted document (size first, then shape). */
export function parseDoc(input: unknown): DocParseResult {
  const bytes = new TextEncoder().encode(JSON.stringify(input ?? null)).length;
  if (bytes > MAX_DOC_BYTES) {
    const kb = Math.ceil(bytes / 1000);
    return { ok: false, error: msg(`Der Text ist zu groß (${kb} kB, höchstens 1 MB).`, `The text is too large (${kb} kB, at most 1 MB).`), path: "" };
  }
  const result = docSchema.safeParse(input);
  if (result.success) return { ok: true, doc: result.data };
  const issue = result.error.issues[0]!;
  const message = OWN_MESSAGES.has(issue.message) ? issue.message : MESSAGES.unknown;
  const where = issue.message === MESSAGES.tooManyBlocks ? null : locate(input, issue.path);
  if (!where) return { ok: false, error: message, path: issue.path.join(".") };
  const text = (locale: "de" | "en") => `${where[locale]}: ${localize(message, locale)}`;
  return { ok: false, error: msg(text("de"), text("en")), path: issue.path.join(".") };
}
