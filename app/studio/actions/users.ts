"use server";

import { defineAction } from "@/lib/action";
import { inviteUserSpec, resetLinkSpec } from "@/lib/account-links";
import { changeRoleSpec, setDisabledSpec } from "@/lib/user-admin";

export const changeRole = defineAction(changeRoleSpec);
export const setDisabled = defineAction(setDisabledSpec);
export const inviteUser = defineAction(inviteUserSpec);
export const createResetLink = defineAction(resetLinkSpec);
