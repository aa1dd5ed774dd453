import type { Metadata } from "next";
import { Forbidden } from "@/components/studio/forbidden";
import { InviteForm } from "@/components/studio/invite-form";
import { UserRow } from "@/components/studio/user-row";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Nutzer:innen" };

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "users.manage")) return <Forbidden what="Die Verwaltung der Nutzer:innen" />;
  const users = await listUsers();
  return (
    <>
      <h1>Nutzer:innen</h1>
      <p className="muted">Kolleg:innen einladen, Rollen ändern, Zugänge sperren und wieder freigeben. Änderungen gelten sofort.</p>
      <InviteForm />
      <div className="table-scroll" role="region" aria-label="Nutzer:innen" tabIndex={0}>
        <table className="user-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-Mail</th>
            <th scope="col">Rolle</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {users.map((row) => (
            <UserRow
              key={row.id}
              user={{ id: row.id, name: row.name, email: row.email, role: row.role, disabled: row.disabled, invited: !row.passwordHash, twoFactor: row.totpEnabledAt !== null }}
              isSelf={row.id === user.id}
            />
          ))}
        </tbody>
        </table>
      </div>
    </>
  );
}
