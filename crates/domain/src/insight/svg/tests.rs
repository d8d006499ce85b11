//! Tests of the pictures: well-formed, accessible, escaped, deterministic; and the two
//! real examples written to the target directory for a look.

use super::*;
use crate::atlas::Atlas;
use crate::atlas::vocabulary::{Sector, TieDirection};

fn parse(svg: &str) -> roxmltree::Document<'_> {
    match roxmltree::Document::parse(svg) {
        Ok(doc) => doc,
        Err(e) => panic!("not XML: {e}\n{svg}"),
    }
}

fn count(doc: &roxmltree::Document, tag: &str) -> usize {
    doc.descendants().filter(|n| n.has_tag_name(tag)).count()
}

/// The root's own title and desc, found by the ids aria-labelledby names.
fn assert_accessible(doc: &roxmltree::Document) {
    let root = doc.root_element();
    assert_eq!(root.attribute("role"), Some("img"));
    let ids: Vec<&str> = root
        .attribute("aria-labelledby")
        .unwrap_or_default()
        .split(' ')
        .collect();
    assert_eq!(ids.len(), 2);
    let first = |tag: &str| root.children().find(|n| n.has_tag_name(tag));
    let (title, desc) = (
        first("title").expect("a title"),
        first("desc").expect("a desc"),
    );
    assert_eq!(title.attribute("id"), Some(ids[0]));
    assert_eq!(desc.attribute("id"), Some(ids[1]));
    assert!(!title.text().unwrap_or_default().trim().is_empty());
    assert!(!desc.text().unwrap_or_default().trim().is_empty());
    for node in doc.descendants() {
        assert!(
            node.attribute("style").is_none(),
            "style= is forbidden by the CSP"
        );
        assert!(!node.has_tag_name("script"));
        assert!(
            node.attributes().all(|a| !a.name().starts_with("on")),
            "no event handlers"
        );
    }
}

/// A ring of `n` actors with chords, mixed sectors, one one-way tie.
fn sample(n: usize) -> NetworkDrawing {
    let sectors: Vec<Sector> = Sector::all().collect();
    let mut d = NetworkDrawing::new("network-test", "Sample network");
    for i in 0..n {
        d.nodes.push(NetworkNode::new(
            format!("a{i}"),
            format!("Actor {i}"),
            format!("A{i}"),
            sectors[i % sectors.len()],
        ));
    }
    for i in 0..n {
        d.add_tie(&format!("a{i}"), &format!("a{}", (i + 1) % n), i == 0);
        if i % 3 == 0 {
            d.add_tie(&format!("a{i}"), &format!("a{}", (i + n / 2) % n), false);
        }
    }
    d.size_by_degree();
    d
}

fn circles(doc: &roxmltree::Document) -> Vec<(f64, f64)> {
    // Legend swatches are circles too; the nodes are the circles with a title child.
    doc.descendants()
        .filter(|n| n.has_tag_name("circle") && n.children().any(|c| c.has_tag_name("title")))
        .map(|n| {
            let get = |a: &str| {
                n.attribute(a)
                    .and_then(|v| v.parse::<f64>().ok())
                    .expect("coordinate")
            };
            (get("cx"), get("cy"))
        })
        .collect()
}

#[test]
fn a_network_drawing_is_accessible_xml_with_one_circle_per_node_and_one_line_per_tie() {
    for n in [1, 2, 10, 40, 70] {
        let d = sample(n);
        let svg = network_svg(&d);
        let doc = parse(&svg);
        assert_accessible(&doc);
        assert_eq!(circles(&doc).len(), n);
        let ties = doc
            .descendants()
            .filter(|e| e.has_tag_name("line") && e.children().any(|c| c.has_tag_name("title")))
            .count();
        assert_eq!(ties, d.edges.len(), "n = {n}");
        let desc = doc
            .descendants()
            .find(|e| e.has_tag_name("desc"))
            .and_then(|e| e.text())
            .unwrap_or_default();
        assert!(desc.starts_with(&format!("{n} actor")), "{desc}");
        assert!(desc.contains(&format!("{} tie", d.edges.len())), "{desc}");
    }
}

#[test]
fn one_way_ties_carry_an_arrowhead_and_mutual_ones_do_not() {
    let d = sample(10);
    let svg = network_svg(&d);
    let doc = parse(&svg);
    let arrows = doc
        .descendants()
        .filter(|e| e.has_tag_name("line") && e.attribute("marker-end").is_some())
        .count();
    // One tie in the network, one in the legend.
    assert_eq!(arrows, 2);
    assert_eq!(count(&doc, "marker"), 1);
    let mut mutual = d.clone();
    mutual.edges.iter_mut().for_each(|e| e.one_way = false);
    assert_eq!(count(&parse(&network_svg(&mutual)), "marker"), 0);
}

