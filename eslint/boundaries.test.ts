import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The layering rule must really fail: each case lints a made-up file at a real place in the
 * tree with one import, and expects the boundary rule to refuse it, or to let it pass.
 */
const root = path.join(import.meta.dirname, "..");
let eslint: ESLint;

async function boundaryErrors(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import * as imported from "${specifier}";\nexport const used = imported;\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === "import/no-restricted-paths").map((message) => message.message);
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe("the layering rule (npm run lint)", () => {
  it.each([
    ["lib/probe.ts", "@/modules/jobs", /kernel/],
    ["lib/probe.ts", "@/components/site/pagination", /kernel/],
    ["lib/probe.ts", "@/db/seed/demo", /db\/'s executor, client and schema only/],
    ["db/probe.ts", "@/modules/people", /only the kernel/],
    ["modules/jobs/probe.ts", "@/modules/people/queries", /through its index\.ts only/],
    ["modules/jobs/probe.ts", "../people/queries", /through its index\.ts only/],
    ["modules/jobs/probe.ts", "@/modules/accounts/request", /through its index\.ts only/],
    ["modules/jobs/specs.ts", "@/modules/accounts/request", /through its index\.ts only/],
    ["modules/jobs/probe.ts", "@/components/studio/field", /below components/],
    ["components/site/probe.tsx", "@/modules/interviews/queries/interviews", /index\.ts/],
    ["components/site/probe.tsx", "@/app/[locale]/(site)/open-jobs", /below app/],
    ["app/probe.ts", "@/modules/workflow/comments", /index\.ts/],
  ])("refuses %s importing %s", async (file, specifier, message) => {
    const errors = await boundaryErrors(file, specifier);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ["lib/probe.ts", "@/db/executor"],
    ["db/probe.ts", "@/lib/config"],
    ["modules/jobs/probe.ts", "@/modules/taxonomy"],
    ["modules/jobs/probe.ts", "./queries"],
    ["modules/jobs/actions.ts", "@/modules/accounts/request"],
    ["components/studio/probe.tsx", "@/modules/jobs/actions"],
    ["app/probe.ts", "@/modules/accounts/request"],
  ])("lets %s import %s", async (file, specifier) => {
    expect(await boundaryErrors(file, specifier)).toEqual([]);
  });
});
