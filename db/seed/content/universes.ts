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

type SeedStory = { title: string; teaser: string; body: TiptapDoc };

/** The German stories of the topic, keyed by universe slug. */
export const stories: Record<string, SeedStory> = {
  werkstatt: {
    title: "Unsere Kund:innen sitzen mit im Projektraum",
    teaser: "Bei uns entwickeln Kund:innen mit, vom ersten Skizzenblatt an.",
    body: doc(
      p(
        "Wenn wir ein neues Getriebe entwickeln, hängt am Projektraum kein Schild „Zutritt nur für Mitarbeitende“. Zwei-, dreimal im Monat sitzen Ingenieur:innen unserer Kund:innen mit uns am großen Tisch, skizzieren mit, verwerfen mit und trinken denselben schlechten Filterkaffee.",
      ),
      p(
        "Ich mag das, weil es ehrlich ist. Wir zeigen auch halbfertige Ideen und Prototypen, die noch quietschen. Dafür erfahren wir früh, was im echten Einsatz zählt, und nicht erst bei der Abnahme. Manche Kund:innen kennen unsere Prüfstände inzwischen besser als unsere eigene Verwaltung.",
      ),
      p(
        "Wer bei uns arbeitet, sollte Widerspruch mögen, auch von außen. Die besten Lösungen sind bei uns fast immer an diesem Tisch entstanden, zwischen Leuten, die eigentlich auf verschiedenen Seiten eines Vertrags stehen.",
      ),
    ),
  },
  buehne: {
    title: "Wir holen unsere Kund:innen auf die Bühne",
    teaser: "Messen, Kundenabende, Roadshows: Bei uns wird Beziehung gefeiert.",
    body: doc(
      p(
        "Bei uns beginnt Kundennähe mit einem Handschlag und endet selten vor Mitternacht. Auf der Messe in Hannover haben wir den größten Stand der Halle, und abends laden wir zum Kundenabend mit Live-Band ein. Da lernt man über Menschen mehr als in zehn Telefonkonferenzen.",
      ),
      p(
        "Ich liebe das Tempo. Heute Mailand, morgen München, übermorgen ein Workshop mit dem Einkauf eines Roboterherstellers. Wir präsentieren Neuheiten, als wären es Filmpremieren, und ja, wir tragen dabei gern einen guten Anzug oder ein auffälliges Kleid.",
      ),
      p(
        "Wer zu uns passt, steht gern im Mittelpunkt, kann aber auch zuhören. Denn der schönste Abend nützt nichts, wenn man am nächsten Morgen nicht weiß, was die Kundin eigentlich braucht.",
      ),
    ),
  },
  kontor: {
    title: "Bei uns hat jede Kundin ihren festen Ansprechpartner",
    teaser: "Klare Zuständigkeiten, verbindliche Zusagen und ein Vorzimmer, das alles im Griff hat.",
    body: doc(
      p(
        "Im Kontor arbeiten wir, wie man in einem ordentlichen Großhandel seit Generationen arbeitet: Jede Kundin und jeder Kunde hat einen festen Ansprechpartner, und der ist erreichbar. Anfragen gehen über unser Vorzimmer, Frau Kessler verteilt sie bis zehn Uhr, und bis zum Abend hat jeder eine Antwort.",
      ),
      p(
        "Neue Wünsche von Kund:innen nehmen wir sorgfältig auf, prüfen sie im Team und entscheiden in der Leitungsrunde am Donnerstag. Das mag manchem langsam vorkommen. Unsere Kundschaft schätzt es, denn eine Zusage von uns gilt, und zwar schriftlich.",
      ),
      p(
        "Wer bei uns anfängt, lernt die Abläufe von der Pike auf und trägt im Kundenkontakt Jackett. Dafür weiß man jeden Tag genau, was von einem erwartet wird, und um halb fünf ist Feierabend.",
      ),
    ),
  },
  kollektiv: {
    title: "Wir sprechen lieber von Mitwirkenden als von Kund:innen",
    teaser: "Im Labor für Kreislaufwirtschaft gestalten alle mit, die ein Produkt berührt.",
    body: doc(
      p(
        "Ehrlich gesagt passt das Wort „Kund:innen“ bei uns nicht so richtig. Wir arbeiten daran, Antriebe zu reparieren, aufzubereiten und ihre Materialien wiederzuverwenden. Dafür brauchen wir alle, die mit einem Produkt zu tun haben: die Betreiberin der Anlage, den Recyclinghof, die Stadtwerke, manchmal eine Schulklasse.",
      ),
      p(
        "Entscheidungen treffen wir im Konsent, und in unseren offenen Werkstattrunden sitzen Mitwirkende von außen gleichberechtigt mit am Tisch. Wer eine Idee einbringt, darf sie auch mit umsetzen. Hierarchien gibt es bei uns kaum, Verantwortung dafür umso mehr.",
      ),
      p(
        "Zu uns passt, wer einen Sinn in der Arbeit sucht und Vielstimmigkeit aushält. Es dauert manchmal länger, bis alle gehört sind. Aber was dann entsteht, tragen alle mit.",
      ),
    ),
  },
};

