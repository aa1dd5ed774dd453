import "server-only";
import { and, asc, count, eq } from "drizzle-orm";
import type { LocalizedText } from "@/db/schema/types";
import { findById } from "@/db/find";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type PersonInsert = ReturnType<typeof tables>["people"]["$inferInsert"];
export type Person = ReturnType<typeof tables>["people"]["$inferSelect"];

export async function createPerson(input: PersonInsert, exec: Executor = defaultExecutor()): Promise<Person> {
  const [row] = await exec.insert(tables().people).values(input).returning();
  return row!;
}

export function getPerson(id: string, exec: Executor = defaultExecutor()): Promise<Person | null> {
  return findById(tables().people, id, exec);
}

export async function updatePerson(
  id: string,
  patch: Partial<Omit<PersonInsert, "id" | "createdAt">>,
  exec: Executor = defaultExecutor(),
): Promise<Person | null> {
  const { people } = tables();
  const [row] = await exec.update(people).set(patch).where(eq(people.id, id)).returning();
  return row ?? null;
}

export async function listPeople(exec: Executor = defaultExecutor()): Promise<Person[]> {
  const { people } = tables();
  return exec.select().from(people).orderBy(asc(people.displayName));
}

/** Saves a person's changes only if nobody else saved since `version` (their `updatedAt`); null otherwise. */
export async function updatePersonIfUnchanged(
  id: string,
  patch: Partial<Omit<PersonInsert, "id" | "createdAt">>,
  version: Date,
  exec: Executor = defaultExecutor(),
): Promise<Person | null> {
  const { people } = tables();
  const [row] = await exec
    .update(people)
    .set({ ...patch, updatedAt: new Date() })
    .where(and(eq(people.id, id), eq(people.updatedAt, version)))
    .returning();
  return row ?? null;
}

export type PersonOverview = Person & {
  departmentName: LocalizedText | null;
  locationName: LocalizedText | null;
  portraitKey: string | null;
  interviews: number;
};

/** Every person with their department, office, portrait and number of interviews, by name. */
export async function listPeopleOverview(exec: Executor = defaultExecutor()): Promise<PersonOverview[]> {
  const { people, departments, locations, assets, interviews } = tables();
  const rows = await exec
    .select({
      person: people,
      departmentName: departments.name,
      locationName: locations.name,
      portraitKey: assets.storageKey,
      interviews: count(interviews.id),
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(locations, eq(locations.id, people.locationId))
    .leftJoin(assets, eq(assets.id, people.portraitAssetId))
    .leftJoin(interviews, eq(interviews.personId, people.id))
    .groupBy(people.id, departments.name, locations.name, assets.storageKey)
    .orderBy(asc(people.displayName));
  return rows.map(({ person, ...rest }) => ({ ...person, ...rest, interviews: Number(rest.interviews) }));
}
