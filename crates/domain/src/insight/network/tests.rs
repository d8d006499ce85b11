use std::collections::BTreeSet;

use super::*;
use crate::atlas::{Atlas, Source};

const EPS: f64 = 1e-12;

fn graph(n: usize, edges: &[(usize, usize)]) -> UnGraph<(), f64> {
    let mut g = UnGraph::new_undirected();
    for _ in 0..n {
        g.add_node(());
    }
    for &(a, b) in edges {
        g.add_edge(NodeIndex::new(a), NodeIndex::new(b), 1.0);
    }
    g
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < EPS
}

#[test]
fn a_path_has_its_known_betweenness_closeness_and_brokers() {
    // 0-1-2-3-4: node i lies between i·(4−i) pairs, out of 4·3/2 = 6.
    let m = Metrics::of(&graph(5, &[(0, 1), (1, 2), (2, 3), (3, 4)]));
    let expected = [0.0, 3.0 / 6.0, 4.0 / 6.0, 3.0 / 6.0, 0.0];
    for (got, want) in m.betweenness.iter().zip(expected) {
        assert!(close(*got, want), "betweenness {got} != {want}");
    }
    // Closeness = (n−1) / sum of distances: 4/10 at the ends, 4/6 in the middle.
    assert!(close(m.closeness[0], 0.4));
    assert!(close(m.closeness[2], 4.0 / 6.0));
    assert_eq!(m.broker, [false, true, true, true, false]);
    assert_eq!(m.degree, [1, 2, 2, 2, 1]);
}

#[test]
fn the_edge_list_entry_point_computes_the_same_betweenness_and_ignores_repeats() {
    let edges = [
        (0, 1),
        (1, 2),
        (2, 0),
        (2, 3),
        (3, 4),
        (4, 5),
        (5, 3),
        (3, 2),
        (1, 1),
    ];
    let b = betweenness_of_edge_list(7, &edges);
    assert_eq!(b.len(), 7, "an isolated node keeps its place");
    // Node 2 joins {0,1} to {3,4,5}: 6 pairs of the 6·5/2 = 15 among the other six.
    assert!(close(b[2], 0.4) && close(b[3], 0.4), "{b:?}");
    assert!(close(b[0], 0.0) && close(b[6], 0.0));
}

#[test]
fn a_star_has_its_centre_as_only_broker_and_eigenvector_peak() {
    let m = Metrics::of(&graph(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]));
    assert!(close(m.betweenness[0], 1.0));
    assert!(m.betweenness[1..].iter().all(|&b| close(b, 0.0)));
    assert!(close(m.closeness[0], 1.0));
    // A leaf is 1 from the centre and 2 from the 3 other leaves: 4 / 7.
    assert!(close(m.closeness[1], 4.0 / 7.0));
    assert_eq!(m.broker, [true, false, false, false, false]);
    // Principal eigenvector of K(1,4): centre 1/√2, leaves 1/(2√2).
    let x = m.eigenvector.expect("converges on a star");
    assert!((x[0] - 0.5f64.sqrt()).abs() < 1e-4, "{x:?}");
    assert!((x[1] - 1.0 / 8f64.sqrt()).abs() < 1e-4, "{x:?}");
}

#[test]
fn two_triangles_joined_by_a_bridge_have_the_bridge_ends_as_brokers_and_two_communities() {
    let m = Metrics::of(&graph(
        6,
        &[(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)],
    ));
    assert_eq!(m.broker, [false, false, true, true, false, false]);
    // Node 2 lies between {0,1} and {3,4,5}: 6 pairs out of 5·4/2 = 10.
    assert!(close(m.betweenness[2], 0.6));
    assert!(close(m.betweenness[3], 0.6));
    assert!(close(m.betweenness[0], 0.0));
    // Node 2: 1,1,1,2,2 → 5/7.
    assert!(close(m.closeness[2], 5.0 / 7.0));
    let ids: Vec<ActorId> = (0..6)
        .map(|i| ActorId::parse(&format!("xx-a{i}")).expect("id"))
        .collect();
    let refs: Vec<&ActorId> = ids.iter().collect();
    let communities = groups(&refs, &m.community);
    assert_eq!(communities.len(), 2, "{communities:?}");
    assert_eq!(communities[0], ids[0..3]);
    assert_eq!(communities[1], ids[3..6]);
    let components = groups(&refs, &m.component);
    assert_eq!(components, vec![ids.clone()]);
}

