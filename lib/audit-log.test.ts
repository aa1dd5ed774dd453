import { describe, expect, it } from "vitest";
import { auditActionLabel, auditCategory, auditDetailsText } from "./audit-log";

describe("audit log wording", () => {
  it("names roles and changed settings in the studio's words, in either language", () => {
    expect(auditDetailsText("user.role_change", { from: "editor", to: "admin" }, "de")).toBe("Redaktion → Administration");
    expect(auditDetailsText("user.role_change", { from: "editor", to: "admin" }, "en")).toBe("Editor → Admin");
    expect(auditDetailsText("settings.update", { changed: "companyName, accentColor" }, "de")).toBe("Firmenname, Akzentfarbe");
    expect(auditDetailsText("user.create", { via: "shell", role: "reviewer" }, "de")).toBe("Rolle Freigabe, über die Kommandozeile");
    expect(auditDetailsText("user.create", { via: "shell", role: "reviewer" }, "en")).toBe("Role Reviewer, from the command line");
    expect(auditDetailsText("sign_in.failure", { email: "nobody@example.test", via: null }, "de")).toBe("nobody@example.test");
  });

  it("shows unknown actions as recorded and falls back to all categories", () => {
    expect(auditActionLabel("user.disable", "de")).toBe("Gesperrt");
    expect(auditActionLabel("user.disable", "en")).toBe("Disabled");
    expect(auditActionLabel("story.teleport", "en")).toBe("story.teleport");
    expect(auditCategory("users")).toBe("users");
    expect(auditCategory("toString")).toBe("all");
    expect(auditCategory(["users"])).toBe("all");
  });
});
