/** User administration: the rules behind the studio's user actions (admins only). */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { bumpTokenVersion, countOtherActiveAdmins, getUserById, updateUser } from "./queries/users";
import { ROLES } from "@/db/schema/types";
import { actionSpec } from "@/lib/action";
import { USER_GONE, UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";

export const LAST_ADMIN = msg(
  "Es muss immer mindestens eine aktive Administratorin oder einen aktiven Administrator geben.",
  "There must always be at least one active administrator.",
);

/** Changes a user's role. The last enabled admin cannot be demoted. */
export const changeRoleSpec = actionSpec({
  name: "users.changeRole",
  input: z.object({ userId: z.string().min(1), role: z.enum(ROLES) }),
  permission: "users.manage",
  run: async ({ userId, role }, { user, tx }) => {
    const target = await getUserById(userId, tx);
    if (!target) throw notFound(USER_GONE);
    if (target.role === role) return { role };
    if (target.role === "admin" && !target.disabled && (await countOtherActiveAdmins(target.id, tx)) === 0) {
      throw new UserFacingError(LAST_ADMIN);
    }
    await updateUser(userId, { role }, tx);
    // Role changes take effect at once: the session is re-checked, and a new token is required.
    await bumpTokenVersion(userId, tx);
    await audit({ actorUserId: user.id, action: "user.role_change", entityType: "user", entityId: userId, details: { from: target.role, to: role } }, tx);
    return { role };
  },
});

/** Disables or re-enables a user. Disabling signs them out at once; the last admin stays. */
export const setDisabledSpec = actionSpec({
  name: "users.setDisabled",
  input: z.object({ userId: z.string().min(1), disabled: z.boolean() }),
  permission: "users.manage",
  run: async ({ userId, disabled }, { user, tx }) => {
    const target = await getUserById(userId, tx);
    if (!target) throw notFound(USER_GONE);
    if (disabled && target.role === "admin" && (await countOtherActiveAdmins(target.id, tx)) === 0) {
      throw new UserFacingError(LAST_ADMIN);
    }
    await updateUser(userId, { disabled }, tx);
    await audit({ actorUserId: user.id, action: disabled ? "user.disable" : "user.enable", entityType: "user", entityId: userId, details: {} }, tx);
    return { disabled };
  },
});
