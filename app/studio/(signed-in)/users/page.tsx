import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { InviteForm } from "@/components/studio/invite-form";
import { UserRow } from "@/components/studio/user-row";
import { listUsers } from "@/db/queries/users";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("users") };
}

export default async function UsersPage() {
  const user = await requireUser();
  if (!can(user, "users.manage")) return <Forbidden what="users" />;
  const [users, t] = await Promise.all([listUsers(), getTranslations("studio.users")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <InviteForm />
      <div className="table-scroll" role="region" aria-label={t("table")} tabIndex={0}>
        <table className="user-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
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
