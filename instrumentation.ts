/**
 * Runs once per server process: starts the workflow's scheduler (planned publications and
 * unpublish times, modules/workflow/scheduler.ts). Not during the build, and not on the edge.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("@/modules/workflow");
  startScheduler();
}
