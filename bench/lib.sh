# Shared by the benchmark scripts (sourced, from the repository root).

# The commit, read from .git without running git ("unknown" outside a checkout).
commit_id() {
  local head ref
  head=$(cat .git/HEAD 2>/dev/null) || { echo "unknown"; return; }
  case "$head" in
    "ref: "*)
      ref=${head#ref: }
      if [ -f ".git/$ref" ]; then cut -c1-12 ".git/$ref"
      else awk -v r="$ref" '$2 == r {print substr($1, 1, 12)}' .git/packed-refs 2>/dev/null || echo "unknown"; fi ;;
    *) echo "${head:0:12}" ;;
  esac
}

# put_in_results "## Heading" FILE: replaces that section of bench/RESULTS.md with FILE,
# or puts FILE before the notes kept by hand when the section is not there yet.
put_in_results() {
  python3 - "$1" "$2" <<'PY'
import sys
heading, path = sys.argv[1], sys.argv[2]
results = open("bench/RESULTS.md").read()
section = open(path).read().rstrip("\n") + "\n\n"
start = results.find(heading)
if start >= 0:
    nxt = results.find("\n## ", start + 1)
    results = results[:start] + section + (results[nxt + 1:] if nxt >= 0 else "")
else:
    notes = results.find("## Notes")
    results = results[:notes] + section + results[notes:] if notes >= 0 else results.rstrip("\n") + "\n\n" + section
open("bench/RESULTS.md", "w").write(results.rstrip("\n") + "\n")
PY
}
