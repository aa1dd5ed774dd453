"use server";

import { z } from "zod";
import { markAllRead } from "@/db/queries/notifications";
import { actionSpec, defineAction } from "@/lib/action";

/** Marks the signed-in user's notifications read. */
export const markNotificationsRead = defineAction(
  actionSpec({
    name: "notifications.markRead",
    input: z.object({}),
    permission: "studio.view",
    run: async (_input, { user, tx }) => {
      await markAllRead(user.id, new Date(), tx);
      return { read: true };
    },
  }),
);
