import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password-policy";

const EMAIL = "jana.koenig@sonnenthal.example";

describe("password rules", () => {
  it("accepts a long, unusual password and a very long one whole", () => {
    expect(passwordProblems("Kaffeemaschine-auf-Halle-3!", EMAIL)).toEqual([]);
    expect(passwordProblems("Grüße aus der Fräserei, ".repeat(20), EMAIL)).toEqual([]);
  });

  it("refuses short ones, counting characters rather than bytes", () => {
    expect(passwordProblems("kurz", EMAIL)[0]).toContain("mindestens 12 Zeichen");
    expect(passwordProblems("äöüäöüäöüäö", EMAIL)[0]).toContain("mindestens 12 Zeichen");
  });

  it("refuses the email address or its name part", () => {
    expect(passwordProblems(EMAIL, EMAIL)[0]).toContain("E-Mail-Adresse");
    expect(passwordProblems("Jana.Koenig-2026!", EMAIL)[0]).toContain("E-Mail-Adresse");
  });

  it("refuses well-known passwords in any case, and repetitions", () => {
    expect(passwordProblems("qwertyuiop123", EMAIL)[0]).toContain("zu bekannt");
    expect(passwordProblems("PASSWORD1234", EMAIL)[0]).toContain("zu bekannt");
    expect(passwordProblems("abababababababab", EMAIL)[0]).toContain("zu bekannt");
  });

  it("refuses absurd lengths instead of hashing them", () => {
    expect(passwordProblems("x1".repeat(600), EMAIL)[0]).toContain("höchstens");
  });
});
