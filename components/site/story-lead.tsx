import type { Teller } from "@/modules/universes";

/** A story's opening line and, when the studio named one, who tells it: on a topic's columns and on a universe's page. */
export function StoryLead({ teaser, teller }: { teaser: string; teller?: Teller | null }) {
  return (
    <div className="universe-lead">
      <p className="universe-teaser">{teaser}</p>
      {teller ? (
        <p className="universe-teller">
          {teller.name}
          {teller.role ? `, ${teller.role}` : ""}
        </p>
      ) : null}
    </div>
  );
}
