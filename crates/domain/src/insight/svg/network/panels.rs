//! The network as small multiples: one panel per group of nodes (a country of the
//! region), each laid out on its own, and one legend. Drawn in one picture, the region's
//! 260-odd tied actors would be a cloud without borders (the report records no tie across
//! one); in panels each country reads as its own network, and the panels side by side
//! compare the countries' shapes at a glance.

use std::collections::HashMap;
use std::fmt::Write as _;

use super::{
    INK, LabelRoom, MUTED, NetworkDrawing, NetworkEdge, display_name, escape, id_prefix, layout,
    num, open_svg, place_labels, plural, sector_colour, sector_label, separate,
};
use crate::atlas::vocabulary::Sector;

/// A panel of `network_panels_svg`: its heading and the ids of its nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct Panel {
    pub title: String,
    pub nodes: Vec<String>,
}

impl Panel {
    /// One panel per country of the atlas (its name as heading), holding the country's
    /// nodes of the region's network.
    pub fn per_country(
        atlas: &crate::atlas::Atlas,
        net: &crate::insight::network::Network,
    ) -> Vec<Panel> {
        atlas
            .countries
            .iter()
            .map(|c| Panel {
                title: c.country.name.clone(),
                nodes: net
                    .nodes
                    .iter()
                    .filter(|n| n.country == c.country.code)
                    .map(|n| n.id.to_string())
                    .collect(),
            })
            .collect()
    }
}

/// A panel's nodes (indices into the drawing) and its ties (local indices).
type Part<'a> = (Vec<usize>, Vec<(usize, usize, &'a NetworkEdge)>);

const COLUMNS: usize = 4;
const PANEL_W: f64 = 300.0;
const PANEL_H: f64 = 270.0;
const TOP: f64 = 40.0;
const PAD: f64 = 8.0;
const HEAD: f64 = 22.0;
const MIN_R: f64 = 3.5;
const MAX_R: f64 = 10.0;
/// Labels per panel: the three most central always, up to six where they fit.
const MUST_LABEL: usize = 3;
const MOST_LABELS: usize = 6;

/// The size of the picture `network_panels_svg` draws for `panels` panels (the legend
/// takes one more cell): width, height.
pub fn panels_size(panels: usize) -> (f64, f64) {
    let rows = (panels + 1).div_ceil(COLUMNS).max(1);
    (COLUMNS as f64 * PANEL_W, TOP + rows as f64 * PANEL_H + PAD)
}

