//! Betweenness centrality of an unweighted undirected graph: Brandes's algorithm (2001), one
//! breadth-first search per source, the sources shared among threads in chunks. Each thread
//! allocates its buffers once and sums each chunk into a vector of its own; the vectors are
//! added at the end in chunk order, so the threads never wait on each other and the result
//! does not depend on how they shared the work (rustworkx-core allocated per source and took a lock
//! per source, which made two threads slower than one).

use std::sync::atomic::{AtomicUsize, Ordering};

/// An undirected graph in compressed sparse row form: the neighbours of node `v` are
/// `targets[offsets[v]..offsets[v + 1]]`, sorted, each tied pair listed once from each end.
pub(super) struct Csr {
    offsets: Vec<u32>,
    targets: Vec<u32>,
}

impl Csr {
    /// The graph on nodes `0..node_count` tying each given pair; a repeated pair counts
    /// once and a pair of a node with itself is dropped (a loop lies on no shortest path).
    ///
    /// # Panics
    /// If a pair names a node outside `0..node_count`, or the graph does not fit `u32`
    /// indices (4 billion nodes or ties).
    pub(super) fn new(node_count: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Csr {
        assert!(u32::try_from(node_count).is_ok(), "node count fits u32");
        let mut arcs: Vec<(u32, u32)> = Vec::new();
        for (a, b) in pairs {
            assert!(
                a < node_count && b < node_count,
                "edge ({a}, {b}) outside 0..{node_count}"
            );
            let (a, b) = (a as u32, b as u32);
            if a != b {
                arcs.push((a, b));
                arcs.push((b, a));
            }
        }
        arcs.sort_unstable();
        arcs.dedup();
        assert!(u32::try_from(arcs.len()).is_ok(), "tie count fits u32");
        let mut offsets = vec![0u32; node_count + 1];
        for &(a, _) in &arcs {
            offsets[a as usize + 1] += 1;
        }
        for v in 0..node_count {
            offsets[v + 1] += offsets[v];
        }
        Csr {
            offsets,
            targets: arcs.into_iter().map(|(_, b)| b).collect(),
        }
    }

    pub(super) fn node_count(&self) -> usize {
        self.offsets.len() - 1
    }

    fn neighbours(&self, v: u32) -> &[u32] {
        let v = v as usize;
        &self.targets[self.offsets[v] as usize..self.offsets[v + 1] as usize]
    }
}

/// Sources a thread takes at a time, at least: enough that the shared counter is rarely
/// touched, few enough that a thread slowed by other work on the machine leaves the rest
/// to others.
const CHUNK: usize = 16;

/// At most this many chunks: each keeps its own sum until the end (see `betweenness`),
/// so memory is bounded by this many vectors of the node count.
const MAX_CHUNKS: usize = 64;

/// networkx's normalised betweenness (`betweenness_centrality(G)`: undirected, unweighted,
/// endpoints excluded, divided by (n−1)(n−2)), on `threads` threads (at least one, at most
/// one per node). Values agree with networkx to rounding, and are the same to the last bit
/// from run to run and whatever the number of threads: every chunk of sources is summed
/// on its own and the chunks' sums are added in chunk order, however the threads shared
/// them (an export read back must show the value the page shows).
pub(super) fn betweenness(graph: &Csr, threads: usize) -> Vec<f64> {
    let n = graph.node_count();
    let threads = threads.clamp(1, n.max(1));
    let reach = component_sizes(graph);
    let chunk = CHUNK.max(n.div_ceil(MAX_CHUNKS));
    let next = AtomicUsize::new(0);
    let work = || {
        let mut scratch = Scratch::new(graph);
        let mut mine: Vec<(usize, Vec<f64>)> = Vec::new();
        loop {
            let c = next.fetch_add(1, Ordering::Relaxed);
            let start = c * chunk;
            if start >= n {
                break;
            }
            for (s, &size) in reach.iter().enumerate().skip(start).take(chunk) {
                // `Csr::new` checked that every node index fits u32.
                scratch.add_source(graph, s as u32, size as usize);
            }
            mine.push((c, std::mem::replace(&mut scratch.sum, vec![0.0; n])));
        }
        mine
    };
    let mut parts = if threads == 1 {
        work()
    } else {
        std::thread::scope(|scope| {
            let others: Vec<_> = (1..threads).map(|_| scope.spawn(work)).collect();
            let mut parts = work();
            for other in others {
                parts.extend(
                    other
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                );
            }
            parts
        })
    };
    parts.sort_unstable_by_key(|(c, _)| *c);
    let mut sum = vec![0.0; n];
    for (_, part) in parts {
        for (total, x) in sum.iter_mut().zip(part) {
            *total += x;
        }
    }
    // Every pair {s, t} was counted from s and from t; networkx's normalisation for an
    // undirected graph divides the doubled sum by (n−1)(n−2), as many as the ordered pairs
    // a node could lie between. With two nodes or fewer, nothing lies between: all 0.
    if n > 2 {
        let scale = 1.0 / ((n - 1) as f64 * (n - 2) as f64);
        for b in &mut sum {
            *b *= scale;
        }
    }
    sum
}

/// For each node, the number of nodes in its connected component (itself included): a
/// search that has found them all knows its last level before scanning it.
fn component_sizes(graph: &Csr) -> Vec<u32> {
    let n = graph.node_count();
    let mut label = vec![u32::MAX; n];
    let mut sizes: Vec<u32> = Vec::new();
    let mut stack = Vec::new();
    for s in 0..n {
        if label[s] != u32::MAX {
            continue;
        }
        let c = sizes.len() as u32;
        label[s] = c;
        stack.push(s as u32);
        let mut size = 0;
        while let Some(v) = stack.pop() {
            size += 1;
            for &w in graph.neighbours(v) {
                if label[w as usize] == u32::MAX {
                    label[w as usize] = c;
                    stack.push(w);
                }
            }
        }
        sizes.push(size);
    }
    label.into_iter().map(|c| sizes[c as usize]).collect()
}

/// Marks a node the search from the current source has not reached.
const UNSEEN: u32 = u32::MAX;

/// One thread's buffers, allocated once and reused from source to source; all but `sum`
/// describe the current source's search.
struct Scratch {
    /// Distance from the source; `UNSEEN` outside its reach (reset after each source).
    dist: Vec<u32>,
    /// σ: the number of shortest paths from the source (0 once reset).
    sigma: Vec<f64>,
    /// (1 + δ(v)) / σ(v), δ(v) being the source's dependency on v: what v hands back to a
    /// predecessor for each shortest path from the source to that predecessor.
    share: Vec<f64>,
    /// Nodes reached, in the order found, so by non-decreasing distance. One slot more
    /// than the nodes: the search writes each neighbour at the end before knowing whether
    /// it is new, which spares a hard-to-predict branch per tie.
    order: Vec<u32>,
    /// The successors of `order[i]` (its neighbours one step farther from the source) are
    /// `successors[ends[i - 1]..ends[i]]`, from 0 for the source. Written by the search
    /// in one flat list, so the dependencies are summed without rescanning every tie
    /// and without a list per node. One slot more than the ties, as for `order`.
    ends: Vec<u32>,
    successors: Vec<u32>,
    /// This thread's sum of dependencies, over the sources it took.
    sum: Vec<f64>,
}

impl Scratch {
    fn new(graph: &Csr) -> Scratch {
        let n = graph.node_count();
        // Each tie is a step down from one end at most, so the successors of a search
        // number at most the ties.
        let ties = graph.targets.len() / 2;
        Scratch {
            dist: vec![UNSEEN; n],
            sigma: vec![0.0; n],
            share: vec![0.0; n],
            order: vec![0; n + 1],
            ends: vec![0; n],
            successors: vec![0; ties + 1],
            sum: vec![0.0; n],
        }
    }

