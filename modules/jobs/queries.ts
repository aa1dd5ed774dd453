import "server-only";
import { alias } from "drizzle-orm/sqlite-core";
import { and, asc, desc, eq } from "drizzle-orm";
import type { LocalizedText } from "@/db/schema/types";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type JobInsert = ReturnType<typeof tables>["jobs"]["$inferInsert"];
export type Job = ReturnType<typeof tables>["jobs"]["$inferSelect"];

export async function createJob(input: JobInsert, exec: Executor = defaultExecutor()): Promise<Job> {
  const [row] = await exec.insert(tables().jobs).values(input).returning();
  return row!;
}

export async function updateJob(id: string, patch: Partial<Omit<JobInsert, "id" | "createdAt">>, exec: Executor = defaultExecutor()): Promise<Job | null> {
  const { jobs } = tables();
  const [row] = await exec
    .update(jobs)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(jobs.id, id))
    .returning();
  return row ?? null;
}

export async function getJob(id: string, exec: Executor = defaultExecutor()): Promise<Job | null> {
  const { jobs } = tables();
  const [row] = await exec.select().from(jobs).where(eq(jobs.id, id)).limit(1);
  return row ?? null;
}

/** Deletes a job and returns it; null when it was gone already. */
export async function deleteJob(id: string, exec: Executor = defaultExecutor()): Promise<Job | null> {
  const { jobs } = tables();
  const [row] = await exec.delete(jobs).where(eq(jobs.id, id)).returning();
  return row ?? null;
}

/** A job as lists show it: its title, where it is, and where to apply. */
export type JobListing = { id: string; title: LocalizedText; url: string; open: boolean; department: LocalizedText | null; location: LocalizedText | null };

/**
 * Jobs with their department's and office's names, open ones first, then newest first: the
 * open ones (of one department, by its address, when given) for the public pages, or every
 * one for the studio.
 */
export async function listJobs(
  { openOnly, departmentSlug, limit }: { openOnly: boolean; departmentSlug?: string; limit?: number },
  exec: Executor = defaultExecutor(),
): Promise<JobListing[]> {
  const { jobs, departments, locations } = tables();
  const department = alias(departments, "job_department");
  const location = alias(locations, "job_location");
  const query = exec
    .select({ id: jobs.id, title: jobs.title, url: jobs.url, open: jobs.open, department: department.name, location: location.name })
    .from(jobs)
    .leftJoin(department, eq(department.id, jobs.departmentId))
    .leftJoin(location, eq(location.id, jobs.locationId))
    .where(and(openOnly ? eq(jobs.open, true) : undefined, departmentSlug ? eq(department.slug, departmentSlug) : undefined))
    .orderBy(desc(jobs.open), desc(jobs.createdAt), asc(jobs.id))
    .$dynamic();
  return limit ? query.limit(limit) : query;
}
