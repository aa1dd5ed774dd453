import { notFound } from "next/navigation";

// Unknown paths under a locale get the localized 404 page with status 404.
export default function CatchAll() {
  notFound();
}
