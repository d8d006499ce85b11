#!/usr/bin/env bash
# The Python graph libraries OpenNRM's network metrics are checked against (tests/it/
# network.rs) and benchmarked against (bench/network.sh): networkx and igraph (the
# package python-igraph now publishes under), pinned, in a venv under the target dir like
# schemathesis's. Installs once; prints the venv's python on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."

# 3.6.1: the last networkx that runs on Python 3.11, the one on these machines.
networkx=3.6.1
igraph=1.0.0
target="${CARGO_TARGET_DIR:-target}"
venv="$target/python-net-networkx$networkx-igraph$igraph"

python=$(command -v python3.11 || command -v python3)
if ! "$venv/bin/python" -c 'import networkx, igraph' 2>/dev/null; then
  echo "python-venv: installing networkx $networkx and igraph $igraph into $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "networkx==$networkx" "igraph==$igraph" >&2
fi
echo "$(cd "$venv" && pwd)/bin/python"
