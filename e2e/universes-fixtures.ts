import type { Page } from "@playwright/test";
import { publishRevision } from "../modules/interviews/queries/interviews";
import { createReleasedTopic } from "../modules/universes/queries/universes";
import { universes } from "../modules/taxonomy/queries/taxonomy";
import { cacheTags, interviewChangeTags } from "@/lib/cache/tags";
import { content, makeInterview, unique } from "@/test/factories";
import { revalidatePublic } from "./fixtures";

// The work universes' journeys: universes and released topics of a test's own, and the
// columns a topic page shows them in.

/** Three universes of its own and two released topics, told in German by each; one also in English. */
export async function worlds() {
  const tag = unique("w");
  const made = [];
  const seeds: [string, string, string][] = [
    ["Die Werkstatt", "The Workshop", "#2f6f5e"],
    ["Das Kontor", "The Counting House", "#3b4a6b"],
    ["Das Kollektiv", "The Collective", "#7a4f8c"],
  ];
  for (const [position, [de, en, color]] of seeds.entries()) {
    made.push(
      await universes.create({
        slug: unique("welt"),
        name: { de: `${de} ${tag}`, en: `${en} ${tag}` },
        description: { de: `So arbeitet ${de}.`, en: `How ${en} works.` },
        color,
        position,
      }),
    );
  }
  const [workshop, office, collective] = made as [(typeof made)[number], (typeof made)[number], (typeof made)[number]];
  // The workshop's story is told by someone whose interview is online.
  const interviewTitle = `Im Projektraum mit Erika ${tag}`;
  const { interview, revision, person } = await makeInterview({ title: interviewTitle });
  await publishRevision(interview.id, revision.id);
  const story = (universeId: string, title: string, teaser: string, locale = "de") => ({
    universeId,
    locale,
    content: content(title, {
      teaser,
      body: { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: `${title}: so ist es bei uns.` }] }] },
    }),
  });
  const customers = await createReleasedTopic(
    {
      slug: unique("kundschaft"),
      title: { de: `Wie wir Kund:innen einbinden ${tag}`, en: `How we involve customers ${tag}` },
      framing: { de: "Wer sitzt mit am Tisch?", en: "Who sits at the table?" },
      closingLine: { de: "Drei Welten, ein Anspruch.", en: "Three worlds, one standard." },
    },
    [
      { ...story(workshop.id, "Kund:innen im Projektraum", `Wir skizzieren gemeinsam ${tag}.`), personId: person.id, interviewId: interview.id },
      story(office.id, "Ein fester Ansprechpartner", `Jede Anfrage hat eine Zuständige ${tag}.`),
      story(collective.id, "Mitwirkende statt Kundschaft", `Alle gestalten mit ${tag}.`),
      story(workshop.id, "Customers in the project room", `We sketch together ${tag}.`, "en"),
      story(office.id, "One fixed contact", `Every request has an owner ${tag}.`, "en"),
      story(collective.id, "Contributors, not customers", `Everyone shapes it ${tag}.`, "en"),
    ],
  );
  const mistakes = await createReleasedTopic(
    { slug: unique("fehler"), title: { de: `Wie wir mit Fehlern umgehen ${tag}` }, framing: { de: "Was passiert, wenn etwas schiefgeht?" } },
    [
      story(workshop.id, "Fehler zeigen wir früh", `Ein quietschender Prototyp ist ein guter Prototyp ${tag}.`),
      story(office.id, "Fehler werden protokolliert", `Wir klären es schriftlich ${tag}.`),
      story(collective.id, "Fehler besprechen wir im Kreis", `Wir lernen gemeinsam daraus ${tag}.`),
    ],
  );
  await revalidatePublic([cacheTags.universes, ...interviewChangeTags(interview.id)]);
  return { tag, workshop, office, collective, customers, mistakes, interviewTitle };
}

export const columns = (page: Page) => page.getByRole("region", { name: "Die Arbeitswelten nebeneinander" }).getByRole("article");
