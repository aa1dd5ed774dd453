"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { FormError } from "./field";

// next-auth's error codes (modules/accounts/auth/options.ts) and their messages.
const MESSAGES = { locked: "locked", code_wrong: "codeWrong" } as const;
const isKnown = (error: string | null | undefined): error is keyof typeof MESSAGES => !!error && Object.hasOwn(MESSAGES, error);

/**
 * Email and password, then (for accounts with two-factor sign-in) the code from the app.
 * Failure messages never say whether an account exists; a locked account and a locked
 * address read the same.
 */
export function SignInForm() {
  const router = useRouter();
  const t = useTranslations("studio.signIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Kept between the two steps, never rendered back into the page.
  const credentials = useRef<{ email: string; password: string } | null>(null);
  const [step, setStep] = useState<"password" | "code">("password");

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    if (step === "password") credentials.current = { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") };
    const result = await signIn("credentials", { ...credentials.current, code: String(form.get("code") ?? ""), redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace("/studio");
      router.refresh();
      return;
    }
    if (result?.error === "code_required") return setStep("code");
    if (step === "code" && !isKnown(result?.error)) {
      // The password stopped working between the steps (changed, or the account disabled).
      setStep("password");
      credentials.current = null;
    }
    setError(isKnown(result?.error) ? t(MESSAGES[result.error]) : t("generic"));
  }

  return (
    <form onSubmit={submit} noValidate key={step}>
      <FormError message={error} />
      {step === "password" ? (
        <>
          <div className="field">
            <label htmlFor="email">{t("email")}</label>
            <input id="email" name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor="password">{t("password")}</label>
            <input id="password" name="password" type="password" autoComplete="current-password" required />
          </div>
        </>
      ) : (
        <div className="field">
          <label htmlFor="code">{t("code")}</label>
          <p className="field-hint" id="code-hint">
            {t("codeHint")}
          </p>
          <input id="code" name="code" inputMode="numeric" autoComplete="one-time-code" aria-describedby="code-hint" required autoFocus />
        </div>
      )}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("submitting") : step === "code" ? t("confirm") : t("submit")}
      </button>
    </form>
  );
}
