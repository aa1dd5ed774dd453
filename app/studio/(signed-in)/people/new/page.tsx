import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonPage } from "../person-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.people"))("newTitle") };
}

export default function NewPersonPage() {
  return <PersonPage id={null} />;
}
