import { describe, expect, it } from "vitest";
import { alternatesFor, hrefs, pathFor } from "./paths";

describe("localized paths", () => {
  it("gives each locale its own words", () => {
    expect(pathFor("de", hrefs.interview("auf-einen-kaffee"))).toBe("/de/geschichten/auf-einen-kaffee");
    expect(pathFor("en", hrefs.interview("coffee"))).toBe("/en/stories/coffee");
    expect(pathFor("de", hrefs.series("kurz-vorgestellt"))).toBe("/de/reihen/kurz-vorgestellt");
    expect(pathFor("de", hrefs.department("produktion"))).toBe("/de/bereiche/produktion");
    expect(pathFor("en", { pathname: "/interviews", query: { q: "Kund:innen" } })).toBe("/en/stories?q=Kund%3Ainnen");
  });

  it("lists alternates for every locale", () => {
    expect(alternatesFor("de", "/interviews")).toEqual({
      canonical: "/de/geschichten",
      languages: { de: "/de/geschichten", en: "/en/stories" },
    });
  });
});
