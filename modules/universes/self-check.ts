/**
 * The self-check: for each topic the applicant picks the story that sounds most like them;
 * the universe picked most often fits best (several, when they tie). Pure, so the plain
 * form and its shareable result URL give the same answer everywhere. Nothing is stored.
 */
export type SelfCheckTopic = { slug: string; universeSlugs: string[] };
export type SelfCheckResult = {
  /** Topics answered with a universe that tells that topic; unknown answers are ignored. */
  answered: number;
  /** The universes chosen most often (one, or several in a tie); empty when nothing was answered. */
  best: string[];
  /** Per universe, the topics where it was chosen: the "why" of the result. */
  chosenFor: Record<string, string[]>;
};

export function scoreSelfCheck(topics: SelfCheckTopic[], answers: Record<string, string | undefined>): SelfCheckResult {
  const chosenFor: Record<string, string[]> = {};
  let answered = 0;
  for (const topic of topics) {
    const choice = answers[topic.slug];
    if (!choice || !topic.universeSlugs.includes(choice)) continue;
    answered += 1;
    (chosenFor[choice] ??= []).push(topic.slug);
  }
  const most = Math.max(0, ...Object.values(chosenFor).map((list) => list.length));
  // A tie is named in the universes' own order (as the topics list them), not by chance.
  const order = [...new Set(topics.flatMap((topic) => topic.universeSlugs))];
  const best = most ? order.filter((slug) => chosenFor[slug]?.length === most) : [];
  return { answered, best, chosenFor };
}
