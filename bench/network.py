"""Helpers of bench/network.sh, run in the venv of tests/python-venv.sh.

  generate N M SEED OUT   a random simple undirected graph, N nodes and M edges, seeded
  igraph EDGES OUT        igraph's betweenness, normalised as networkx does
  networkx EDGES OUT      networkx's betweenness
  compare A B             the largest gap between two files of values

Each tool prints `seconds cpu_seconds` for the computation alone (not the reading): wall
clock and the process's CPU time; values are written one per line with repr(), which
reads back to the same float.
"""
import random
import sys
import time


def read(path):
    with open(path) as f:
        n = int(f.readline())
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    return n, edges


def write(path, values):
    with open(path, "w") as f:
        f.writelines(repr(float(v)) + "\n" for v in values)


def generate(n, m, seed, out):
    rng = random.Random(seed)
    seen = set()
    while len(seen) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            seen.add((min(a, b), max(a, b)))
    with open(out, "w") as f:
        f.write(f"{n}\n")
        f.writelines(f"{a} {b}\n" for a, b in sorted(seen))


def with_igraph(path, out):
    import igraph

    n, edges = read(path)
    g = igraph.Graph(n=n, edges=edges, directed=False)
    start, cpu_start = time.perf_counter(), time.process_time()
    raw = g.betweenness(directed=False)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    # igraph counts each unordered pair once; networkx's normalisation for an undirected
    # graph divides by the (n-1)(n-2)/2 pairs.
    scale = 2.0 / ((n - 1) * (n - 2))
    write(out, (b * scale for b in raw))
    print(f"{seconds:.3f} {cpu:.2f}")


def with_networkx(path, out):
    import networkx as nx

    n, edges = read(path)
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    start, cpu_start = time.perf_counter(), time.process_time()
    b = nx.betweenness_centrality(g)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    write(out, (b[v] for v in range(n)))
    print(f"{seconds:.3f} {cpu:.2f}")


def compare(a, b):
    with open(a) as fa, open(b) as fb:
        xs = [float(line) for line in fa]
        ys = [float(line) for line in fb]
    if len(xs) != len(ys):
        sys.exit(f"{a} has {len(xs)} values, {b} {len(ys)}")
    print(f"{max(abs(x - y) for x, y in zip(xs, ys)):.3g}")


if __name__ == "__main__":
    cmd, *args = sys.argv[1:]
    if cmd == "generate":
        generate(int(args[0]), int(args[1]), int(args[2]), args[3])
    elif cmd == "igraph":
        with_igraph(*args)
    elif cmd == "networkx":
        with_networkx(*args)
    elif cmd == "compare":
        compare(*args)
    else:
        sys.exit(f"unknown command {cmd}")
