import type { TiptapDoc } from "@/lib/content/schema";
import { doc, list, qa, quote } from "../doc";
import type { SeriesKey } from "./company";

/** Original demo interviews for the fictional Sonnenthal Präzisionstechnik. */
export type SeedInterview = {
  key: string;
  person: string;
  locale: "de" | "en";
  /** Key of the German original this one translates. */
  translates?: string;
  slug: string;
  title: string;
  teaser: string;
  series?: SeriesKey;
  status: "published" | "draft" | "in_review";
  featured?: boolean;
  publishedAt?: string;
  cta?: { label: string; url: string };
  body: TiptapDoc;
};

export const interviews: SeedInterview[] = [
  {
    key: "marco",
    person: "marco",
    locale: "de",
    slug: "auf-einen-kaffee-mit-marco",
    title: "Auf einen Kaffee mit Marco, Senior Produktionsmanager",
    teaser:
      "Seit neun Jahren sorgt Marco dafür, dass in Stuttgart jedes Getriebe pünktlich und in Topqualität die Halle verlässt. Wir haben mit ihm über Frühschichten, Fehlerkultur und den ungewöhnlichsten Kundenwunsch gesprochen.",
    status: "published",
    featured: true,
    publishedAt: "2026-10-06T08:00:00Z",
    body: doc(
      qa(
        "Marco, wie sieht ein typischer Arbeitstag bei dir aus?",
        "Mein Tag beginnt um halb sieben in der Halle, nicht im Büro. Ich drehe eine Runde durch die Montage, spreche mit den Schichtleitungen und schaue, ob über Nacht etwas liegen geblieben ist. Um acht treffen wir uns zur Tagesrunde: zehn Minuten, alle stehen, jede Linie sagt, was heute kritisch ist.",
        "Danach ist kein Tag wie der andere. Mal sitze ich mit dem Einkauf zusammen, weil ein Lieferant wackelt, mal stehe ich mit der Entwicklung am Prüfstand, weil ein neues Getriebe in Serie gehen soll.",
      ),
      qa(
        "Was gefällt dir am meisten an deiner Arbeit?",
        "Dass man das Ergebnis anfassen kann. Wenn abends ein Lkw mit unseren Antrieben vom Hof fährt, weiß ich, dass darin die Arbeit von sechzig Kolleg:innen steckt. Und ich mag, dass hier niemand auf Titel schaut: Wer eine gute Idee hat, wird gehört, egal ob Azubi oder Werksleitung.",
      ),
      qa(
        "Was war der ungewöhnlichste Kundenwunsch, den du erlebt hast?",
        "Ein Hersteller von Bühnentechnik brauchte ein Getriebe, das absolut geräuschlos läuft, weil es mitten in einer Opernaufführung eine Kulisse bewegt. Wir haben wochenlang Verzahnungen optimiert und am Ende mit einem Dezibelmessgerät im Konzertsaal gestanden. Als bei der Premiere niemand etwas gehört hat, war das ein großartiges Gefühl.",
      ),
      qa(
        "Wie geht ihr mit Fehlern um?",
        "Offen. Ein Fehler, den jemand meldet, ist ein geschenkter Fehler: Wir finden ihn, bevor er bei den Kund:innen landet. Bei uns gibt es keine Schuldigen-Suche, sondern die Frage, was am Prozess nicht gestimmt hat.",
        quote("Ein Fehler, den jemand meldet, ist ein geschenkter Fehler."),
      ),
      qa(
        "Was würdest du jemandem raten, der sich bei euch bewirbt?",
        "Sei neugierig und stell Fragen, auch im Vorstellungsgespräch. Wir suchen keine Menschen, die schon alles können, sondern solche, die Lust haben, jeden Tag ein bisschen besser zu werden. Und komm gern vorher auf einen Rundgang vorbei, der Kaffee geht auf mich.",
      ),
    ),
  },
  {
    key: "marco-en",
    person: "marco",
    locale: "en",
    translates: "marco",
    slug: "coffee-with-marco",
    title: "Let's sit down and talk with Marco, Senior Production Manager",
    teaser:
      "For nine years Marco has made sure that every gearbox leaves our Stuttgart plant on time and in top quality. We talked to him about early shifts, learning from mistakes and the most unusual customer request.",
    status: "published",
    publishedAt: "2026-10-06T08:00:00Z",
    body: doc(
      qa(
        "Marco, what does a typical working day look like for you?",
        "My day starts at half past six on the shop floor, not in the office. I walk through assembly, talk to the shift supervisors and check whether anything was left over from the night. At eight we meet for the daily round: ten minutes, everyone standing, each line says what is critical today.",
        "After that, no two days are alike. Sometimes I sit down with purchasing because a supplier is wobbling, sometimes I stand at the test bench with engineering because a new gearbox is about to go into series production.",
      ),
      qa(
        "What do you enjoy most about your work?",
        "That you can touch the result. When a lorry full of our drives leaves the yard in the evening, I know it carries the work of sixty colleagues. And I like that nobody here cares about titles: whoever has a good idea is heard, apprentice or plant manager.",
      ),
      qa(
        "What was the most unusual customer request you have come across?",
        "A maker of stage machinery needed a gearbox that runs in complete silence, because it moves scenery in the middle of an opera. We spent weeks optimising the gearing and ended up standing in the concert hall with a sound level meter. When nobody heard a thing at the premiere, that felt great.",
      ),
      qa(
        "How do you deal with mistakes?",
        "Openly. A mistake someone reports is a mistake given to us as a gift: we find it before it reaches a customer. We don't look for someone to blame; we ask what in the process wasn't right.",
        quote("A mistake someone reports is a mistake given to us as a gift."),
      ),
      qa(
        "What would you advise someone applying to join you?",
        "Be curious and ask questions, in the interview too. We are not looking for people who can already do everything, but for people who want to get a little better every day. And feel free to drop by for a tour first; the coffee is on me.",
      ),
    ),
  },
  {
    key: "hoss",
    person: "hoss",
    locale: "de",
    slug: "kurz-vorgestellt-dr-friederike-hoss",
    title: "Kurz vorgestellt: Dr. Friederike Hoß",
    teaser:
      "In unserer Reihe „Kurz vorgestellt“ lernt ihr heute Dr. Friederike Hoß kennen. Sie kam 2015 als Werkstoffwissenschaftlerin nach Leipzig und leitet seit Oktober 2017 unser Werkstofflabor.",
    series: "kurz-vorgestellt",
    status: "published",
    publishedAt: "2018-04-17T08:00:00Z",
    cta: {
      label: "Lust auf spannende Aufgaben in der Entwicklung? Dann bitte hier entlang.",
      url: "https://karriere.sonnenthal.example/stellen?bereich=entwicklung",
    },
    body: doc(
      qa(
        "Frau Dr. Hoß, was genau passiert in Ihrem Labor?",
        "Wir finden heraus, warum Bauteile halten, und vor allem, warum sie es manchmal nicht tun. Wir prüfen Stähle und Beschichtungen, simulieren zehn Jahre Dauerbetrieb in wenigen Wochen und schneiden gebrochene Zahnräder auf, um den Bruch unter dem Mikroskop zu lesen. Ein Bruchbild erzählt eine ganze Geschichte, wenn man es lesen kann.",
      ),
      qa(
        "Sie haben 2017 die Leitung übernommen. Was hat sich für Sie verändert?",
        "Vorher war ich diejenige, die am Rasterelektronenmikroskop saß. Heute sorge ich dafür, dass mein Team dort in Ruhe arbeiten kann. Das war eine Umstellung: Ich habe gelernt, dass gute Führung vor allem darin besteht, Hindernisse aus dem Weg zu räumen und Fragen zu stellen, statt Antworten vorzugeben.",
      ),
      qa(
        "Gibt es einen Satz, der Sie bei Ihrer Arbeit begleitet?",
        "Ja, von Marie Curie. Er hängt über meinem Schreibtisch:",
        quote("Man braucht nichts im Leben zu fürchten, man muss nur alles verstehen.", "Marie Curie"),
        "Für eine Werkstoffprüferin ist das fast ein Berufsmotto. Angst vor einem Schadensfall hilft niemandem, verstehen hilft allen.",
      ),
      qa(
        "Was schätzen Sie an Sonnenthal?",
        "Die kurzen Wege zwischen Labor, Konstruktion und Fertigung. Wenn wir etwas herausfinden, steht am nächsten Tag jemand aus der Produktion bei uns und fragt, was das für die Serie bedeutet. Und ich schätze, dass Familie und Beruf hier wirklich zusammengehen: Ich habe zwei Kinder, und niemand schaut komisch, wenn ich um halb vier gehe.",
      ),
      qa(
        "Wen suchen Sie für Ihr Team?",
        "Menschen mit Geduld und Neugier, die sich an einem unerklärlichen Messwert festbeißen können. Ob Sie aus der Werkstofftechnik, der Physik oder der Chemie kommen, ist zweitrangig.",
      ),
    ),
  },
  {
    key: "hoss-en",
    person: "hoss",
    locale: "en",
    translates: "hoss",
    slug: "in-brief-dr-friederike-hoss",
    title: "In brief: Dr. Friederike Hoß",
    teaser:
      "In our series “In brief” you meet Dr. Friederike Hoß today. She came to Leipzig in 2015 as a materials scientist and has led our materials lab since October 2017.",
    series: "kurz-vorgestellt",
    status: "published",
    publishedAt: "2018-04-17T08:00:00Z",
    cta: { label: "Fancy exciting tasks in engineering? This way, please.", url: "https://karriere.sonnenthal.example/stellen?bereich=entwicklung" },
    body: doc(
      qa(
        "Dr. Hoß, what exactly happens in your lab?",
        "We find out why components last, and above all why they sometimes don't. We test steels and coatings, simulate ten years of continuous operation in a few weeks and cut open broken gears to read the fracture under the microscope. A fracture surface tells a whole story if you know how to read it.",
      ),
      qa(
        "You took over the lab in 2017. What changed for you?",
        "Before, I was the one sitting at the scanning electron microscope. Today I make sure my team can work there in peace. That was a change: I learned that good leadership is mostly about clearing obstacles and asking questions rather than handing out answers.",
      ),
      qa(
        "Is there a sentence that guides you in your work?",
        "Yes, one by Marie Curie. It hangs above my desk:",
        quote("Nothing in life is to be feared, it is only to be understood.", "Marie Curie"),
        "For someone who investigates failures, that is almost a professional motto. Fear of a failure helps nobody; understanding helps everyone.",
      ),
      qa(
        "What do you value about Sonnenthal?",
        "The short distances between lab, design and production. When we find something out, someone from production is standing in our lab the next day asking what it means for the series. And I value that family and work really fit together here: I have two children, and nobody raises an eyebrow when I leave at half past three.",
      ),
      qa(
        "Who are you looking for in your team?",
        "People with patience and curiosity who can get their teeth into an inexplicable reading. Whether you come from materials engineering, physics or chemistry is secondary.",
      ),
    ),
  },
  {
    key: "jonas",
    person: "jonas",
    locale: "de",
    slug: "kurz-vorgestellt-jonas-weissmueller",
    title: "Kurz vorgestellt: Jonas, Azubi in der Mechatronik",
    teaser:
      "Jonas ist im zweiten Ausbildungsjahr zum Mechatroniker. Er erzählt, warum er sich gegen das Studium entschieden hat und was er am Azubi-Projekt „Getriebe zum Anfassen“ liebt.",
    series: "kurz-vorgestellt",
    status: "published",
    publishedAt: "2026-09-15T08:00:00Z",
    body: doc(
      qa(
        "Jonas, warum eine Ausbildung und kein Studium?",
        "Ich habe nach dem Abi ein Semester Maschinenbau probiert und gemerkt, dass mir die Praxis fehlt. Hier schraube ich vom ersten Tag an an echten Maschinen, und die Theorie ergibt plötzlich Sinn, weil ich sehe, wofür ich sie brauche. Studieren kann ich später immer noch, Sonnenthal unterstützt das sogar.",
      ),
      qa(
        "Was machst du gerade?",
        "Ich bin seit drei Wochen in der Instandhaltung. Gestern haben wir eine Fräsmaschine wieder zum Laufen gebracht, die seit Tagen Fehlermeldungen ausgespuckt hat. Am Ende war es ein gebrochenes Kabel im Schleppkettensystem, und die Suche danach war spannender als jeder Krimi.",
      ),
      qa(
        "Was ist das Azubi-Projekt?",
        "Jeder Jahrgang baut ein Schaumodell eines unserer Getriebe mit durchsichtigem Gehäuse, von der Konstruktion bis zur Montage. Unseres fährt nächsten Monat mit auf die Messe nach Hannover. Zu wissen, dass Kund:innen sich das anschauen, macht schon ein bisschen stolz.",
      ),
      qa(
        "Und was machst du nach Feierabend?",
        "Klettern, meistens mit zwei anderen Azubis aus der Elektrotechnik. Wir haben uns am ersten Tag bei der Einführungswoche kennengelernt und seitdem sind wir jeden Donnerstag in der Halle.",
      ),
    ),
  },
  {
    key: "aylin",
    person: "aylin",
    locale: "de",
    slug: "die-ersten-100-tage-aylin-oeztuerk",
    title: "Die ersten 100 Tage: Aylin Öztürk im Vertrieb",
    teaser:
      "Aylin ist seit März Key-Account-Managerin und betreut einige unserer größten Kund:innen in der Robotik. Nach gut drei Monaten zieht sie eine ehrliche Zwischenbilanz.",
    series: "erste-100-tage",
    status: "published",
    publishedAt: "2026-06-12T08:00:00Z",
    body: doc(
      qa(
        "Aylin, wie war dein erster Tag?",
        "Besser als befürchtet. Mein Laptop lag bereit, mein Zugang funktionierte, und meine Patin Petra hatte mir einen Plan für die ersten zwei Wochen geschrieben. Mittags hat mich das halbe Team in die Kantine mitgenommen; die Maultaschen am Montag sind hier übrigens Pflicht.",
      ),
      qa(
        "Was war schwieriger als gedacht?",
        "Die Technik. Ich komme aus dem Vertrieb von Medizinprodukten und musste erst lernen, was ein Planetengetriebe von einem Zykloidgetriebe unterscheidet. Die Anwendungsingenieur:innen haben mir dafür eine Art Crashkurs gegeben, mit echten Teilen auf dem Tisch.",
      ),
      qa(
        "Wie arbeitet ihr mit euren Kund:innen?",
        "Sehr eng und langfristig. Viele unserer Kund:innen arbeiten seit zwanzig Jahren mit uns, und sie erwarten zu Recht, dass wir ihre Anlagen fast so gut kennen wie sie selbst. Ich bin oft vor Ort, meistens zusammen mit jemandem aus der Technik. Verkaufen heißt bei uns vor allem zuhören.",
      ),
      qa(
        "Was würdest du an der Einarbeitung ändern?",
        "Ich hätte mir früher einen Tag in der Produktion gewünscht. Den habe ich erst in der sechsten Woche bekommen, und danach habe ich unsere Angebote mit ganz anderen Augen gelesen. Das habe ich auch so zurückgemeldet, und es wird für die nächsten Neuen schon geändert.",
      ),
    ),
  },
  {
    key: "tobias",
    person: "tobias",
    locale: "de",
    slug: "zwischen-pruefstand-und-kundentermin",
    title: "Zwischen Prüfstand und Kundentermin",
    teaser:
      "Tobias ist Anwendungsingenieur in Leipzig. Er übersetzt zwischen dem, was Kund:innen brauchen, und dem, was unsere Getriebe können, und steht dafür auch mal nachts an einer Verpackungsanlage.",
    status: "published",
    publishedAt: "2026-08-20T08:00:00Z",
    body: doc(
      qa(
        "Tobias, was macht ein Anwendungsingenieur?",
        "Ich bin der Dolmetscher zwischen Kundschaft und Konstruktion. Ein Hersteller von Verpackungsmaschinen sagt mir, seine Anlage soll zwanzig Prozent schneller takten. Ich rechne aus, welcher Antrieb das schafft, ohne dass er nach zwei Jahren verschleißt, und erkläre der Entwicklung, welche Anpassung wir dafür brauchen.",
      ),
      qa(
        "Wie viel davon ist Schreibtischarbeit?",
        "Etwa die Hälfte. Die andere Hälfte bin ich am Prüfstand oder bei Kund:innen in der Halle. Am liebsten sind mir Inbetriebnahmen: Wenn eine neue Anlage zum ersten Mal unter Last läuft, ist das jedes Mal aufregend.",
      ),
      qa(
        "Was war dein schwierigster Einsatz?",
        "Eine Abfüllanlage in Polen, die nur nachts stillstehen durfte. Wir hatten vier Stunden für den Tausch von sechs Antrieben, inklusive Einstellung. Um fünf Uhr morgens lief alles, und der Schichtleiter hat uns Frühstück gebracht. Solche Momente schweißen zusammen, auch mit den Kund:innen.",
      ),
      qa(
        "Was sollte man für deinen Job mitbringen?",
        list(
          "Ein solides technisches Studium, Maschinenbau, Mechatronik oder Elektrotechnik.",
          "Freude daran, Dinge zu erklären, auch zum dritten Mal.",
          "Reiselust, aber in Maßen: Ich bin etwa vier Tage im Monat unterwegs.",
        ),
      ),
    ),
  },
  {
    key: "sabine",
    person: "sabine",
    locale: "de",
    slug: "schichtleitung-mit-herz",
    title: "Schichtleitung mit Herz: 18 Jahre Sabine Größl",
    teaser:
      "Sabine hat 2008 als Monteurin angefangen und leitet heute die Frühschicht in der Montage. Ein Gespräch über Verantwortung, Teilzeit in Führung und die Frage, was gute Schichtarbeit ausmacht.",
    status: "published",
    publishedAt: "2026-07-08T08:00:00Z",
    body: doc(
      qa(
        "Sabine, wie bist du zu Sonnenthal gekommen?",
        "Über meinen Nachbarn, der hier schon in der Dreherei war. Ich hatte Industriemechanikerin gelernt und wollte weg aus der Zeitarbeit. Nach zwei Wochen Probearbeit hatte ich einen festen Vertrag, und geblieben bin ich, weil man mich hier hat wachsen lassen.",
      ),
      qa(
        "Wie wird man von der Monteurin zur Schichtleiterin?",
        "Bei mir über die Zwischenstation Vorarbeiterin und eine berufsbegleitende Meisterschule, die Sonnenthal bezahlt hat. Das Wichtigste habe ich aber nicht in der Schule gelernt, sondern von meiner Vorgängerin: dass man als Schichtleitung zuerst für die Leute da ist und dann für die Zahlen.",
      ),
      qa(
        "Du führst in Teilzeit. Wie klappt das?",
        "Gut, weil wir es ehrlich organisiert haben. Ich arbeite dreißig Stunden, meine Stellvertreterin übernimmt an zwei Nachmittagen fest. Das war vor ein paar Jahren noch ungewöhnlich, heute machen es drei Führungskräfte in der Produktion so.",
      ),
      qa(
        "Was macht gute Schichtarbeit aus?",
        "Verlässlichkeit. Schichtpläne, die vier Wochen vorher stehen, eine saubere Übergabe an die nächste Schicht und ein Team, in dem man sich auch mal einen Dienst tauschen kann, ohne dass es Ärger gibt. Und ein guter Kaffeeautomat, das unterschätzen viele.",
      ),
    ),
  },
  {
    key: "malte",
    person: "malte",
    locale: "de",
    slug: "kurz-vorgestellt-malte-juergensen",
    title: "Kurz vorgestellt: Malte, unterwegs im Service",
    teaser:
      "Malte fährt als Servicetechniker zu Kund:innen in ganz Mitteldeutschland. Warum er das Auto als zweites Büro sieht und trotzdem jeden Abend zu Hause ist.",
    series: "kurz-vorgestellt",
    status: "published",
    publishedAt: "2026-05-05T08:00:00Z",
    body: doc(
      qa(
        "Malte, wie sieht deine Woche aus?",
        "Montags plane ich mit der Disposition die Einsätze, dann bin ich meist drei Tage unterwegs: Wartungen, Reparaturen, manchmal ein Notfall. Freitags bin ich in Leipzig in der Werkstatt und bereite Ersatzteile vor. Übernachten muss ich selten, die meisten Kund:innen sitzen im Umkreis von zwei Stunden.",
      ),
      qa(
        "Was ist das Besondere am Außendienst?",
        "Du bist das Gesicht der Firma. Wenn eine Anlage steht, ist der Druck bei den Kund:innen groß, und dann kommst du und löst das Problem. Die Dankbarkeit danach ist ehrlich, manchmal gibt es sogar selbst gebackenen Kuchen.",
      ),
      qa(
        "Und wenn du nicht weiterweißt?",
        "Dann rufe ich Tobias oder jemanden aus der Entwicklung an, und zwar direkt, ohne Ticketsystem dazwischen. Dass ich weiß, wen ich anrufen kann, ist vielleicht der größte Vorteil einer Firma unserer Größe.",
      ),
      qa(
        "Was machst du, wenn du nicht schraubst?",
        "Ich trainiere die D-Jugend unseres Fußballvereins. Zweimal die Woche Training und am Wochenende Spiele, das geht nur, weil meine Einsätze planbar sind.",
      ),
    ),
  },
  {
    key: "lea",
    person: "lea",
    locale: "de",
    slug: "von-der-uni-in-die-entwicklung",
    title: "Von der Uni in die Entwicklung: Lea programmiert Getriebe",
    teaser:
      "Lea schreibt die Software, die in unseren intelligenten Antrieben steckt. Sie erzählt, warum Embedded-Entwicklung im Maschinenbau spannender ist, als viele denken.",
    status: "published",
    publishedAt: "2026-04-14T08:00:00Z",
    body: doc(
      qa(
        "Lea, Software in einem Getriebe? Wie passt das zusammen?",
        "Besser, als man denkt. Unsere neue Antriebsreihe hat Sensoren und einen kleinen Rechner an Bord, der Temperatur, Schwingungen und Last misst. Meine Software erkennt daraus, wann ein Lager verschleißt, lange bevor es ausfällt. Kund:innen können so Wartungen planen, statt von Stillständen überrascht zu werden.",
      ),
      qa(
        "Wie bist du hier gelandet?",
        "Ich habe in Leipzig Informatik studiert und meine Masterarbeit bei Sonnenthal geschrieben, über Schwingungsanalyse auf Mikrocontrollern. Danach wollte ich eigentlich in die Spielebranche, aber das Angebot hier war einfach zu spannend. Und ehrlich gesagt auch familienfreundlicher.",
      ),
      qa(
        "Wie arbeitet euer Team?",
        "In zweiwöchigen Sprints, mit Code-Reviews und automatisierten Tests auf echter Hardware. Wir sind sechs Leute, und ich bin nicht die einzige Frau, auch wenn man das im Maschinenbau manchmal noch erwartet. Einmal im Monat hat jede:r einen Tag für eigene Ideen.",
      ),
      qa(
        "Was hat dich in den ersten Monaten überrascht?",
        "Wie viel Wert hier auf Dokumentation gelegt wird. Ein Antrieb läuft zwanzig Jahre, also muss auch in zwanzig Jahren noch jemand verstehen, was ich heute programmiert habe. Das hat meine Art zu arbeiten verändert.",
      ),
    ),
  },
  {
    key: "hannah",
    person: "hannah",
    locale: "de",
    slug: "qualitaet-ist-teamsache",
    title: "Qualität ist Teamsache",
    teaser:
      "Hannah verantwortet das Qualitätsmanagement in Leipzig. Sie erklärt, warum Qualität nicht am Ende der Linie geprüft, sondern von allen gemacht wird.",
    status: "published",
    publishedAt: "2026-03-03T08:00:00Z",
    body: doc(
      qa(
        "Hannah, was heißt Qualitätsmanagement bei Sonnenthal?",
        "Viel weniger Kontrolle, als die meisten denken. Natürlich messen wir, und zwar sehr genau, auf den Tausendstelmillimeter. Aber mein eigentlicher Job ist, Abläufe so zu gestalten, dass Fehler gar nicht erst entstehen. Die beste Prüfung ist die, die man nicht mehr braucht.",
      ),
      qa(
        "Wie reagieren Kolleg:innen, wenn die Qualitätsmanagerin kommt?",
        "Anfangs war ich die, die Probleme bringt. Heute ruft man mich, bevor es eins gibt. Dafür haben wir viel verändert: Jede Linie hat eine Qualitätspatin oder einen Qualitätspaten aus dem eigenen Team, und Verbesserungsvorschläge werden innerhalb einer Woche beantwortet.",
      ),
      qa(
        "Gibt es einen Moment, an den du dich besonders erinnerst?",
        "Unser erstes Audit durch einen großen Automobilzulieferer. Wir hatten monatelang vorbereitet, und am Ende hat die Auditorin gesagt, sie habe selten ein Werk gesehen, in dem die Leute an der Maschine so genau wissen, warum sie etwas tun. Das war ein Lob für alle, nicht für mich.",
      ),
      qa(
        "Was treibt dich an?",
        "Die Vorstellung, dass irgendwo ein Roboterarm oder ein Windrad mit einem Getriebe von uns läuft und einfach funktioniert, ohne dass je jemand an uns denkt. Unsichtbar gute Arbeit, das mag ich.",
      ),
    ),
  },
  {
    key: "oemer-draft",
    person: "oemer",
    locale: "de",
    slug: "im-gespraech-mit-oemer",
    title: "Im Gespräch mit Ömer, Teamleiter Logistik",
    teaser: "Ömer sorgt dafür, dass Material und fertige Antriebe immer am richtigen Ort sind.",
    status: "draft",
    body: doc(
      qa(
        "Ömer, was macht die Logistik bei Sonnenthal?",
        "Wir sind der Blutkreislauf des Werks: Rohteile kommen rein, fertige Antriebe gehen raus, und dazwischen muss alles zur richtigen Zeit an der richtigen Linie sein.",
      ),
      qa("Was hat sich in den letzten Jahren verändert?"),
    ),
  },
  {
    key: "petra-review",
    person: "petra",
    locale: "de",
    slug: "wie-wir-neue-kolleginnen-einarbeiten",
    title: "Wie wir neue Kolleg:innen einarbeiten",
    teaser: "Petra hat das Patenprogramm im Innendienst aufgebaut. Ein Blick hinter die Kulissen der ersten Wochen.",
    status: "in_review",
    body: doc(
      qa(
        "Petra, warum braucht es ein Patenprogramm?",
        "Weil die ersten Wochen darüber entscheiden, ob jemand bleibt. Eine Patin kennt die ungeschriebenen Regeln und hat Zeit für Fragen, die man der Chefin nicht stellen möchte.",
      ),
      qa(
        "Wie läuft das konkret ab?",
        "Jede neue Kollegin und jeder neue Kollege bekommt schon vor dem ersten Tag eine Nachricht von der Patin oder dem Paten. Danach treffen sie sich drei Monate lang jede Woche.",
      ),
    ),
  },
];
