import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { blockedUntil, clearFailures, recordFailure } from "../queries/sign-in-throttle";
import { endSession, startSession } from "../queries/user-sessions";
import { getUserByEmail } from "../queries/users";
import { config } from "@/lib/config";
import { authSecret } from "@/lib/secret";
import { hashPassword, verifyPassword } from "../passwords";
import { verifySecondFactor } from "../two-factor/verify";
import { oidcProvider, userForOidcProfile, type OidcProfile } from "./oidc";
import { clientAddress } from "./throttle";

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(320),
  // Passwords are taken whole; argon2 has no length cut-off.
  password: z.string().min(1).max(1024),
  // The second factor, on the second step: an app code or a recovery code.
  code: z.string().trim().max(40).optional(),
});

/** Thrown to tell the sign-in form to say "too many attempts" (the same for every account). */
export const LOCKED = "locked";
/** Thrown after a right password when the account needs a second factor: the form asks for the code. */
export const CODE_REQUIRED = "code_required";
/** Thrown when the second factor was wrong (it counts as a failure for the throttle). */
export const CODE_WRONG = "code_wrong";

// Verifying against a hash even when the account does not exist keeps the timing the same.
let dummyHash: Promise<string> | undefined;

/** Counts a failed attempt for the throttle and logs it, and the lockout it may cause. */
async function fail(keys: string[], now: Date, userId: string | null, action: string, email: string): Promise<void> {
  const blocked = await recordFailure(keys, now);
  const subject = { actorUserId: userId, entityType: "user", entityId: userId } as const;
  await audit({ ...subject, action, details: { email } });
  if (blocked.length) await audit({ ...subject, action: "sign_in.locked", details: { email, by: blocked.map((key) => key.split(":")[0]).join(", ") } });
}

async function authorize(input: Record<string, string> | undefined, headers: Record<string, string | string[] | undefined>) {
  const parsed = credentials.safeParse(input ?? {});
  if (!parsed.success) return null;
  const { email, password, code } = parsed.data;
  const now = new Date();
  const keys = [`email:${email}`, `ip:${clientAddress(headers)}`];
  if (await blockedUntil(keys, now)) throw new Error(LOCKED);

  const user = await getUserByEmail(email);
  dummyHash ??= hashPassword(crypto.randomUUID());
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid || user.disabled) {
    await fail(keys, now, user?.id ?? null, "sign_in.failure", email);
    return null;
  }
  if (user.totpEnabledAt) {
    if (!code) throw new Error(CODE_REQUIRED);
    const method = await verifySecondFactor(user, code, now);
    if (!method) {
      await fail(keys, now, user.id, "two_factor.failure", email);
      throw new Error(CODE_WRONG);
    }
    if (method === "recovery") await audit({ actorUserId: user.id, action: "two_factor.recovery_used", entityType: "user", entityId: user.id, details: {} });
  }
  await clearFailures(keys[0]!);
  await audit({ actorUserId: user.id, action: "sign_in.success", entityType: "user", entityId: user.id, details: {} });
  return { id: user.id, name: user.name, email: user.email, role: user.role, tokenVersion: user.tokenVersion };
}

/**
 * Sessions end SESSION_MAX_AGE_HOURS after sign-in however active, and after
 * SESSION_IDLE_MINUTES without a request. next-auth's own expiry slides whenever it
 * re-issues the cookie, so the sign-in time is kept in the token and each session has a
 * row that records its activity; session.ts checks both on every request. Built on first
 * use, so importing the accounts module reads no configuration and constructs nothing.
 */
let built: NextAuthOptions | undefined;
export function authOptions(): NextAuthOptions {
  built ??= buildAuthOptions();
  return built;
}

function buildAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: config().sessionMaxAgeS },
    pages: { signIn: "/studio/sign-in", error: "/studio/sign-in" },
    providers: [
      ...(config().oidc ? [oidcProvider(config().oidc!)] : []),
      CredentialsProvider({
        name: "E-Mail",
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        authorize: (input, request) => authorize(input, (request?.headers ?? {}) as Record<string, string>),
      }),
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== "oidc") return true;
        const user = await userForOidcProfile(profile as OidcProfile | undefined);
        await audit({
          actorUserId: user?.id ?? null,
          action: user ? "sign_in.success" : "sign_in.failure",
          entityType: "user",
          entityId: user?.id ?? null,
          details: { via: "oidc", email: (profile as OidcProfile | undefined)?.email ?? null },
        });
        return user !== null;
      },
      async jwt({ token, user, account }) {
        // Only ids and the token version are kept; role and status are read from the user
        // row on every request, so changes take effect at once.
        if (user) {
          // After single sign-on, `user` is the provider's profile: the studio account is the
          // one signIn matched by email.
          const studioUser =
            account?.provider === "oidc"
              ? await userForOidcProfile({ email: user.email ?? undefined })
              : { id: user.id, tokenVersion: "tokenVersion" in user ? Number(user.tokenVersion) : -1 };
          if (!studioUser) return token;
          const now = new Date();
          token.uid = studioUser.id;
          token.tv = studioUser.tokenVersion;
          token.signedInAt = now.getTime();
          token.sid = await startSession(studioUser.id, now, { maxAgeS: config().sessionMaxAgeS, idleS: config().sessionIdleS });
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as string, tv: token.tv as number, sid: token.sid as string, signedInAt: token.signedInAt as number };
      },
    },
    events: {
      // Signing out ends the session on the server too: a copied cookie stops working.
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(token.sid);
      },
    },
  };
}
