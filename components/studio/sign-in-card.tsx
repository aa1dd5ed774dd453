import type { ReactNode } from "react";
import { LanguageSwitch } from "./language-switch";

/** The frame of the pages one sees signed out (sign-in, setting a password): the company's name, the language switch, the card. */
export function SignInCard({ companyName, children }: { companyName: string; children: ReactNode }) {
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <div className="sign-in-top">
          <p className="eyebrow">{companyName}</p>
          <LanguageSwitch />
        </div>
        {children}
      </div>
    </main>
  );
}
