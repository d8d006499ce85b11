//! The cooperation network as a drawing: a deterministic force-directed layout and its
//! SVG — nodes coloured by sector and sized by a centrality, ties as lines (arrowheads
//! for one-way ties), labels for the most central actors and a legend of the sectors.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{
    INK, MUTED, escape, id_prefix, num, open_svg, sector_colour, sector_label, text_width,
};
use crate::atlas::Atlas;
use crate::atlas::vocabulary::Sector;
use crate::insight::network::{Network, NodeMetrics};

mod panels;
pub use panels::{Panel, network_panels_svg, panels_size};

/// One actor in the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    /// Unique within the drawing; ties name their ends by it.
    pub id: String,
    /// Full name: the tooltip and the text alternative.
    pub name: String,
    /// What is written beside the node: an acronym or a short name.
    pub label: String,
    pub sector: Sector,
    /// Drawn with a solid outline; non-governmental actors get a dashed one.
    pub governmental: bool,
    /// Area of the node grows with it (degree, betweenness, …); 0 draws the smallest node.
    pub size: f64,
}

impl NetworkNode {
    /// A node of size 0, governmental as its sector says.
    pub fn new(
        id: impl Into<String>,
        name: impl Into<String>,
        label: impl Into<String>,
        sector: Sector,
    ) -> NetworkNode {
        NetworkNode {
            id: id.into(),
            name: name.into(),
            label: label.into(),
            sector,
            governmental: sector.is_governmental(),
            size: 0.0,
        }
    }
}

/// A tie between two actors. For a one-way tie the arrow points from `a` to `b`.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEdge {
    pub a: String,
    pub b: String,
    /// Stroke width grows with it (e.g. the number of ties the atlas records between the
    /// two); also how strongly the layout pulls the ends together.
    pub weight: f64,
    pub one_way: bool,
}

/// Everything a network drawing shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkDrawing {
    /// Prefix of the ids inside the SVG, unique on a page ("network-dk").
    pub id: String,
    pub title: String,
    /// What node size stands for, said in the legend ("degree", "betweenness").
    pub size_meaning: String,
    pub nodes: Vec<NetworkNode>,
    pub edges: Vec<NetworkEdge>,
}

impl NetworkDrawing {
    pub fn new(id: impl Into<String>, title: impl Into<String>) -> NetworkDrawing {
        NetworkDrawing {
            id: id.into(),
            title: title.into(),
            size_meaning: "degree".into(),
            ..NetworkDrawing::default()
        }
    }

    /// Adds a tie, merging it into an earlier tie between the same two actors (its weight
    /// grows by one; ties both ways, or a mutual one, make it mutual), as the atlas records
    /// one cooperation per kind and a drawing wants one line per pair.
    pub fn add_tie(&mut self, a: &str, b: &str, one_way: bool) {
        if a == b {
            return;
        }
        let same = |e: &NetworkEdge| (e.a == a && e.b == b) || (e.a == b && e.b == a);
        if let Some(edge) = self.edges.iter_mut().find(|e| same(e)) {
            edge.weight += 1.0;
            edge.one_way = edge.one_way && one_way && edge.a == a;
        } else {
            self.edges.push(NetworkEdge {
                a: a.into(),
                b: b.into(),
                weight: 1.0,
                one_way,
            });
        }
    }

    /// Sets every node's size to its degree (the number of distinct actors it is tied to).
    pub fn size_by_degree(&mut self) {
        let mut degree: HashMap<&str, f64> = HashMap::new();
        for e in &self.edges {
            *degree.entry(&e.a).or_default() += 1.0;
            *degree.entry(&e.b).or_default() += 1.0;
        }
        let sizes: Vec<f64> = self
            .nodes
            .iter()
            .map(|n| degree.get(n.id.as_str()).copied().unwrap_or(0.0))
            .collect();
        for (node, size) in self.nodes.iter_mut().zip(sizes) {
            node.size = size;
        }
        self.size_meaning = "degree".into();
    }

    /// The nodes ranked by size, largest first; ties keep input order (deterministic).
    fn ranked(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.nodes.len()).collect();
        order.sort_by(|&i, &j| {
            self.nodes[j]
                .size
                .total_cmp(&self.nodes[i].size)
                .then(i.cmp(&j))
        });
        order
    }
}

