import Link from "next/link";
import type { ReactNode } from "react";

/**
 * A studio page's heading and introduction, with its main action beside them: mostly a link
 * to add a new entry (`create`), else whatever `action` is.
 */
export function PageHead({ title, intro, create, action }: { title: string; intro: string; create?: { href: string; label: string }; action?: ReactNode }) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
      </div>
      {create ? (
        <Link href={create.href} className="button">
          {create.label}
        </Link>
      ) : (
        action
      )}
    </div>
  );
}
