#!/usr/bin/env bash
# `npm test`: type check, lint, unit tests, the data layer on SQLite and PostgreSQL, a
# production build, and the Playwright suite against it on SQLite and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

reports=test-results/reports
rm -rf "$reports" && mkdir -p "$reports"
step() { printf '\n\033[1m==> %s\033[0m\n' "$1"; }
vitest() { npx vitest run --project "$1" --reporter=default --reporter=json --outputFile.json="$reports/$2.json"; }

step "Type check"
npx tsc --noEmit

step "Lint"
npm run --silent lint

step "Unit tests"
vitest unit unit

step "Data layer on SQLite"
EINBLICK_TEST_DIALECT=sqlite vitest data data-sqlite

postgres=yes
if ! npx tsx scripts/pg-check.ts; then
  target="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
  if [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL at $target is not reachable, and under CI that is a failure." >&2
    exit 1
  fi
  printf '\n\033[33mWARNING: PostgreSQL at %s is not reachable; the PostgreSQL runs are skipped.\033[0m\n' "$target"
  postgres=no
fi

if [ "$postgres" = yes ]; then
  step "Data layer on PostgreSQL"
  EINBLICK_TEST_DIALECT=postgres vitest data data-postgres
fi

step "Production build"
npx tsx scripts/ensure-build.ts

step "End to end on SQLite"
PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e-sqlite.json" npx tsx scripts/e2e.ts --reporter=list,json

if [ "$postgres" = yes ]; then
  step "End to end on PostgreSQL"
  EINBLICK_TEST_DIALECT=postgres PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e-postgres.json" npx tsx scripts/e2e.ts --reporter=list,json
fi

npx tsx scripts/test-summary.ts