/// Which of the network's centralities sets node size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NodeSize {
    Degree,
    WeightedDegree,
    Betweenness,
    Closeness,
    Eigenvector,
}

impl NodeSize {
    fn of(self, m: &NodeMetrics) -> f64 {
        match self {
            NodeSize::Degree => m.degree as f64,
            NodeSize::WeightedDegree => m.weighted_degree as f64,
            NodeSize::Betweenness => m.betweenness,
            NodeSize::Closeness => m.closeness,
            NodeSize::Eigenvector => m.eigenvector.unwrap_or(0.0),
        }
    }
    /// As the legend and the text alternative say it.
    pub fn meaning(self) -> &'static str {
        match self {
            NodeSize::Degree => "degree",
            NodeSize::WeightedDegree => "number of ties",
            NodeSize::Betweenness => "betweenness",
            NodeSize::Closeness => "closeness",
            NodeSize::Eigenvector => "eigenvector centrality",
        }
    }
}

impl NetworkDrawing {
    /// The drawing of a computed network: its nodes sized by `size`, labelled with the
    /// actor's acronym from `atlas` where it has one, its pairs weighted by their number
    /// of ties. A pair is drawn one-way only where every tie between the two runs the
    /// same way; otherwise cooperation goes both ways and the line has no arrow.
    pub fn from_network(
        id: impl Into<String>,
        title: impl Into<String>,
        network: &Network,
        atlas: &Atlas,
        size: NodeSize,
    ) -> NetworkDrawing {
        let nodes = network
            .nodes
            .iter()
            .map(|m| {
                let acronym = atlas
                    .actor(m.id.as_str())
                    .and_then(|(_, a)| a.acronym.clone());
                NetworkNode {
                    id: m.id.as_str().to_string(),
                    name: m.name.clone(),
                    label: acronym.unwrap_or_else(|| m.name.clone()),
                    sector: m.sector,
                    governmental: m.governmental,
                    size: size.of(m),
                }
            })
            .collect();
        let edges = network
            .edges
            .iter()
            .map(|e| {
                let starts = &e.one_way_from;
                let one_way = !starts.is_empty()
                    && starts.len() == e.weight
                    && starts.iter().all(|s| s == &starts[0]);
                let (a, b) = if one_way && starts[0] == e.target {
                    (&e.target, &e.source)
                } else {
                    (&e.source, &e.target)
                };
                NetworkEdge {
                    a: a.as_str().to_string(),
                    b: b.as_str().to_string(),
                    weight: e.weight as f64,
                    one_way,
                }
            })
            .collect();
        NetworkDrawing {
            id: id.into(),
            title: title.into(),
            size_meaning: size.meaning().into(),
            nodes,
            edges,
        }
    }
}

const ITERATIONS: usize = 500;

/// Where each node goes in the unit square: every connected part is laid out on its own
/// (`force_layout`) and the parts are packed side by side, the largest first, each given
/// room by its number of nodes — laid out together, a pair or a lone actor would drift
/// to the edge and squeeze the main network into a corner. Deterministic: the same input
/// gives the same picture. Edges are `(a, b, weight)` by node index. Returns one `[x, y]`
/// per node, spread to fill `[0, 1]²`.
pub fn layout(node_count: usize, edges: &[(usize, usize, f64)]) -> Vec<[f64; 2]> {
    let n = node_count;
    let edges: Vec<(usize, usize, f64)> = edges
        .iter()
        .copied()
        .filter(|&(a, b, _)| a != b && a < n && b < n)
        .collect();
    let parts = components(n, &edges);
    if parts.len() <= 1 {
        return force_layout(n, &edges);
    }
    // Each part a square cell of side nodes^0.65 (plus a margin: a little more than in
    // proportion to its nodes, as a large part's core is denser than a small part),
    // packed in rows (a shelf packing) of the width that lets the whole be drawn largest.
    let sides: Vec<f64> = parts
        .iter()
        .map(|p| (p.len() as f64).powf(0.65) + PART_MARGIN)
        .collect();
    let shelf = |width: f64| -> (Vec<[f64; 2]>, f64, f64) {
        let (mut x, mut y, mut row, mut used) = (0.0f64, 0.0f64, 0.0f64, 0.0f64);
        let mut corners = Vec::with_capacity(sides.len());
        for &side in &sides {
            if x > 0.0 && x + side > width + 1e-9 {
                y += row;
                x = 0.0;
                row = 0.0;
            }
            corners.push([x, y]);
            x += side;
            used = used.max(x);
            row = row.max(side);
        }
        (corners, used, y + row)
    };
    let mut best: Option<(Vec<[f64; 2]>, f64, f64)> = None;
    let mut width = 0.0;
    for &side in &sides {
        width += side;
        let packed = shelf(width);
        let better = best
            .as_ref()
            .is_none_or(|b| packed.1.max(packed.2) < b.1.max(b.2) - 1e-9);
        if better {
            best = Some(packed);
        }
    }
    let Some((corners, used_w, used_h)) = best else {
        return force_layout(n, &edges);
    };
    let mut pos = vec![[0.5, 0.5]; n];
    for ((part, corner), side) in parts.iter().zip(&corners).zip(&sides) {
        let local: HashMap<usize, usize> = part.iter().enumerate().map(|(l, &g)| (g, l)).collect();
        let part_edges: Vec<(usize, usize, f64)> = edges
            .iter()
            .filter_map(|&(a, b, w)| Some((*local.get(&a)?, *local.get(&b)?, w)))
            .collect();
        let inner = side - PART_MARGIN;
        for (l, p) in force_layout(part.len(), &part_edges)
            .into_iter()
            .enumerate()
        {
            pos[part[l]] = [
                (corner[0] + PART_MARGIN / 2.0 + p[0] * inner) / used_w.max(1e-9),
                (corner[1] + PART_MARGIN / 2.0 + p[1] * inner) / used_h.max(1e-9),
            ];
        }
    }
    pos
}

