import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import type { ReactNode } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { cachedSettings } from "@/modules/public-site";
import { routing } from "@/lib/i18n/routing";
import { accentStyle } from "@/modules/site";
import { config } from "@/lib/config";
import { renderOnDemand } from "./render-on-demand";

export const generateStaticParams = renderOnDemand;

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
