#!/usr/bin/env bash
# Betweenness centrality (issue 8): OpenNRM (its own Brandes, insight/network/brandes.rs,
# the code `insight::network` runs; on both cores, then on one) against igraph on a random
# graph of 10,000 nodes / 100,000 edges, and against networkx too on 2,000 / 10,000. The
# same seeded edge-list file goes to every tool; the values must agree within 1e-9, or the
# script fails. Writes bench/network-results.md and puts it in bench/RESULTS.md (run.sh
# keeps it there). Takes about 5 minutes on 2 cores; needs python3 (the venv of
# tests/python-venv.sh is created if missing). CARGO_TARGET_DIR is respected.
#
#   bench/network.sh                      # both graphs
#   LARGE=0 bench/network.sh              # the small graph only (a quick check)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
SEED="${SEED:-20261203}"
LARGE="${LARGE:-1}"
OUT=bench/out-network
TOLERANCE=1e-9
PY=$(bash tests/python-venv.sh)
cargo build --release --locked --quiet -p opennrm-domain --example network_bench
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/examples/network_bench"
rm -rf "$OUT"; mkdir -p "$OUT"

rows="$OUT/rows.md"
: > "$rows"
within() { # $1 = gap; fails the run if it is not below the tolerance
  "$PY" -c "import sys; sys.exit(0 if float('$1') < $TOLERANCE else 1)" || {
    echo "network: values differ by $1 (tolerance $TOLERANCE)" >&2; exit 1; }
}
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$rows"; }

bench_graph() { # $1 = name, $2 = nodes, $3 = edges, $4 = also networkx (1/0)
  local g="$OUT/$1.txt"
  "$PY" bench/network.py generate "$2" "$3" "$SEED" "$g"
  local label="$2 nodes / $3 edges"
  local timing
  timing=$("$BIN" "$g" "$OUT/$1.opennrm"); read -r s2 t2 c2 <<<"$timing"
  row "$label" "OpenNRM" "$t2" "$s2" "$c2" "—"
  timing=$(RAYON_NUM_THREADS=1 "$BIN" "$g" "$OUT/$1.opennrm1"); read -r s1 t1 c1 <<<"$timing"
  gap=$("$PY" bench/network.py compare "$OUT/$1.opennrm" "$OUT/$1.opennrm1"); within "$gap"
  row "$label" "OpenNRM" "$t1" "$s1" "$c1" "$gap"
  read -r si ci <<<"$("$PY" bench/network.py igraph "$g" "$OUT/$1.igraph")"
  gap=$("$PY" bench/network.py compare "$OUT/$1.opennrm" "$OUT/$1.igraph"); within "$gap"
  row "$label" "igraph" "1" "$si" "$ci" "$gap"
  if [ "$4" = 1 ]; then
    read -r sn cn <<<"$("$PY" bench/network.py networkx "$g" "$OUT/$1.networkx")"
    gap=$("$PY" bench/network.py compare "$OUT/$1.opennrm" "$OUT/$1.networkx"); within "$gap"
    row "$label" "networkx" "1" "$sn" "$cn" "$gap"
  fi
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "| graph | tool | threads | seconds | CPU seconds | largest gap to OpenNRM (2 threads) |"
bench_graph small 2000 10000 1
[ "$LARGE" = 1 ] && bench_graph large 10000 100000 0

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
AUTOGROUP=$(cat /proc/sys/kernel/sched_autogroup_enabled 2>/dev/null || echo 0)
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
MEM=$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)
versions=$("$PY" -c 'import sys, networkx, igraph; print(f"Python {sys.version.split()[0]}, networkx {networkx.__version__}, igraph {igraph.__version__}")')
{
  echo "## Network analysis: betweenness centrality"
  echo
  echo "Written by \`bench/network.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); rerun it to replace this section."
  echo
  echo "- Machine: $(nproc) cores ($CPU), $MEM; Debian $(cat /etc/debian_version); load average $LOAD_BEFORE before the run, $LOAD_AFTER after (other work shares the cores: compare tools within a run, not across runs)."
  echo "- OpenNRM: \`insight::network::betweenness_of_edge_list\`, Brandes's algorithm on a compressed adjacency list (\`insight/network/brandes.rs\`: buffers allocated once per thread, sources shared among threads, each summing apart), $(rustc --version | cut -d' ' -f1-2), release build; threads by RAYON_NUM_THREADS."
  echo "- Against: $versions (igraph's C core; networkx is pure Python, so only the small graph)."
  echo "- Graphs: random simple undirected graphs (seed $SEED, \`bench/network.py generate\`), the same edge-list file for every tool; normalised betweenness of every node, timed without reading the file. Every gap is below $TOLERANCE or the run fails."
  printf '%s' "- Seconds are wall clock; CPU seconds the time the process spent on the cores for it, all its threads together."
  if [ "$AUTOGROUP" = 1 ]; then
    printf '%s' " The kernel shares the cores fairly between sessions (autogroup is on), not between threads: while other sessions keep both cores busy, a second thread does not enlarge the process's share, so the wall clock of 2 threads stays near that of 1, and CPU seconds close to one thread's show that the second thread adds little work."
  fi
  echo
  echo
  echo "| graph | tool | threads | seconds | CPU seconds | largest gap to OpenNRM (2 threads) |"
  echo "|---|---|---|---|---|---|"
  cat "$rows"
} > bench/network-results.md

put_in_results "## Network analysis" bench/network-results.md
cat bench/network-results.md