/// The drawing's nodes in panels, four to a row, the legend in the cell after the last.
/// A node in no panel is not drawn; a tie is drawn where both ends share a panel. Node
/// size is relative within a panel (each panel's most central node is drawn largest).
pub fn network_panels_svg(drawing: &NetworkDrawing, panels: &[Panel]) -> String {
    let prefix = id_prefix(&drawing.id);
    let index: HashMap<&str, usize> = drawing
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let (width, height) = panels_size(panels.len());

    let parts: Vec<Part> = panels
        .iter()
        .map(|p| {
            let members: Vec<usize> = p
                .nodes
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            let local: HashMap<usize, usize> =
                members.iter().enumerate().map(|(l, &g)| (g, l)).collect();
            let edges = drawing
                .edges
                .iter()
                .filter_map(|e| {
                    let a = *local.get(index.get(e.a.as_str())?)?;
                    let b = *local.get(index.get(e.b.as_str())?)?;
                    (a != b).then_some((a, b, e))
                })
                .collect();
            (members, edges)
        })
        .collect();

    let drawn_nodes: usize = parts.iter().map(|(m, _)| m.len()).sum();
    let drawn_edges: usize = parts.iter().map(|(_, e)| e.len()).sum();
    let mut desc = format!(
        "{} {}, {} {}, in {} {}",
        drawn_nodes,
        plural(drawn_nodes, "actor", "actors"),
        drawn_edges,
        plural(drawn_edges, "tie", "ties"),
        panels.len(),
        plural(panels.len(), "panel", "panels"),
    );
    let mut firsts = Vec::new();
    for (panel, (members, _)) in panels.iter().zip(&parts) {
        if let Some(&top) = members.iter().max_by(|&&i, &&j| {
            drawing.nodes[i]
                .size
                .total_cmp(&drawing.nodes[j].size)
                .then(j.cmp(&i))
        }) && drawing.nodes[top].size > 0.0
        {
            firsts.push(format!(
                "{}: {}",
                panel.title,
                display_name(&drawing.nodes[top])
            ));
        }
    }
    if !firsts.is_empty() {
        let _ = write!(
            desc,
            "; the most central by {} in each: {}",
            drawing.size_meaning,
            firsts.join("; ")
        );
    }
    desc.push('.');

    let mut out = String::with_capacity(1024 + drawing.nodes.len() * 300);
    open_svg(&mut out, &prefix, width, height, &drawing.title, &desc);
    let _ = write!(
        out,
        r#"<text x="{}" y="26" font-size="15" font-weight="600">{}</text>"#,
        num(PAD + 4.0),
        escape(&drawing.title)
    );

    for (k, (panel, (members, edges))) in panels.iter().zip(&parts).enumerate() {
        let x0 = (k % COLUMNS) as f64 * PANEL_W;
        let y0 = TOP + (k / COLUMNS) as f64 * PANEL_H;
        draw_panel(
            &mut out,
            drawing,
            panel,
            members,
            edges,
            [x0, y0],
            &format!("{prefix}-{k}"),
        );
    }
    let cell = panels.len();
    legend(
        &mut out,
        drawing,
        [
            (cell % COLUMNS) as f64 * PANEL_W,
            TOP + (cell / COLUMNS) as f64 * PANEL_H,
        ],
    );
    out.push_str("</svg>");
    out
}

