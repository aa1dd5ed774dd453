import { describe, expect, it } from "vitest";
import { renderRss } from "./rss";

describe("RSS", () => {
  it("escapes every text and keeps umlauts and Kund:innen", () => {
    const xml = renderRss({
      title: "Geschichten · Müller & Söhne",
      url: "https://example.test/de",
      selfUrl: "https://example.test/de/feed.xml",
      description: "Wie wir <Kund:innen> einbinden",
      language: "de",
      items: [
        {
          title: `"Größe" & <Nähe>`,
          url: "https://example.test/de/interviews/a?b=1&c=2",
          description: "Für Kund:innen",
          author: "Jörg O'Brien",
          published: new Date("2018-04-17T08:00:00Z"),
        },
      ],
    });
    expect(xml).toContain("<title>Geschichten · Müller &amp; Söhne</title>");
    expect(xml).toContain("<description>Wie wir &lt;Kund:innen&gt; einbinden</description>");
    expect(xml).toContain("<title>&quot;Größe&quot; &amp; &lt;Nähe&gt;</title>");
    expect(xml).toContain("<link>https://example.test/de/interviews/a?b=1&amp;c=2</link>");
    expect(xml).toContain("<dc:creator>Jörg O&apos;Brien</dc:creator>");
    expect(xml).toContain("<pubDate>Tue, 17 Apr 2018 08:00:00 GMT</pubDate>");
  });
});
