import type { Executor } from "@/db/executor";
import { inTransaction } from "@/db/executor";
import { createInterview, publishRevision, setInterviewStatus } from "../../modules/interviews/queries/interviews";
import { createJob } from "../../modules/jobs/queries";
import { createPerson } from "../../modules/people/queries";
import { addBankQuestion } from "../../modules/taxonomy/queries/question-bank";
import { departments, locations, seriesTable, topics, universes } from "../../modules/taxonomy/queries/taxonomy";
import { countLiveInterviews } from "../../modules/public-site/interviews";
import { getSettings, saveSettings } from "../../modules/site/queries";
import { createStory, updateStory } from "../../modules/universes/queries/stories";
import { company, departments as departmentSeed, locations as locationSeed, seriesList } from "./content/company";
import { interviews } from "./content/interviews";
import { bankQuestions } from "./content/questions";
import { people } from "./content/people";
import { mistakesStories, mistakesTopic, stories, storiesEn, tellers, topic as topicSeed, universes as universeSeed } from "./content/universes";
import { createPortraitAsset } from "./portraits";
import { createUniversePicture } from "./universe-pictures";

/** True when the database holds no site yet (no settings and no live interviews). */
export async function isEmpty(exec?: Executor): Promise<boolean> {
  return (await getSettings(exec)) === null && (await countLiveInterviews("de", {}, new Date(), exec)) === 0;
}

const revisionDefaults = { seoTitle: null, seoDescription: null, socialImageAssetId: null };

/** Ids of seeded rows by their key in the seed content (a slug, or a person's key). */
type Ids = Map<string, string>;
type Taxonomy = { departmentIds: Ids; locationIds: Ids; seriesIds: Ids };

/** Seeds the demo employer in one transaction: all of it lands, or nothing does. */
export async function seedDemo(): Promise<{ interviews: number }> {
  return inTransaction(async (tx) => {
    await seedSettings(tx);
    const taxonomy = await seedTaxonomy(tx);
    const personIds = await seedPeople(taxonomy, tx);
    const interviewIds = await seedInterviews(taxonomy, personIds, tx);
    await seedUniverses(personIds, interviewIds, tx);
    await seedJobs(taxonomy, tx);
    return { interviews: interviews.length };
  });
}

async function seedSettings(tx: Executor) {
  await saveSettings(
    {
      companyName: company.name,
      tagline: company.tagline,
      accentColor: company.accentColor,
      defaultJobsUrl: company.jobsUrl,
      locales: ["de", "en"],
      defaultLocale: "de",
      timeZone: "Europe/Berlin",
      imprintUrl: company.imprintUrl,
      privacyUrl: company.privacyUrl,
    },
    tx,
  );
}

/** Departments, offices and series, then the question bank (some of its questions belong to a series). */
async function seedTaxonomy(tx: Executor): Promise<Taxonomy> {
  const departmentIds: Ids = new Map();
  for (const [slug, { jobsUrl, ...name }] of Object.entries(departmentSeed)) {
    departmentIds.set(slug, (await departments.create({ slug, name, jobsUrl }, tx)).id);
  }
  const locationIds: Ids = new Map();
  for (const [slug, name] of Object.entries(locationSeed)) {
    locationIds.set(slug, (await locations.create({ slug, name }, tx)).id);
  }
  const seriesIds: Ids = new Map();
  for (const [slug, { name, description }] of Object.entries(seriesList)) {
    seriesIds.set(slug, (await seriesTable.create({ slug, name, description }, tx)).id);
  }

  for (const question of bankQuestions) {
    await addBankQuestion({ seriesId: question.series ? seriesIds.get(question.series)! : null, locale: question.locale, text: question.text }, tx);
  }
  return { departmentIds, locationIds, seriesIds };
}

async function seedPeople({ departmentIds, locationIds }: Taxonomy, tx: Executor): Promise<Ids> {
  const personIds: Ids = new Map();
  for (const person of people) {
    const portrait = await createPortraitAsset(person.portrait, tx);
    const row = await createPerson(
      {
        displayName: person.displayName,
        academicTitle: person.academicTitle ?? null,
        jobTitle: person.jobTitle,
        departmentId: departmentIds.get(person.department),
        locationId: locationIds.get(person.location),
        startDate: person.startDate,
        portraitAssetId: portrait.id,
        portraitAlt: person.alt,
        portraitFocalY: 0.4,
        email: `${person.key}@sonnenthal.example`,
      },
      tx,
    );
    personIds.set(person.key, row.id);
  }
  return personIds;
}