    /// Adds to `sum` the dependency of source `s`, whose component has `reach` nodes, on
    /// every other node.
    fn add_source(&mut self, graph: &Csr, s: u32, reach: usize) {
        let Scratch {
            dist,
            sigma,
            share,
            order,
            ends,
            successors,
            sum,
        } = self;
        order[0] = s;
        dist[s as usize] = 0;
        sigma[s as usize] = 1.0;

        // Breadth-first search, counting shortest paths as it goes: a node's count is the
        // sum of its predecessors', all of which leave the queue before it. Written
        // without branches on the neighbour's state (which a random graph makes
        // unpredictable): each neighbour is written at the end of the queue and of the
        // successors, and the ends move only if it is new, or one step farther.
        let mut found = 1;
        let mut head = 0;
        let mut level_end = 0;
        let mut k = 0;
        while head < found {
            if head == level_end {
                // A new level begins. If the search has found the whole component, the
                // nodes of this level, the last, have no successors: nothing to scan.
                if found == reach {
                    break;
                }
                level_end = found;
            }
            let v = order[head];
            let below = dist[v as usize] + 1;
            let paths = sigma[v as usize];
            for &w in graph.neighbours(v) {
                let x = w as usize;
                let d = dist[x];
                order[found] = w;
                found += usize::from(d == UNSEEN);
                // UNSEEN is the largest u32; any other distance is at most `below`.
                let d = d.min(below);
                dist[x] = d;
                let successor = d == below;
                sigma[x] += if successor { paths } else { 0.0 };
                successors[k] = w;
                k += usize::from(successor);
            }
            // At most the ties, which `Csr::new` checked fit u32.
            ends[head] = k as u32;
            head += 1;
        }
        for end in &mut ends[head..found] {
            *end = k as u32;
        }

        // Dependencies, farthest nodes first. Brandes pushes σ(v)/σ(w)·(1 + δ(w)) from each
        // w back to its predecessors v; here each v pulls from its successors instead,
        // which writes only v's own entries: δ(v) = σ(v) · Σ_w (1 + δ(w))/σ(w).
        for i in (1..found).rev() {
            let v = order[i] as usize;
            let mut pulled = 0.0;
            for &w in &successors[ends[i - 1] as usize..ends[i] as usize] {
                pulled += share[w as usize];
            }
            sum[v] += sigma[v] * pulled;
            share[v] = pulled + 1.0 / sigma[v];
        }

        for &v in &order[..found] {
            dist[v as usize] = UNSEEN;
            sigma[v as usize] = 0.0;
        }
    }
}

#[cfg(test)]
mod tests;
