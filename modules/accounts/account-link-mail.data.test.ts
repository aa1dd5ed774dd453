import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { database } from "@/db/client";
import { makeUser, unique } from "@/test/factories";
import { readMail, startMailCatcher, type CaughtMail } from "@/test/mail-catcher";
import { runAction } from "./run-action";
import { inviteUserSpec } from "./account-links";

const caught: CaughtMail[] = [];
// Hoisted with the mock below, which runs when the modules load.
const smtp = vi.hoisted(() => ({ port: 0, up: true }));

// The configuration is read once per process; here it points at the test's own SMTP server.
vi.mock("@/lib/config", async (original) => {
  const actual = await original<typeof import("@/lib/config")>();
  return {
    ...actual,
    config: () => ({ ...actual.config(), smtp: { url: `smtp://127.0.0.1:${smtp.up ? smtp.port : 1}`, from: "Karriere <karriere@sonnenthal.example>" } }),
  };
});

let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
beforeAll(async () => {
  catcher = await startMailCatcher((mail) => caught.push(mail));
  smtp.port = catcher.port;
});
afterAll(() => catcher.close());

describe(`invitations by mail (${database().dialect})`, () => {
  it("mails the invitee the same one-time link the admin sees", async () => {
    const admin = await makeUser("admin");
    const email = `${unique("neu")}@sonnenthal.example`;
    const result = await runAction(inviteUserSpec, { name: "Aylin Öztürk", email, role: "reviewer" }, admin);
    if (!result.ok) throw new Error(result.error);
    expect(result.data.mailed).toBe(true);

    const mail = caught.find((m) => m.to.includes(email));
    expect(mail).toBeDefined();
    const { subject, text } = readMail(mail!.raw);
    expect(subject).toMatch(/^Einladung ins Studio von /);
    expect(text).toContain("Hallo Aylin Öztürk,");
    expect(text.split("\n")).toContain(result.data.url);
  });

  it("keeps the invitation when the mail server is down, and says so", async () => {
    smtp.up = false;
    try {
      const admin = await makeUser("admin");
      const email = `${unique("neu")}@sonnenthal.example`;
      const errors = vi.spyOn(console, "error").mockImplementation(() => {});
      const result = await runAction(inviteUserSpec, { name: "Jonas Weißmüller", email, role: "editor" }, admin);
      expect(result.ok && result.data.mailed).toBe(false);
      expect(result.ok && result.data.url).toMatch(/\/studio\/set-password\//);
      expect(errors.mock.calls.flat().join(" ")).not.toContain("smtp://");
      errors.mockRestore();
    } finally {
      smtp.up = true;
    }
  });
});
