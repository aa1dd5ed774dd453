"use server";

import { defineAction } from "@/lib/action";
import { savePersonSpec } from "@/lib/people-admin";

export const savePerson = defineAction(savePersonSpec);
