/** Where the server under test listens; scripts/e2e.ts picks the port per dialect. */
export const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

/** The test SMTP server the app sends mail to (e2e/services.setup.ts), and where it files what it gets. */
export const smtpPort = port + 1000;
export const mailDir = process.env.E2E_MAIL_DIR ?? "test-results/mail";

/**
 * The test identity provider (single sign-on). Its redirect goes to "localhost", the host
 * next-auth builds its callback URLs for (NEXTAUTH_URL from SITE_URL's default).
 */
export const ssoURL = `http://localhost:${port}`;
export const oidc = {
  port: port + 1200,
  clientId: "einblick-e2e",
  clientSecret: "einblick-e2e-client-secret",
  redirectUri: `${ssoURL}/api/auth/callback/oidc`,
};
