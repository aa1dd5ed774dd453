import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditActionLabel, auditCategory, auditDetailsText } from "./labels";

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

  it("has words for every action the code records", () => {
    const sources = ["lib", "db", "modules", "app", "scripts"].flatMap((dir) =>
      fs
        .readdirSync(dir, { recursive: true, encoding: "utf8" })
        .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
        .map((file) => path.join(dir, file)),
    );
    const written = sources.flatMap((file) =>
      [...fs.readFileSync(file, "utf8").matchAll(/(?:action|audit): "([a-z_]+\.[a-z_]+)"|"([a-z_]+\.[a-z_]+)" : "([a-z_]+\.[a-z_]+)"/g)].flatMap((match) =>
        match.slice(1).filter(Boolean),
      ),
    );
    // Actions built from parts: universes and topics, and preview links of interviews and stories.
    const built = [
      ...["universe", "topic"].flatMap((kind) => ["create", "update", "archive", "restore", "delete"].map((step) => `${kind}.${step}`)),
      ...["interview", "story"].flatMap((kind) => [`${kind}.preview_link`, `${kind}.preview_link_revoked`]),
    ];
    expect(written.length).toBeGreaterThan(30);
    const unnamed = [...new Set([...written, ...built])].filter(
      (action) => auditActionLabel(action, "de") === action || auditActionLabel(action, "en") === action,
    );
    expect(unnamed).toEqual([]);
  });
});
