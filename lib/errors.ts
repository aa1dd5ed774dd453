/**
 * An error whose message is written for the person using the studio (a broken rule, not a
 * fault). The action wrapper shows it as is; every other error becomes a generic sentence.
 */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}
