import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { studioLocale } from "./studio-locale";

// Public pages take the locale from their path; the studio, which has none, from the
// reader's choice or browser. A path segment that is no locale (/favicon.ico) is about to
// be a 404: it gets the default language, without reading cookies on a cacheable route.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : requested === undefined ? await studioLocale() : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