#[test]
fn closeness_in_a_network_in_pieces_is_scaled_by_the_reachable_share() {
    // wf_improved: a-b alone in a network of 4 reaches 1 of 3 others, at distance 1.
    let m = Metrics::of(&graph(4, &[(0, 1), (2, 3)]));
    assert!(
        m.closeness.iter().all(|&c| close(c, 1.0 / 3.0)),
        "{:?}",
        m.closeness
    );
    let ranks: BTreeSet<usize> = m.component.iter().map(|&c| m.component_rank[c]).collect();
    assert_eq!(ranks, BTreeSet::from([0, 1]));
    assert!(m.broker.iter().all(|b| !b));
}

fn atlas() -> Atlas {
    Atlas::embedded().expect("the shipped atlas is valid")
}

fn tie(from: &Actor, to: &Actor, kind: CooperationKind, direction: TieDirection) -> Cooperation {
    Cooperation {
        country: from.country.clone(),
        from: from.id.clone(),
        to: to.id.clone(),
        kind,
        direction,
        reported_by: None,
        note: None,
        source: Source::new("test".into(), "test".into(), None),
        also: Vec::new(),
        read: Vec::new(),
    }
}

#[test]
fn ties_between_one_pair_make_one_edge_weighted_by_their_count() {
    let mut c = atlas().countries.remove(0);
    let gov: Vec<Actor> = c
        .actors
        .iter()
        .filter(|a| a.sector.is_governmental())
        .take(2)
        .cloned()
        .collect();
    let civil = c
        .actors
        .iter()
        .find(|a| !a.sector.is_governmental())
        .cloned()
        .expect("a non-governmental actor");
    let (g1, g2) = (&gov[0], &gov[1]);
    c.cooperation = vec![
        tie(g1, &civil, CooperationKind::Referral, TieDirection::Mutual),
        tie(
            &civil,
            g1,
            CooperationKind::InformationExchange,
            TieDirection::OneWay,
        ),
        tie(&civil, g1, CooperationKind::Referral, TieDirection::Mutual),
        tie(g1, g2, CooperationKind::Coordination, TieDirection::Mutual),
        tie(g2, g2, CooperationKind::Coordination, TieDirection::Mutual),
    ];
    let net = country_network(&c);
    assert_eq!(net.nodes.len(), 3);
    assert_eq!(net.edges.len(), 2);
    let pair = net
        .edges
        .iter()
        .find(|e| [&e.source, &e.target].contains(&&civil.id))
        .expect("the civil actor's edge");
    assert_eq!(pair.weight, 3);
    assert_eq!(
        pair.kinds,
        [
            CooperationKind::InformationExchange,
            CooperationKind::Referral
        ]
    );
    assert_eq!(pair.one_way_from, std::slice::from_ref(&civil.id));
    assert!(pair.source < pair.target);
    let g1_node = net.nodes.iter().find(|n| n.id == g1.id).expect("g1");
    assert_eq!((g1_node.degree, g1_node.weighted_degree), (2, 4));
    assert!(g1_node.broker && g1_node.governmental);
    assert_eq!(net.brokers, std::slice::from_ref(&g1.id));
    // 2 of 3 possible pairs; across the split 1 tie of 2·1 possible pairs.
    assert!(close(net.density, 2.0 / 3.0));
    assert_eq!(net.gov_civil_ties, 1);
    assert_eq!(net.gov_civil_density, Some(0.5));
    assert_eq!(net.untied.len(), c.actors.len() - 3);
}

fn check_invariants(net: &Network, actors: &[&Actor], ties: &[&Cooperation]) {
    let tied: BTreeSet<&ActorId> = ties
        .iter()
        .filter(|t| t.from != t.to)
        .flat_map(|t| [&t.from, &t.to])
        .collect();
    assert_eq!(net.nodes.len(), tied.len());
    assert_eq!(net.nodes.len() + net.untied.len(), actors.len());
    assert!(
        net.nodes.windows(2).all(|w| w[0].id < w[1].id),
        "nodes by id"
    );
    assert!(
        net.edges
            .windows(2)
            .all(|w| (&w[0].source, &w[0].target) < (&w[1].source, &w[1].target))
    );
    let degrees: usize = net.nodes.iter().map(|n| n.degree).sum();
    assert_eq!(degrees, 2 * net.edges.len());
    let weights: usize = net.edges.iter().map(|e| e.weight).sum();
    assert_eq!(weights, ties.iter().filter(|t| t.from != t.to).count());
    let weighted: usize = net.nodes.iter().map(|n| n.weighted_degree).sum();
    assert_eq!(weighted, 2 * weights);
    for groups in [&net.components, &net.communities] {
        let all: BTreeSet<&ActorId> = groups.iter().flatten().collect();
        assert_eq!(all.len(), net.nodes.len(), "groups partition the nodes");
        assert_eq!(groups.iter().map(Vec::len).sum::<usize>(), net.nodes.len());
        assert!(groups.windows(2).all(|w| w[0].len() >= w[1].len()));
    }
    for n in &net.nodes {
        assert!(net.components[n.component].contains(&n.id));
        assert!(net.communities[n.community].contains(&n.id));
        assert!((0.0..=1.0).contains(&n.betweenness) && (0.0..=1.0).contains(&n.closeness));
        assert_eq!(n.broker, net.brokers.contains(&n.id));
        // A broker lies on some shortest path; an actor with one partner cannot be one.
        if n.broker {
            assert!(n.betweenness > 0.0 && n.degree >= 2);
        }
    }
    // Every tie inside a component: no edge joins two components.
    for e in &net.edges {
        let s = net.nodes.iter().find(|n| n.id == e.source).expect("source");
        let t = net.nodes.iter().find(|n| n.id == e.target).expect("target");
        assert_eq!(s.component, t.component);
    }
}

