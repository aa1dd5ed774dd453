import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

/**
 * Applicants' pages must not download the editor: the route manifests of the production
 * build list each page's client chunks, and none of the public ones may hold Tiptap,
 * ProseMirror or studio code. The editor's own route is checked too, so the test would
 * notice if it stopped seeing the editor at all.
 */
const APP = path.join(".next", "server", "app");

function manifests(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(full);
    return entry.name.endsWith("_client-reference-manifest.js") ? [full] : [];
  });
}

/** The client modules and chunk files a route's manifest names. */
function clientCode(manifest: string): { modules: string[]; chunks: string[] } {
  const text = fs.readFileSync(manifest, "utf8");
  const json = JSON.parse(text.slice(text.indexOf("] = ") + 4).replace(/;\s*$/, "")) as {
    clientModules: Record<string, { chunks: string[] }>;
    entryJSFiles: Record<string, string[]>;
  };
  const chunks = new Set<string>();
  for (const entry of Object.values(json.clientModules)) for (const chunk of entry.chunks) chunks.add(chunk.replace(/^\/_next\//, ""));
  for (const files of Object.values(json.entryJSFiles)) for (const file of files) chunks.add(file);
  return { modules: Object.keys(json.clientModules), chunks: [...chunks] };
}

const EDITOR_MODULE = /@tiptap|prosemirror|components\/editor|components\/studio/;
const EDITOR_CODE = /ProseMirror/;

function shipsEditor(manifest: string): boolean {
  const { modules, chunks } = clientCode(manifest);
  return modules.some((name) => EDITOR_MODULE.test(name)) || chunks.some((chunk) => EDITOR_CODE.test(fs.readFileSync(path.join(".next", chunk), "utf8")));
}

test("public pages ship no editor or studio code; the editor's page does", () => {
  const all = manifests(APP);
  const publicRoutes = all.filter((file) => file.includes(`${path.sep}[locale]${path.sep}`));
  expect(publicRoutes.length).toBeGreaterThanOrEqual(5);
  for (const manifest of publicRoutes) expect(shipsEditor(manifest), manifest).toBe(false);
  const editor = all.find((file) => file.includes(path.join("studio", "(signed-in)", "interviews", "[id]")));
  expect(editor && shipsEditor(editor)).toBe(true);
});
