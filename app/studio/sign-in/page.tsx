import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/studio/sign-in-form";
import { getSiteSettings } from "@/db/queries/settings";
import { currentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Anmelden" };

export default async function SignInPage() {
  if (await currentUser()) redirect("/studio");
  const settings = await getSiteSettings();
  return (
    <main className="sign-in">
      <div className="sign-in-card">
        <p className="eyebrow">{settings.companyName}</p>
        <h1>Im Studio anmelden</h1>
        <SignInForm />
      </div>
    </main>
  );
}
