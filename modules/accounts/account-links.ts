/**
 * Invitations and password resets: an admin gets a one-time link (72 hours, one use) and
 * passes it on; whoever opens it sets a password that follows modules/accounts/password-policy.ts.
 */
import "server-only";
import { accountSettings } from "./queries/account-settings";
import { z } from "zod";
import { consumeAccountToken, findUsableAccountToken, issueAccountToken } from "./queries/account-tokens";
import { audit } from "@/modules/audit";
import { bumpTokenVersion, createUser, getUserByEmail, getUserById, updateUser } from "./queries/users";
import { ROLES } from "@/db/schema/types";
import { actionSpec, type LinkActionSpec } from "@/lib/action";
import { config } from "@/lib/config";
import { USER_GONE, UserFacingError, notFound } from "@/lib/errors";
import { requiredText } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { accountLinkMail } from "./account-link-mail";
import { sendMail } from "@/lib/mail/send";
import { passwordProblems } from "./password-policy";
import { hashPassword } from "./passwords";
import { LINK_TOKEN_PATTERN } from "@/lib/tokens";

export const LINK_LIFETIME_MS = 72 * 60 * 60 * 1000;

export const LINK_UNUSABLE = msg(
  "Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte frag deine Administration nach einem neuen.",
  "This link has expired or was already used. Please ask your administrators for a new one.",
);

export function setPasswordUrl(token: string): string {
  return `${config().siteUrl}/studio/set-password/${token}`;
}

/** `mailed`: null without SMTP, else whether the mail server took the mail. */
type IssuedLink = { url: string; expiresAt: string; email: string; name: string; purpose: "invite" | "reset"; mailed: boolean | null };

/** Mails the link when SMTP is set up; the admin sees it either way. */
async function mailLink(link: IssuedLink): Promise<IssuedLink> {
  const settings = await accountSettings();
  const mail = accountLinkMail({ ...link, expiresAt: new Date(link.expiresAt) }, settings.companyName, settings.timeZone);
  return { ...link, mailed: await sendMail(mail) };
}

const EMAIL_INVALID = msg("Bitte eine gültige E-Mail-Adresse angeben.", "Please enter a valid email address.");

export const inviteUserSpec = actionSpec({
  name: "users.invite",
  input: z.object({
    name: requiredText({ de: "Der Name", en: "The name" }, 120),
    // An empty address gets the same message, from `min(1)`: that marks the field required (lib/forms/limits.ts).
    email: z.string().trim().toLowerCase().min(1, EMAIL_INVALID).pipe(z.email(EMAIL_INVALID)),
    role: z.enum(ROLES, msg("Bitte eine Rolle wählen.", "Please choose a role.")),
  }),
  permission: "users.manage",
  run: async ({ name, email, role }, { user, tx }): Promise<IssuedLink> => {
    if (await getUserByEmail(email, tx))
      throw new UserFacingError(msg("Für diese E-Mail-Adresse gibt es schon einen Zugang.", "There is already an account for this email address."), "email");
    // No password until the invitee sets one: the account cannot be signed into before.
    const invited = await createUser({ name, email, role, passwordHash: null }, tx);
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS);
    const token = await issueAccountToken({ userId: invited.id, purpose: "invite", createdBy: user.id, expiresAt }, tx);
    await audit({ actorUserId: user.id, action: "user.invite", entityType: "user", entityId: invited.id, details: { role } }, tx);
    return { url: setPasswordUrl(token), expiresAt: expiresAt.toISOString(), email, name, purpose: "invite", mailed: null };
  },
  afterCommit: mailLink,
});

export const resetLinkSpec = actionSpec({
  name: "users.resetLink",
  input: z.object({ userId: z.string().min(1) }),
  permission: "users.manage",
  run: async ({ userId }, { user, tx }): Promise<IssuedLink> => {
    const target = await getUserById(userId, tx);
    if (!target) throw notFound(USER_GONE);
    if (target.disabled) throw new UserFacingError(msg("Der Zugang ist gesperrt. Gib ihn zuerst frei.", "The account is disabled. Enable it first."));
    // Someone who never set a password gets a fresh invitation instead of a reset.
    const purpose = target.passwordHash ? "reset" : "invite";
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_MS);
    const token = await issueAccountToken({ userId, purpose, createdBy: user.id, expiresAt }, tx);
    await audit(
      { actorUserId: user.id, action: purpose === "reset" ? "user.reset_link" : "user.invite", entityType: "user", entityId: userId, details: {} },
      tx,
    );
    return { url: setPasswordUrl(token), expiresAt: expiresAt.toISOString(), email: target.email, name: target.name, purpose, mailed: null };
  },
  afterCommit: mailLink,
});

/**
 * The new password and its repetition, both to be filled in; the password policy needs the
 * account's email and is checked in `run`. An empty repetition is said to be missing, not to differ.
 */
const setPasswordInput = z
  .object({
    token: z.string().regex(LINK_TOKEN_PATTERN, LINK_UNUSABLE),
    password: z.string().min(1, msg("Bitte ein Passwort wählen.", "Please choose a password.")),
    repeat: z.string().min(1, msg("Bitte das Passwort wiederholen.", "Please repeat the password.")),
  })
  .refine((value) => value.repeat === "" || value.password === value.repeat, {
    message: msg("Die beiden Eingaben stimmen nicht überein.", "The two entries do not match."),
    path: ["repeat"],
  });

export const setPasswordSpec: LinkActionSpec<typeof setPasswordInput, { email: string }> = {
  name: "account.setPassword",
  input: setPasswordInput,
  run: async ({ token, password }, { tx }) => {
    const link = await findUsableAccountToken(token, new Date(), tx);
    if (!link) throw notFound(LINK_UNUSABLE);
    const problem = passwordProblems(password, link.user.email)[0];
    if (problem) throw new UserFacingError(problem, "password");
    // The update decides between two tabs submitting the same link at once.
    if (!(await consumeAccountToken(link.id, new Date(), tx))) throw notFound(LINK_UNUSABLE);
    await updateUser(link.user.id, { passwordHash: await hashPassword(password) }, tx);
    // A reset ends every session the old password had opened.
    await bumpTokenVersion(link.user.id, tx);
    await audit(
      {
        actorUserId: link.user.id,
        action: link.purpose === "invite" ? "user.invite_accepted" : "user.password_reset",
        entityType: "user",
        entityId: link.user.id,
        details: {},
      },
      tx,
    );
    return { email: link.user.email };
  },
};
