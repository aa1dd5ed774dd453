"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineLinkAction } from "@/lib/action/link";
import { defineAction } from "./define-action";
import { inviteUserSpec, resetLinkSpec, setPasswordSpec } from "./account-links";
import { signOutEverywhereSpec } from "./auth/sign-out-everywhere";
import { adminResetSpec, confirmEnrolmentSpec, disableOwnSpec, renewRecoveryCodesSpec, startEnrolmentSpec } from "./two-factor/enrolment";
import { changeRoleSpec, setDisabledSpec } from "./user-specs";

export const signOutEverywhere = defineAction(signOutEverywhereSpec);
/** Needs no session: the one-time link's token in the input is the authorization. */
export const setPassword = defineLinkAction(setPasswordSpec);
export const startTwoFactor = defineAction(startEnrolmentSpec);
export const confirmTwoFactor = defineAction(confirmEnrolmentSpec);
export const renewRecoveryCodes = defineAction(renewRecoveryCodesSpec);
export const disableTwoFactor = defineAction(disableOwnSpec);
export const resetTwoFactor = defineAction(adminResetSpec);
export const changeRole = defineAction(changeRoleSpec);
export const setDisabled = defineAction(setDisabledSpec);
export const inviteUser = defineAction(inviteUserSpec);
export const createResetLink = defineAction(resetLinkSpec);
