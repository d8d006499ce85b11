#!/usr/bin/env bash
# Generated national reports (issue 8): time `opennrm report --all --format html,pdf`
# (every country's report and the region's, as standalone HTML and as PDF typeset by
# typst, on every core) on the release build, three runs, and in the same run a
# reference: Chromium printing the same standalone HTML files to PDF (headless, two at a
# time, as many files as OpenNRM typesets). Target (issue 8): the 11 country reports as
# HTML + PDF in at most 2 s. Writes bench/reports-results.md and puts it in
# bench/RESULTS.md. CARGO_TARGET_DIR is respected. Takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
RUNS="${RUNS:-3}"
cargo build --release --locked --quiet --bin opennrm
BIN="${CARGO_TARGET_DIR:-$PWD/target}/release/opennrm"
OUT=bench/out-reports
rm -rf "$OUT"; mkdir -p "$OUT"
export OPENNRM_DATABASE_URL="sqlite://$PWD/$OUT/db.sqlite"
export OPENNRM_LOG=warn
"$BIN" migrate >/dev/null
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
rows="$OUT/rows.md"; : > "$rows"
for i in $(seq 1 "$RUNS"); do
  rm -rf "$OUT/all"
  start=$(date +%s.%N)
  line=$("$BIN" report --all --format html,pdf -o "$OUT/all" 2>&1 | tail -1)
  end=$(date +%s.%N)
  wall=$(echo "$end - $start" | bc -l)
  # "wrote 24 reports into … in 1.23 s on 2 threads (work: countries 1.50 s, region 0.80 s)"
  inner=$(sed -E 's/.* in ([0-9.]+) s on.*/\1/' <<<"$line")
  countries=$(sed -E 's/.*countries ([0-9.]+) s.*/\1/' <<<"$line")
  region=$(sed -E 's/.*region ([0-9.]+) s.*/\1/' <<<"$line")
  threads=$(sed -E 's/.* on ([0-9]+) threads.*/\1/' <<<"$line")
  printf '| %s | OpenNRM `report --all --format html,pdf` | %s | %.2f | %s | %s | %s |\n' \
    "$i" "$threads" "$wall" "$inner" "$countries" "$region" | tee -a "$rows"
done
count=$(ls "$OUT"/all/*.pdf | wc -l)
pages=0
for f in "$OUT"/all/*.pdf; do pages=$((pages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done

# The reference: Chromium prints the same standalone HTML files to PDF, two at a time.
mkdir -p "$OUT/chromium"
start=$(date +%s.%N)
ls "$OUT"/all/*.html | xargs -P 2 -I{} sh -c '"$0" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --no-pdf-header-footer --print-to-pdf="$1/chromium/$(basename "$2" .html).pdf" "file://$PWD/$2" >/dev/null 2>&1' "$CHROMIUM" "$OUT" {}
end=$(date +%s.%N)
cwall=$(echo "$end - $start" | bc -l)
cpages=0
for f in "$OUT"/chromium/*.pdf; do cpages=$((cpages + $(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ {print $2}'))); done
printf '| 1 | Chromium `--print-to-pdf` of the same HTML (PDF only) | 2 | %.2f | | | |\n' "$cwall" | tee -a "$rows"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
typst=$(awk '/^name = "typst"$/ {getline; print $3}' Cargo.lock | tr -d '"')
{
  echo "## Generated reports"
  echo
  echo "Written by \`bench/reports.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); rerun it to replace this section."
  echo
  echo "- Machine: $(nproc) cores ($CPU); load average $LOAD_BEFORE before, $LOAD_AFTER after (compare within a run)."
  echo "- OpenNRM: release build, typst $typst as a library with its embedded fonts; \`opennrm report --all --format html,pdf\` writes $count PDFs ($pages pages in all: 11 country reports and the region's) and as many standalone HTML files. Wall time includes starting the binary and reading the atlas from SQLite; \"work\" adds up the seconds each report took on its thread (building, rendering HTML, typesetting PDF)."
  echo "- Reference: $("$CHROMIUM" --version 2>/dev/null | head -1) printing the same HTML files to PDF ($cpages pages), two processes at a time."
  echo "- Target (issue 8): the 11 country reports as HTML + PDF in at most 2 s."
  echo
  echo "| run | what | threads | wall s | inner s | work: countries s | work: region s |"
  echo "|---|---|---|---|---|---|---|"
  cat "$rows"
} > bench/reports-results.md

put_in_results "## Generated reports" bench/reports-results.md
cat bench/reports-results.md
