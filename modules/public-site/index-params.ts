import { z } from "zod";
import { MAX_QUERY_LENGTH } from "@/lib/search";

/**
 * The public index's URL parameters. Anything odd (arrays, overlong text, a page that is
 * not a positive number) is reduced to something harmless instead of failing the page.
 */
const text = (max: number) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.string().trim().max(max).optional().catch(undefined));

const slug = text(100).transform((value) => (value && /^[a-z0-9-]+$/.test(value) ? value : undefined));

const schema = z.object({
  q: text(10_000).transform((value) => value?.slice(0, MAX_QUERY_LENGTH) || undefined),
  department: slug,
  location: slug,
  series: slug,
  page: z.preprocess((value) => (Array.isArray(value) ? value[0] : value), z.coerce.number().int().min(1).max(100_000).catch(1).default(1)),
});

export type IndexParams = z.infer<typeof schema>;

export function parseIndexParams(searchParams: Record<string, string | string[] | undefined>): IndexParams {
  return schema.parse(searchParams);
}

/** Query parameters for a link to the index, leaving out empty ones and page 1. */
export function indexQuery(params: Partial<IndexParams>): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["q", "department", "location", "series"] as const) {
    const value = params[key];
    if (value) query[key] = value;
  }
  if (params.page && params.page > 1) query.page = String(params.page);
  return query;
}
