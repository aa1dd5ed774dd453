import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { bumpTokenVersion } from "../queries/users";
import { actionSpec } from "@/lib/action";

/** Ends every session of the signed-in user, on every device, including this one. */
export const signOutEverywhereSpec = actionSpec({
  name: "account.signOutEverywhere",
  input: z.object({}),
  permission: "account.manage_own",
  run: async (_input, { user, tx }) => {
    await bumpTokenVersion(user.id, tx);
    await audit({ actorUserId: user.id, action: "sessions.revoke_all", entityType: "user", entityId: user.id, details: {} }, tx);
    return null;
  },
});
