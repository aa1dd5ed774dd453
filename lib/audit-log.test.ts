import { describe, expect, it } from "vitest";
import { auditActionLabel, auditCategory, auditDetailsText } from "./audit-log";

describe("audit log wording", () => {
  it("names roles and changed settings in the studio's words", () => {
    expect(auditDetailsText("user.role_change", { from: "editor", to: "admin" })).toBe("Redaktion → Administration");
    expect(auditDetailsText("settings.update", { changed: "companyName, accentColor" })).toBe("Firmenname, Akzentfarbe");
    expect(auditDetailsText("user.create", { via: "shell", role: "reviewer" })).toBe("Rolle Freigabe, über die Kommandozeile");
    expect(auditDetailsText("sign_in.failure", { email: "nobody@example.test" })).toBe("nobody@example.test");
  });

  it("shows unknown actions as recorded and falls back to all categories", () => {
    expect(auditActionLabel("user.disable")).toBe("Gesperrt");
    expect(auditActionLabel("interview.publish")).toBe("interview.publish");
    expect(auditCategory("users")).toBe("users");
    expect(auditCategory("toString")).toBe("all");
    expect(auditCategory(["users"])).toBe("all");
  });
});