#[test]
fn the_layout_is_deterministic_and_keeps_nodes_apart_inside_the_view_box() {
    for n in [2, 3, 12, 45, 70] {
        let d = sample(n);
        let svg = network_svg(&d);
        assert_eq!(svg, network_svg(&d.clone()), "same input, same picture");
        let doc = parse(&svg);
        let view: Vec<f64> = doc
            .root_element()
            .attribute("viewBox")
            .unwrap_or_default()
            .split(' ')
            .filter_map(|v| v.parse().ok())
            .collect();
        let points = circles(&doc);
        let radii: Vec<f64> = doc
            .descendants()
            .filter(|e| e.has_tag_name("circle") && e.children().any(|c| c.has_tag_name("title")))
            .filter_map(|e| e.attribute("r")?.parse().ok())
            .collect();
        for (&(x, y), r) in points.iter().zip(&radii) {
            assert!(
                x - r >= view[0] && x + r <= view[0] + view[2],
                "x = {x} outside, n = {n}"
            );
            assert!(
                y - r >= view[1] && y + r <= view[1] + view[3],
                "y = {y} outside, n = {n}"
            );
        }
        for i in 0..points.len() {
            for j in i + 1..points.len() {
                let (dx, dy) = (points[i].0 - points[j].0, points[i].1 - points[j].1);
                assert!(
                    (dx * dx + dy * dy).sqrt() > 1.0,
                    "nodes {i} and {j} at one point, n = {n}"
                );
            }
        }
    }
}

