import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { StudioTable } from "@/components/studio/studio-table";
import { InviteForm } from "@/components/studio/invite-form";
import { UserRow } from "@/components/studio/user-row";
import { inviteUserSpec, listUsers } from "@/modules/accounts";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
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
      <InviteForm limits={fieldLimits(inviteUserSpec.input)} />
      <StudioTable label={t("table")} columns={[t("name"), t("email"), t("role"), t("status")]}>
        {users.map((row) => (
          <UserRow
            key={row.id}
            user={{
              id: row.id,
              name: row.name,
              email: row.email,
              role: row.role,
              disabled: row.disabled,
              invited: !row.passwordHash,
              twoFactor: row.totpEnabledAt !== null,
            }}
            isSelf={row.id === user.id}
          />
        ))}
      </StudioTable>
    </>
  );
}
