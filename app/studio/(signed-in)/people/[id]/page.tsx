import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PersonPage } from "../person-page";
import { getPerson } from "@/modules/people";

type Params = { params: Promise<{ id: string }>; searchParams?: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const person = await getPerson((await params).id);
  return { title: person?.displayName ?? (await getTranslations("studio.people"))("title") };
}

export default async function EditPersonPage({ params, searchParams }: Params) {
  return <PersonPage id={(await params).id} justCreated={(await searchParams)?.gespeichert === "1"} />;
}
