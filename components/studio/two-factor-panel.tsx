"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { z } from "zod";
import { confirmTwoFactor, disableTwoFactor, renewRecoveryCodes, startTwoFactor } from "@/modules/accounts/actions";
import type { twoFactorCodeInput } from "@/modules/accounts";
import type { FieldLimit, FieldLimits } from "@/lib/forms/limits";
import { Field, FormError } from "./field";
import { RecoveryCodes } from "./recovery-codes";
import { useActionForm } from "./use-action-form";

/** `limits`: of the code field that the confirm, renew and disable forms share. */
type Props = { enabled: boolean; required: boolean; unusedCodes: number; limits: FieldLimits<z.input<typeof twoFactorCodeInput>> };
type CodeFormState = Pick<ReturnType<typeof useActionForm<never, unknown>>, "onSubmit" | "pending" | "error" | "fieldErrors">;

/** One code field and its button: a general refusal above, a wrong code at the field. */
function CodeForm({
  form,
  limit,
  id,
  label,
  hint,
  submit,
  secondary,
}: {
  form: CodeFormState;
  limit: FieldLimit;
  id: string;
  label: string;
  hint?: string;
  submit: string;
  secondary?: boolean;
}) {
  return (
    <form className="row-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
      {/* A wrong code is said at the code field; only other problems up here. */}
      <FormError message={form.fieldErrors.code ? null : form.error} />
      <Field name="code" id={id} label={label} hint={hint} inputMode="numeric" autoComplete="one-time-code" errors={form.fieldErrors.code} {...limit} />
      <button type="submit" className={secondary ? "button button-secondary" : "button"} disabled={form.pending}>
        {submit}
      </button>
    </form>
  );
}

/** Two-factor sign-in for one's own account: enrol with a QR code, renew recovery codes, turn off. */
export function TwoFactorPanel({ enabled, required, unusedCodes, limits }: Props) {
  const router = useRouter();
  const t = useTranslations("studio.twoFactor");
  const [codes, setCodes] = useState<string[] | null>(null);
  const [, startTransition] = useTransition();
  const start = useActionForm(startTwoFactor);
  const showCodes = (data: { recoveryCodes: string[] }) => setCodes(data.recoveryCodes);
  const confirm = useActionForm(confirmTwoFactor, showCodes);
  const renew = useActionForm(renewRecoveryCodes, showCodes);
  const disable = useActionForm(disableTwoFactor, () => router.refresh());

  if (codes) {
    // One transition: the codes go away together with the refreshed page, never before it.
    const done = () =>
      startTransition(() => {
        router.refresh();
        setCodes(null);
      });
    return <RecoveryCodes codes={codes} onDone={done} />;
  }

  if (!enabled) {
    return (
      <>
        <p>{t("intro")}</p>
        <FormError message={start.error} />
        {start.data ? (
          <ol className="enrol-steps">
            <li>
              <p>{t("scan")}</p>
              {/* A data URL made on the server from the otpauth:// address: nothing for next/image to optimize. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={start.data.qrCode} width={240} height={240} alt={t("qr")} />
              <div className="field">
                <label htmlFor="totp-key">{t("key")}</label>
                <input id="totp-key" className="totp-key" readOnly value={start.data.secret} onFocus={(event) => event.currentTarget.select()} />
              </div>
            </li>
            <li>
              <CodeForm form={confirm} limit={limits.code} id="enrol-code" label={t("code")} submit={confirm.pending ? t("checking") : t("confirm")} />
            </li>
          </ol>
        ) : (
          <form onSubmit={start.onSubmit}>
            <button type="submit" className="button" disabled={start.pending}>
              {t("start")}
            </button>
          </form>
        )}
      </>
    );
  }

  return (
    <>
      <p>
        <span className="status">{t("enabled")}</span> {t("unused", { count: unusedCodes })}
      </p>
      <h3>{t("codesTitle")}</h3>
      <CodeForm form={renew} limit={limits.code} id="renew-code" label={t("code")} hint={t("renewHint")} submit={t("renew")} secondary />
      <h3>{t("disableTitle")}</h3>
      {required ? (
        <p className="field-hint">{t("required")}</p>
      ) : (
        <CodeForm form={disable} limit={limits.code} id="disable-code" label={t("disableCode")} submit={t("disable")} secondary />
      )}
    </>
  );
}
