"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetTwoFactor, changeRole, createResetLink, setDisabled } from "@/modules/accounts/actions";
import type { Role } from "@/db/schema/types";
import type { ActionResult } from "@/lib/action";
import { IssuedLink } from "./issued-link";
import { RoleOptions } from "./role-options";

type Row = { id: string; name: string; email: string; role: Role; disabled: boolean; invited: boolean; twoFactor: boolean };
type Link = { url: string; expiresAt: string; email: string; mailed: boolean | null };

/** Runs one of a row's actions at a time: a refusal is kept for the row, the list is read afresh either way. */
function useRowAction() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (result.ok) onSuccess?.(result.data);
      else setError(result.error);
      router.refresh();
    });
  }

  return { error, pending, run };
}

/** One user: role select and enable/disable, each a server action; refusals show in the row. */
export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const { error, pending, run } = useRowAction();
  const [link, setLink] = useState<Link | null>(null);
  const t = useTranslations("studio.users");

  return (
    <tr aria-busy={pending}>
      <th scope="row">
        {user.name}
        {isSelf ? <span className="muted"> {t("you")}</span> : null}
        {error ? (
          <span className="form-error row-error" role="alert">
            {error}
          </span>
        ) : null}
      </th>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          {t("roleOf", { name: user.name })}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={pending}
          onChange={(event) => run(() => changeRole({ userId: user.id, role: event.target.value as Role }))}
        >
          <RoleOptions />
        </select>
      </td>
      <td>
        <span className={user.disabled ? "status status-off" : "status"}>{user.disabled ? t("disabled") : user.invited ? t("invited") : t("active")}</span>{" "}
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={pending}
          onClick={() => run(() => setDisabled({ userId: user.id, disabled: !user.disabled }))}
        >
          {user.disabled ? t("enable", { name: user.name }) : t("disable", { name: user.name })}
        </button>{" "}
        {user.disabled ? null : (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={pending}
            aria-label={user.invited ? t("newInviteLabel", { name: user.name }) : t("resetLinkLabel", { name: user.name })}
            onClick={() => run(() => createResetLink({ userId: user.id }), setLink)}
          >
            {user.invited ? t("newInvite") : t("resetLink")}
          </button>
        )}
        {user.twoFactor && !isSelf ? (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={pending}
            aria-label={t("resetTwoFactorLabel", { name: user.name })}
            onClick={() => {
              if (window.confirm(t("resetTwoFactorConfirm", { name: user.name }))) {
                run(() => resetTwoFactor({ userId: user.id }));
              }
            }}
          >
            {t("resetTwoFactor")}
          </button>
        ) : null}
        {link ? <IssuedLink {...link} label={t("linkFor", { name: user.name })} /> : null}
      </td>
    </tr>
  );
}
