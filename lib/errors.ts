import type { ActionErrorCode } from "./action/result";
import { msg } from "./i18n/bilingual";

/** Said when a taxonomy entry, universe, topic or job was deleted in another tab. */
export const ENTRY_GONE = msg("Diesen Eintrag gibt es nicht mehr.", "This entry no longer exists.");

/** Said when the person an action is about no longer exists (deleted in another tab). */
export const USER_GONE = msg("Diese Person gibt es nicht (mehr).", "This person no longer exists.");

/**
 * An error whose message is written for the person using the studio (a broken rule, not a
 * fault). The action wrapper shows it as is; every other error becomes a generic sentence.
 * With `field`, the message belongs to that input (a taken email address, say). Messages
 * are made with `msg(de, en)`, so the action answers in the reader's language. The code
 * defaults to `validation` at a field and `conflict` otherwise.
 */
export class UserFacingError extends Error {
  override name = "UserFacingError";
  readonly code: ActionErrorCode;

  constructor(
    message: string,
    readonly field?: string,
    code?: ActionErrorCode,
  ) {
    super(message);
    this.code = code ?? (field ? "validation" : "conflict");
  }
}

/** An uploaded file refused for what it contains (too large, unreadable); the upload routes answer 415 with its message. */
export class FileRejected extends Error {
  override name = "FileRejected";
}

/** A refusal because what the action is about no longer exists (deleted in another tab). */
export function notFound(message: string, field?: string): UserFacingError {
  return new UserFacingError(message, field, "not_found");
}
