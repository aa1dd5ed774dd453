import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import "./studio.css";
import "./editor.css";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("studio.meta");
  return {
    title: { default: `${t("title")} · Einblick`, template: `%s · ${t("title")} · Einblick` },
    robots: { index: false, follow: false },
  };
}

/**
 * The studio in the reader's language (lib/i18n/studio-locale.ts). Client leaves get the
 * studio's messages only, not the public site's.
 */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale}>
      <body className="studio">
        <NextIntlClientProvider messages={{ studio: messages.studio, comments: messages.comments }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
