import { createInterview } from "../modules/interviews/queries/interviews";
import { createPerson } from "../modules/people/queries";
import type { RevisionContent } from "../modules/interviews/queries/revisions";
import { departments, locations } from "../modules/taxonomy/queries/taxonomy";
import { createUser } from "../modules/accounts/queries/users";
import type { TiptapDoc } from "@/lib/content/schema";

/** Unique suffix so tests sharing one database never collide. */
export function unique(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

export function qaDoc(question: string, answer: string): TiptapDoc {
  return {
    type: "doc",
    content: [
      {
        type: "questionAnswer",
        attrs: { id: unique("qa") },
        content: [
          { type: "question", content: [{ type: "text", text: question }] },
          { type: "answer", content: [{ type: "paragraph", content: [{ type: "text", text: answer }] }] },
        ],
      },
    ],
  };
}

export function content(title: string, overrides: Partial<RevisionContent> = {}): RevisionContent {
  return {
    title,
    teaser: `Teaser zu ${title}`,
    body: qaDoc("Was gefällt dir an deiner Arbeit?", "Die Nähe zu unseren Kund:innen und das große Maß an Vertrauen."),
    seoTitle: null,
    seoDescription: null,
    ctaLabel: null,
    ctaUrl: null,
    socialImageAssetId: null,
    ...overrides,
  };
}

export async function makeUser(role: "admin" | "editor" | "reviewer" = "editor") {
  return createUser({ email: `${unique(role)}@example.test`, name: `Test ${role}`, role });
}

export async function makePerson(name = "Erika Muster") {
  const department = await departments.create({ slug: unique("dept"), name: { de: "Produktion", en: "Production" } });
  const location = await locations.create({ slug: unique("loc"), name: { de: "Stuttgart", en: "Stuttgart" } });
  return createPerson({
    displayName: name,
    jobTitle: { de: "Produktionsleiterin", en: "Head of Production" },
    departmentId: department.id,
    locationId: location.id,
    startDate: "2015-03-01",
  });
}

export async function makeInterview(options: { locale?: string; slug?: string; title?: string } = {}) {
  const person = await makePerson();
  const author = await makeUser();
  const created = await createInterview(
    { locale: options.locale ?? "de", slug: options.slug ?? unique("interview"), personId: person.id },
    content(options.title ?? "Ein Gespräch"),
    author.id,
  );
  return { ...created, person, author };
}
