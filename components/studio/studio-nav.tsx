"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The studio's sections; which ones appear depends on the user's role (decided on the server). */
export function StudioNav({ links, label }: { links: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="studio-nav">
      <ul role="list">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={pathname === link.href ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
