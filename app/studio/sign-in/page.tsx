import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/studio/sign-in-form";
import { SsoButton } from "@/components/studio/sso-button";
import { getSiteSettings } from "@/db/queries/settings";
import { currentUser } from "@/lib/auth/session";
import { config } from "@/lib/config";

export const metadata: Metadata = { title: "Anmelden" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ passwort?: string; sitzung?: string; error?: string }> }) {
  if (await currentUser()) redirect("/studio");
  const { passwort, sitzung, error } = await searchParams;
  const settings = await getSiteSettings();
  const sso = config().oidc?.name ?? null;
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <p className="eyebrow">{settings.companyName}</p>
        <h1>Im Studio anmelden</h1>
        {passwort === "gesetzt" ? (
          <p className="form-notice" role="status">
            Dein Passwort ist gespeichert. Du kannst dich jetzt anmelden.
          </p>
        ) : null}
        {sitzung === "beendet" ? (
          <p className="form-notice" role="status">
            Deine Sitzung ist abgelaufen oder wurde beendet. Bitte melde dich erneut an.
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {error === "AccessDenied"
              ? "Für dieses Konto gibt es keinen Zugang zum Studio. Bitte wende dich an deine Administration."
              : "Die Anmeldung hat nicht geklappt. Bitte versuch es noch einmal."}
          </p>
        ) : null}
        <SignInForm />
        {sso ? <SsoButton label={`Mit ${sso} anmelden`} /> : null}
      </div>
    </main>
  );
}
