import { isSafeHref } from "./schema";

/**
 * Clean-up of HTML that comes from elsewhere (pasted from Word, Google Docs or a web page,
 * or converted from a .docx) before the editor parses it with its own schema. The schema
 * already drops every style, class and unknown element; this fixes what it would get
 * wrong: Word's lists are paragraphs with drawn bullets, Google Docs wraps everything in
 * a <b> that is not bold, headings of every level must become our two, pictures must go
 * through the upload (they cannot be taken over from someone else's server).
 * Runs in the browser (DOMParser); the unit test runs it in jsdom.
 */

const DROP =
  "img, picture, svg, video, audio, iframe, object, embed, canvas, form, input, button, select, textarea, style, script, noscript, meta, link, title, xml, template";
const BLOCK = /^(P|H[1-6]|UL|OL|LI|BLOCKQUOTE|DIV|TABLE|HR|PRE|FIGURE)$/;
const WORD_LIST = /mso-list:\s*l\d+\s+level(\d+)/i;
const WORD_LIST_MARKER = /mso-list:\s*ignore/i;
const ORDERED_MARKER = /^\(?(\d+|[a-z]|[ivxlcdm]+)[.)]$/i;

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

function removeComments(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Word's list paragraphs ("mso-list: l0 level2") become real, nested <ul>/<ol> lists. */
function rebuildWordLists(body: HTMLElement): void {
  const doc = body.ownerDocument;
  let stack: { level: number; list: Element }[] = [];
  for (const paragraph of Array.from(body.querySelectorAll("p"))) {
    const match = WORD_LIST.exec(paragraph.getAttribute("style") ?? "");
    if (!match) {
      stack = [];
      continue;
    }
    const level = Number(match[1]);
    const markers = Array.from(paragraph.querySelectorAll("span")).filter((span) => WORD_LIST_MARKER.test(span.getAttribute("style") ?? ""));
    const marker = (markers[0]?.textContent ?? "").replace(/\s|\u00a0/g, "");
    for (const span of markers) span.remove();
    const ordered = ORDERED_MARKER.test(marker);
    // A list paragraph that does not follow one starts a new list.
    const previous = paragraph.previousElementSibling;
    if (!previous || !stack.length || !stack.some(({ list }) => list.contains(previous) || list === previous)) stack = [];
    while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
    let top = stack[stack.length - 1];
    if (!top || top.level < level) {
      const list = doc.createElement(ordered ? "ol" : "ul");
      if (top) (top.list.lastElementChild ?? top.list).append(list);
      else paragraph.before(list);
      top = { level, list };
      stack.push(top);
    }
    const item = doc.createElement("li");
    const text = doc.createElement("p");
    text.append(...Array.from(paragraph.childNodes));
    item.append(text);
    top.list.append(item);
    paragraph.remove();
  }
}

function isBlank(element: Element): boolean {
  return (element.textContent ?? "").replace(/[\s\u00a0]/g, "") === "" && !element.querySelector("br, hr");
}

export function cleanPastedHtml(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, "text/html");
  const body = doc.body;
  removeComments(body);
  for (const element of Array.from(body.querySelectorAll(DROP))) element.remove();
  // Office's own elements (<o:p>, <v:shape>, <st1:place>) carry nothing of the text but their words.
  for (const element of Array.from(body.querySelectorAll("*"))) if (element.tagName.includes(":")) unwrap(element);
  // Google Docs: <b style="font-weight:normal" id="docs-internal-guid-…"> around everything.
  for (const wrapper of Array.from(body.querySelectorAll("b[id^='docs-internal-guid']"))) unwrap(wrapper);
  rebuildWordLists(body);
  for (const heading of Array.from(body.querySelectorAll("h1"))) rename(heading, "h2");
  for (const heading of Array.from(body.querySelectorAll("h4, h5, h6"))) rename(heading, "h3");
  for (const title of Array.from(body.querySelectorAll("p.MsoTitle, p.MsoSubtitle"))) rename(title, title.classList.contains("MsoTitle") ? "h2" : "h3");
  for (const link of Array.from(body.querySelectorAll("a"))) {
    const href = link.getAttribute("href") ?? "";
    if (isSafeHref(href)) {
      for (const attribute of Array.from(link.attributes)) if (attribute.name !== "href") link.removeAttribute(attribute.name);
    } else {
      unwrap(link);
    }
  }
  // Empty paragraphs Word puts between paragraphs, and line breaks between blocks.
  for (const paragraph of Array.from(body.querySelectorAll("p, h2, h3"))) if (isBlank(paragraph)) paragraph.remove();
  for (const lineBreak of Array.from(body.querySelectorAll("br"))) {
    const parent = lineBreak.parentElement;
    if (
      !parent ||
      parent === body ||
      parent.tagName === "DIV" ||
      [lineBreak.previousElementSibling, lineBreak.nextElementSibling].some((sibling) => sibling && BLOCK.test(sibling.tagName))
    ) {
      lineBreak.remove();
    }
  }
  return body.innerHTML;
}
