import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import "./consent.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";

// Consent links are personal: never indexed, never followed.
export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The featured person's page, reached by their link without an account. */
export default function ConsentLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      {/* The site's links (header, person card) are next-intl links; they need its provider, no messages. */}
      <body>
        <NextIntlClientProvider messages={{}}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
