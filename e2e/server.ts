/** Where the server under test listens; scripts/e2e.ts picks the port per dialect. */
export const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

/** The test SMTP server the app sends mail to (e2e/mail.setup.ts), and where it files what it gets. */
export const smtpPort = port + 1000;
export const mailDir = process.env.E2E_MAIL_DIR ?? "test-results/mail";
