import Link from "next/link";

/** A page's links to what one can start there, as buttons: the first is the main one, the others secondary. */
export function ButtonLinks({ className, links }: { className: string; links: { href: string; label: string }[] }) {
  return (
    <p className={className}>
      {links.map(({ href, label }, index) => (
        <Link key={href} href={href} className={index === 0 ? "button" : "button button-secondary"}>
          {label}
        </Link>
      ))}
    </p>
  );
}
