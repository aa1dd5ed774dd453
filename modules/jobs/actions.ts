"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineAction } from "@/modules/accounts/request";
import { deleteJobSpec, saveJobSpec } from "./specs";

export const saveJob = defineAction(saveJobSpec);
export const deleteJob = defineAction(deleteJobSpec);
