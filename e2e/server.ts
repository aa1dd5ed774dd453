/** Where the server under test listens; scripts/e2e.ts picks the port per dialect. */
export const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;
