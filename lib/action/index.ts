// The server-action kernel: result and spec types are safe anywhere, `execute` is server-only
// (modules/accounts binds session actions to the request).
export { failure, MESSAGES, REFERENCE, unexpected, type ActionErrorCode, type ActionFailure, type ActionResult } from "./result";
export { actionSpec, type ActionSpec, type Defer, type LinkActionSpec, type User } from "./spec";
export { execute } from "./execute";
// link.ts (next/cache) is imported as "@/lib/action/link", so data code never loads Next.
