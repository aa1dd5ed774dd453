"use client";

import { useTranslations } from "next-intl";
import type { z } from "zod";
import { inviteUser } from "@/modules/accounts/actions";
import type { inviteUserSpec } from "@/modules/accounts";
import type { FieldLimits } from "@/lib/forms/limits";
import { Field } from "./field";
import { ListFormPanel } from "./list-form-panel";
import { RoleOptions } from "./role-options";
import { IssuedLink } from "./issued-link";
import { useListForm } from "./use-action-form";

/** Invites a colleague: creates the account without a password and shows the one-time link. */
export function InviteForm({ limits }: { limits: FieldLimits<z.input<typeof inviteUserSpec.input>> }) {
  const t = useTranslations("studio.users");
  const { form, formRef } = useListForm(inviteUser);
  return (
    <ListFormPanel
      headingId="invite-heading"
      title={t("inviteTitle")}
      className="inline-form"
      form={form}
      formRef={formRef}
      after={form.data ? <IssuedLink {...form.data} label={t("inviteLink")} /> : null}
    >
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
    </ListFormPanel>
  );
}