/// The room between packed parts, in the units of `layout`'s cells (a single node's
/// cell is 1 + this).
const PART_MARGIN: f64 = 0.6;

/// The connected parts, largest first (then by their first node), each in node order.
fn components(n: usize, edges: &[(usize, usize, f64)]) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for &(a, b, _) in edges {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut slot: HashMap<usize, usize> = HashMap::new();
    for i in 0..n {
        let r = root(&mut parent, i);
        let k = *slot.entry(r).or_insert_with(|| {
            parts.push(Vec::new());
            parts.len() - 1
        });
        parts[k].push(i);
    }
    parts.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    parts
}

/// A Fruchterman–Reingold layout of one connected part in the unit square: nodes start
/// evenly on a circle (in input order), repel each other, ties pull their ends together,
/// and a weak gravity keeps the periphery from drifting off; a fixed number of steps with
/// a cooling step size. Spread to fill `[0, 1]²`.
fn force_layout(node_count: usize, edges: &[(usize, usize, f64)]) -> Vec<[f64; 2]> {
    let n = node_count;
    if n == 0 {
        return Vec::new();
    }
    if n == 1 {
        return vec![[0.5, 0.5]];
    }
    let k = (1.0 / n as f64).sqrt();
    let mut pos: Vec<[f64; 2]> = (0..n)
        .map(|i| {
            let angle = std::f64::consts::TAU * i as f64 / n as f64;
            [0.5 + 0.5 * angle.cos(), 0.5 + 0.5 * angle.sin()]
        })
        .collect();
    let mut disp = vec![[0.0f64; 2]; n];
    for step in 0..ITERATIONS {
        disp.iter_mut().for_each(|d| *d = [0.0, 0.0]);
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, dist) = apart(pos[i], pos[j], i, j);
                let force = k * k / dist;
                disp[i][0] += dx / dist * force;
                disp[i][1] += dy / dist * force;
                disp[j][0] -= dx / dist * force;
                disp[j][1] -= dy / dist * force;
            }
        }
        for &(a, b, weight) in edges {
            if a == b || a >= n || b >= n {
                continue;
            }
            let (dx, dy, dist) = apart(pos[a], pos[b], a, b);
            // Heavier ties pull harder, but only logarithmically: one pair tied five ways
            // should not collapse onto itself.
            let force = dist * dist / k * (1.0 + weight.max(0.0).ln_1p());
            disp[a][0] -= dx / dist * force;
            disp[a][1] -= dy / dist * force;
            disp[b][0] += dx / dist * force;
            disp[b][1] += dy / dist * force;
        }
        // Temperature: the largest step a node may take, cooling linearly to nearly nothing.
        let temperature = 0.1 * (1.0 - step as f64 / ITERATIONS as f64) + 0.002;
        for i in 0..n {
            let gx = pos[i][0] - 0.5;
            let gy = pos[i][1] - 0.5;
            disp[i][0] -= gx * 2.0 * k;
            disp[i][1] -= gy * 2.0 * k;
            let len = (disp[i][0] * disp[i][0] + disp[i][1] * disp[i][1]).sqrt();
            if len > 0.0 {
                let s = len.min(temperature) / len;
                pos[i][0] += disp[i][0] * s;
                pos[i][1] += disp[i][1] * s;
            }
        }
    }
    // Spread to the unit square, each axis on its own, so the view box is used fully.
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in &pos {
        for d in 0..2 {
            lo[d] = lo[d].min(p[d]);
            hi[d] = hi[d].max(p[d]);
        }
    }
    for p in &mut pos {
        for d in 0..2 {
            let span = hi[d] - lo[d];
            p[d] = if span > 1e-12 {
                (p[d] - lo[d]) / span
            } else {
                0.5
            };
        }
    }
    // A force layout packs a well-tied core tight and leaves the periphery sparse; halfway
    // towards the nodes' ranks along each axis evens that out (the order along each axis,
    // and so who is beside whom, is kept), giving the core's labels room.
    if n > 2 {
        for d in [0, 1] {
            let mut order: Vec<usize> = (0..n).collect();
            order.sort_by(|&i, &j| pos[i][d].total_cmp(&pos[j][d]).then(i.cmp(&j)));
            for (rank, &i) in order.iter().enumerate() {
                let even = rank as f64 / (n - 1) as f64;
                pos[i][d] = SPREAD * even + (1.0 - SPREAD) * pos[i][d];
            }
        }
    }
    pos
}

