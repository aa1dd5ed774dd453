import { isLocale, routing, type Locale } from "./routing";

type Pathnames = typeof routing.pathnames;
export type MatchedPath = { locale: Locale; pathname: keyof Pathnames; params: Record<string, string> };

const escape = (text: string) => text.replace(/[.*+?^${}()|\\]/g, "\\$&");

function patternOf(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\[[^\]]+\])/)
    .map((part) => {
      const name = /^\[([^\]]+)\]$/.exec(part)?.[1];
      if (!name) return escape(part);
      names.push(name);
      return "([^/]+)";
    })
    .join("");
  return { regex: new RegExp(`^${source === "/" ? "/?" : `${source}/?`}$`), names };
}

// Pages without a parameter first: "/arbeitswelten/selbsttest" is the self-check, not a universe called "selbsttest".
const templates = (Object.entries(routing.pathnames) as [keyof Pathnames, Pathnames[keyof Pathnames]][]).sort(
  ([a], [b]) => Number(a.includes("[")) - Number(b.includes("[")),
);

/**
 * Which public page a path is, in which language: "/en/work-universes/topics/x" is the topic
 * page "x" in English. The path may use the language's words or the internal names (what a
 * rewrite shows). Anything else, or a malformed path, is null.
 */
export function matchPublicPath(path: string): MatchedPath | null {
  const [, first = "", ...rest] = path.split("?")[0]!.split("/");
  if (!isLocale(first)) return null;
  const tail = `/${rest.join("/")}`;
  for (const [pathname, localized] of templates) {
    const candidates = new Set([typeof localized === "string" ? localized : localized[first], pathname]);
    for (const candidate of candidates) {
      const { regex, names } = patternOf(candidate);
      const found = regex.exec(tail);
      if (!found) continue;
      try {
        return { locale: first, pathname, params: Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1]!)])) };
      } catch {
        return null; // A broken percent-encoding is no page.
      }
    }
  }
  return null;
}
