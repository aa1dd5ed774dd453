import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { cachedSettings } from "@/db/queries/public-cached";
import { routing } from "@/lib/i18n/routing";
import { accentStyle } from "@/lib/theme";
import { config } from "@/lib/config";

/**
 * Nothing is rendered at build (the build needs no database): public pages render on their
 * first request and stay in Next's page cache until a tag of their data is revalidated.
 */
export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function generateMetadata(): Promise<Metadata> {
  const settings = await cachedSettings();
  return {
    metadataBase: new URL(config().siteUrl),
    title: { default: settings.companyName, template: `%s · ${settings.companyName}` },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const settings = await cachedSettings();
  return (
    <html lang={locale}>
      <body style={accentStyle(settings.accentColor)}>
        <NextIntlClientProvider>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
