"use client";

import { useRouter } from "next/navigation";
import { setPassword } from "@/app/studio/actions/password";
import { Field } from "./field";
import { useActionForm } from "./use-action-form";

/** Choose a password through a one-time link; on success, on to the sign-in page. */
export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const form = useActionForm(setPassword, () => router.push("/studio/sign-in?passwort=gesetzt"));
  const error = form.fieldErrors.token?.[0] ?? form.error;
  return (
    <form onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        name="password"
        label="Neues Passwort"
        type="password"
        autoComplete="new-password"
        hint="Mindestens 12 Zeichen, nicht deine E-Mail-Adresse und kein bekanntes Passwort. Ein Satz, den du dir merken kannst, ist ideal."
        errors={form.fieldErrors.password}
        required
      />
      <Field name="repeat" label="Passwort wiederholen" type="password" autoComplete="new-password" errors={form.fieldErrors.repeat} required />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? "Speichern …" : "Passwort speichern"}
      </button>
    </form>
  );
}
