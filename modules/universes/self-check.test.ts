import { describe, expect, it } from "vitest";
import { scoreSelfCheck } from "./self-check";

const topics = [
  { slug: "kundschaft", universeSlugs: ["werkstatt", "buehne", "kontor"] },
  { slug: "fehler", universeSlugs: ["werkstatt", "buehne", "kontor"] },
  { slug: "entscheidungen", universeSlugs: ["werkstatt", "buehne", "kontor"] },
];

describe("the self-check", () => {
  it("names the universe chosen most often, with the topics that made it", () => {
    expect(scoreSelfCheck(topics, { kundschaft: "werkstatt", fehler: "buehne", entscheidungen: "werkstatt" })).toEqual({
      answered: 3,
      best: ["werkstatt"],
      chosenFor: { werkstatt: ["kundschaft", "entscheidungen"], buehne: ["fehler"] },
    });
  });

  it("names every universe of a tie", () => {
    expect(scoreSelfCheck(topics, { kundschaft: "kontor", fehler: "werkstatt" }).best).toEqual(["werkstatt", "kontor"]);
  });

  it("ignores answers that are no universe of the topic, and gives no result without answers", () => {
    expect(scoreSelfCheck(topics, { kundschaft: "'; drop table", fehler: "werkstatt" })).toMatchObject({ answered: 1, best: ["werkstatt"] });
    expect(scoreSelfCheck(topics, {})).toEqual({ answered: 0, best: [], chosenFor: {} });
  });
});
