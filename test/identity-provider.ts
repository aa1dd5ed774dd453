import Provider from "oidc-provider";

/**
 * A local OpenID Connect provider for end-to-end tests (panva's oidc-provider with its
 * development login pages): whatever is typed as "login" becomes the subject and the
 * verified email address of the account.
 */
export async function startIdentityProvider({
  port,
  clientId,
  clientSecret,
  redirectUri,
}: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}) {
  const provider = new Provider(`http://127.0.0.1:${port}`, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], grant_types: ["authorization_code"], response_types: ["code"] },
    ],
    findAccount: (_ctx, id) => ({
      accountId: id,
      claims: () => ({ sub: id, email: id, email_verified: true, name: `SSO ${id.split("@")[0]}` }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Real providers (Entra ID, Google, Keycloak) put these claims into the ID token too.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["einblick-e2e-identity-provider"] },
  });
  const server = provider.listen(port);
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
