import { createInterview, publishRevision } from "../modules/interviews/queries/interviews";
import { createPerson } from "../modules/people/queries";
import { departments } from "../modules/taxonomy/queries/taxonomy";
import { revalidationToken } from "@/lib/cache/revalidation-token";
import { cacheTags } from "@/lib/cache/tags";
import { content, unique } from "@/test/factories";
import { createPublishedTeam, expect, revalidatePublic, test } from "./fixtures";

test("public lists are served from the cache until a write revalidates exactly their tag", async ({ page }) => {
  const { departmentSlug, titles } = await createPublishedTeam(1);
  await page.goto(`/de/bereiche/${departmentSlug}`);
  await expect(page.getByRole("heading", { name: titles[0] })).toBeVisible();

  // Written beside the server without announcing it: the cached list does not know yet.
  const department = await departments.getBySlug(departmentSlug);
  const person = await createPerson({ displayName: "Spät Dazugekommen", jobTitle: { de: "Testerin" }, departmentId: department!.id });
  const title = `Nachzüglerin ${unique("x")}`;
  const { interview, revision } = await createInterview({ locale: "de", slug: unique("spaet"), personId: person.id }, content(title), null);
  await publishRevision(interview.id, revision.id);
  await page.reload();
  await expect(page.getByRole("heading", { name: titles[0] })).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);

  // Another tag leaves the list alone; the lists' own tag refreshes it on the next request.
  await revalidatePublic([cacheTags.settings]);
  await page.reload();
  await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
  await revalidatePublic([cacheTags.interviews]);
  await page.reload();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
});

test("the revalidation endpoint refuses callers without the token, other sites and malformed tags", async ({ request }) => {
  const anonymous = await request.post("/api/revalidate", { data: { tags: ["public"] } });
  expect(anonymous.status()).toBe(401);
  const forged = await request.post("/api/revalidate", { data: { tags: ["public"] }, headers: { authorization: "Bearer forged" } });
  expect(forged.status()).toBe(401);
  const crossSite = await request.post("/api/revalidate", {
    data: { tags: ["public"] },
    headers: { authorization: `Bearer ${revalidationToken(process.env.NEXTAUTH_SECRET!)}`, origin: "https://evil.example" },
  });
  expect(crossSite.status()).toBe(403);
  await expect(revalidatePublic(["<script>"])).rejects.toThrow("400");
});
