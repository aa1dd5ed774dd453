/**
 * Tells people what concerns them in review of an interview or a story: reviewers that
 * something was submitted, the writers that it was approved, sent back, commented on, or that the person consented or
 * withdrew. In the studio always; by mail too when SMTP is set up (after the commit).
 */
import "server-only";
import type { Executor } from "@/db/executor";
import { z } from "zod";
import { activeUsersWithRoles, activeWriters, addNotifications, markAllRead, type Recipient } from "./queries/notifications";
import type { Owner } from "./queries/state";
import type { NotificationKind } from "@/db/schema/types";
import { actionSpec, type Defer } from "@/lib/action";
import { notificationMail } from "./notification-mail";
import { sendMail } from "@/lib/mail/send";

export type NoticeEvent = {
  kind: NotificationKind;
  /** The interview or story it concerns. */
  owner: Owner;
  title: string;
  /** Who caused it: a signed-in user (never told about their own step), or a link holder's name. */
  actor: { userId: string | null; name: string | null };
  message?: string | null;
};

/** Reviewers hear of submissions; everything else goes to whoever wrote the interview or story. */
async function recipientsOf(event: NoticeEvent, tx: Executor): Promise<Recipient[]> {
  const except = event.actor.userId;
  if (event.kind === "submitted") return activeUsersWithRoles(["reviewer", "admin"], except, tx);
  const writers = (await activeWriters(event.owner, tx)).filter((writer) => writer.id !== except);
  // Written by someone gone, or imported: the editors as a whole are told.
  return writers.length ? writers : activeUsersWithRoles(["editor", "admin"], except, tx);
}

export async function notify(event: NoticeEvent, tx: Executor, defer: Defer): Promise<void> {
  const recipients = await recipientsOf(event, tx);
  await addNotifications(
    recipients.map((recipient) => ({ userId: recipient.id, kind: event.kind, ...event.owner, actorName: event.actor.name, message: event.message ?? null })),
    tx,
  );
  // One connection per mail, side by side: a submission may reach every reviewer.
  defer(() => Promise.all(recipients.map((recipient) => sendMail(notificationMail(recipient, event)))));
}

/** Marks the signed-in user's notifications read. */
export const markReadSpec = actionSpec({
  name: "notifications.markRead",
  input: z.object({}),
  permission: "studio.view",
  run: async (_input, { user, tx }) => {
    await markAllRead(user.id, new Date(), tx);
    return { read: true };
  },
});
