//! The recruitment tree of a wave — who was invited by the coordinator, and who was
//! nominated by whom — drawn as accessible SVG (each invitee a labelled box, each
//! nomination a line from nominator to nominee; the page shows the same as a table) and
//! written as GraphML (directed: nominator → nominee) for network tools.

use crate::insight::svg::{FONT, INK, MUTED, escape};

/// One invitee in the tree: no contact details, only what tracking shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreeNode {
    /// The invitee's position in the wave (shown as #N).
    pub position: i64,
    pub organisation: String,
    /// `InviteeState` as text.
    pub state: String,
    /// Index (into the same list) of the nominator.
    pub parent: Option<usize>,
}

const ROW: i64 = 34;
const COLUMN: i64 = 340;
const BOX_W: i64 = 320;
const BOX_H: i64 = 26;

/// Rows in depth-first order (children under their nominator), with each node's depth.
fn layout(nodes: &[TreeNode]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut seen = vec![false; nodes.len()];
    fn visit(
        nodes: &[TreeNode],
        i: usize,
        depth: usize,
        seen: &mut [bool],
        out: &mut Vec<(usize, usize)>,
    ) {
        if seen[i] {
            return;
        }
        seen[i] = true;
        out.push((i, depth));
        for (c, n) in nodes.iter().enumerate() {
            if n.parent == Some(i) {
                visit(nodes, c, depth + 1, seen, out);
            }
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        if n.parent.is_none_or(|p| p >= nodes.len()) {
            visit(nodes, i, 0, &mut seen, &mut out);
        }
    }
    // A cycle (which the store cannot hold) is still drawn, at the top level.
    for i in 0..nodes.len() {
        visit(nodes, i, 0, &mut seen, &mut out);
    }
    out
}

fn colour(state: &str) -> &'static str {
    match state {
        "completed" => "#d8ecd8",
        "declined" => "#f3dada",
        "started" => "#fdf1cf",
        "proposed" => "#ffffff",
        _ => "#e6eef7",
    }
}

/// The tree as SVG; `title` names it for screen readers.
pub fn tree_svg(nodes: &[TreeNode], title: &str) -> String {
    let rows = layout(nodes);
    let depth = rows.iter().map(|(_, d)| *d).max().unwrap_or(0) as i64;
    let width = (depth + 1) * COLUMN + 20;
    let height = (rows.len().max(1) as i64) * ROW + 20;
    let mut at = vec![(0i64, 0i64); nodes.len()];
    for (row, (i, d)) in rows.iter().enumerate() {
        at[*i] = (10 + *d as i64 * COLUMN, 10 + row as i64 * ROW);
    }
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"tree-title\" font-family=\"{FONT}\" font-size=\"12\"><title id=\"tree-title\">{}</title>",
        escape(title)
    );
    for (i, n) in nodes.iter().enumerate() {
        if let Some(p) = n.parent.filter(|p| *p < nodes.len()) {
            let (px, py) = at[p];
            let (x, y) = at[i];
            svg.push_str(&format!(
                "<path d=\"M{} {} H{} V{} H{}\" fill=\"none\" stroke=\"{MUTED}\" class=\"nomination\"/>",
                px + 12,
                py + BOX_H,
                px + 12,
                y + BOX_H / 2,
                x
            ));
        }
    }
    for (i, n) in nodes.iter().enumerate() {
        let (x, y) = at[i];
        let label: String = n.organisation.chars().take(30).collect();
        svg.push_str(&format!(
            "<g class=\"invitee\"><rect x=\"{x}\" y=\"{y}\" width=\"{BOX_W}\" height=\"{BOX_H}\" rx=\"4\" fill=\"{}\" stroke=\"{INK}\"/><text x=\"{}\" y=\"{}\" fill=\"{INK}\">#{} {} · {}</text></g>",
            colour(&n.state),
            x + 6,
            y + 17,
            n.position,
            escape(&label),
            escape(&n.state)
        ));
    }
    svg.push_str("</svg>");
    svg
}

/// The tree as GraphML: a node per invitee (position, organisation, state), an edge per
/// nomination.
pub fn tree_graphml(nodes: &[TreeNode]) -> String {
    let mut g = String::from(concat!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
        "  <key id=\"position\" for=\"node\" attr.name=\"position\" attr.type=\"long\"/>\n",
        "  <key id=\"organisation\" for=\"node\" attr.name=\"organisation\" attr.type=\"string\"/>\n",
        "  <key id=\"state\" for=\"node\" attr.name=\"state\" attr.type=\"string\"/>\n",
        "  <graph id=\"recruitment\" edgedefault=\"directed\">\n"
    ));
    for n in nodes {
        g.push_str(&format!(
            "    <node id=\"i{}\"><data key=\"position\">{}</data><data key=\"organisation\">{}</data><data key=\"state\">{}</data></node>\n",
            n.position, n.position, escape(&n.organisation), escape(&n.state)
        ));
    }
    for n in nodes {
        if let Some(p) = n.parent.and_then(|p| nodes.get(p)) {
            g.push_str(&format!(
                "    <edge source=\"i{}\" target=\"i{}\"/>\n",
                p.position, n.position
            ));
        }
    }
    g.push_str("  </graph>\n</graphml>\n");
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(position: i64, org: &str, parent: Option<usize>) -> TreeNode {
        TreeNode {
            position,
            organisation: org.into(),
            state: "invited".into(),
            parent,
        }
    }

    #[test]
    fn every_invitee_is_a_box_and_every_nomination_a_line_under_its_nominator() {
        let nodes = vec![
            node(1, "3F <union>", None),
            node(2, "Police", None),
            node(3, "Painters' Union", Some(0)),
            node(4, "BAT", Some(2)),
        ];
        let svg = tree_svg(&nodes, "Recruitment tree");
        assert_eq!(svg.matches("class=\"invitee\"").count(), 4);
        assert_eq!(svg.matches("class=\"nomination\"").count(), 2);
        assert!(
            svg.contains("3F &lt;union&gt;") && !svg.contains("<union>"),
            "names are escaped"
        );
        // Depth-first: the nominee of #1 is drawn right below it, before #2.
        let y = |label: &str| {
            let before = &svg[..svg.find(label).expect(label)];
            let at = before.rfind(" y=\"").expect("y") + 4;
            before[at..]
                .split('"')
                .next()
                .and_then(|v| v.parse::<i64>().ok())
                .expect("a number")
        };
        assert!(y("#1 ") < y("#3 ") && y("#3 ") < y("#4 ") && y("#4 ") < y("#2 "));
        let g = tree_graphml(&nodes);
        assert_eq!(g.matches("<node ").count(), 4);
        assert!(
            g.contains("<edge source=\"i1\" target=\"i3\"/>")
                && g.contains("<edge source=\"i3\" target=\"i4\"/>")
        );
    }
}
