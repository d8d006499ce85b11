//! The cooperation network: who is tied to whom in a country (or in the whole region), and
//! which actors hold it together — centralities, brokers, components, communities and how
//! densely the governmental and non-governmental sides are tied (DESIGN.md §2, issue 8).
//! Metrics follow networkx's definitions, so a researcher can check them with the tools of
//! the field; `to_graphml` and `to_gexf` hand the network to those tools.

use std::collections::{BTreeMap, HashMap};
use std::convert::Infallible;

use petgraph::graph::{NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::Serialize;

use crate::atlas::vocabulary::{CooperationKind, Sector, TieDirection};
use crate::atlas::{Actor, ActorId, Atlas, Cooperation, CountryAtlas, CountryCode};

mod brandes;
mod compare;
pub use compare::{
    CentralityChange, Measure, NOTABLE_BETWEENNESS, NetworkActor, NetworkComparison, TieChange,
    compare,
};

/// Node count from which betweenness and closeness run on every core (`worker_threads`):
/// the value rustworkx itself uses by default; below it the threads cost more than they save.
pub const PARALLEL_THRESHOLD: usize = 50;

/// The threads betweenness and closeness run on from `PARALLEL_THRESHOLD` nodes:
/// RAYON_NUM_THREADS where set to a positive number (rustworkx's closeness runs on rayon,
/// so one variable governs both), else every core.
pub fn worker_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&n: &usize| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// One actor that has at least one tie, with its place in the network.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct NodeMetrics {
    pub id: ActorId,
    pub name: String,
    pub country: CountryCode,
    pub sector: Sector,
    /// The report's Governmental / Non-Governmental split (`Sector::is_governmental`).
    pub governmental: bool,
    /// The actor stands for a group of bodies (e.g. "the NGOs"), not one organisation.
    pub group: bool,
    /// Number of other actors it is tied to.
    pub degree: usize,
    /// Number of ties, a pair tied several times counting each time.
    pub weighted_degree: usize,
    /// Share of shortest paths between other actors that pass through it, normalised by
    /// the (n−1)(n−2)/2 pairs it could lie between (networkx, undirected, unweighted).
    /// Summed on several threads, so its last bits may differ from run to run.
    pub betweenness: f64,
    /// networkx's closeness with `wf_improved`: in a network in pieces, an actor's
    /// closeness is scaled by the share of the network it can reach.
    pub closeness: f64,
    /// Eigenvector centrality on tie counts (unit Euclidean norm, networkx's power
    /// iteration); `None` where it did not converge. In a network in pieces (the region)
    /// it concentrates on the piece with the largest eigenvalue and is near 0 elsewhere:
    /// compare it within a country.
    pub eigenvector: Option<f64>,
    /// Index into `Network::components`.
    pub component: usize,
    /// Index into `Network::communities`.
    pub community: usize,
    /// An articulation point: removing it splits its component.
    pub broker: bool,
}

/// A pair of actors tied at least once. Ties are taken as undirected for every metric —
/// cooperation runs both ways once a channel exists, and the report often cannot tell who
/// started it — but the one-way ties are kept here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Edge {
    /// The smaller id of the pair (so the pair is written once, in a stable order).
    pub source: ActorId,
    pub target: ActorId,
    /// How many ties the atlas records between the two.
    pub weight: usize,
    /// The kinds of those ties, each once, in vocabulary order.
    pub kinds: Vec<CooperationKind>,
    /// For each one-way tie of the pair, the actor it starts from (empty where all are mutual).
    pub one_way_from: Vec<ActorId>,
}

/// The cooperation network of a country or of the region, with its metrics.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Network {
    /// The country, or `None` for the whole region.
    pub country: Option<CountryCode>,
    /// Actors with at least one tie, by id.
    pub nodes: Vec<NodeMetrics>,
    /// Tied pairs, by (source, target).
    pub edges: Vec<Edge>,
    /// Connected components, largest first (ties between them by first id); ids sorted.
    pub components: Vec<Vec<ActorId>>,
    /// Louvain communities on tie counts (seeded, so the same atlas gives the same
    /// communities), largest first; ids sorted.
    pub communities: Vec<Vec<ActorId>>,
    /// Articulation points, by id: actors without which some actors lose their only path
    /// to others.
    pub brokers: Vec<ActorId>,
    /// Actors of the atlas with no tie at all (not nodes), by id.
    pub untied: Vec<ActorId>,
    /// Tied pairs / possible pairs among the nodes (0 with fewer than two nodes).
    pub density: f64,
    /// Pairs tied across the split: one governmental actor, one non-governmental.
    pub gov_civil_ties: usize,
    /// `gov_civil_ties` / (governmental nodes × non-governmental nodes); `None` where a
    /// side has no node.
    pub gov_civil_density: Option<f64>,
}

