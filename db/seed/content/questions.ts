import type { SeriesKey } from "./company";

/** Demo questions for the question bank: for every interview, or for one series. */
export const bankQuestions: { series?: SeriesKey; locale: "de" | "en"; text: string }[] = [
  { locale: "de", text: "Wie sieht ein typischer Arbeitstag bei dir aus?" },
  { locale: "de", text: "Was gefällt dir am meisten an deiner Arbeit?" },
  { locale: "de", text: "Wie bist du zu Sonnenthal gekommen?" },
  { locale: "de", text: "Was war dein schönster Moment im Team?" },
  { locale: "de", text: "Was würdest du Bewerber:innen raten?" },
  { locale: "en", text: "What does a typical working day look like for you?" },
  { locale: "en", text: "What do you enjoy most about your work?" },
  { locale: "en", text: "What would you tell applicants?" },
  { series: "kurz-vorgestellt", locale: "de", text: "Was machst du bei uns, in einem Satz?" },
  { series: "kurz-vorgestellt", locale: "de", text: "Welches Zitat begleitet dich?" },
  { series: "kurz-vorgestellt", locale: "en", text: "What do you do here, in one sentence?" },
];
