import type { Asset } from "../../modules/media/queries/assets";
import { inTransaction } from "@/db/executor";
import { createInterview, publishRevision } from "../../modules/interviews/queries/interviews";
import { createPerson } from "../../modules/people/queries";
import { departments, locations } from "../../modules/taxonomy/queries/taxonomy";
import { people as demoPeople } from "./content/people";
import { doc, qa } from "./doc";
import { createPortraitAsset } from "./portraits";

/**
 * Generated interviews for benchmarks (`npm run db:seed -- --scale N`): plausible,
 * varied and published, so list, search and page benchmarks see realistic data.
 */
const FIRST = [
  "Anna",
  "Ben",
  "Clara",
  "Deniz",
  "Elif",
  "Finn",
  "Greta",
  "Hamid",
  "Ida",
  "Jan",
  "Katrin",
  "Luca",
  "Mia",
  "Nils",
  "Olga",
  "Paul",
  "Rana",
  "Sven",
  "Tessa",
  "Ümit",
];
const LAST = [
  "Bauer",
  "Çelik",
  "Dietrich",
  "Engel",
  "Fuchs",
  "Günther",
  "Hoffmann",
  "Ivanović",
  "Jäger",
  "König",
  "Lang",
  "Müller",
  "Nowak",
  "Oßwald",
  "Petersen",
  "Rößler",
];
const ROLES = [
  { de: "Konstrukteurin", en: "Design Engineer" },
  { de: "Industriemechaniker", en: "Industrial Mechanic" },
  { de: "Vertriebsingenieurin", en: "Sales Engineer" },
  { de: "Controller", en: "Controller" },
  { de: "Prüftechnikerin", en: "Test Technician" },
  { de: "Einkäufer", en: "Buyer" },
];
const QUESTIONS: [string, string][] = [
  ["Wie bist du zu Sonnenthal gekommen?", "Über eine Empfehlung aus meinem Freundeskreis. Nach dem ersten Gespräch wusste ich, dass ich hier richtig bin."],
  ["Was gefällt dir am meisten an deiner Arbeit?", "Die Abwechslung und die Kolleg:innen, die sich gegenseitig unterstützen, wenn es einmal eng wird."],
  ["Was war dein schönster Moment im Job?", "Als eine Anlage, an der ich monatelang gearbeitet hatte, beim Kunden zum ersten Mal fehlerfrei lief."],
  ["Wie arbeitet ihr mit euren Kund:innen?", "Eng und auf Augenhöhe. Viele begleiten uns seit Jahren, und wir kennen ihre Anlagen sehr genau."],
  ["Was würdest du Bewerber:innen raten?", "Seid neugierig, stellt Fragen und kommt gern vorher auf einen Rundgang vorbei."],
];
const BATCH = 250;

export async function seedScale(count: number): Promise<number> {
  const [allDepartments, allLocations] = await Promise.all([departments.list(), locations.list()]);
  if (allDepartments.length === 0 || allLocations.length === 0) {
    throw new Error("Seed the demo content first: --scale adds to it.");
  }
  const portraits: Asset[] = [];
  for (const person of demoPeople) portraits.push(await inTransaction((tx) => createPortraitAsset(person.portrait, tx)));
  const run = Date.now().toString(36);

  for (let start = 0; start < count; start += BATCH) {
    await inTransaction(async (tx) => {
      for (let n = start; n < Math.min(count, start + BATCH); n++) {
        const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
        const role = ROLES[n % ROLES.length]!;
        const person = await createPerson(
          {
            displayName: name,
            jobTitle: role,
            departmentId: allDepartments[n % allDepartments.length]!.id,
            locationId: allLocations[n % allLocations.length]!.id,
            startDate: `${2000 + (n % 26)}-0${1 + (n % 9)}-01`,
            portraitAssetId: portraits[n % portraits.length]!.id,
            portraitAlt: { de: `Illustriertes Porträt von ${name}`, en: `Illustrated portrait of ${name}` },
          },
          tx,
        );
        const { interview, revision } = await createInterview(
          { locale: "de", slug: `skala-${run}-${n}`, personId: person.id },
          {
            title: `${name}, ${role.de}, im Gespräch`,
            teaser: `${name} erzählt, wie der Alltag als ${role.de} bei Sonnenthal aussieht.`,
            body: doc(...QUESTIONS.map(([question, answer], i) => qa(question, `${answer} (${name}, Antwort ${i + 1})`))),
            seoTitle: null,
            seoDescription: null,
            ctaLabel: null,
            ctaUrl: null,
            socialImageAssetId: null,
          },
          null,
          tx,
        );
        await publishRevision(interview.id, revision.id, new Date(Date.UTC(2020, 0, 1) + n * 3_600_000), tx);
      }
    });
    console.log(`  ${Math.min(count, start + BATCH)} / ${count}`);
  }
  return count;
}