/// The cooperation network of one country.
pub fn country_network(c: &CountryAtlas) -> Network {
    let actors: Vec<&Actor> = c.actors.iter().collect();
    let ties: Vec<&Cooperation> = c.cooperation.iter().collect();
    build(Some(c.country.code.clone()), &actors, &ties)
}

/// The cooperation network of the whole region: every country's actors and ties in one
/// graph (ties never cross borders in the report, so each country is its own component
/// or several).
pub fn region_network(a: &Atlas) -> Network {
    let actors: Vec<&Actor> = a.countries.iter().flat_map(|c| &c.actors).collect();
    let ties: Vec<&Cooperation> = a.countries.iter().flat_map(|c| &c.cooperation).collect();
    build(None, &actors, &ties)
}

/// Power iterations for eigenvector centrality before giving up (`None`).
const EIGENVECTOR_MAX_ITER: usize = 1000;

/// Louvain's seed: fixed, so that communities are reproducible.
const LOUVAIN_SEED: u64 = 2013;

fn build(country: Option<CountryCode>, actors: &[&Actor], ties: &[&Cooperation]) -> Network {
    let by_id: HashMap<&ActorId, &Actor> = actors.iter().map(|a| (&a.id, *a)).collect();

    // Pairs keyed (smaller id, larger id): several ties between two actors are one edge.
    let mut pairs: BTreeMap<(&ActorId, &ActorId), Edge> = BTreeMap::new();
    for tie in ties {
        // A validated atlas names only known actors; a tie of an actor to itself says
        // nothing about the network. Either is left out rather than invented.
        if tie.from == tie.to || !by_id.contains_key(&tie.from) || !by_id.contains_key(&tie.to) {
            continue;
        }
        let key = if tie.from < tie.to {
            (&tie.from, &tie.to)
        } else {
            (&tie.to, &tie.from)
        };
        let edge = pairs.entry(key).or_insert_with(|| Edge {
            source: key.0.clone(),
            target: key.1.clone(),
            weight: 0,
            kinds: Vec::new(),
            one_way_from: Vec::new(),
        });
        edge.weight += 1;
        if !edge.kinds.contains(&tie.kind) {
            edge.kinds.push(tie.kind);
        }
        if tie.direction == TieDirection::OneWay {
            edge.one_way_from.push(tie.from.clone());
        }
    }
    let mut edges: Vec<Edge> = pairs.into_values().collect();
    for e in &mut edges {
        e.kinds.sort();
        e.one_way_from.sort();
    }

    // Nodes: actors with a tie, by id; a node's index is its position.
    let mut ids: Vec<&ActorId> = edges.iter().flat_map(|e| [&e.source, &e.target]).collect();
    ids.sort();
    ids.dedup();
    let index: HashMap<&ActorId, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut untied: Vec<ActorId> = actors
        .iter()
        .filter(|a| !index.contains_key(&a.id))
        .map(|a| a.id.clone())
        .collect();
    untied.sort();

    let mut graph = UnGraph::<(), f64>::with_capacity(ids.len(), edges.len());
    for _ in &ids {
        graph.add_node(());
    }
    let endpoints: Vec<(usize, usize)> = edges
        .iter()
        .map(|e| (index[&e.source], index[&e.target]))
        .collect();
    for (e, &(s, t)) in edges.iter().zip(&endpoints) {
        graph.add_edge(NodeIndex::new(s), NodeIndex::new(t), e.weight as f64);
    }
    let metrics = Metrics::of(&graph);

    let components = groups(&ids, &metrics.component);
    let communities = groups(&ids, &metrics.community);
    let brokers: Vec<ActorId> = (0..ids.len())
        .filter(|&i| metrics.broker[i])
        .map(|i| ids[i].clone())
        .collect();

    let nodes: Vec<NodeMetrics> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let actor = by_id[id];
            NodeMetrics {
                id: actor.id.clone(),
                name: actor.name.clone(),
                country: actor.country.clone(),
                sector: actor.sector,
                governmental: actor.sector.is_governmental(),
                group: actor.group,
                degree: metrics.degree[i],
                weighted_degree: metrics.weighted_degree[i],
                betweenness: metrics.betweenness[i],
                closeness: metrics.closeness[i],
                eigenvector: metrics.eigenvector.as_ref().map(|x| x[i]),
                component: metrics.component_rank[metrics.component[i]],
                community: metrics.community_rank[metrics.community[i]],
                broker: metrics.broker[i],
            }
        })
        .collect();

    let n = nodes.len();
    let density = if n < 2 {
        0.0
    } else {
        edges.len() as f64 / (n * (n - 1) / 2) as f64
    };
    let governmental = nodes.iter().filter(|n| n.governmental).count();
    let gov_civil_ties = endpoints
        .iter()
        .filter(|&&(s, t)| nodes[s].governmental != nodes[t].governmental)
        .count();
    let cross_pairs = governmental * (n - governmental);
    let gov_civil_density = (cross_pairs > 0).then(|| gov_civil_ties as f64 / cross_pairs as f64);

    Network {
        country,
        nodes,
        edges,
        components,
        communities,
        brokers,
        untied,
        density,
        gov_civil_ties,
        gov_civil_density,
    }
}

