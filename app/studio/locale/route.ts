import { isLocale } from "@/lib/i18n/routing";
import { STUDIO_LOCALE_COOKIE } from "@/lib/i18n/studio-locale";

/**
 * Switches the studio's language on this device and goes back where the link was
 * clicked: GET /studio/locale?to=en&back=/studio/users. Only studio paths are allowed as
 * `back`, so the route cannot send anyone elsewhere. A preference, no data: no session needed.
 */
export function GET(request: Request) {
  const url = new URL(request.url);
  const to = url.searchParams.get("to") ?? "";
  const back = url.searchParams.get("back") ?? "/studio";
  const target = /^\/studio(\/[\w\-/]*)?$/.test(back) ? back : "/studio";
  const headers = new Headers({ location: target });
  if (isLocale(to)) {
    headers.append("set-cookie", `${STUDIO_LOCALE_COOKIE}=${to}; Path=/studio; Max-Age=31536000; SameSite=Lax; HttpOnly`);
  }
  return new Response(null, { status: 303, headers });
}
