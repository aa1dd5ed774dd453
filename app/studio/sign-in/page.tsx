import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/studio/sign-in-form";
import { getSiteSettings } from "@/db/queries/settings";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Anmelden" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ passwort?: string; sitzung?: string }> }) {
  if (await currentUser()) redirect("/studio");
  const { passwort, sitzung } = await searchParams;
  const settings = await getSiteSettings();
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
        <SignInForm />
      </div>
    </main>
  );
}