/// Normalised betweenness of every node of an undirected graph given as an edge list on
/// nodes `0..node_count` (a repeated pair counts once, a loop not at all): the computation
/// `country_network` runs, open to bench/network.sh so that it times this very code on a
/// synthetic graph.
///
/// # Panics
/// If an edge names a node outside `0..node_count`.
pub fn betweenness_of_edge_list(node_count: usize, edges: &[(usize, usize)]) -> Vec<f64> {
    betweenness(&brandes::Csr::new(node_count, edges.iter().copied()))
}

/// Unweighted shortest paths: a tie is a channel, however many times it is recorded.
/// Brandes's algorithm (`brandes`), on `worker_threads` once the graph has
/// `PARALLEL_THRESHOLD` nodes.
fn betweenness(graph: &brandes::Csr) -> Vec<f64> {
    let threads = if graph.node_count() >= PARALLEL_THRESHOLD {
        worker_threads()
    } else {
        1
    };
    brandes::betweenness(graph, threads)
}

/// Per-node results of the algorithms, indexed like the graph's nodes.
struct Metrics {
    degree: Vec<usize>,
    weighted_degree: Vec<usize>,
    betweenness: Vec<f64>,
    closeness: Vec<f64>,
    eigenvector: Option<Vec<f64>>,
    broker: Vec<bool>,
    /// Raw group labels, and each label's rank in the sorted output (see `groups`).
    component: Vec<usize>,
    component_rank: Vec<usize>,
    community: Vec<usize>,
    community_rank: Vec<usize>,
}

impl Metrics {
    fn of(graph: &UnGraph<(), f64>) -> Metrics {
        use rustworkx_core::centrality;
        use rustworkx_core::connectivity;

        let n = graph.node_count();
        let degree = graph
            .node_indices()
            .map(|v| graph.neighbors(v).count())
            .collect();
        let weighted_degree = graph
            .node_indices()
            .map(|v| graph.edges(v).map(|e| *e.weight() as usize).sum())
            .collect();
        let betweenness = betweenness(&brandes::Csr::new(
            n,
            graph
                .edge_references()
                .map(|e| (e.source().index(), e.target().index())),
        ));
        let closeness = centrality::closeness_centrality(graph, true, PARALLEL_THRESHOLD)
            .into_iter()
            .map(|c| c.unwrap_or(0.0))
            .collect();
        let eigenvector = if n == 0 {
            None
        } else {
            // networkx's tolerance (1e-6 per node), with more iterations than its 100:
            // a network in pieces converges slowly (same fixed point, so same definition).
            centrality::eigenvector_centrality(
                graph,
                |e| Ok::<f64, Infallible>(*e.weight()),
                Some(EIGENVECTOR_MAX_ITER),
                Some(1e-6),
            )
            .unwrap_or(None)
        };
        let mut broker = vec![false; n];
        for v in connectivity::articulation_points(graph, None) {
            broker[v.index()] = true;
        }
        let mut component = vec![0; n];
        for (label, members) in connectivity::connected_components(graph).iter().enumerate() {
            for v in members {
                component[v.index()] = label;
            }
        }
        let community = louvain(graph);
        let component_rank = rank(&component);
        let community_rank = rank(&community);
        Metrics {
            degree,
            weighted_degree,
            betweenness,
            closeness,
            eigenvector,
            broker,
            component,
            component_rank,
            community,
            community_rank,
        }
    }
}