/// How far `force_layout` moves nodes towards even spacing (0: none, 1: ranks only).
const SPREAD: f64 = 0.5;

/// The vector from `q` to `p` and its length; two nodes at one point are pushed apart
/// along a direction taken from their indices, so the result stays deterministic.
fn apart(p: [f64; 2], q: [f64; 2], i: usize, j: usize) -> (f64, f64, f64) {
    let (mut dx, mut dy) = (p[0] - q[0], p[1] - q[1]);
    let mut dist = (dx * dx + dy * dy).sqrt();
    if dist < 1e-9 {
        let angle = (i * 7919 + j * 104_729) as f64;
        dx = angle.cos() * 1e-6;
        dy = angle.sin() * 1e-6;
        dist = 1e-6;
    }
    (dx, dy, dist)
}

// The picture: the network in a square-ish area on the left, the legend on the right.
const WIDTH: f64 = 900.0;
const HEIGHT: f64 = 640.0;
const PLOT_RIGHT: f64 = 650.0;
const MARGIN: f64 = 30.0;
const MIN_RADIUS: f64 = 5.0;
const MAX_RADIUS: f64 = 18.0;

/// How many nodes get a label even where it must overlap something: all of a small
/// network, the most central of a large one.
fn labelled_count(n: usize) -> usize {
    if n <= 12 { n } else { (n / 4).clamp(12, 18) }
}

