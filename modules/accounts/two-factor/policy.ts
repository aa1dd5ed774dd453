import { msg } from "@/lib/i18n/bilingual";

/**
 * Whether the user must enrol before doing anything else: the admin requires two-factor
 * sign-in for everyone and this user has not set it up yet. Such a user may only manage
 * their own account (where enrolment happens).
 */
export function mustEnrolTwoFactor(user: { totpEnabledAt: Date | null }, settings: { requireTwoFactor: boolean }): boolean {
  return settings.requireTwoFactor && !user.totpEnabledAt;
}

export const ENROL_FIRST = msg(
  "Richte zuerst die Zwei-Faktor-Anmeldung ein (unter „Mein Konto“). Die Administration verlangt sie für alle.",
  "Set up two-factor sign-in first (under “My account”). Your administrators require it for everyone.",
);
