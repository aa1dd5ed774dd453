"use server";

import { defineAction } from "@/lib/action";
import { changeRoleSpec, setDisabledSpec } from "@/lib/user-admin";

export const changeRole = defineAction(changeRoleSpec);
export const setDisabled = defineAction(setDisabledSpec);