#[test]
fn the_layout_pulls_tied_actors_closer_than_untied_ones() {
    // Two cliques of six joined by one tie: inside a clique nodes sit closer on average
    // than across, which a layout that ignored the ties would not give.
    let mut edges = Vec::new();
    for base in [0, 6] {
        for i in 0..6 {
            for j in i + 1..6 {
                edges.push((base + i, base + j, 1.0));
            }
        }
    }
    edges.push((0, 6, 1.0));
    let pos = layout(12, &edges);
    let dist = |a: usize, b: usize| {
        ((pos[a][0] - pos[b][0]).powi(2) + (pos[a][1] - pos[b][1]).powi(2)).sqrt()
    };
    let (mut inside, mut across) = (Vec::new(), Vec::new());
    for a in 0..12 {
        for b in a + 1..12 {
            if (a < 6) == (b < 6) {
                inside.push(dist(a, b))
            } else {
                across.push(dist(a, b))
            }
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    assert!(
        mean(&inside) * 2.0 < mean(&across),
        "inside {} across {}",
        mean(&inside),
        mean(&across)
    );
    assert!(
        pos.iter()
            .all(|p| (0.0..=1.0).contains(&p[0]) && (0.0..=1.0).contains(&p[1]))
    );
}

#[test]
fn names_from_data_are_escaped() {
    let mut d = NetworkDrawing::new("x\"><script>", "Ties <&\"> of 'A'");
    d.nodes.push(NetworkNode::new(
        "a",
        "Police <&\"> unit",
        "P<&\">",
        Sector::Police,
    ));
    d.nodes.push(NetworkNode::new(
        "b",
        "Union & Co",
        "U&C",
        Sector::TradeUnion,
    ));
    d.add_tie("a", "b", true);
    d.size_by_degree();
    let svg = network_svg(&d);
    let doc = parse(&svg);
    assert_eq!(count(&doc, "script"), 0);
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(
        texts.iter().any(|t| t.contains("Police <&\"> unit")),
        "the name survives the round trip"
    );
    assert!(
        texts.contains(&"P<&\">"),
        "the label survives the round trip"
    );
    assert!(!svg.contains("<&"));

    let chart = BarChart {
        id: "c".into(),
        title: "<&\">".into(),
        axis_label: "n".into(),
        series: vec![Series::new("a<b")],
        groups: vec![BarGroup {
            label: "Police <&\">".into(),
            values: vec![Some(2.0)],
        }],
        stacked: false,
        missing: super::chart::NOT_GIVEN,
    };
    let svg = bar_chart_svg(&chart);
    let doc = parse(&svg);
    assert!(
        doc.descendants()
            .filter_map(|n| n.text())
            .any(|t| t == "Police <&\">")
    );
}

#[test]
fn bar_charts_are_accessible_xml_with_one_bar_per_known_value() {
    let atlas = Atlas::embedded().expect("the shipped atlas loads");
    let charts = [
        BarChart::participation(&atlas),
        BarChart::mechanisms(&atlas),
        BarChart::limitations_across(&atlas, LimitationMeasure::Statements),
        BarChart::limitations(
            atlas.country("DK").expect("Denmark"),
            LimitationMeasure::Statements,
        ),
        BarChart::limitations(
            atlas.country("NO").expect("Norway"),
            LimitationMeasure::Respondents,
        ),
    ];
    for chart in &charts {
        let svg = bar_chart_svg(chart);
        let doc = parse(&svg);
        assert_accessible(&doc);
        let positive = chart
            .groups
            .iter()
            .flat_map(|g| &g.values)
            .filter(|v| v.is_some_and(|v| v > 0.0))
            .count();
        let bars = doc
            .descendants()
            .filter(|e| e.has_tag_name("rect") && e.children().any(|c| c.has_tag_name("title")))
            .count();
        assert_eq!(bars, positive, "{}", chart.title);
        let desc = doc
            .descendants()
            .find(|e| e.has_tag_name("desc"))
            .and_then(|e| e.text())
            .unwrap_or_default();
        for g in &chart.groups {
            assert!(desc.contains(&g.label), "{} names {}", chart.title, g.label);
        }
    }
}

#[test]
fn the_charts_count_what_the_atlas_records() {
    let atlas = Atlas::embedded().expect("the shipped atlas loads");
    let mechanisms = BarChart::mechanisms(&atlas);
    for (country, group) in atlas.countries.iter().zip(&mechanisms.groups) {
        let total: f64 = group.values.iter().flatten().sum();
        assert_eq!(
            total as usize,
            country.mechanisms.len(),
            "{}",
            country.country.name
        );
    }
    let dk = atlas.country("DK").expect("Denmark");
    let chart = BarChart::participation(&atlas);
    let row = chart
        .groups
        .iter()
        .find(|g| g.label == dk.country.name)
        .expect("a Denmark row");
    let stated = dk
        .participation
        .iter()
        .find(|p| p.invited.is_some())
        .expect("DK states invitations");
    assert_eq!(
        row.values,
        vec![
            stated.invited.map(|v| v as f64),
            stated.completed.map(|v| v as f64)
        ]
    );
    // Where no chapter states how many were asked, the chart says so rather than
    // counting the respondents who answered as the ones invited.
    let unstated: Vec<_> = atlas
        .countries
        .iter()
        .filter(|c| c.participation.iter().all(|p| p.invited.is_none()))
        .collect();
    assert!(
        !unstated.is_empty(),
        "the shipped atlas has countries without a number invited"
    );
    for c in unstated {
        let row = chart
            .groups
            .iter()
            .find(|g| g.label == c.country.name)
            .expect("a row per country");
        assert_eq!(row.values[0], None, "{}", c.country.name);
        assert!(
            row.values[1].is_some(),
            "{} says how many completed",
            c.country.name
        );
    }
    let limitations = BarChart::limitations(dk, LimitationMeasure::Statements);
    let total: f64 = limitations.groups.iter().filter_map(|g| g.values[0]).sum();
    assert_eq!(total as usize, dk.limitations.len());
}

/// A network of `n` actors grown by preferential attachment (a fixed linear congruential
/// sequence, so always the same), as national networks are: a few hubs, many actors with
/// one or two ties; the last four are left as two lone actors and one pair, apart.
fn grown(n: usize) -> NetworkDrawing {
    let sectors = [
        Sector::Police,
        Sector::Ministry,
        Sector::Ngo,
        Sector::TradeUnion,
        Sector::LabourInspection,
        Sector::Immigration,
        Sector::Municipality,
        Sector::Other,
        Sector::InternationalOrg,
    ];
    let mut d = NetworkDrawing::new("network-grown", format!("A grown network of {n} actors"));
    for i in 0..n {
        d.nodes.push(NetworkNode::new(
            format!("g{i}"),
            format!("Organisation number {i}"),
            format!("Org {i}"),
            sectors[(i * 7 + i / 3) % sectors.len()],
        ));
    }
    let mut seed: u64 = 12345;
    let mut next = |m: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % m.max(1)
    };
    let mut ends: Vec<usize> = vec![0, 1];
    d.add_tie("g0", "g1", false);
    for i in 2..n - 4 {
        for _ in 0..1 + usize::from(i % 3 == 0) {
            let j = ends[next(ends.len())];
            d.add_tie(&format!("g{i}"), &format!("g{j}"), i % 11 == 0);
            ends.extend([i, j]);
        }
    }
    d.add_tie(&format!("g{}", n - 2), &format!("g{}", n - 1), false);
    d.size_by_degree();
    d
}

#[test]
fn a_grown_network_of_seventy_with_lone_actors_stays_inside_and_apart() {
    let d = grown(70);
    let svg = network_svg(&d);
    assert_eq!(svg, network_svg(&grown(70)));
    let doc = parse(&svg);
    assert_accessible(&doc);
    let points = circles(&doc);
    assert_eq!(points.len(), 70);
    for i in 0..points.len() {
        assert!((0.0..=900.0).contains(&points[i].0) && (0.0..=640.0).contains(&points[i].1));
        for j in i + 1..points.len() {
            let (dx, dy) = (points[i].0 - points[j].0, points[i].1 - points[j].1);
            assert!(
                (dx * dx + dy * dy).sqrt() > 10.0,
                "nodes {i} and {j} overlap"
            );
        }
    }
    write_example("network-grown-70.svg", &svg);
}

/// A country's cooperation network from the shipped atlas: actors with ties, size = degree.
fn country_network(atlas: &Atlas, code: &str) -> NetworkDrawing {
    let dk = atlas.country(code).expect("a country of the atlas");
    let mut d = NetworkDrawing::new(
        format!("network-{}", code.to_lowercase()),
        format!("Cooperation in {}", dk.country.name),
    );
    for tie in &dk.cooperation {
        d.add_tie(
            tie.from.as_str(),
            tie.to.as_str(),
            tie.direction == TieDirection::OneWay,
        );
    }
    for actor in &dk.actors {
        if d.edges
            .iter()
            .any(|e| e.a == actor.id.as_str() || e.b == actor.id.as_str())
        {
            let label = actor.acronym.clone().unwrap_or_else(|| actor.name.clone());
            d.nodes.push(NetworkNode::new(
                actor.id.as_str(),
                &actor.name,
                label,
                actor.sector,
            ));
        }
    }
    d.size_by_degree();
    d
}

#[test]
fn a_computed_network_fills_the_drawing_with_its_pairs_and_centralities() {
    let atlas = Atlas::embedded().expect("the shipped atlas loads");
    let dk = atlas.country("DK").expect("Denmark");
    let net = crate::insight::network::country_network(dk);
    let d =
        NetworkDrawing::from_network("network-dk", "Denmark", &net, &atlas, NodeSize::Betweenness);
    assert_eq!(d.nodes.len(), net.nodes.len());
    assert_eq!(d.edges.len(), net.edges.len());
    // The same pairs, weights and one-way ties as the drawing built from the atlas by hand.
    let by_hand = country_network(&atlas, "DK");
    assert_eq!(d.nodes.len(), by_hand.nodes.len());
    let key = |e: &NetworkEdge| (e.a.clone(), e.b.clone(), e.weight as i64, e.one_way);
    let mut from_net: Vec<_> = d.edges.iter().map(key).collect();
    let mut hand: Vec<_> = by_hand.edges.iter().map(key).collect();
    // Mutual pairs have no direction: compare them with their ends sorted.
    for v in [&mut from_net, &mut hand] {
        for e in v.iter_mut() {
            if !e.3 && e.0 > e.1 {
                std::mem::swap(&mut e.0, &mut e.1);
            }
        }
        v.sort();
    }
    assert_eq!(from_net, hand);
    let top = net
        .nodes
        .iter()
        .max_by(|a, b| a.betweenness.total_cmp(&b.betweenness))
        .expect("nodes");
    let desc_svg = network_svg(&d);
    let doc = parse(&desc_svg);
    let desc = doc
        .descendants()
        .find(|e| e.has_tag_name("desc"))
        .and_then(|e| e.text())
        .unwrap_or_default();
    assert!(desc.contains("by betweenness"), "{desc}");
    assert!(desc.contains(&top.name), "{desc}");
    write_example("network-dk-betweenness.svg", &desc_svg);
}

/// Where the examples go for a look: `$CARGO_TARGET_DIR/insight-svg/`.
fn write_example(name: &str, svg: &str) {
    let target = std::env::var("CARGO_TARGET_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../target").to_string());
    let dir = std::path::Path::new(&target).join("insight-svg");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join(name), svg);
    }
}