/// A community label per node: Louvain (graphrs) on tie counts with a fixed seed. A node
/// Louvain does not place (none should) keeps a community of its own.
fn louvain(graph: &UnGraph<(), f64>) -> Vec<usize> {
    use graphrs::{Graph, GraphSpecs};
    let n = graph.node_count();
    let mut label: Vec<usize> = (0..n).collect();
    if graph.edge_count() == 0 {
        return label;
    }
    let nodes = (0..n).map(graphrs::Node::from_name).collect();
    let edges = graph
        .edge_references()
        .map(|e| graphrs::Edge::with_weight(e.source().index(), e.target().index(), *e.weight()))
        .collect();
    let Ok(g) =
        Graph::<usize, ()>::new_from_nodes_and_edges(nodes, edges, GraphSpecs::undirected())
    else {
        return label;
    };
    let Ok(found) = graphrs::algorithms::community::louvain::louvain_communities(
        &g,
        true,
        None,
        None,
        Some(LOUVAIN_SEED),
    ) else {
        return label;
    };
    for (c, members) in found.iter().enumerate() {
        for &v in members {
            // Offset past the singleton labels, so a found community never merges with one.
            label[v] = n + c;
        }
    }
    label
}

/// For raw labels, each label's rank once groups are ordered largest first, then by
/// smallest member (members are node indices, which follow ids). Labels not in use get
/// no meaningful rank.
fn rank(labels: &[usize]) -> Vec<usize> {
    let bound = labels.iter().max().map_or(0, |m| m + 1);
    let mut size = vec![0usize; bound];
    let mut first = vec![usize::MAX; bound];
    for (v, &l) in labels.iter().enumerate() {
        size[l] += 1;
        first[l] = first[l].min(v);
    }
    let mut used: Vec<usize> = (0..bound).filter(|&l| size[l] > 0).collect();
    used.sort_by_key(|&l| (std::cmp::Reverse(size[l]), first[l]));
    let mut rank = vec![usize::MAX; bound];
    for (r, l) in used.into_iter().enumerate() {
        rank[l] = r;
    }
    rank
}

/// The groups named by `labels`, in `rank` order, each listing its ids in order.
fn groups(ids: &[&ActorId], labels: &[usize]) -> Vec<Vec<ActorId>> {
    let rank = rank(labels);
    let count = rank.iter().filter(|&&r| r != usize::MAX).count();
    let mut out = vec![Vec::new(); count];
    for (v, &l) in labels.iter().enumerate() {
        out[rank[l]].push(ids[v].clone());
    }
    out
}

/// The network as GraphML (undirected), every metric a node attribute, weight and kinds
/// edge attributes: networkx, igraph, Gephi and Cytoscape read it.
pub fn to_graphml(net: &Network) -> String {
    xml::graphml(net)
}

/// The network as GEXF 1.3 (Gephi's format), with the same attributes as GraphML.
pub fn to_gexf(net: &Network) -> String {
    xml::gexf(net)
}

mod xml {
    use std::io;

    use quick_xml::Writer;
    use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

    use super::{Edge, Network, NodeMetrics};

    /// An attribute's value type, named as each format names it.
    #[derive(Clone, Copy)]
    enum Type {
        Str,
        Bool,
        Int,
        Double,
    }

