import { msg } from "./i18n/bilingual";

/**
 * An error whose message is written for the person using the studio (a broken rule, not a
 * fault). The action wrapper shows it as is; every other error becomes a generic sentence.
 * With `field`, the message belongs to that input (a taken email address, say). Messages
 * are made with `msg(de, en)`, so the action answers in the reader's language.
 */
/** Said when the person an action is about no longer exists (deleted in another tab). */
/** Said when a taxonomy entry, universe or topic was deleted in another tab. */
export const ENTRY_GONE = msg("Diesen Eintrag gibt es nicht mehr.", "This entry no longer exists.");

export const USER_GONE = msg("Diese Person gibt es nicht (mehr).", "This person no longer exists.");

export class UserFacingError extends Error {
  override name = "UserFacingError";

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
