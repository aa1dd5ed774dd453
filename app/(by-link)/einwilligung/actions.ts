"use server";

import { defineLinkAction } from "@/lib/action";
import { askChangesSpec, giveConsentSpec, withdrawConsentSpec } from "@/lib/workflow/consent";

/** The featured person's actions: no session, the consent link's token is the authorization. */
export const giveConsent = defineLinkAction(giveConsentSpec);
export const askChanges = defineLinkAction(askChangesSpec);
export const withdrawConsent = defineLinkAction(withdrawConsentSpec);
