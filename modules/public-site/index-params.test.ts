import { describe, expect, it } from "vitest";
import { indexQuery, parseIndexParams } from "./index-params";

describe("index parameters", () => {
  it("keeps well-formed filters, search and page", () => {
    expect(parseIndexParams({ q: " Kund:innen ", department: "produktion", series: "kurz-vorgestellt", page: "2" })).toEqual({
      q: "Kund:innen",
      department: "produktion",
      location: undefined,
      series: "kurz-vorgestellt",
      page: 2,
    });
  });

  it("reduces odd input to something harmless", () => {
    expect(parseIndexParams({ page: "-3" }).page).toBe(1);
    expect(parseIndexParams({ page: "abc" }).page).toBe(1);
    expect(parseIndexParams({ page: "1e9" }).page).toBe(1);
    expect(parseIndexParams({ department: "../../etc", location: "Stuttgart'--" })).toMatchObject({ department: undefined, location: undefined });
    expect(parseIndexParams({ q: "x".repeat(10_000) }).q).toHaveLength(200);
    expect(parseIndexParams({ q: "y".repeat(20_000) }).q).toBeUndefined();
    expect(parseIndexParams({ series: ["a", "b"], q: "" })).toMatchObject({ series: "a", q: undefined });
  });

  it("builds links without empty parameters", () => {
    expect(indexQuery({ q: "marco", department: undefined, page: 1 })).toEqual({ q: "marco" });
    expect(indexQuery({ series: "kurz-vorgestellt", page: 3 })).toEqual({ series: "kurz-vorgestellt", page: "3" });
  });
});
