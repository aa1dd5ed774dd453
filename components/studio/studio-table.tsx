import type { ReactNode } from "react";

/**
 * A studio table: it scrolls sideways in its own focusable region on narrow screens (the
 * page never does), with its column headings; the rows are the children.
 */
export function StudioTable({ label, columns, className, children }: { label: string; columns: string[]; className?: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table className={className ? `user-table ${className}` : "user-table"}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
