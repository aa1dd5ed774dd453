// The accounts module's request surface, for pages, route handlers and server actions: who
// is asking (the checked session), next-auth's configuration and the session-bound action
// wrapper. Kept out of index.ts so that scripts and data code never load Next's request APIs.
export { authOptions } from "./auth/options";
export { currentUser, requireUser } from "./auth/session";
export { defineAction } from "./define-action";
export { failed, receiveFile, refuse, type ReceivedFile } from "./file-request";
