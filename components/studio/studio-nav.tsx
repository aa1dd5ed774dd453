"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export type NavGroup = { label: string; links: { href: string; label: string; count?: { value: number; label: string } }[] };

/** True for the link of the section the page belongs to (/studio/interviews/… → Interviews). */
function isCurrent(href: string, pathname: string): boolean {
  return href === "/studio" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The studio's sections in groups; which ones appear depends on the user's role (decided on the server). */
export function StudioNav({ groups, label }: { groups: NavGroup[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="studio-nav">
      {groups.map((group) => (
        <div key={group.label} className="studio-nav-group">
          <p className="studio-nav-label">{group.label}</p>
          <ul role="list">
            {group.links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} aria-current={isCurrent(link.href, pathname) ? "page" : undefined}>
                  {link.label}
                  {link.count ? (
                    <>
                      <span className="nav-count" aria-hidden="true">
                        {link.count.value}
                      </span>
                      <span className="visually-hidden"> ({link.count.label})</span>
                    </>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
