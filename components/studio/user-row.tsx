"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { changeRole, setDisabled } from "@/app/studio/actions/users";
import type { Role } from "@/db/schema/types";
import { ROLE_NAMES } from "@/lib/role-names";

type Row = { id: string; name: string; email: string; role: Role; disabled: boolean };

/** One user: role select and enable/disable, each a server action; refusals show in the row. */
export function UserRow({ user, isSelf }: { user: Row; isSelf: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: () => Promise<{ ok: boolean; error?: string }>) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) setError(result.error ?? null);
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
          {(Object.keys(ROLE_NAMES) as Role[]).map((role) => (
            <option key={role} value={role}>
              {ROLE_NAMES[role]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span className={user.disabled ? "status status-off" : "status"}>{user.disabled ? "Gesperrt" : "Aktiv"}</span>{" "}
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={pending}
          onClick={() => run(() => setDisabled({ userId: user.id, disabled: !user.disabled }))}
        >
          {user.disabled ? `${user.name} freigeben` : `${user.name} sperren`}
        </button>
      </td>
    </tr>
  );
}
