import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import "./link-pages.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// Consent and preview links are personal: never indexed, never followed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** Pages reached by a personal link without an account: the featured person's consent, a shared preview. */
export default function LinkPagesLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      {/* The site's links (header, person card) are next-intl links; they need its provider, no messages. */}
      <body>
        <NextIntlClientProvider messages={{}}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
