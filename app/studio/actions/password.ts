"use server";

import { runLinkAction } from "@/lib/action";
import { setPasswordSpec } from "@/lib/account-links";
import { studioLocale } from "@/lib/i18n/studio-locale";

/** Needs no session: the one-time link's token in the input is the authorization. */
export async function setPassword(raw: unknown) {
  return runLinkAction(setPasswordSpec, raw, await studioLocale());
}
