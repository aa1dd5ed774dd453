import fs from "node:fs";
import path from "node:path";
import { startIdentityProvider } from "@/test/identity-provider";
import { readMail, startMailCatcher } from "@/test/mail-catcher";
import { mailDir, oidc, smtpPort } from "./server";

/**
 * The outside services the app talks to, started once for the whole run: an SMTP server
 * that files every mail as one JSON file in mailDir, and an OpenID Connect provider.
 */
export default async function startServices() {
  fs.mkdirSync(mailDir, { recursive: true });
  const mail = await startMailCatcher(({ to, raw }) => {
    // Written aside and renamed, so a test never reads half a file.
    const file = path.join(mailDir, crypto.randomUUID());
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, ...readMail(raw) }));
    fs.renameSync(`${file}.tmp`, `${file}.json`);
  }, smtpPort);
  const identityProvider = await startIdentityProvider(oidc);
  return async () => {
    await mail.close();
    await identityProvider.close();
  };
}
