import type { Metadata } from "next";
import Link from "next/link";
import { SetPasswordForm } from "@/components/studio/set-password-form";
import { findUsableAccountToken } from "@/db/queries/account-tokens";
import { getSiteSettings } from "@/db/queries/settings";
import { LINK_UNUSABLE } from "@/lib/account-links";
import { LINK_TOKEN_PATTERN } from "@/lib/tokens";

export const metadata: Metadata = { title: "Passwort festlegen", referrer: "no-referrer" };

/** Where invitation and reset links lead. Opening it changes nothing; saving uses the link up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [settings, link] = await Promise.all([
    getSiteSettings(),
    LINK_TOKEN_PATTERN.test(token) ? findUsableAccountToken(token) : Promise.resolve(null),
  ]);
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <p className="eyebrow">{settings.companyName}</p>
        {link ? (
          <>
            <h1>{link.purpose === "invite" ? `Willkommen, ${link.user.name}` : "Neues Passwort festlegen"}</h1>
            <p className="muted">
              {link.purpose === "invite" ? "Leg ein Passwort für dein Studio-Konto fest" : "Leg ein neues Passwort fest"} ({link.user.email}).
            </p>
            <SetPasswordForm token={token} email={link.user.email} />
          </>
        ) : (
          <>
            <h1>Link nicht mehr gültig</h1>
            <p role="alert">{LINK_UNUSABLE}</p>
            <p>
              <Link href="/studio/sign-in">Zur Anmeldung</Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
