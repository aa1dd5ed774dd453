"use server";

import { defineAction } from "@/lib/action";
import { issueConsentLinkSpec } from "@/lib/workflow/consent";

export const issueConsentLink = defineAction(issueConsentLinkSpec);