#[test]
fn the_shipped_atlas_networks_keep_their_invariants() {
    let a = atlas();
    let mut node_total = 0;
    let mut edge_total = 0;
    for c in &a.countries {
        let net = country_network(c);
        let actors: Vec<&Actor> = c.actors.iter().collect();
        let ties: Vec<&Cooperation> = c.cooperation.iter().collect();
        check_invariants(&net, &actors, &ties);
        assert!(
            !net.edges.is_empty(),
            "{} has ties",
            c.country.code.as_str()
        );
        assert!(net.nodes.iter().all(|n| n.country == c.country.code));
        node_total += net.nodes.len();
        edge_total += net.edges.len();
    }
    let region = region_network(&a);
    let actors: Vec<&Actor> = a.countries.iter().flat_map(|c| &c.actors).collect();
    let ties: Vec<&Cooperation> = a.countries.iter().flat_map(|c| &c.cooperation).collect();
    check_invariants(&region, &actors, &ties);
    assert_eq!(region.nodes.len(), node_total);
    assert_eq!(region.edges.len(), edge_total);
    assert!(region.components.len() >= a.countries.len());
    // The same atlas gives the same network, to the last bit of every metric.
    let again = region_network(&a);
    assert_eq!(region, again);
}

#[test]
fn removing_a_broker_splits_its_component() {
    let a = atlas();
    for c in &a.countries {
        let net = country_network(c);
        for broker in &net.brokers {
            let keep: Vec<&NodeMetrics> = net.nodes.iter().filter(|n| &n.id != broker).collect();
            let index: HashMap<&ActorId, usize> =
                keep.iter().enumerate().map(|(i, n)| (&n.id, i)).collect();
            let mut g = UnGraph::<(), ()>::new_undirected();
            for _ in &keep {
                g.add_node(());
            }
            for e in &net.edges {
                if let (Some(&s), Some(&t)) = (index.get(&e.source), index.get(&e.target)) {
                    g.add_edge(NodeIndex::new(s), NodeIndex::new(t), ());
                }
            }
            assert!(
                petgraph::algo::connected_components(&g) > net.components.len(),
                "{} is a broker",
                broker.as_str()
            );
        }
    }
}

#[test]
fn graphml_and_gexf_escape_names_and_carry_every_node_and_edge() {
    let mut c = atlas().countries.remove(0);
    let net0 = country_network(&c);
    let target = net0.nodes[0].id.clone();
    for a in &mut c.actors {
        if a.id == target {
            a.name = "Fish & Chips <\"Ltd\">".into();
        }
    }
    let net = country_network(&c);
    for (text, node_tag, edge_tag) in [
        (to_graphml(&net), "node", "edge"),
        (to_gexf(&net), "node", "edge"),
    ] {
        assert!(!text.contains("Fish & Chips"), "escaped");
        assert!(text.contains("Fish &amp; Chips &lt;&quot;Ltd&quot;&gt;"));
        // Well-formed, and one element per node and per edge.
        let mut reader = quick_xml::Reader::from_str(&text);
        let (mut nodes, mut edges, mut names) = (0, 0, 0);
        loop {
            match reader.read_event().expect("well-formed XML") {
                quick_xml::events::Event::Eof => break,
                quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                    let name = e.name();
                    if name.as_ref() == node_tag.as_bytes() {
                        nodes += 1;
                    } else if name.as_ref() == edge_tag.as_bytes() {
                        edges += 1;
                    }
                    for attr in e.attributes() {
                        let attr = attr.expect("attribute");
                        if attr.unescape_value().expect("escape") == "Fish & Chips <\"Ltd\">" {
                            names += 1;
                        }
                    }
                }
                quick_xml::events::Event::Text(t)
                    if t.unescape().expect("escape") == "Fish & Chips <\"Ltd\">" =>
                {
                    names += 1;
                }
                _ => {}
            }
        }
        assert_eq!((nodes, edges, names), (net.nodes.len(), net.edges.len(), 1));
    }
}
