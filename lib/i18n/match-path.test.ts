import { describe, expect, it } from "vitest";
import { matchPublicPath } from "./match-path";

describe("matchPublicPath", () => {
  it("reads a page and its language from the words of that language", () => {
    expect(matchPublicPath("/de")).toEqual({ locale: "de", pathname: "/", params: {} });
    expect(matchPublicPath("/en/")).toEqual({ locale: "en", pathname: "/", params: {} });
    expect(matchPublicPath("/de/geschichten")).toEqual({ locale: "de", pathname: "/interviews", params: {} });
    expect(matchPublicPath("/de/geschichten/auf-einen-kaffee-mit-marco")).toEqual({
      locale: "de",
      pathname: "/interviews/[slug]",
      params: { slug: "auf-einen-kaffee-mit-marco" },
    });
    expect(matchPublicPath("/en/work-universes/topics/wie-wir-kundinnen-einbinden")).toEqual({
      locale: "en",
      pathname: "/universes/topics/[slug]",
      params: { slug: "wie-wir-kundinnen-einbinden" },
    });
    expect(matchPublicPath("/de/bereiche/produktion?seite=2")).toEqual({ locale: "de", pathname: "/departments/[slug]", params: { slug: "produktion" } });
  });

  it("prefers a fixed page to a parameter: the self-check is no universe", () => {
    expect(matchPublicPath("/de/arbeitswelten/selbsttest")?.pathname).toBe("/universes/self-check");
    expect(matchPublicPath("/de/arbeitswelten/werkstatt")).toEqual({ locale: "de", pathname: "/universes/[slug]", params: { slug: "werkstatt" } });
  });

  it("accepts the internal names a rewrite shows, and decodes parameters", () => {
    expect(matchPublicPath("/de/universes/werkstatt")).toEqual({ locale: "de", pathname: "/universes/[slug]", params: { slug: "werkstatt" } });
    expect(matchPublicPath("/de/reihen/kurz%20vorgestellt")?.params).toEqual({ slug: "kurz vorgestellt" });
  });

  it("knows nothing of other paths", () => {
    for (const path of ["/", "/fr/geschichten", "/studio", "/de/geschichten/a/b", "/de/irgendwo", "/de/reihen/%E0%A4%A", "//evil.example/de"]) {
      expect(matchPublicPath(path), path).toBeNull();
    }
  });
});
