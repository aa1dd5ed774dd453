import { dictionary } from "@zxcvbn-ts/language-common";
import { msg } from "@/lib/i18n/bilingual";

/**
 * The rules for passwords people choose (invitations and resets): long enough, not the
 * email address, not a well-known password. Long ones are taken whole (argon2id hashes
 * everything), up to a limit that only keeps requests sane.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

// zxcvbn-ts's list of about 50,000 passwords found in breaches, lowercased for lookup.
const COMMON = new Set(dictionary["passwords-common"].map((word) => word.toLowerCase()));

/** What is wrong with a new password, as sentences for the field (`msg`); empty when it is fine. */
export function passwordProblems(password: string, email: string): string[] {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return [msg(`Bitte mindestens ${MIN_PASSWORD_LENGTH} Zeichen verwenden.`, `Please use at least ${MIN_PASSWORD_LENGTH} characters.`)];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [msg(`Bitte höchstens ${MAX_PASSWORD_LENGTH} Zeichen verwenden.`, `Please use at most ${MAX_PASSWORD_LENGTH} characters.`)];
  }
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const localPart = address.split("@")[0] ?? "";
  if (lower === address || (localPart.length >= 4 && lower.includes(localPart))) {
    return [msg("Das Passwort darf nicht deine E-Mail-Adresse enthalten.", "The password must not contain your email address.")];
  }
  if (COMMON.has(lower) || new Set(lower).size <= 2) {
    return [
      msg(
        "Dieses Passwort ist zu bekannt und wird bei Angriffen zuerst ausprobiert. Bitte wähle ein anderes.",
        "This password is too well known; attackers try it first. Please choose another one.",
      ),
    ];
  }
  return [];
}
