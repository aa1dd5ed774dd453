import type { TiptapDoc } from "@/lib/content/schema";
import { doc, p } from "../doc";

/**
 * One topic told by four work cultures ("universes") of the fictional Sonnenthal group,
 * each in the first person, so applicants can compare and find the one that fits.
 */
export type SeedUniverse = {
  slug: string;
  name: { de: string; en: string };
  description: { de: string; en: string };
  color: string;
  icon: string;
};

export const universes: SeedUniverse[] = [
  {
    slug: "werkstatt",
    name: { de: "Die Werkstatt", en: "The Workshop" },
    description: {
      de: "Unser Entwicklungsteam in Leipzig: offen, neugierig, gemeinsam mit den Kund:innen am Tisch.",
      en: "Our engineering team in Leipzig: open, curious, at the table together with customers.",
    },
    color: "#2f6f5e",
    icon: "wrench",
  },
  {
    slug: "buehne",
    name: { de: "Die Bühne", en: "The Stage" },
    description: {
      de: "Unser Messe- und Vertriebsteam: schnell, gesellig, immer dort, wo etwas passiert.",
      en: "Our trade fair and sales team: fast, sociable, always where things happen.",
    },
    color: "#b4461b",
    icon: "spotlight",
  },
  {
    slug: "kontor",
    name: { de: "Das Kontor", en: "The Counting House" },
    description: {
      de: "Sonnenthal Handel, unser Ersatzteil-Großhandel: traditionsbewusst, klar geregelt, verlässlich wie ein Uhrwerk.",
      en: "Sonnenthal Trading, our spare-parts wholesaler: traditional, clearly organised, reliable as clockwork.",
    },
    color: "#3b4a6b",
    icon: "ledger",
  },
  {
    slug: "kollektiv",
    name: { de: "Das Kollektiv", en: "The Collective" },
    description: {
      de: "Unser Labor für Kreislaufwirtschaft: selbstorganisiert, vielstimmig, dem Zweck verpflichtet.",
      en: "Our circular economy lab: self-organised, many-voiced, committed to a purpose.",
    },
    color: "#7a4f8c",
    icon: "circle",
  },
];

export const topic = {
  slug: "wie-wir-kundinnen-einbinden",
  title: { de: "Wie wir Kund:innen einbinden", en: "How we involve customers" },
  framing: {
    de: "Wer sitzt mit am Tisch, wenn bei uns etwas Neues entsteht?",
    en: "Who sits at the table when something new is created here?",
  },
  closingLine: {
    de: "Vier Welten, ein Anspruch: Wir nehmen ernst, wofür andere uns vertrauen. Jede Welt zeigt es auf ihre Weise.",
    en: "Four worlds, one standard: we take seriously what others trust us with. Each world shows it in its own way.",
  },
};

/** The German stories of the topic, keyed by universe slug. */
export const stories: Record<string, { title: string; teaser: string; body: TiptapDoc }> = {
  werkstatt: {
    title: "Unsere Kund:innen sitzen mit im Projektraum",
    teaser: "Bei uns entwickeln Kund:innen mit, vom ersten Skizzenblatt an.",
    body: doc(
      p("Wenn wir ein neues Getriebe entwickeln, hängt am Projektraum kein Schild „Zutritt nur für Mitarbeitende“. Zwei-, dreimal im Monat sitzen Ingenieur:innen unserer Kund:innen mit uns am großen Tisch, skizzieren mit, verwerfen mit und trinken denselben schlechten Filterkaffee."),
      p("Ich mag das, weil es ehrlich ist. Wir zeigen auch halbfertige Ideen und Prototypen, die noch quietschen. Dafür erfahren wir früh, was im echten Einsatz zählt, und nicht erst bei der Abnahme. Manche Kund:innen kennen unsere Prüfstände inzwischen besser als unsere eigene Verwaltung."),
      p("Wer bei uns arbeitet, sollte Widerspruch mögen, auch von außen. Die besten Lösungen sind bei uns fast immer an diesem Tisch entstanden, zwischen Leuten, die eigentlich auf verschiedenen Seiten eines Vertrags stehen."),
    ),
  },
  buehne: {
    title: "Wir holen unsere Kund:innen auf die Bühne",
    teaser: "Messen, Kundenabende, Roadshows: Bei uns wird Beziehung gefeiert.",
    body: doc(
      p("Bei uns beginnt Kundennähe mit einem Handschlag und endet selten vor Mitternacht. Auf der Messe in Hannover haben wir den größten Stand der Halle, und abends laden wir zum Kundenabend mit Live-Band ein. Da lernt man über Menschen mehr als in zehn Telefonkonferenzen."),
      p("Ich liebe das Tempo. Heute Mailand, morgen München, übermorgen ein Workshop mit dem Einkauf eines Roboterherstellers. Wir präsentieren Neuheiten, als wären es Filmpremieren, und ja, wir tragen dabei gern einen guten Anzug oder ein auffälliges Kleid."),
      p("Wer zu uns passt, steht gern im Mittelpunkt, kann aber auch zuhören. Denn der schönste Abend nützt nichts, wenn man am nächsten Morgen nicht weiß, was die Kundin eigentlich braucht."),
    ),
  },
  kontor: {
    title: "Bei uns hat jede Kundin ihren festen Ansprechpartner",
    teaser: "Klare Zuständigkeiten, verbindliche Zusagen und ein Vorzimmer, das alles im Griff hat.",
    body: doc(
      p("Im Kontor arbeiten wir, wie man in einem ordentlichen Großhandel seit Generationen arbeitet: Jede Kundin und jeder Kunde hat einen festen Ansprechpartner, und der ist erreichbar. Anfragen gehen über unser Vorzimmer, Frau Kessler verteilt sie bis zehn Uhr, und bis zum Abend hat jeder eine Antwort."),
      p("Neue Wünsche von Kund:innen nehmen wir sorgfältig auf, prüfen sie im Team und entscheiden in der Leitungsrunde am Donnerstag. Das mag manchem langsam vorkommen. Unsere Kundschaft schätzt es, denn eine Zusage von uns gilt, und zwar schriftlich."),
      p("Wer bei uns anfängt, lernt die Abläufe von der Pike auf und trägt im Kundenkontakt Jackett. Dafür weiß man jeden Tag genau, was von einem erwartet wird, und um halb fünf ist Feierabend."),
    ),
  },
  kollektiv: {
    title: "Wir sprechen lieber von Mitwirkenden als von Kund:innen",
    teaser: "Im Labor für Kreislaufwirtschaft gestalten alle mit, die ein Produkt berührt.",
    body: doc(
      p("Ehrlich gesagt passt das Wort „Kund:innen“ bei uns nicht so richtig. Wir arbeiten daran, Antriebe zu reparieren, aufzubereiten und ihre Materialien wiederzuverwenden. Dafür brauchen wir alle, die mit einem Produkt zu tun haben: die Betreiberin der Anlage, den Recyclinghof, die Stadtwerke, manchmal eine Schulklasse."),
      p("Entscheidungen treffen wir im Konsent, und in unseren offenen Werkstattrunden sitzen Mitwirkende von außen gleichberechtigt mit am Tisch. Wer eine Idee einbringt, darf sie auch mit umsetzen. Hierarchien gibt es bei uns kaum, Verantwortung dafür umso mehr."),
      p("Zu uns passt, wer einen Sinn in der Arbeit sucht und Vielstimmigkeit aushält. Es dauert manchmal länger, bis alle gehört sind. Aber was dann entsteht, tragen alle mit."),
    ),
  },
};
