import Link from "next/link";
import { StatusBadge } from "@/components/studio/status-badge";
import type { ContentStatus } from "@/db/schema/types";
import { formatDateTime } from "@/lib/dates";

export type WorkItem = { id: string; title: string; personName: string; status: ContentStatus; at: Date; href: string; note?: string };

/** A titled list of interviews on the studio's overview: what waits, what changed. */
export function WorkList({ id, title, items, locale, timeZone }: { id: string; title: string; items: WorkItem[]; locale: string; timeZone: string }) {
  if (!items.length) return null;
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul role="list" className="recent-list">
        {items.map((item) => (
          <li key={item.id}>
            <Link href={item.href}>{item.title}</Link>
            <span className="muted">
              {item.personName} · <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, locale, timeZone)}</time>
              {item.note ? ` · ${item.note}` : ""}
            </span>
            <StatusBadge status={item.status} />
          </li>
        ))}
      </ul>
    </section>
  );
}
