import { getTranslations } from "next-intl/server";

/** What a signed-in user sees on a studio page their role does not include. */
export async function Forbidden({ what }: { what: "users" | "settings" | "audit" | "interviews" | "people" | "taxonomy" | "jobs" }) {
  const t = await getTranslations("studio.forbidden");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t(what)}</p>
    </>
  );
}
