import NextAuth from "next-auth";
import { authOptions } from "@/modules/accounts/request";

type Handler = ReturnType<typeof NextAuth>;
let handler: Handler | undefined;

// Built on the first request, not when the module loads: the build evaluates this module,
// and the options read the configuration and the session secret.
function auth(...args: Parameters<Handler>): ReturnType<Handler> {
  handler ??= NextAuth(authOptions());
  return handler(...args);
}

export { auth as GET, auth as POST };
