/**
 * `generateStaticParams` for every public route: no pages at build (the build needs no
 * database). Each page renders on its first request and then stays in Next's page cache until
 * a tag of its data is revalidated or a scheduled change falls due (docs/decisions.md).
 */
export function renderOnDemand(): never[] {
  return [];
}
