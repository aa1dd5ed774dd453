import type { Config } from "@/lib/config";

export function publicUrl(config: Config): string {
  const host = !config.hostname || ["0.0.0.0", "::"].includes(config.hostname) ? "localhost" : config.hostname;
  return `http://${host}:${config.port}`;
}

/** What the person starting Einblick needs: where it runs and how the first admin signs in. */
export function printWelcome(config: Config, newAdmin: { email: string; password: string } | null): void {
  const url = publicUrl(config);
  const lines = ["", `  Einblick is starting at ${url}  (database: ${config.dialect})`, "", `  Studio sign-in: ${url}/studio`];
  if (newAdmin) {
    lines.push(
      `    email:    ${newAdmin.email}`,
      `    password: ${newAdmin.password}`,
      "",
      "  The password is shown only this once. Keep it in your password manager.",
    );
  } else {
    lines.push(`    as the admin created at first start (${config.adminEmail} unless ADMIN_EMAIL was set)`);
  }
  console.log([...lines, ""].join("\n"));
}
