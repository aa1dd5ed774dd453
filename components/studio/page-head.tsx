import type { ReactNode } from "react";

/** A studio page's heading and introduction, with its main action (a "new …" link) beside them. */
export function PageHead({ title, intro, action }: { title: string; intro: string; action?: ReactNode }) {
  return (
    <div className="page-head">
      <div>
        <h1>{title}</h1>
        <p className="muted">{intro}</p>
      </div>
      {action}
    </div>
  );
}
