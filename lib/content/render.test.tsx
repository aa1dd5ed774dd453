import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RichText } from "./render";
import type { TiptapDoc } from "./schema";

const labels = { questionLink: "Link zu dieser Frage" };
const html = (doc: unknown) => renderToStaticMarkup(<RichText doc={doc as TiptapDoc} labels={labels} />);

const qa = (id: string, question: string, ...answer: unknown[]) => ({
  type: "questionAnswer",
  attrs: { id },
  content: [
    { type: "question", content: [{ type: "text", text: question }] },
    { type: "answer", content: answer },
  ],
});
const p = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });

afterEach(() => vi.restoreAllMocks());

describe("RichText", () => {
  it("renders questions as headings with anchors and answers as text, keeping umlauts and Kund:innen", () => {
    const out = html({
      type: "doc",
      content: [
        qa("a", "Was schätzen eure Kund:innen?", p(text("Größe, Nähe und "), text("Verlässlichkeit", [{ type: "bold" }]), text("."))),
        qa("b", "Was schätzen eure Kund:innen?", p(text("Doppelt gefragt."))),
      ],
    });
    expect(out).toContain('<h2 id="was-schaetzen-eure-kund-innen" class="qa-question">Was schätzen eure Kund:innen?');
    expect(out).toContain('href="#was-schaetzen-eure-kund-innen" class="qa-anchor" aria-label="Link zu dieser Frage"');
    expect(out).toContain('id="was-schaetzen-eure-kund-innen-2"');
    expect(out).toContain("<p>Größe, Nähe und <strong>Verlässlichkeit</strong>.</p>");
  });

  it("leaves out empty paragraphs", () => {
    expect(html({ type: "doc", content: [p(text("Eins.")), { type: "paragraph" }, p(), p(text("Zwei."))] })).toBe("<p>Eins.</p><p>Zwei.</p>");
  });

  it("hides questions that have no answer yet", () => {
    const out = html({ type: "doc", content: [qa("a", "Noch offen?"), qa("b", "Beantwortet?", p(text("Ja.")))] });
    expect(out).not.toContain("Noch offen?");
    expect(out).toContain("Beantwortet?");
  });

  it("keeps http(s), mailto and tel links, marks external ones, and strips unsafe ones", () => {
    const link = (href: string) => [{ type: "link", attrs: { href } }];
    const out = html({
      type: "doc",
      content: [
        p(
          text("web", link("https://example.com")),
          text(" mail", link("mailto:jobs@example.com")),
          text(" tel", link("tel:+49711123")),
          text(" evil", link("javascript:alert(1)")),
          text(" data", link("data:text/html,<script>alert(1)</script>")),
        ),
      ],
    });
    expect(out).toContain('<a href="https://example.com" rel="noopener noreferrer" target="_blank">web</a>');
    expect(out).toContain('<a href="mailto:jobs@example.com"> mail</a>');
    expect(out).toContain('<a href="tel:+49711123"> tel</a>');
    expect(out).not.toContain("javascript:");
    expect(out).not.toContain("data:text");
    expect(out).toContain(" evil");
  });

  it("escapes text and drops unknown nodes and marks with a log line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = html({
      type: "doc",
      content: [
        p(text("<script>alert(1)</script>")),
        { type: "iframe", attrs: { src: "https://evil.example" } },
        p(text("unterstrichen", [{ type: "underline" }])),
      ],
    });
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).not.toContain("iframe");
    expect(out).toContain("<p>unterstrichen</p>");
    expect(warn).toHaveBeenCalledWith('[content] dropped unknown node "iframe"');
    expect(warn).toHaveBeenCalledWith('[content] dropped unknown mark "underline"');
  });

  it("renders pull quotes with attribution, lists and images with captions", () => {
    const out = html({
      type: "doc",
      content: [
        { type: "pullQuote", attrs: { attribution: "Marie Curie" }, content: [text("Man muss nichts im Leben fürchten.")] },
        { type: "bulletList", content: [{ type: "listItem", content: [p(text("eins"))] }] },
        { type: "image", attrs: { src: "/api/media/a.webp", alt: "Die Halle", caption: "Halle 3 in Stuttgart" } },
        { type: "image", attrs: { src: "javascript:alert(1)", alt: "x" } },
      ],
    });
    expect(out).toContain(
      '<figure class="pull-quote"><blockquote><p>Man muss nichts im Leben fürchten.</p></blockquote><figcaption>Marie Curie</figcaption></figure>',
    );
    expect(out).toContain("<ul><li><p>eins</p></li></ul>");
    expect(out).toContain('src="/api/media/a.webp" alt="Die Halle"');
    expect(out).toContain("<figcaption>Halle 3 in Stuttgart</figcaption>");
    expect(out.match(/<img/g)).toHaveLength(1);
  });
});
