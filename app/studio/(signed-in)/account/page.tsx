import type { Metadata } from "next";
import { TwoFactorPanel } from "@/components/studio/two-factor-panel";
import { getSiteSettings } from "@/db/queries/settings";
import { countUnusedRecoveryCodes } from "@/db/queries/two-factor";
import { requireUser } from "@/lib/auth/session";
import { ROLE_NAMES } from "@/lib/role-names";
import { mustEnrolTwoFactor } from "@/lib/two-factor/policy";

export const metadata: Metadata = { title: "Mein Konto" };

/** One's own account: who one is in the studio, and two-factor sign-in. */
export default async function AccountPage() {
  const user = await requireUser({ allowWithoutTwoFactor: true });
  const settings = await getSiteSettings();
  const enabled = user.totpEnabledAt !== null;
  return (
    <>
      <h1>Mein Konto</h1>
      <p className="muted">
        {user.name} · {user.email} · {ROLE_NAMES[user.role]}
      </p>
      {mustEnrolTwoFactor(user, settings) ? (
        <p className="form-notice" role="status">
          Die Administration verlangt die Zwei-Faktor-Anmeldung für alle. Richte sie jetzt ein, dann geht es im Studio weiter.
        </p>
      ) : null}
      <section className="panel" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Zwei-Faktor-Anmeldung</h2>
        <TwoFactorPanel enabled={enabled} required={settings.requireTwoFactor} unusedCodes={enabled ? await countUnusedRecoveryCodes(user.id) : 0} />
      </section>
    </>
  );
}
