import type { Executor } from "@/db/queries/executor";
import { inTransaction } from "@/db/queries/executor";
import { createInterview, publishRevision, setInterviewStatus } from "@/db/queries/interviews";
import { createJob } from "@/db/queries/jobs";
import { createPerson } from "@/db/queries/people";
import { addBankQuestion } from "@/db/queries/question-bank";
import { countLiveInterviews } from "@/db/queries/public-interviews";
import { getSettings, saveSettings } from "@/db/queries/settings";
import { createStory, updateStory } from "@/db/queries/stories";
import { departments, locations, seriesTable, topics, universes } from "@/db/queries/taxonomy";
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

/** Seeds the demo employer in one transaction: all of it lands, or nothing does. */
export async function seedDemo(): Promise<{ interviews: number }> {
  return inTransaction(async (tx) => {
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

    const departmentIds = new Map<string, string>();
    for (const [slug, { jobsUrl, ...name }] of Object.entries(departmentSeed)) {
      departmentIds.set(slug, (await departments.create({ slug, name, jobsUrl }, tx)).id);
    }
    const locationIds = new Map<string, string>();
    for (const [slug, name] of Object.entries(locationSeed)) {
      locationIds.set(slug, (await locations.create({ slug, name }, tx)).id);
    }
    const seriesIds = new Map<string, string>();
    for (const [slug, { name, description }] of Object.entries(seriesList)) {
      seriesIds.set(slug, (await seriesTable.create({ slug, name, description }, tx)).id);
    }

    for (const question of bankQuestions) {
      await addBankQuestion({ seriesId: question.series ? seriesIds.get(question.series)! : null, locale: question.locale, text: question.text }, tx);
    }

    const personIds = new Map<string, string>();
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

    // Four universes; two topics told by each, in German and English, released as a whole.
    const universeIds = new Map<string, string>();
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
    return { interviews: interviews.length };
  });
}
