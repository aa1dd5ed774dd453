import "server-only";
import { and, eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "./executor";

type JobInsert = ReturnType<typeof tables>["jobs"]["$inferInsert"];
export type Job = ReturnType<typeof tables>["jobs"]["$inferSelect"];

export async function createJob(input: JobInsert, exec: Executor = defaultExecutor()): Promise<Job> {
  const [row] = await exec.insert(tables().jobs).values(input).returning();
  return row!;
}

export async function updateJob(
  id: string,
  patch: Partial<Omit<JobInsert, "id" | "createdAt">>,
  exec: Executor = defaultExecutor(),
): Promise<Job | null> {
  const { jobs } = tables();
  const [row] = await exec.update(jobs).set({ ...patch, updatedAt: new Date() }).where(eq(jobs.id, id)).returning();
  return row ?? null;
}

export async function listOpenJobs(departmentId?: string, exec: Executor = defaultExecutor()): Promise<Job[]> {
  const { jobs } = tables();
  return exec
    .select()
    .from(jobs)
    .where(and(eq(jobs.open, true), departmentId ? eq(jobs.departmentId, departmentId) : undefined));
}
