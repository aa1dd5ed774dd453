/**
 * Structured data for search engines. JSON.stringify escapes quotes, and "<" is escaped
 * too, so no value can close the script element. This is data, not rich text.
 */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