    impl Type {
        fn graphml(self) -> &'static str {
            match self {
                Type::Str => "string",
                Type::Bool => "boolean",
                Type::Int => "int",
                Type::Double => "double",
            }
        }
        fn gexf(self) -> &'static str {
            match self {
                Type::Str => "string",
                Type::Bool => "boolean",
                Type::Int => "integer",
                Type::Double => "double",
            }
        }
    }

    type NodeField = (&'static str, Type, fn(&NodeMetrics) -> Option<String>);
    type EdgeField = (&'static str, Type, fn(&Edge) -> Option<String>);

    // f64's Debug is the shortest text that reads back to the same number (with an
    // exponent for very small ones, where Display writes dozens of zeros), so a tool
    // reading the file gets OpenNRM's values exactly.
    const NODE_FIELDS: &[NodeField] = &[
        ("name", Type::Str, |n| Some(n.name.clone())),
        ("country", Type::Str, |n| {
            Some(n.country.as_str().to_owned())
        }),
        ("sector", Type::Str, |n| Some(n.sector.as_str().to_owned())),
        ("governmental", Type::Bool, |n| {
            Some(n.governmental.to_string())
        }),
        ("group", Type::Bool, |n| Some(n.group.to_string())),
        ("degree", Type::Int, |n| Some(n.degree.to_string())),
        ("weighted_degree", Type::Int, |n| {
            Some(n.weighted_degree.to_string())
        }),
        ("betweenness", Type::Double, |n| {
            Some(format!("{:?}", n.betweenness))
        }),
        ("closeness", Type::Double, |n| {
            Some(format!("{:?}", n.closeness))
        }),
        ("eigenvector", Type::Double, |n| {
            n.eigenvector.map(|x| format!("{x:?}"))
        }),
        ("component", Type::Int, |n| Some(n.component.to_string())),
        ("community", Type::Int, |n| Some(n.community.to_string())),
        ("broker", Type::Bool, |n| Some(n.broker.to_string())),
    ];

    const EDGE_FIELDS: &[EdgeField] = &[
        ("weight", Type::Int, |e| Some(e.weight.to_string())),
        ("kinds", Type::Str, |e| {
            Some(
                e.kinds
                    .iter()
                    .map(|k| k.as_str())
                    .collect::<Vec<_>>()
                    .join(","),
            )
        }),
        ("one_way_from", Type::Str, |e| {
            (!e.one_way_from.is_empty()).then(|| {
                e.one_way_from
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            })
        }),
    ];

    fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> Event<'a> {
        let mut s = BytesStart::new(name);
        for &a in attrs {
            s.push_attribute(a);
        }
        Event::Start(s)
    }
    fn empty<'a>(name: &'a str, attrs: &[(&str, &str)]) -> Event<'a> {
        let mut s = BytesStart::new(name);
        for &a in attrs {
            s.push_attribute(a);
        }
        Event::Empty(s)
    }
    fn end(name: &str) -> Event<'_> {
        Event::End(BytesEnd::new(name))
    }

    fn finish(run: impl FnOnce(&mut Writer<Vec<u8>>) -> io::Result<()>) -> String {
        let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
        // Writing to a Vec cannot fail, and the writer only writes valid UTF-8 it was given.
        run(&mut w).expect("writing XML to memory");
        String::from_utf8(w.into_inner()).expect("XML written from UTF-8 strings")
    }

    fn description(net: &Network) -> String {
        match &net.country {
            Some(c) => format!("OpenNRM cooperation network of {}", c.as_str()),
            None => "OpenNRM cooperation network of the region".to_owned(),
        }
    }

    pub(super) fn graphml(net: &Network) -> String {
        finish(|w| {
            w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
            w.write_event(start(
                "graphml",
                &[
                    ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
                    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
                    (
                        "xsi:schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
                    ),
                ],
            ))?;
            for (name, ty, _) in NODE_FIELDS {
                let id = format!("n_{name}");
                w.write_event(empty(
                    "key",
                    &[
                        ("id", &id),
                        ("for", "node"),
                        ("attr.name", name),
                        ("attr.type", ty.graphml()),
                    ],
                ))?;
            }
            for (name, ty, _) in EDGE_FIELDS {
                let id = format!("e_{name}");
                w.write_event(empty(
                    "key",
                    &[
                        ("id", &id),
                        ("for", "edge"),
                        ("attr.name", name),
                        ("attr.type", ty.graphml()),
                    ],
                ))?;
            }
            w.write_event(start(
                "graph",
                &[("id", &description(net)), ("edgedefault", "undirected")],
            ))?;
            for n in &net.nodes {
                w.write_event(start("node", &[("id", n.id.as_str())]))?;
                for (name, _, value) in NODE_FIELDS {
                    if let Some(v) = value(n) {
                        data(w, &format!("n_{name}"), &v)?;
                    }
                }
                w.write_event(end("node"))?;
            }
            for e in &net.edges {
                w.write_event(start(
                    "edge",
                    &[("source", e.source.as_str()), ("target", e.target.as_str())],
                ))?;
                for (name, _, value) in EDGE_FIELDS {
                    if let Some(v) = value(e) {
                        data(w, &format!("e_{name}"), &v)?;
                    }
                }
                w.write_event(end("edge"))?;
            }
            w.write_event(end("graph"))?;
            w.write_event(end("graphml"))
        })
    }

    fn data(w: &mut Writer<Vec<u8>>, key: &str, value: &str) -> io::Result<()> {
        w.write_event(start("data", &[("key", key)]))?;
        w.write_event(Event::Text(BytesText::new(value)))?;
        w.write_event(end("data"))
    }

    pub(super) fn gexf(net: &Network) -> String {
        finish(|w| {
            w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
            w.write_event(start(
                "gexf",
                &[("xmlns", "http://gexf.net/1.3"), ("version", "1.3")],
            ))?;
            w.write_event(start("meta", &[]))?;
            w.write_event(start("creator", &[]))?;
            w.write_event(Event::Text(BytesText::new("OpenNRM")))?;
            w.write_event(end("creator"))?;
            w.write_event(start("description", &[]))?;
            w.write_event(Event::Text(BytesText::new(&description(net))))?;
            w.write_event(end("description"))?;
            w.write_event(end("meta"))?;
            w.write_event(start(
                "graph",
                &[("defaultedgetype", "undirected"), ("mode", "static")],
            ))?;
            // The node's name is its label; the other fields are attributes, numbered.
            w.write_event(start("attributes", &[("class", "node")]))?;
            for (i, (name, ty, _)) in NODE_FIELDS.iter().enumerate().skip(1) {
                w.write_event(empty(
                    "attribute",
                    &[("id", &i.to_string()), ("title", name), ("type", ty.gexf())],
                ))?;
            }
            w.write_event(end("attributes"))?;
            w.write_event(start("attributes", &[("class", "edge")]))?;
            // The weight is GEXF's own edge attribute.
            for (i, (name, ty, _)) in EDGE_FIELDS.iter().enumerate().skip(1) {
                w.write_event(empty(
                    "attribute",
                    &[("id", &i.to_string()), ("title", name), ("type", ty.gexf())],
                ))?;
            }
            w.write_event(end("attributes"))?;
            w.write_event(start("nodes", &[]))?;
            for n in &net.nodes {
                w.write_event(start("node", &[("id", n.id.as_str()), ("label", &n.name)]))?;
                w.write_event(start("attvalues", &[]))?;
                for (i, (_, _, value)) in NODE_FIELDS.iter().enumerate().skip(1) {
                    if let Some(v) = value(n) {
                        w.write_event(empty(
                            "attvalue",
                            &[("for", &i.to_string()), ("value", &v)],
                        ))?;
                    }
                }
                w.write_event(end("attvalues"))?;
                w.write_event(end("node"))?;
            }
            w.write_event(end("nodes"))?;
            w.write_event(start("edges", &[]))?;
            for (id, e) in net.edges.iter().enumerate() {
                w.write_event(start(
                    "edge",
                    &[
                        ("id", &id.to_string()),
                        ("source", e.source.as_str()),
                        ("target", e.target.as_str()),
                        ("weight", &e.weight.to_string()),
                    ],
                ))?;
                w.write_event(start("attvalues", &[]))?;
                for (i, (_, _, value)) in EDGE_FIELDS.iter().enumerate().skip(1) {
                    if let Some(v) = value(e) {
                        w.write_event(empty(
                            "attvalue",
                            &[("for", &i.to_string()), ("value", &v)],
                        ))?;
                    }
                }
                w.write_event(end("attvalues"))?;
                w.write_event(end("edge"))?;
            }
            w.write_event(end("edges"))?;
            w.write_event(end("graph"))?;
            w.write_event(end("gexf"))
        })
    }
}

#[cfg(test)]
mod tests;
