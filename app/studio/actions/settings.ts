"use server";

import { defineAction } from "@/lib/action";
import { saveSettingsSpec } from "@/lib/site-settings";

export const saveSiteSettings = defineAction(saveSettingsSpec);
