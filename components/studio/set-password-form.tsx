"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { setPassword } from "@/modules/accounts/actions";
import type { setPasswordSpec } from "@/modules/accounts";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError } from "./field";
import { useActionForm } from "./use-action-form";

/** Choose a password through a one-time link; on success, on to the sign-in page. */
export function SetPasswordForm({ token, email, limits }: { token: string; email: string; limits: FieldLimits<z.input<typeof setPasswordSpec.input>> }) {
  const router = useRouter();
  const t = useTranslations("studio.setPassword");
  const shell = useTranslations("studio.shell");
  const form = useActionForm(setPassword, () => router.push("/studio/sign-in?passwort=gesetzt"));
  const error = form.fieldErrors.token?.[0] ?? form.error;
  return (
    <form onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      <FormError message={error} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        name="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        errors={form.fieldErrors.password}
        {...limits.password}
      />
      <Field name="repeat" label={t("repeat")} type="password" autoComplete="new-password" errors={form.fieldErrors.repeat} {...limits.repeat} />
      <button type="submit" className="button" disabled={form.pending}>
        {form.pending ? shell("saving") : t("submit")}
      </button>
    </form>
  );
}