/** The interviews in their seed order (a translation after its original), published or left at their step. */
async function seedInterviews({ seriesIds }: Taxonomy, personIds: Ids, tx: Executor): Promise<Map<string, { id: string; group: string }>> {
  const interviewIds = new Map<string, { id: string; group: string }>();
  for (const seed of interviews) {
    const { interview, revision } = await createInterview(
      {
        locale: seed.locale,
        slug: seed.slug,
        personId: personIds.get(seed.person)!,
        seriesId: seed.series ? seriesIds.get(seed.series) : null,
        featured: seed.featured ?? false,
        translationGroupId: seed.translates ? interviewIds.get(seed.translates)!.group : undefined,
      },
      { ...revisionDefaults, title: seed.title, teaser: seed.teaser, body: seed.body, ctaLabel: seed.cta?.label ?? null, ctaUrl: seed.cta?.url ?? null },
      null,
      tx,
    );
    interviewIds.set(seed.key, { id: interview.id, group: interview.translationGroupId });
    if (seed.status === "published") {
      await publishRevision(interview.id, revision.id, new Date(seed.publishedAt!), tx);
    } else {
      await setInterviewStatus(interview.id, seed.status, tx);
    }
  }
  return interviewIds;
}

/** Four universes; two topics told by each, in German and English, released as a whole. */
async function seedUniverses(personIds: Ids, interviewIds: Map<string, { id: string }>, tx: Executor) {
  const universeIds: Ids = new Map();
  for (const [position, universe] of universeSeed.entries()) {
    const picture = await createUniversePicture(universe.color, position + 1, tx);
    universeIds.set(universe.slug, (await universes.create({ ...universe, position, imageAssetId: picture.id }, tx)).id);
  }
  const released = [
    { topic: topicSeed, position: 1, publishedAt: new Date("2026-09-01T08:00:00Z"), stories: { de: stories, en: storiesEn } },
    { topic: mistakesTopic, position: 2, publishedAt: new Date("2026-10-15T08:00:00Z"), stories: mistakesStories },
  ];
  for (const { topic: seed, position, publishedAt, stories: byLocale } of released) {
    const topic = await topics.create({ ...seed, position, publishedAt }, tx);
    for (const [locale, told] of Object.entries(byLocale)) {
      for (const [slug, story] of Object.entries(told)) {
        const teller = tellers[seed.slug]?.[slug];
        // The linked interviews are German; an English story names its teller only.
        const linked = teller?.interview && locale === "de" ? interviewIds.get(teller.interview)!.id : null;
        const created = await createStory(
          { topicId: topic.id, universeId: universeIds.get(slug)!, locale, personId: teller ? personIds.get(teller.person)! : null, interviewId: linked },
          { ...revisionDefaults, ...story, ctaLabel: null, ctaUrl: null },
          null,
          tx,
        );
        await updateStory(created.story.id, { status: "published", publishedRevisionId: created.revision.id }, tx);
      }
    }
  }
}

async function seedJobs({ departmentIds, locationIds }: Taxonomy, tx: Executor) {
  const jobs: [string, string, string][] = [
    ["Produktionsplaner:in (m/w/d)", "produktion", "stuttgart"],
    ["Werkstoffprüfer:in im Labor (m/w/d)", "entwicklung", "leipzig"],
    ["Ausbildung Mechatroniker:in 2027", "produktion", "stuttgart"],
    ["Servicetechniker:in Außendienst (m/w/d)", "vertrieb", "leipzig"],
  ];
  for (const [index, [title, department, location]] of jobs.entries()) {
    await createJob(
      {
        title: { de: title },
        url: `${company.jobsUrl}/${index + 1}`,
        departmentId: departmentIds.get(department),
        locationId: locationIds.get(location),
      },
      tx,
    );
  }
}
