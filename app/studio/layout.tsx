import "@fontsource-variable/inter";
import "@fontsource-variable/fraunces";
import "../globals.css";
import "./studio.css";
import type { ReactNode } from "react";
import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "Studio · Einblick", template: "%s · Studio · Einblick" },
  robots: { index: false, follow: false },
};

// The studio is German for now; its English UI comes with the studio shell.
export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de">
      <body className="studio">{children}</body>
    </html>
  );
}
