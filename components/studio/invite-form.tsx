"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import type { z } from "zod";
import { inviteUser } from "@/modules/accounts/actions";
import type { inviteUserSpec } from "@/modules/accounts";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field, FormError } from "./field";
import { RoleOptions } from "./role-options";
import { IssuedLink } from "./issued-link";
import { useActionForm } from "./use-action-form";

/** Invites a colleague: creates the account without a password and shows the one-time link. */
export function InviteForm({ limits }: { limits: FieldLimits<z.input<typeof inviteUserSpec.input>> }) {
  const router = useRouter();
  const t = useTranslations("studio.users");
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(inviteUser, () => {
    formRef.current?.reset();
    router.refresh();
  });
  return (
    <section className="panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteTitle")}</h2>
      <form ref={formRef} className="inline-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
        <FormError message={form.error} />
        <Field name="name" label={t("name")} autoComplete="off" errors={form.fieldErrors.name} {...limits.name} />
        <Field name="email" label={t("emailAddress")} type="email" autoComplete="off" errors={form.fieldErrors.email} {...limits.email} />
        <div className="field">
          <label htmlFor="invite-role">{t("role")}</label>
          <select id="invite-role" name="role" defaultValue="editor">
            <RoleOptions />
          </select>
        </div>
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t("inviting") : t("invite")}
        </button>
      </form>
      {form.data ? <IssuedLink {...form.data} label={t("inviteLink")} /> : null}
    </section>
  );
}