/// The network as SVG.
pub fn network_svg(drawing: &NetworkDrawing) -> String {
    let prefix = id_prefix(&drawing.id);
    let nodes = &drawing.nodes;
    let index: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    // Ties whose ends are not both in the drawing cannot be drawn; they are left out of
    // the counts too, so the text says what the picture shows.
    let edges: Vec<(usize, usize, &NetworkEdge)> = drawing
        .edges
        .iter()
        .filter_map(|e| Some((*index.get(e.a.as_str())?, *index.get(e.b.as_str())?, e)))
        .filter(|(a, b, _)| a != b)
        .collect();

    let max_size = nodes.iter().map(|n| n.size).fold(0.0f64, f64::max);
    let radius: Vec<f64> = nodes
        .iter()
        .map(|n| {
            if max_size > 0.0 && n.size > 0.0 {
                MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * (n.size / max_size).sqrt()
            } else {
                MIN_RADIUS
            }
        })
        .collect();
    let ranked = drawing.ranked();

    let unit = layout(
        nodes.len(),
        &edges
            .iter()
            .map(|&(a, b, e)| (a, b, e.weight))
            .collect::<Vec<_>>(),
    );
    let left = MARGIN + MAX_RADIUS;
    let right = PLOT_RIGHT - MAX_RADIUS - 40.0;
    let top = MARGIN + MAX_RADIUS + 10.0;
    let bottom = HEIGHT - MARGIN - MAX_RADIUS;
    let mut pos: Vec<[f64; 2]> = unit
        .iter()
        .map(|p| [left + p[0] * (right - left), top + p[1] * (bottom - top)])
        .collect();
    separate(&mut pos, &radius, [left, top, right, bottom]);

    let one_way_count = edges.iter().filter(|(_, _, e)| e.one_way).count();
    let central: Vec<String> = ranked
        .iter()
        .take(5)
        .filter(|&&i| nodes[i].size > 0.0)
        .map(|&i| display_name(&nodes[i]))
        .collect();
    let mut desc = format!(
        "{} {}, {} {}",
        nodes.len(),
        plural(nodes.len(), "actor", "actors"),
        edges.len(),
        plural(edges.len(), "tie", "ties")
    );
    if one_way_count > 0 {
        let _ = write!(desc, " ({one_way_count} one-way)");
    }
    if !central.is_empty() {
        let _ = write!(
            desc,
            "; the most central by {}: {}",
            drawing.size_meaning,
            central.join(", ")
        );
    }
    desc.push('.');

    let mut out = String::with_capacity(512 + nodes.len() * 300 + edges.len() * 200);
    open_svg(&mut out, &prefix, WIDTH, HEIGHT, &drawing.title, &desc);
    let _ = write!(
        out,
        r#"<text x="{}" y="24" font-size="15" font-weight="600">{}</text>"#,
        num(MARGIN),
        escape(&drawing.title)
    );
    if one_way_count > 0 {
        // userSpaceOnUse: the arrowhead keeps its size whatever the tie's stroke width.
        let _ = write!(
            out,
            r#"<defs><marker id="{prefix}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="{MUTED}"/></marker></defs>"#
        );
    }

    // Ties first, so nodes sit on top of them.
    let max_weight = edges
        .iter()
        .map(|(_, _, e)| e.weight)
        .fold(1.0f64, f64::max);
    out.push_str(r##"<g stroke="#8a8a8a" stroke-opacity="0.7" stroke-linecap="round">"##);
    for &(a, b, edge) in &edges {
        let (p, q) = (pos[a], pos[b]);
        let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
        let dist = (dx * dx + dy * dy).sqrt().max(1e-6);
        // A one-way tie stops at the target's rim, so its arrowhead shows.
        let end = if edge.one_way {
            (dist - radius[b] - 2.0).max(dist * 0.5)
        } else {
            dist
        };
        let width = 1.0 + 2.5 * ((edge.weight.max(1.0) - 1.0) / (max_weight - 1.0).max(1.0)).sqrt();
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}"{}><title>{} {} {}</title></line>"#,
            num(p[0]),
            num(p[1]),
            num(p[0] + dx / dist * end),
            num(p[1] + dy / dist * end),
            num(width),
            if edge.one_way {
                format!(r#" marker-end="url(#{prefix}-arrow)""#)
            } else {
                String::new()
            },
            escape(&display_name(&nodes[a])),
            if edge.one_way { "→" } else { "—" },
            escape(&display_name(&nodes[b])),
        );
    }
    out.push_str("</g>");

    // Nodes, largest first, so a small node beside a hub is drawn over it, not under.
    out.push_str(&format!(r#"<g stroke="{INK}" stroke-width="1.5">"#));
    for &i in &ranked {
        let node = &nodes[i];
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}"{}><title>{}</title></circle>"#,
            num(pos[i][0]),
            num(pos[i][1]),
            num(radius[i]),
            sector_colour(node.sector),
            if node.governmental {
                ""
            } else {
                r#" stroke-dasharray="3 2""#
            },
            escape(&format!("{} — {}", node.name, sector_label(node.sector)))
        );
    }
    out.push_str("</g>");

    // Labels with a white halo (paint-order draws the stroke under the fill).
    out.push_str(r##"<g font-size="11.5" font-weight="600" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">"##);
    let room = LabelRoom {
        bounds: [4.0, 32.0, PLOT_RIGHT, HEIGHT - 4.0],
        must: labelled_count(nodes.len()),
        most: nodes.len(),
    };
    for label in place_labels(nodes, &ranked, &pos, &radius, &room) {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" text-anchor="{}">{}</text>"#,
            num(label.x),
            num(label.y),
            label.anchor,
            escape(&label.text)
        );
    }
    out.push_str("</g>");

    legend(&mut out, drawing, &prefix, one_way_count > 0, max_size);
    out.push_str("</svg>");
    out
}

