"use server";

import { defineLinkAction } from "@/lib/action";
import { setPasswordSpec } from "@/lib/account-links";

/** Needs no session: the one-time link's token in the input is the authorization. */
export const setPassword = defineLinkAction(setPasswordSpec);
