#!/usr/bin/env bash
# Referral creation (capability 4): referrals created per second through the services —
# `open_case` (one person, name / date of birth / nationality sealed, a screening reaching
# presumed trafficking) then `send_referrals` of the duty fi-labour-inspection-to-police
# (case + screening + routing + consent check + audit + encryption) — on SQLite (temp dir)
# and PostgreSQL, with 16 and 1 concurrent tasks, and in the same run a plain insert of
# the same five rows in one transaction (raw sqlx; synchronous = FULL on SQLite), the
# same plus the audit-chain row, and the raw "one transaction of two inserts" calibration.
# Target: ≥ 1,500 referrals/s on SQLite with durable commits (raw SQLite, WAL, two inserts,
# synchronous = FULL: ≈ 3,500 tx/s on this kind of machine), and ≥ 0.3× the plain insert
# on PostgreSQL. The program is crates/bench/src/referrals.rs.
#
# Writes bench/referrals-results.md and puts it in bench/RESULTS.md. Needs PostgreSQL at
# OPENNRM_BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres; a
# database opennrm_bench_<pid> is created and dropped). CARGO_TARGET_DIR is respected.
# Takes about 5 minutes (10 s per row after 1 s of warm-up) plus the build.
#
#   bench/referrals.sh
#   BENCH_DURATION=3 BENCH_BACKENDS=sqlite bench/referrals.sh   # a quick look
#   BENCH_DIAGNOSTICS=0 bench/referrals.sh                      # without the open_case-only rows
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export BENCH_DURATION="${BENCH_DURATION:-10}"
export BENCH_WARMUP="${BENCH_WARMUP:-1}"
export BENCH_CONCURRENCY="${BENCH_CONCURRENCY:-16,1}"
export BENCH_BACKENDS="${BENCH_BACKENDS:-sqlite,postgres}"
export BENCH_DIAGNOSTICS="${BENCH_DIAGNOSTICS:-1}"
cargo build --release --locked --quiet -p opennrm-bench --bin referral-bench
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/referral-bench"
# Scratch files outside the tree (bench/out-referrals is not in .gitignore).
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
START=$(date -u '+%Y-%m-%d %H:%M UTC')
"$BIN" > "$OUT/table.md" 2> >(tee "$OUT/progress.log" >&2)
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
FS=$(df -T "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $2}')
PG=$(psql "${OPENNRM_BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}" -Atc 'SHOW server_version' 2>/dev/null || echo "?")
{
  echo "## Referral creation"
  echo
  echo "Written by \`bench/referrals.sh\` on $START; rerun it to replace this section."
  echo
  echo "- Machine: $(nproc) cores ($CPU), $MEM; Debian $(cat /etc/debian_version 2>/dev/null || echo '?'); commit $(commit_id); load average $LOAD_BEFORE before the run, $LOAD_AFTER after (other work shares the cores: compare rows within a run, not across runs)."
  echo "- OpenNRM: \`crates/bench/src/referrals.rs\`, $(rustc --version | cut -d' ' -f1-2), release build, in-process (no HTTP). A referral creation is \`Services::open_case\` (one adult, name, date of birth and nationality each sealed; a screening with the ilo-ec-2009-thb-labour instrument reaching presumed trafficking; audit row) + two SELECTs for the person's id + \`Services::send_referrals\` of \`fi-labour-inspection-to-police\` (loads the case, routes through the pathway, checks consent, writes the referral, its event and the audit row). Both writes go through the product's group-commit writer (\`opennrm_store::Writer\`: every change waiting is committed in one durable transaction with one advance of the audit chain; nothing is acknowledged before its commit). SQLite: a fresh file in a temp dir on $FS, the product's pool (8 connections, WAL, synchronous = NORMAL) for reads and the writer's own connection (synchronous = FULL). PostgreSQL $PG, a fresh database, the product's pool (16 connections) plus the writer's connection."
  echo "- Plain insert: raw sqlx on the same database, one transaction inserting the same five rows (referral_case, case_person, case_screening, referral, referral_event; UUIDv7 row ids as the product makes them and a random case reference, values in clear, no audit, no routing); SQLite: its own pool of 8 with synchronous = FULL on every connection; PostgreSQL: the default (fsync, synchronous_commit on), 16 connections. \"+ audit-chain row\" adds the product's audit append (\`opennrm_store::append_*\`) to that transaction. The calibration is one transaction of two inserts into a small table (SQLite: its own file, WAL, synchronous = FULL)."
  echo "- Each row: $BENCH_WARMUP s warm-up, then $BENCH_DURATION s measured with the given number of concurrent tasks on a 2-thread tokio runtime; ops/s = operations completed in the window; latency is per operation (a referral creation is open_case + lookup + send_referrals)."
  echo "- Targets: ≥ 1,500 referrals/s on SQLite with durable commits; ≥ 0.3× the plain insert on PostgreSQL."
  echo
  cat "$OUT/table.md"
} > bench/referrals-results.md

put_in_results "## Referral creation" bench/referrals-results.md
cat bench/referrals-results.md