/// Where labels may go and how many: the box they must stay in (left, top, right,
/// bottom), how many of the most central get one whatever they overlap, and at most how
/// many in all.
struct LabelRoom {
    bounds: [f64; 4],
    must: usize,
    most: usize,
}

struct Label {
    x: f64,
    y: f64,
    anchor: &'static str,
    text: String,
}

const LABEL_SIZE: f64 = 11.5;

/// Labels, most central node first, each beside its node on the first side (right, left,
/// above, below) where it hides no other label or node. The most central always get one
/// (`labelled_count`), on the right if nowhere is free; the rest only where one fits, so
/// a crowded drawing stays legible and a sparse one is fully named.
fn place_labels(
    nodes: &[NetworkNode],
    ranked: &[usize],
    pos: &[[f64; 2]],
    radius: &[f64],
    room: &LabelRoom,
) -> Vec<Label> {
    let must = room.must;
    let mut placed: Vec<[f64; 4]> = Vec::new();
    let mut labels = Vec::new();
    let discs: Vec<[f64; 4]> = (0..nodes.len())
        .map(|i| {
            let r = radius[i] * 0.85;
            [pos[i][0] - r, pos[i][1] - r, pos[i][0] + r, pos[i][1] + r]
        })
        .collect();
    let overlaps =
        |a: &[f64; 4], b: &[f64; 4]| a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    for (rank, &i) in ranked.iter().enumerate() {
        if labels.len() >= room.most {
            break;
        }
        let node = &nodes[i];
        let text = shorten(
            if node.label.is_empty() {
                &node.name
            } else {
                &node.label
            },
            24,
        );
        // The width estimate runs a little short on real fonts: a tenth more.
        let w = text_width(&text, LABEL_SIZE) * 1.1;
        let (x, y, r) = (pos[i][0], pos[i][1], radius[i]);
        // (x, baseline y, anchor, box): beside, above, below, then the four diagonals.
        let d = r * 0.72;
        let candidates = [
            (
                x + r + 3.0,
                y + 4.0,
                "start",
                [x + r + 2.0, y - 7.0, x + r + 4.0 + w, y + 6.0],
            ),
            (
                x - r - 3.0,
                y + 4.0,
                "end",
                [x - r - 4.0 - w, y - 7.0, x - r - 2.0, y + 6.0],
            ),
            (
                x,
                y - r - 4.0,
                "middle",
                [x - w / 2.0, y - r - 15.0, x + w / 2.0, y - r - 2.0],
            ),
            (
                x,
                y + r + 13.0,
                "middle",
                [x - w / 2.0, y + r + 2.0, x + w / 2.0, y + r + 15.0],
            ),
            (
                x + d + 2.0,
                y - d - 3.0,
                "start",
                [x + d + 1.0, y - d - 14.0, x + d + 3.0 + w, y - d - 1.0],
            ),
            (
                x + d + 2.0,
                y + d + 11.0,
                "start",
                [x + d + 1.0, y + d, x + d + 3.0 + w, y + d + 13.0],
            ),
            (
                x - d - 2.0,
                y - d - 3.0,
                "end",
                [x - d - 3.0 - w, y - d - 14.0, x - d - 1.0, y - d - 1.0],
            ),
            (
                x - d - 2.0,
                y + d + 11.0,
                "end",
                [x - d - 3.0 - w, y + d, x - d - 1.0, y + d + 13.0],
            ),
        ];
        let area = room.bounds;
        let inside =
            |b: &[f64; 4]| b[0] >= area[0] && b[2] <= area[2] && b[1] >= area[1] && b[3] <= area[3];
        let clashes = |b: &[f64; 4]| {
            placed.iter().filter(|p| overlaps(p, b)).count() * 2
                + discs
                    .iter()
                    .enumerate()
                    .filter(|(j, d)| *j != i && overlaps(d, b))
                    .count()
        };
        let free = candidates
            .iter()
            .find(|(_, _, _, b)| inside(b) && clashes(b) == 0);
        // Where nothing is free, a label that must be shown goes where it hides least.
        let chosen = match free {
            Some(c) => Some(c),
            None if rank < must => candidates
                .iter()
                .filter(|(_, _, _, b)| inside(b))
                .min_by_key(|(_, _, _, b)| clashes(b))
                .or(candidates.first()),
            None => None,
        };
        if let Some(&(lx, ly, anchor, b)) = chosen {
            placed.push(b);
            labels.push(Label {
                x: lx,
                y: ly,
                anchor,
                text,
            });
        }
    }
    labels
}