#[test]
fn denmark_s_network_is_drawn_from_the_atlas() {
    let atlas = Atlas::embedded().expect("the shipped atlas loads");
    let d = country_network(&atlas, "DK");
    let svg = network_svg(&d);
    let doc = parse(&svg);
    assert_accessible(&doc);
    assert!(
        d.nodes.len() >= 10,
        "Denmark has {} tied actors",
        d.nodes.len()
    );
    assert_eq!(circles(&doc).len(), d.nodes.len());
    // The most central actor by degree is named in the text alternative.
    let top = d
        .nodes
        .iter()
        .max_by(|a, b| a.size.total_cmp(&b.size))
        .expect("nodes");
    let desc = doc
        .descendants()
        .find(|e| e.has_tag_name("desc"))
        .and_then(|e| e.text())
        .unwrap_or_default();
    assert!(desc.contains(&top.name), "{desc}");
    for country in &atlas.countries {
        let code = country.country.code.as_str();
        let svg = network_svg(&country_network(&atlas, code));
        write_example(&format!("network-{}.svg", code.to_lowercase()), &svg);
    }
    write_example(
        "participation.svg",
        &bar_chart_svg(&BarChart::participation(&atlas)),
    );
    write_example(
        "mechanisms.svg",
        &bar_chart_svg(&BarChart::mechanisms(&atlas)),
    );
    write_example(
        "limitations-all.svg",
        &bar_chart_svg(&BarChart::limitations_across(
            &atlas,
            LimitationMeasure::Statements,
        )),
    );
    let mut grouped = BarChart::limitations_across(&atlas, LimitationMeasure::Respondents);
    grouped.stacked = false;
    write_example("limitations-all-grouped.svg", &bar_chart_svg(&grouped));
    write_example(
        "limitations-no.svg",
        &bar_chart_svg(&BarChart::limitations(
            atlas.country("NO").expect("Norway"),
            LimitationMeasure::Respondents,
        )),
    );
}

