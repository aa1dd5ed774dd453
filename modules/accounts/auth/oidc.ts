import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getUserByEmail, type User } from "../queries/users";
import type { Config } from "@/lib/config";

export type OidcProfile = { sub: string; email?: string; email_verified?: boolean; name?: string };

/**
 * Single sign-on through the organisation's identity provider (Microsoft Entra ID, Google
 * Workspace, Keycloak, …), discovered from the issuer. Authorization code flow with PKCE and
 * state; the profile comes from the signed ID token.
 */
export function oidcProvider(oidc: NonNullable<Config["oidc"]>): OAuthConfig<OidcProfile> {
  return {
    id: "oidc",
    name: oidc.name,
    type: "oauth",
    wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({ id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null }),
  };
}

/**
 * The studio user an identity-provider sign-in belongs to: an existing, enabled account
 * with the same (verified) email address. Signing in never creates an account or grants a
 * role; without a match the sign-in is refused.
 */
export async function userForOidcProfile(profile: Pick<OidcProfile, "email" | "email_verified"> | undefined): Promise<User | null> {
  if (!profile?.email || profile.email_verified === false) return null;
  const user = await getUserByEmail(profile.email);
  return user && !user.disabled ? user : null;
}