/** The same topic in English. */
export const storiesEn: Record<string, SeedStory> = {
  werkstatt: {
    title: "Our customers sit with us in the project room",
    teaser: "Here, customers develop with us from the very first sketch.",
    body: doc(
      p(
        "When we develop a new gearbox, there is no sign on the project room saying “staff only”. Two or three times a month, engineers from our customers sit at the big table with us, sketch along, throw ideas away with us and drink the same bad filter coffee.",
      ),
      p(
        "I like it because it is honest. We show half-finished ideas and prototypes that still squeak. In return we learn early what counts in real use, not only at acceptance. Some customers know our test benches better than our own admin office does.",
      ),
      p(
        "If you work with us, you should enjoy being contradicted, from outside too. Our best solutions were almost always made at that table, between people who are really on different sides of a contract.",
      ),
    ),
  },
  buehne: {
    title: "We bring our customers on stage",
    teaser: "Trade fairs, customer evenings, roadshows: here, relationships are celebrated.",
    body: doc(
      p(
        "For us, closeness to customers starts with a handshake and rarely ends before midnight. At the fair in Hanover we have the biggest stand in the hall, and in the evening we invite customers to a party with a live band. You learn more about people there than in ten conference calls.",
      ),
      p(
        "I love the pace. Milan today, Munich tomorrow, a workshop with a robot maker’s purchasing team the day after. We present new products like film premieres, and yes, we like to wear a good suit or a striking dress while we do it.",
      ),
      p(
        "You fit in with us if you enjoy the spotlight but can also listen. The best evening is worth nothing if you don’t know the next morning what the customer actually needs.",
      ),
    ),
  },
  kontor: {
    title: "Every customer has their own contact person",
    teaser: "Clear responsibilities, binding promises and a front office that has everything under control.",
    body: doc(
      p(
        "In the Counting House we work the way a proper wholesale business has worked for generations: every customer has a fixed contact person, and that person can be reached. Requests go through our front office, Ms Kessler hands them out by ten, and by the evening everyone has an answer.",
      ),
      p(
        "We take down new customer wishes carefully, check them in the team and decide in the management meeting on Thursday. Some find that slow. Our customers value it, because a promise from us holds, and in writing.",
      ),
      p(
        "If you start with us, you learn the processes from scratch and wear a jacket with customers. In return you know every day exactly what is expected of you, and at half past four the day is done.",
      ),
    ),
  },
  kollektiv: {
    title: "We would rather speak of contributors than customers",
    teaser: "In the circular economy lab, everyone a product touches helps shape it.",
    body: doc(
      p(
        "Honestly, the word “customer” doesn’t quite fit us. We work on repairing drives, refurbishing them and reusing their materials. For that we need everyone who deals with a product: the plant operator, the recycling yard, the municipal utility, sometimes a school class.",
      ),
      p(
        "We make decisions by consent, and in our open workshop rounds outside contributors sit at the table as equals. Whoever brings in an idea may help carry it out. There is hardly any hierarchy here, and all the more responsibility.",
      ),
      p(
        "You fit in with us if you look for meaning in your work and can bear many voices. It sometimes takes longer until everyone has been heard. But what comes out of it, everyone stands behind.",
      ),
    ),
  },
};

/** A second topic, so the self-check has more than one question. */
export const mistakesTopic = {
  slug: "wie-wir-mit-fehlern-umgehen",
  title: { de: "Wie wir mit Fehlern umgehen", en: "How we deal with mistakes" },
  framing: {
    de: "Was passiert bei euch, wenn etwas schiefgeht?",
    en: "What happens in your team when something goes wrong?",
  },
  closingLine: {
    de: "Fehler passieren überall. Was zählt, ist, was danach geschieht, und das sieht in jeder Welt anders aus.",
    en: "Mistakes happen everywhere. What counts is what happens next, and that looks different in every world.",
  },
};