#[test]
fn escaping_covers_markup_and_drops_control_characters() {
    assert_eq!(
        escape(r#"<a & "b" 'c'>"#),
        "&lt;a &amp; &quot;b&quot; &#39;c&#39;&gt;"
    );
    assert_eq!(escape("a\u{1}b"), "ab");
}

#[test]
fn id_prefixes_are_safe_names() {
    assert_eq!(id_prefix("network-dk"), "network-dk");
    assert_eq!(id_prefix("1 x\"y"), "svg-1-x-y");
}

#[test]
fn numbers_are_short() {
    assert_eq!(num(12.0), "12");
    assert_eq!(num(12.345), "12.35");
    assert_eq!(num(-0.001), "0");
}

#[test]
fn every_sector_has_its_own_colour() {
    let colours: std::collections::HashSet<_> = Sector::all().map(sector_colour).collect();
    assert_eq!(colours.len(), Sector::all().count());
}

#[test]
fn a_survey_wave_s_limitation_counts_are_a_series_beside_the_report_s_never_added_to_them() {
    use crate::atlas::vocabulary::LimitationCategory;
    let atlas = Atlas::embedded().expect("atlas");
    let mut dk = atlas.country("DK").expect("DK").clone();
    let before = BarChart::limitations_of(&dk);
    let corruption = |c: &BarChart| {
        c.groups
            .iter()
            .find(|g| g.label == "Corruption")
            .expect("corruption")
            .values
            .clone()
    };
    let report = corruption(&before)[0];
    dk.limitations.push(crate::atlas::Limitation {
        category: LimitationCategory::Corruption,
        respondents: Some(2),
        note: None,
        source: crate::atlas::Source::of_record(
            "OpenNRM survey, 2027 update".into(),
            "2 of 3 respondents named corruption.".into(),
            "survey:DK-1/limitations/corruption".into(),
        ),
        also: Vec::new(),
        read: Vec::new(),
    });
    let after = BarChart::limitations_of(&dk);
    assert_eq!(after.series.len(), 2);
    assert_eq!(
        after.series[1].name,
        "respondents in the survey (2027 update)"
    );
    assert_eq!(
        corruption(&after),
        vec![report, Some(2.0)],
        "the report's count stays as it was"
    );
    assert!(after.groups.iter().all(|g| g.values.len() == 2));
    parse(&bar_chart_svg(&after));
    // Comparisons across countries stay on the report's figures.
    let across = BarChart::limitations_across(
        &Atlas {
            countries: vec![dk.clone()],
            ..atlas.clone()
        },
        LimitationMeasure::Statements,
    );
    let row = &across.groups[0].values;
    let at = LimitationCategory::all()
        .position(|c| c == LimitationCategory::Corruption)
        .expect("position");
    assert_eq!(row[at], report);
}
