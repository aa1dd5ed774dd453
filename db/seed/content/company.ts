/**
 * Sonnenthal Präzisionstechnik GmbH is a fictional employer invented for Einblick's demo:
 * a mid-sized maker of precision gearboxes and drives with sites in Stuttgart and Leipzig.
 */
export const company = {
  name: "Sonnenthal Präzisionstechnik",
  tagline: {
    de: "Menschen, die Bewegung in die Welt bringen.",
    en: "People who set the world in motion.",
  },
  accentColor: "#b4461b",
  jobsUrl: "https://karriere.sonnenthal.example/stellen",
  imprintUrl: "https://sonnenthal.example/impressum",
  privacyUrl: "https://sonnenthal.example/datenschutz",
};

export const departments = {
  produktion: { de: "Produktion", en: "Production", jobsUrl: "https://karriere.sonnenthal.example/stellen?bereich=produktion" },
  entwicklung: { de: "Forschung & Entwicklung", en: "Research & Development", jobsUrl: "https://karriere.sonnenthal.example/stellen?bereich=entwicklung" },
  vertrieb: { de: "Vertrieb & Kundenservice", en: "Sales & Customer Service", jobsUrl: null },
} as const;

export const locations = {
  stuttgart: { de: "Stuttgart", en: "Stuttgart" },
  leipzig: { de: "Leipzig", en: "Leipzig" },
} as const;

export const seriesList = {
  "kurz-vorgestellt": {
    name: { de: "Kurz vorgestellt", en: "In brief" },
    description: {
      de: "In unserer Reihe „Kurz vorgestellt“ lernt ihr alle paar Wochen eine Kollegin oder einen Kollegen kennen: fünf Fragen, ehrliche Antworten.",
      en: "Every few weeks our series “In brief” introduces a colleague: five questions, honest answers.",
    },
  },
  "erste-100-tage": {
    name: { de: "Die ersten 100 Tage", en: "The first 100 days" },
    description: {
      de: "Neu bei Sonnenthal: Wie fühlen sich die ersten Wochen an, und was hätten wir besser machen können?",
      en: "New at Sonnenthal: how do the first weeks feel, and what could we have done better?",
    },
  },
} as const;

export type DepartmentKey = keyof typeof departments;
export type LocationKey = keyof typeof locations;
export type SeriesKey = keyof typeof seriesList;
