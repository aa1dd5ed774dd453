"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineAction } from "@/modules/accounts/request";
import { saveSettingsSpec } from "./settings-specs";

export const saveSiteSettings = defineAction(saveSettingsSpec);