export const mistakesStories: Record<"de" | "en", Record<string, SeedStory>> = {
  de: {
    werkstatt: {
      title: "Ein Fehler im Prototyp ist ein gutes Ergebnis",
      teaser: "Lieber heute am Prüfstand scheitern als morgen beim Kunden.",
      body: doc(
        p(
          "Wenn am Prüfstand eine Welle bricht, gibt es bei uns keinen Ärger, sondern Kuchen. Wirklich: Wer einen Fehler findet, bevor er beim Kunden auftritt, hat uns viel Geld und Ärger gespart. Wir schauen uns die Bruchstelle gemeinsam an und schreiben auf, was wir gelernt haben.",
        ),
        p("Schwierig wird es nur, wenn jemand einen Fehler versteckt. Das passiert selten, weil niemand dafür bestraft wird, ihn zu zeigen."),
      ),
    },
    buehne: {
      title: "Die Show geht weiter, die Lösung kommt am nächsten Morgen",
      teaser: "Wenn etwas schiefgeht, bleibe ich ruhig und lächle, und abends klären wir es im Team.",
      body: doc(
        p(
          "Auf der Messe fällt schon mal der Strom aus, oder der Prototyp kommt nicht durch den Zoll. Dann improvisieren wir: ein Video statt der Maschine, eine Geschichte statt der Vorführung. Die Kund:innen sollen merken, dass wir auch unter Druck Gastgeber bleiben.",
        ),
        p("Abends setzen wir uns zusammen und lachen erst einmal. Danach klären wir, was wir beim nächsten Mal anders machen, und wer es in die Hand nimmt."),
      ),
    },
    kontor: {
      title: "Jeder Fehler wird dokumentiert und abgestellt",
      teaser: "Ich mag klare Abläufe: Fehler werden erfasst, geprüft und mit einer Maßnahme abgeschlossen.",
      body: doc(
        p(
          "Im Kontor hat jeder Fehler eine Nummer. Eine falsche Lieferung wird im Reklamationsbuch erfasst, die Ursache wird geprüft, und die Leitung entscheidet über eine Maßnahme. Das klingt streng, ist aber beruhigend: Nichts geht verloren, und niemand muss raten, was zu tun ist.",
        ),
        p("Unsere Kundschaft bekommt innerhalb von 24 Stunden eine schriftliche Stellungnahme. Darauf sind wir stolz."),
      ),
    },
    kollektiv: {
      title: "Wir besprechen Fehler im Kreis, ohne Schuldige",
      teaser: "Wenn etwas schiefgeht, fragen wir gemeinsam, was das System daraus lernen kann.",
      body: doc(
        p(
          "Bei uns gibt es einmal im Monat eine Lernrunde. Wer mag, erzählt von etwas, das nicht geklappt hat, und die Runde fragt nicht „Wer war das?“, sondern „Was hat es möglich gemacht?“. Oft liegt die Ursache in einer unklaren Absprache, nicht bei einer einzelnen Person.",
        ),
        p("Das braucht Vertrauen und Zeit. Dafür traut sich bei uns fast jede und jeder, auch unbequeme Dinge anzusprechen."),
      ),
    },
  },
  en: {
    werkstatt: {
      title: "A fault in a prototype is a good result",
      teaser: "Better to fail on the test bench today than at the customer’s tomorrow.",
      body: doc(
        p(
          "When a shaft breaks on the test bench, nobody gets told off; there is cake. Really: whoever finds a fault before it reaches a customer has saved us a lot of money and trouble. We look at the fracture together and write down what we learned.",
        ),
        p("It only gets difficult when someone hides a mistake. That rarely happens, because nobody is punished for showing one."),
      ),
    },
    buehne: {
      title: "The show goes on, the fix comes the next morning",
      teaser: "When something goes wrong, I stay calm and smile, and in the evening we sort it out as a team.",
      body: doc(
        p(
          "At a trade fair the power sometimes fails, or the prototype gets stuck at customs. Then we improvise: a video instead of the machine, a story instead of the demo. Customers should notice that we stay good hosts under pressure.",
        ),
        p("In the evening we sit together and have a laugh first. Then we agree what we will do differently next time, and who takes it on."),
      ),
    },
    kontor: {
      title: "Every mistake is recorded and resolved",
      teaser: "I like clear procedures: mistakes are recorded, checked and closed with a measure.",
      body: doc(
        p(
          "In the Counting House every mistake gets a number. A wrong delivery is entered in the complaints book, its cause is checked, and management decides on a measure. That sounds strict, but it is reassuring: nothing gets lost, and nobody has to guess what to do.",
        ),
        p("Our customers get a written statement within 24 hours. We are proud of that."),
      ),
    },
    kollektiv: {
      title: "We talk about mistakes in a circle, without blame",
      teaser: "When something goes wrong, we ask together what the whole system can learn from it.",
      body: doc(
        p(
          "Once a month we hold a learning round. Anyone who wants tells of something that didn’t work, and the round does not ask “Who did it?” but “What made it possible?”. Often the cause lies in an unclear agreement, not with a single person.",
        ),
        p("That takes trust and time. In return, almost everyone here dares to raise uncomfortable things."),
      ),
    },
  },
};

/**
 * Who tells a story, by topic and universe (people by their seed key), and the German
 * interview of theirs it links. A story without an entry speaks for its team as a whole.
 */
export const tellers: Record<string, Record<string, { person: string; interview?: string }>> = {
  [topic.slug]: {
    werkstatt: { person: "tobias", interview: "tobias" },
    buehne: { person: "aylin", interview: "aylin" },
    kontor: { person: "petra" },
  },
  [mistakesTopic.slug]: {
    werkstatt: { person: "lea", interview: "lea" },
    kollektiv: { person: "hannah", interview: "hannah" },
  },
};
