"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetTwoFactor } from "@/app/studio/actions/two-factor";
import { changeRole, createResetLink, setDisabled } from "@/app/studio/actions/users";
import type { Role } from "@/db/schema/types";
import type { ActionResult } from "@/lib/action";
import { IssuedLink } from "./issued-link";
import { RoleOptions } from "./role-options";

type Row = { id: string; name: string; email: string; role: Role; disabled: boolean; invited: boolean; twoFactor: boolean };
type Link = { url: string; expiresAt: string; email: string; mailed: boolean | null };

/** One user: role select and enable/disable, each a server action; refusals show in the row. */
export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [link, setLink] = useState<Link | null>(null);
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

  return (
    <tr aria-busy={pending}>
      <th scope="row">
        {user.name}
        {isSelf ? <span className="muted"> (du)</span> : null}
        {error ? (
          <span className="form-error row-error" role="alert">
            {error}
          </span>
        ) : null}
      </th>
      <td>{user.email}</td>
      <td>
        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
          Rolle von {user.name}
        </label>
        <select
          id={`role-${user.id}`}
          value={user.role}
          disabled={pending}
          onChange={(event) => run(() => changeRole({ userId: user.id, role: event.target.value }))}
        >
          <RoleOptions />
        </select>
      </td>
      <td>
        <span className={user.disabled ? "status status-off" : "status"}>{user.disabled ? "Gesperrt" : user.invited ? "Eingeladen" : "Aktiv"}</span>{" "}
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={pending}
          onClick={() => run(() => setDisabled({ userId: user.id, disabled: !user.disabled }))}
        >
          {user.disabled ? `${user.name} freigeben` : `${user.name} sperren`}
        </button>{" "}
        {user.disabled ? null : (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={pending}
            aria-label={user.invited ? `Neuer Einladungslink für ${user.name}` : `Passwort-Link für ${user.name}`}
            onClick={() => run(() => createResetLink({ userId: user.id }), setLink)}
          >
            {user.invited ? "Neuer Einladungslink" : "Passwort-Link"}
          </button>
        )}
        {user.twoFactor && !isSelf ? (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={pending}
            aria-label={`Zwei-Faktor zurücksetzen für ${user.name}`}
            onClick={() => {
              if (window.confirm(`Zwei-Faktor-Anmeldung von ${user.name} zurücksetzen? ${user.name} wird abgemeldet und richtet sie neu ein.`)) {
                run(() => resetTwoFactor({ userId: user.id }));
              }
            }}
          >
            Zwei-Faktor zurücksetzen
          </button>
        ) : null}
        {link ? <IssuedLink {...link} label={`Link für ${user.name}`} /> : null}
      </td>
    </tr>
  );
}
