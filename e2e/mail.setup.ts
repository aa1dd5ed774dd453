import fs from "node:fs";
import path from "node:path";
import { readMail, startMailCatcher } from "@/test/mail-catcher";
import { mailDir, smtpPort } from "./server";

/** Starts the test SMTP server for the whole run; every mail becomes one JSON file in mailDir. */
export default async function startMail() {
  fs.mkdirSync(mailDir, { recursive: true });
  const catcher = await startMailCatcher(({ to, raw }) => {
    // Written aside and renamed, so a test never reads half a file.
    const file = path.join(mailDir, crypto.randomUUID());
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ to, ...readMail(raw) }));
    fs.renameSync(`${file}.tmp`, `${file}.json`);
  }, smtpPort);
  return () => catcher.close();
}
