import "server-only";
import { asc, eq } from "drizzle-orm";
import { findById } from "./find";
import { defaultExecutor, tables, type Executor } from "./executor";

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
