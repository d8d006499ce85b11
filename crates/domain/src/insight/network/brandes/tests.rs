use petgraph::graph::{NodeIndex, UnGraph};
use proptest::prelude::*;

use super::*;

/// rustworkx-core's Brandes, which the network used before: the reference. Its graph gets
/// each pair once and no loops, as `Csr::new` keeps them.
fn reference(n: usize, pairs: &[(usize, usize)]) -> Vec<f64> {
    let mut g = UnGraph::<(), ()>::with_capacity(n, pairs.len());
    for _ in 0..n {
        g.add_node(());
    }
    let mut seen = std::collections::BTreeSet::new();
    for &(a, b) in pairs {
        if a != b && seen.insert((a.min(b), a.max(b))) {
            g.add_edge(NodeIndex::new(a), NodeIndex::new(b), ());
        }
    }
    rustworkx_core::centrality::betweenness_centrality(&g, false, true, usize::MAX)
        .into_iter()
        .map(|b| b.unwrap_or(f64::NAN))
        .collect()
}

fn largest_gap(a: &[f64], b: &[f64]) -> f64 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f64::max)
}

/// A graph of up to 40 nodes, from empty to dense, with repeated pairs and loops: sparse
/// ones fall apart into several components and isolated nodes.
fn graphs() -> impl Strategy<Value = (usize, Vec<(usize, usize)>)> {
    (1usize..40).prop_flat_map(|n| {
        (
            Just(n),
            prop::collection::vec((0..n, 0..n), 0..=n * (n - 1) / 2 + 2),
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn betweenness_agrees_with_rustworkx_on_any_small_graph(
        (n, pairs) in graphs(),
        threads in 1usize..5,
    ) {
        let got = betweenness(&Csr::new(n, pairs.iter().copied()), threads);
        let want = reference(n, &pairs);
        let gap = largest_gap(&got, &want);
        prop_assert!(gap < 1e-9, "gap {gap}: {got:?} vs {want:?}");
    }
}

#[test]
fn the_values_do_not_depend_on_the_threads_to_the_last_bit() {
    // Enough nodes for many chunks, so threads really share them (and race for them).
    let n = 600;
    let pairs: Vec<(usize, usize)> = (0..n)
        .flat_map(|v| {
            [
                (v, (v * 7 + 3) % n),
                (v, (v * 13 + 5) % n),
                (v, (v + 1) % n),
            ]
        })
        .collect();
    let graph = Csr::new(n, pairs.iter().copied());
    let one: Vec<u64> = betweenness(&graph, 1).iter().map(|b| b.to_bits()).collect();
    for threads in [2, 3, 4, 2, 3, 4] {
        let many: Vec<u64> = betweenness(&graph, threads)
            .iter()
            .map(|b| b.to_bits())
            .collect();
        assert!(one == many, "{threads} threads differ from one");
    }
}

#[test]
fn a_graph_without_nodes_has_no_betweenness() {
    assert!(betweenness(&Csr::new(0, []), 2).is_empty());
}

#[test]
fn with_two_nodes_or_fewer_nothing_lies_between() {
    assert_eq!(betweenness(&Csr::new(1, []), 1), [0.0]);
    assert_eq!(betweenness(&Csr::new(2, [(0, 1), (1, 0)]), 3), [0.0, 0.0]);
}

#[test]
fn a_cycle_of_six_shares_its_pairs_evenly() {
    // Each node lies on the only shortest path between its two neighbours, and on one of
    // the two paths of each of the two pairs three steps apart that pass it: 1 + ½ + ½ = 2
    // of the 10 pairs of the other five.
    let cycle: Vec<(usize, usize)> = (0..6).map(|i| (i, (i + 1) % 6)).collect();
    for threads in [1, 2, 6] {
        let b = betweenness(&Csr::new(6, cycle.iter().copied()), threads);
        assert!(b.iter().all(|&x| (x - 0.2).abs() < 1e-12), "{b:?}");
    }
}

#[test]
fn more_threads_than_nodes_and_a_graph_in_pieces_give_the_same_values_as_one_thread() {
    // Two stars and a path, with isolated nodes between them.
    let pairs = [
        (0, 1),
        (0, 2),
        (0, 3),
        (5, 6),
        (5, 7),
        (9, 10),
        (10, 11),
        (11, 12),
    ];
    let one = betweenness(&Csr::new(14, pairs), 1);
    let many = betweenness(&Csr::new(14, pairs), 32);
    assert!(largest_gap(&one, &many) < 1e-15, "{one:?} vs {many:?}");
    // The first star's centre lies between its 3 leaves' 3 pairs, of 13·12/2 = 78.
    assert!((one[0] - 3.0 / 78.0).abs() < 1e-15, "{one:?}");
    assert!((one[10] - 2.0 / 78.0).abs() < 1e-15, "{one:?}");
    assert_eq!(one[4], 0.0);
}

#[test]
#[should_panic(expected = "outside 0..3")]
fn a_pair_naming_an_unknown_node_is_refused() {
    let _ = Csr::new(3, [(0, 3)]);
}
