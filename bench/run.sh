#!/usr/bin/env bash
# Atlas read-path benchmark: OpenNRM vs nginx serving the same pages as static files,
# in the same run, on loopback. Writes bench/RESULTS.md. Needs wrk, nginx and curl
# (installed from Debian if missing). Bounded: a few short wrk runs against 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-64}"
THREADS="${THREADS:-2}"
APP_PORT=18080
NGINX_PORT=18081
OUT="bench/out"
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
command -v wrk >/dev/null || need+=(wrk)
[ -x /usr/sbin/nginx ] || need+=(nginx-light)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi

cargo build --release --locked -q
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/opennrm"
rm -rf "$OUT"; mkdir -p "$OUT/data" "$OUT/static/countries" "$OUT/static/api/v1/countries" "$OUT/nginx"

pids=()
cleanup() { for p in "${pids[@]:-}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

now_ms() { date +%s%3N; }
# A master secret of this run only (PostgreSQL requires one; every node would share it).
BENCH_SECRET=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')

# --- cold start: first `serve` on an empty data directory until the first page answers
start_app() { # $1 = database URL (empty for the SQLite default)
  local t0; t0=$(now_ms)
  OPENNRM_DATA_DIR="$OUT/data" OPENNRM_DATABASE_URL="$1" OPENNRM_SECRET_KEY="$BENCH_SECRET" OPENNRM_LOG=warn "$BIN" serve --bind "127.0.0.1:$APP_PORT" &
  APP_PID=$!; pids+=("$APP_PID")
  for _ in $(seq 1 3000); do
    curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/countries/DK" && break
    sleep 0.01
  done
  COLD_MS=$(( $(now_ms) - t0 ))
  sleep 1
  RSS_KB=$(ps -o rss= -p "$APP_PID" | tr -d ' ')
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

# --- static copies for nginx: the very bytes OpenNRM serves
start_app ""
curl -fs "http://127.0.0.1:$APP_PORT/countries/DK" -o "$OUT/static/countries/DK.html"
curl -fs "http://127.0.0.1:$APP_PORT/api/v1/countries/DK" -o "$OUT/static/api/v1/countries/DK.json"
SQLITE_COLD=$COLD_MS; SQLITE_RSS=$RSS_KB

cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on; tcp_nopush on; keepalive_requests 1000000;
  types { text/html html; application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/static;
    location = /countries/DK { default_type text/html; try_files /countries/DK.html =404; }
    location = /api/v1/countries/DK { default_type application/json; try_files /api/v1/countries/DK.json =404; }
  }
}
CONF
/usr/sbin/nginx -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx"
trap 'cleanup; /usr/sbin/nginx -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx" -s stop 2>/dev/null || true' EXIT
sleep 0.5
cmp <(curl -fs "http://127.0.0.1:$NGINX_PORT/countries/DK") "$OUT/static/countries/DK.html"

run_wrk() { # $1 = label, $2 = url → appends a row
  local log="$OUT/wrk-$(echo "$1" | tr ' /' '__').txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$2" > "$log"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$log")
  p50=$(awk '$1=="50%" {print $2}' "$log")
  p99=$(awk '$1=="99%" {print $2}' "$log")
  errors=$(awk '/Non-2xx/ {print $5}' "$log"); errors=${errors:-0}
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$rps" "$p50" "$p99" "$errors" >> "$OUT/rows.md"
  echo "$1: $rps req/s, p50 $p50, p99 $p99"
}
: > "$OUT/rows.md"
for target in "countries/DK" "api/v1/countries/DK"; do
  run_wrk "nginx static /$target" "http://127.0.0.1:$NGINX_PORT/$target"
  run_wrk "OpenNRM (SQLite) /$target" "http://127.0.0.1:$APP_PORT/$target"
done

# --- full-text search (issue 6: p99 <= 20 ms for a one-word query): answered by the
# database's index on every request (FTS5 here), so it has no static reference.
SEARCH_TARGETS=("api/v1/search?q=reflection" "search?q=reflection")
for target in "${SEARCH_TARGETS[@]}"; do
  run_wrk "OpenNRM (SQLite) /$target" "http://127.0.0.1:$APP_PORT/$target"
done

# --- atlas history: an import makes revision 2; revision 1 is then read from the database
# (first request, cold) and from the services' cache of old revisions (wrk, rendered per request).
mkdir -p "$OUT/edited"
cp data/atlas/*.toml "$OUT/edited/"
sed -i '0,/name = "Danish Centre against Human Trafficking"/s//name = "Danish Centre against Human Trafficking (bench edit)"/' "$OUT/edited/dk.toml"
OPENNRM_DATA_DIR="$OUT/data" OPENNRM_SECRET_KEY="$BENCH_SECRET" OPENNRM_LOG=warn "$BIN" import --message "bench edit" "$OUT/edited" > /dev/null
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$APP_PORT/healthz" | grep -q '"revision":2' && break; sleep 0.1; done
OLD_FIRST_MS=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT/countries/DK?revision=1" | awk '{printf "%.1f", $1 * 1000}')
OLD_DIFF_MS=$(curl -fs -o /dev/null -w '%{time_total}' "http://127.0.0.1:$APP_PORT/api/v1/countries/DK/diff?from=1&to=2" | awk '{printf "%.1f", $1 * 1000}')
run_wrk "OpenNRM (SQLite) /countries/DK?revision=1 (old revision)" "http://127.0.0.1:$APP_PORT/countries/DK?revision=1"
run_wrk "OpenNRM (SQLite) /countries/DK after the import (current)" "http://127.0.0.1:$APP_PORT/countries/DK"
stop_app

# --- the same binary on PostgreSQL, if the local server is up
PG_LINE="PostgreSQL not reachable on 127.0.0.1:5432: skipped"
if pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  DB="opennrm_bench_$$"
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres && psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres
  start_app "postgres://postgres@127.0.0.1:5432/$DB"
  PG_LINE="cold start ${COLD_MS} ms, resident memory $((RSS_KB / 1024)) MiB after start"
  for target in "countries/DK" "api/v1/countries/DK" "${SEARCH_TARGETS[@]}"; do
    run_wrk "OpenNRM (PostgreSQL) /$target" "http://127.0.0.1:$APP_PORT/$target"
  done
  stop_app
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
fi

CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); rerun it to replace this file."
  echo
  echo "- Machine: $(nproc) cores ($CPU), $MEM; Debian $(cat /etc/debian_version); load generator and servers share the machine."
  echo "- Load: \`wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency\` on 127.0.0.1, one target at a time, keep-alive."
  echo "- Reference: nginx $(/usr/sbin/nginx -v 2>&1 | sed 's/.*nginx\///') serving the very bytes OpenNRM returned for the same URLs, saved as static files ($(stat -c %s "$OUT/static/countries/DK.html") B page, $(stat -c %s "$OUT/static/api/v1/countries/DK.json") B JSON)."
  echo "- OpenNRM: release build, \`opennrm serve\` on the embedded SQLite default (fresh data directory), then on PostgreSQL."
  echo
  echo "| target | requests/s | p50 | p99 | non-2xx |"
  echo "|---|---|---|---|---|"
  cat "$OUT/rows.md"
  echo
  echo "Cold start (first \`serve\` on an empty data directory: create, migrate, load the atlas, until /countries/DK answers):"
  echo
  echo "- Atlas history (SQLite, after an import made revision 2): first request for revision 1 (read from the database) ${OLD_FIRST_MS} ms; first diff 1 → 2 of DK ${OLD_DIFF_MS} ms."
  echo "- SQLite: ${SQLITE_COLD} ms; resident memory after start: $((SQLITE_RSS / 1024)) MiB"
  echo "- PostgreSQL: $PG_LINE"
  # Written by bench/network.sh, kept across runs of this script.
  if [ -f bench/network-results.md ]; then echo; cat bench/network-results.md; fi
  # Written by bench/referrals.sh, kept across runs of this script.
  if [ -f bench/referrals-results.md ]; then echo; cat bench/referrals-results.md; fi
  if [ -f bench/NOTES.md ]; then echo; cat bench/NOTES.md; fi
} > bench/RESULTS.md
cat bench/RESULTS.md
