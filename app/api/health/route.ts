import { checkHealth } from "@/db/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness: the database answers and its migrations match this build. */
export async function GET() {
  const health = await checkHealth();
  const status = health.ok ? 200 : 503;
  return Response.json(
    health.ok
      ? { status: "ok", database: { dialect: health.dialect, migrations: health.migrations } }
      : { status: "unavailable", database: { dialect: health.dialect, error: health.error } },
    { status, headers: { "Cache-Control": "no-store" } },
  );
}
