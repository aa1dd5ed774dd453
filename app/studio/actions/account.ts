"use server";

import { defineAction } from "@/lib/action";
import { signOutEverywhereSpec } from "@/lib/auth/sign-out-everywhere";

export const signOutEverywhere = defineAction(signOutEverywhereSpec);