fn draw_panel(
    out: &mut String,
    drawing: &NetworkDrawing,
    panel: &Panel,
    members: &[usize],
    edges: &[(usize, usize, &NetworkEdge)],
    [x0, y0]: [f64; 2],
    arrow_id: &str,
) {
    let nodes: Vec<super::NetworkNode> =
        members.iter().map(|&i| drawing.nodes[i].clone()).collect();
    let n = nodes.len();
    let _ = write!(
        out,
        r##"<rect x="{}" y="{}" width="{}" height="{}" rx="4" fill="none" stroke="#dde3ea"/>"##,
        num(x0 + PAD / 2.0),
        num(y0 + PAD / 2.0),
        num(PANEL_W - PAD),
        num(PANEL_H - PAD)
    );
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="12.5" font-weight="600">{}<tspan fill="{MUTED}" font-weight="400"> · {} {}, {} {}</tspan></text>"#,
        num(x0 + PAD + 4.0),
        num(y0 + PAD + 14.0),
        escape(&panel.title),
        n,
        plural(n, "actor", "actors"),
        edges.len(),
        plural(edges.len(), "tie", "ties"),
    );
    if n == 0 {
        return;
    }
    let max_size = nodes.iter().map(|m| m.size).fold(0.0f64, f64::max);
    let radius: Vec<f64> = nodes
        .iter()
        .map(|m| {
            if max_size > 0.0 && m.size > 0.0 {
                MIN_R + (MAX_R - MIN_R) * (m.size / max_size).sqrt()
            } else {
                MIN_R
            }
        })
        .collect();
    let unit = layout(
        n,
        &edges
            .iter()
            .map(|&(a, b, e)| (a, b, e.weight))
            .collect::<Vec<_>>(),
    );
    let bounds = [
        x0 + PAD + MAX_R + 4.0,
        y0 + PAD + HEAD + MAX_R,
        x0 + PANEL_W - PAD - MAX_R - 4.0,
        y0 + PANEL_H - PAD - MAX_R - 2.0,
    ];
    let mut pos: Vec<[f64; 2]> = unit
        .iter()
        .map(|p| {
            [
                bounds[0] + p[0] * (bounds[2] - bounds[0]),
                bounds[1] + p[1] * (bounds[3] - bounds[1]),
            ]
        })
        .collect();
    separate(&mut pos, &radius, bounds);

    let one_way = edges.iter().any(|(_, _, e)| e.one_way);
    if one_way {
        let _ = write!(
            out,
            r#"<defs><marker id="{arrow_id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0L10,5L0,10z" fill="{MUTED}"/></marker></defs>"#
        );
    }
    out.push_str(r##"<g stroke="#8a8a8a" stroke-opacity="0.6" stroke-linecap="round">"##);
    let max_weight = edges
        .iter()
        .map(|(_, _, e)| e.weight)
        .fold(1.0f64, f64::max);
    for &(a, b, edge) in edges {
        let (p, q) = (pos[a], pos[b]);
        let (dx, dy) = (q[0] - p[0], q[1] - p[1]);
        let dist = (dx * dx + dy * dy).sqrt().max(1e-6);
        let end = if edge.one_way {
            (dist - radius[b] - 1.5).max(dist * 0.5)
        } else {
            dist
        };
        let w = 0.8 + 1.7 * ((edge.weight.max(1.0) - 1.0) / (max_weight - 1.0).max(1.0)).sqrt();
        let _ = write!(
            out,
            r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}"{}><title>{} {} {}</title></line>"#,
            num(p[0]),
            num(p[1]),
            num(p[0] + dx / dist * end),
            num(p[1] + dy / dist * end),
            num(w),
            if edge.one_way {
                format!(r#" marker-end="url(#{arrow_id}-arrow)""#)
            } else {
                String::new()
            },
            escape(&display_name(&nodes[a])),
            if edge.one_way { "→" } else { "—" },
            escape(&display_name(&nodes[b])),
        );
    }
    out.push_str("</g>");

    let mut ranked: Vec<usize> = (0..n).collect();
    ranked.sort_by(|&i, &j| nodes[j].size.total_cmp(&nodes[i].size).then(i.cmp(&j)));
    let _ = write!(out, r#"<g stroke="{INK}" stroke-width="1.1">"#);
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
                r#" stroke-dasharray="2.5 1.5""#
            },
            escape(&format!("{} — {}", node.name, sector_label(node.sector)))
        );
    }
    out.push_str("</g>");

    let room = LabelRoom {
        bounds: [
            x0 + PAD + 2.0,
            y0 + PAD + HEAD,
            x0 + PANEL_W - PAD - 2.0,
            y0 + PANEL_H - PAD - 2.0,
        ],
        must: MUST_LABEL.min(n),
        most: MOST_LABELS,
    };
    // Only nodes that lie between others are worth a name here; a panel of leaves names
    // none rather than three arbitrary ones.
    let central: Vec<usize> = ranked
        .iter()
        .copied()
        .filter(|&i| nodes[i].size > 0.0)
        .collect();
    out.push_str(r##"<g font-size="10.5" font-weight="600" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">"##);
    for label in place_labels(&nodes, &central, &pos, &radius, &room) {
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
}

/// The sectors shown, in two columns, then what size and outline mean.
fn legend(out: &mut String, drawing: &NetworkDrawing, [x0, y0]: [f64; 2]) {
    let mut shown: Vec<(bool, Sector)> = Vec::new();
    for governmental in [true, false] {
        for s in Sector::all() {
            if drawing
                .nodes
                .iter()
                .any(|n| n.sector == s && n.governmental == governmental)
            {
                shown.push((governmental, s));
            }
        }
    }
    let x = x0 + PAD + 8.0;
    let mut y = y0 + PAD + 14.0;
    let _ = write!(
        out,
        r#"<g font-size="10.5"><text x="{}" y="{}" font-size="12" font-weight="600">Sector</text>"#,
        num(x),
        num(y)
    );
    y += 6.0;
    let rows = shown.len().div_ceil(2);
    for (k, (governmental, sector)) in shown.iter().enumerate() {
        let cx = x + if k < rows { 0.0 } else { 122.0 };
        let cy = y + 15.0 * ((k % rows.max(1)) as f64 + 1.0);
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="5" fill="{}" stroke="{INK}" stroke-width="1.1"{}/><text x="{}" y="{}">{}</text>"#,
            num(cx + 5.0),
            num(cy - 3.5),
            sector_colour(*sector),
            if *governmental {
                ""
            } else {
                r#" stroke-dasharray="2.5 1.5""#
            },
            num(cx + 14.0),
            num(cy),
            escape(sector_label(*sector))
        );
    }
    y += 15.0 * rows as f64 + 20.0;
    for line in [
        "Solid outline: governmental; dashed: not".to_owned(),
        format!("Size: {} within each panel", drawing.size_meaning),
        "Named: the most central of each panel".to_owned(),
    ] {
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" fill="{MUTED}">{}</text>"#,
            num(x),
            num(y),
            escape(&line)
        );
        y += 14.0;
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;
    use crate::insight::network::region_network;
    use crate::insight::svg::{NodeSize, network_svg};

    fn region() -> (Atlas, NetworkDrawing, Vec<Panel>) {
        let atlas = Atlas::embedded().expect("the shipped atlas loads");
        let net = region_network(&atlas);
        let drawing = NetworkDrawing::from_network(
            "net-region",
            "Region",
            &net,
            &atlas,
            NodeSize::Betweenness,
        );
        let panels = Panel::per_country(&atlas, &net);
        (atlas, drawing, panels)
    }

    /// Every number of an attribute, e.g. all `cx="…"` values.
    fn values(svg: &str, attr: &str) -> Vec<f64> {
        svg.split(&format!(" {attr}=\""))
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn the_region_is_drawn_a_panel_per_country_with_every_actor_and_tie_inside_the_picture() {
        let (atlas, drawing, panels) = region();
        let svg = network_panels_svg(&drawing, &panels);
        assert_eq!(svg, network_panels_svg(&drawing, &panels), "deterministic");
        // Node circles carry a tooltip; the legend's do not.
        assert_eq!(svg.matches("</circle>").count(), drawing.nodes.len());
        // No tie crosses a border, so every tie is inside a panel and drawn.
        assert_eq!(svg.matches("</line>").count(), drawing.edges.len());
        for c in &atlas.countries {
            assert!(svg.contains(&format!(">{}<tspan", escape(&c.country.name))));
        }
        assert!(svg.contains("role=\"img\"") && svg.contains("<desc") && !svg.contains("style="));
        let (w, h) = panels_size(panels.len());
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", num(w), num(h))));
        for x in values(&svg, "cx").into_iter().chain(values(&svg, "x1")) {
            assert!((0.0..=w).contains(&x), "x {x}");
        }
        for y in values(&svg, "cy").into_iter().chain(values(&svg, "y2")) {
            assert!((0.0..=h).contains(&y), "y {y}");
        }
        // Each country's most central actor is named in its panel and in the text.
        let desc = svg
            .split("<desc")
            .nth(1)
            .and_then(|s| s.split("</desc>").next())
            .unwrap_or("");
        assert!(
            desc.contains("Denmark: Danish Centre against Human Trafficking (CMM)"),
            "{desc}"
        );
        let labels = svg.matches("<text x=").count();
        assert!(
            labels >= panels.len() * MUST_LABEL,
            "at least three names per panel: {labels}"
        );

        // The alternative it replaces, kept beside it for a reviewer (see ARCHITECTURE.md).
        let target = std::env::var("CARGO_TARGET_DIR")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target").to_string());
        let dir = std::path::Path::new(&target).join("insight-svg");
        if std::fs::create_dir_all(&dir).is_ok() {
            let _ = std::fs::write(dir.join("region-panels.svg"), &svg);
            let _ = std::fs::write(dir.join("region-one-picture.svg"), network_svg(&drawing));
        }
    }

    #[test]
    fn a_node_in_no_panel_is_left_out_and_an_empty_panel_still_has_its_heading() {
        let (_, drawing, mut panels) = region();
        let dropped = panels[0].nodes.len();
        panels[0].nodes.clear();
        let svg = network_panels_svg(&drawing, &panels);
        assert_eq!(
            svg.matches("</circle>").count(),
            drawing.nodes.len() - dropped
        );
        assert!(svg.contains("0 actors, 0 ties"));
    }
}
