"use server";

import { defineAction } from "@/lib/action";
import { adminResetSpec, confirmEnrolmentSpec, disableOwnSpec, renewRecoveryCodesSpec, startEnrolmentSpec } from "@/lib/two-factor/enrolment";

export const startTwoFactor = defineAction(startEnrolmentSpec);
export const confirmTwoFactor = defineAction(confirmEnrolmentSpec);
export const renewRecoveryCodes = defineAction(renewRecoveryCodesSpec);
export const disableTwoFactor = defineAction(disableOwnSpec);
export const resetTwoFactor = defineAction(adminResetSpec);