/// Pushes apart nodes closer than their radii and a gap, keeping them inside the box: the
/// force layout leaves the well-tied core crowded and the periphery sparse, and the gap
/// gives the core room for its labels. The gap shrinks when the box is full.
fn separate(pos: &mut [[f64; 2]], radius: &[f64], bounds: [f64; 4]) {
    let n = pos.len();
    let area_each = (bounds[2] - bounds[0]) * (bounds[3] - bounds[1]) / n.max(1) as f64;
    let gap = (0.35 * area_each.sqrt()).clamp(6.0, 24.0);
    for _ in 0..200 {
        let mut moved = false;
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy, dist) = apart(pos[i], pos[j], i, j);
                let need = radius[i] + radius[j] + gap;
                if dist < need {
                    let push = (need - dist) / 2.0;
                    pos[i][0] += dx / dist * push;
                    pos[i][1] += dy / dist * push;
                    pos[j][0] -= dx / dist * push;
                    pos[j][1] -= dy / dist * push;
                    moved = true;
                }
            }
        }
        for p in pos.iter_mut() {
            p[0] = p[0].clamp(bounds[0], bounds[2]);
            p[1] = p[1].clamp(bounds[1], bounds[3]);
        }
        if !moved {
            break;
        }
    }
}

fn legend(out: &mut String, drawing: &NetworkDrawing, prefix: &str, one_way: bool, max_size: f64) {
    let x = PLOT_RIGHT + 20.0;
    let mut y = 52.0;
    let _ = write!(
        out,
        r#"<g font-size="12"><text x="{}" y="{}" font-weight="600">Sector</text>"#,
        num(x),
        num(y)
    );
    y += 8.0;
    // Governmental sectors first, as the report lists actors.
    for governmental in [true, false] {
        let shown: Vec<Sector> = Sector::all()
            .filter(|s| {
                drawing
                    .nodes
                    .iter()
                    .any(|n| n.sector == *s && n.governmental == governmental)
            })
            .collect();
        if shown.is_empty() {
            continue;
        }
        y += 18.0;
        let heading = if governmental {
            "Governmental (solid outline)"
        } else {
            "Non-governmental (dashed)"
        };
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{MUTED}" font-size="11">{heading}</text>"#,
            num(x),
            num(y)
        );
        for sector in shown {
            y += 18.0;
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="6" fill="{}" stroke="{INK}" stroke-width="1.2"{}/><text x="{}" y="{}">{}</text>"#,
                num(x + 7.0),
                num(y - 4.0),
                sector_colour(sector),
                if governmental {
                    ""
                } else {
                    r#" stroke-dasharray="3 2""#
                },
                num(x + 20.0),
                num(y),
                escape(sector_label(sector))
            );
        }
    }
    y += 30.0;
    if max_size > 0.0 {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{MUTED}" font-size="11">Size: {}</text>"#,
            num(x),
            num(y),
            escape(&drawing.size_meaning)
        );
        y += 20.0;
    }
    let _ = write!(
        out,
        r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8a8a8a" stroke-width="2"/><text x="{}" y="{}" fill="{MUTED}" font-size="11">tie (thicker: several)</text>"##,
        num(x),
        num(y - 4.0),
        num(x + 24.0),
        num(y - 4.0),
        num(x + 32.0),
        num(y)
    );
    if one_way {
        y += 20.0;
        let _ = write!(
            out,
            r##"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#8a8a8a" stroke-width="1.5" marker-end="url(#{prefix}-arrow)"/><text x="{}" y="{}" fill="{MUTED}" font-size="11">one-way tie</text>"##,
            num(x),
            num(y - 4.0),
            num(x + 24.0),
            num(y - 4.0),
            num(x + 32.0),
            num(y)
        );
    }
    out.push_str("</g>");
}

/// "Name (ACR)" where the label is an acronym distinct from the name.
fn display_name(node: &NetworkNode) -> String {
    if node.label.is_empty() || node.label == node.name {
        node.name.clone()
    } else {
        format!("{} ({})", node.name, node.label)
    }
}

fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}
