/**
 * An error whose message is written for the person using the studio (a broken rule, not a
 * fault). The action wrapper shows it as is; every other error becomes a generic sentence.
 * With `field`, the message belongs to that input (a taken email address, say).
 */
export class UserFacingError extends Error {
  override name = "UserFacingError";

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
