import { getTranslations } from "next-intl/server";

/** Plain share links: no third-party scripts, no tracking, nothing loads until clicked. */
export async function ShareLinks({ locale, url, title, company }: { locale: string; url: string; title: string; company: string }) {
  const t = await getTranslations({ locale, namespace: "interview" });
  const encoded = encodeURIComponent(url);
  // The list is labelled "Share", so each link's visible name is its accessible name.
  const links = [
    ["LinkedIn", `https://www.linkedin.com/sharing/share-offsite/?url=${encoded}`],
    ["XING", `https://www.xing.com/spi/shares/new?url=${encoded}`],
    ["WhatsApp", `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`],
    [t("email"), `mailto:?subject=${encodeURIComponent(t("emailSubject", { company }))}&body=${encodeURIComponent(`${title}\n${url}`)}`],
  ] as const;
  return (
    <nav className="share" aria-label={t("share")}>
      <span className="share-label" aria-hidden="true">
        {t("share")}:
      </span>
      <ul role="list">
        {links.map(([text, href]) => (
          <li key={text}>
            <a href={href} {...(href.startsWith("http") ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
              {text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
