import { describe, expect, it } from "vitest";
import { dateToWallTime, formatDateTime, formatLongDate, wallTimeToDate, yearOf } from "./dates";

describe("dates", () => {
  it("formats publication dates the way each locale writes them", () => {
    const date = new Date("2018-04-17T08:00:00Z");
    expect(formatLongDate(date, "de")).toBe("17. April 2018");
    expect(formatLongDate(date, "en")).toBe("17 April 2018");
  });

  it("uses the site's time zone, not the server's", () => {
    // 23:30 UTC on 16 April is already 17 April in Berlin.
    expect(formatLongDate(new Date("2018-04-16T23:30:00Z"), "de", "Europe/Berlin")).toBe("17. April 2018");
  });

  it("formats log times to the minute in the site's zone", () => {
    expect(formatDateTime(new Date("2026-11-21T13:03:00Z"), "de", "Europe/Berlin")).toBe("21.11.2026, 14:03");
  });

  it("reads the year of a start date", () => {
    expect(yearOf("2015-10-01")).toBe(2015);
    expect(yearOf("2015-10")).toBeNull();
    expect(yearOf(null)).toBeNull();
  });

  it("reads a schedule's wall-clock time in the site's zone, across daylight saving", () => {
    expect(wallTimeToDate("2026-11-24T09:00", "Europe/Berlin")?.toISOString()).toBe("2026-11-24T08:00:00.000Z");
    expect(wallTimeToDate("2026-07-01T09:00", "Europe/Berlin")?.toISOString()).toBe("2026-07-01T07:00:00.000Z");
    expect(wallTimeToDate("2026-07-01T09:00:30", "America/New_York")?.toISOString()).toBe("2026-07-01T13:00:30.000Z");
    // 02:30 does not exist in Berlin on the morning the clocks go forward.
    expect(wallTimeToDate("2026-03-29T02:30", "Europe/Berlin")).toBeNull();
    expect(wallTimeToDate("2026-13-01T09:00", "Europe/Berlin")).toBeNull();
    expect(wallTimeToDate("morgen früh", "Europe/Berlin")).toBeNull();
  });

  it("writes a moment as the wall-clock time of a zone", () => {
    expect(dateToWallTime(new Date("2026-11-24T08:00:00Z"), "Europe/Berlin")).toBe("2026-11-24T09:00:00");
    expect(dateToWallTime(new Date("2026-11-24T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-25T00:30:00");
  });
});
