"use server";

import { defineAction } from "@/lib/action";
import { markReadSpec } from "@/lib/workflow/notify";

export const markNotificationsRead = defineAction(markReadSpec);
