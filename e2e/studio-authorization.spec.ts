import { audit } from "../modules/audit/queries";
import { unique } from "@/test/factories";
import { expect, makeAccount, signIn, test } from "./fixtures";

// Ways around a proxy (CVE-2025-29927's subrequest header, RSC and prefetch requests, the
// .rsc suffix): the pages must refuse on their own, whatever the proxy does.
const BYPASSES: { path: string; headers: Record<string, string> }[] = [
  { path: "/studio/users", headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" } },
  { path: "/studio/users", headers: { rsc: "1", "next-router-prefetch": "1" } },
  { path: "/studio/users.rsc", headers: { rsc: "1" } },
  { path: "/studio/audit", headers: { rsc: "1", "x-middleware-subrequest": "middleware" } },
];

/** An audit entry only an admin's view of the log could show. */
async function auditMarker() {
  const marker = unique("geheim");
  await audit({ actorUserId: null, action: "settings.update", entityType: "settings", entityId: null, details: { changed: marker } });
  return marker;
}

test("studio pages show nothing to requests without a session, however they are dressed", async ({ request }) => {
  const admin = await makeAccount("admin");
  const marker = await auditMarker();
  for (const { path, headers } of BYPASSES) {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    const body = await response.text();
    expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(admin.email);
    expect(body).not.toContain(marker);
  }
});

test("an editor's session gets the same refusal with bypass headers as without; an admin's gets the page", async ({ page, browser }) => {
  const editor = await makeAccount("editor");
  const admin = await makeAccount("admin");
  const marker = await auditMarker();
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  for (const { path, headers } of BYPASSES) {
    const response = await page.request.get(path, { headers, maxRedirects: 0 });
    const body = await response.text();
    expect(body, `${path} ${JSON.stringify(headers)}`).not.toContain(admin.email);
    expect(body).not.toContain(marker);
  }
  // The control: the same requests with an admin's session carry the data (a prefetch carries only the shell).
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, admin.email, admin.password);
  await expect(adminPage.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  for (const { path, headers } of BYPASSES.filter((bypass) => bypass.path === "/studio/users" && !("next-router-prefetch" in bypass.headers))) {
    expect(await (await adminPage.request.get(path, { headers, maxRedirects: 0 })).text(), `${path} ${JSON.stringify(headers)}`).toContain(admin.email);
  }
  await adminPage.context().close();
});
