#!/usr/bin/env bash
# Full-text search only (issue 6: p99 <= 20 ms for a one-word query on the 2013 atlas):
# the search rows of bench/run.sh without the rest, for a quick check. Prints the rows;
# does not touch RESULTS.md. Same load settings as run.sh; needs wrk and curl, and a
# release build (`cargo build --release`; CARGO_TARGET_DIR is respected).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
APP_PORT="${APP_PORT:-18090}"
OUT="bench/out-search"
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/opennrm"
[ -x "$BIN" ] || { echo "no release build at $BIN" >&2; exit 1; }
rm -rf "$OUT"; mkdir -p "$OUT/data"
BENCH_SECRET=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
APP_PID=""
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true' EXIT

start_app() { # $1 = database URL (empty for the SQLite default)
  OPENNRM_DATA_DIR="$OUT/data" OPENNRM_DATABASE_URL="$1" OPENNRM_SECRET_KEY="$BENCH_SECRET" OPENNRM_LOG=warn "$BIN" serve --bind "127.0.0.1:$APP_PORT" &
  APP_PID=$!
  for _ in $(seq 1 3000); do curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/livez" && break; sleep 0.01; done
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
run_wrk() { # $1 = label, $2 = url
  local log; log="$OUT/wrk-$(echo "$1" | tr ' /?=' '____').txt"
  curl -fs -o /dev/null "$2"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$log"
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(awk '/^Requests\/sec/ {print $2}' "$log")" \
    "$(awk '$1=="50%" {print $2}' "$log")" "$(awk '$1=="99%" {print $2}' "$log")" \
    "$(awk '/Non-2xx/ {print $5}' "$log" | grep . || echo 0)"
}
TARGETS=("api/v1/search?q=reflection" "search?q=reflection")
echo "| target | requests/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|"
start_app ""
for t in "${TARGETS[@]}"; do run_wrk "OpenNRM (SQLite) /$t" "http://127.0.0.1:$APP_PORT/$t"; done
stop_app
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  DB="opennrm_bench_search_$$"
  psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
  start_app "postgres://postgres@127.0.0.1:5432/$DB"
  for t in "${TARGETS[@]}"; do run_wrk "OpenNRM (PostgreSQL) /$t" "http://127.0.0.1:$APP_PORT/$t"; done
  stop_app
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" postgres
fi
