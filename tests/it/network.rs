//! The cooperation network exported by the real binary, read back by networkx: the file
//! carries every actor and tie, and OpenNRM's metrics are networkx's.

use std::path::PathBuf;
use std::process::Command;

use crate::support::run_cli;

/// The venv's python with networkx and igraph: `OPENNRM_TEST_PYTHON` (set by .ci/run),
/// else the one tests/python-venv.sh creates or finds.
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("OPENNRM_TEST_PYTHON").filter(|p| !p.is_empty()) {
        return p.into();
    }
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("bash")
        .arg(format!("{root}/tests/python-venv.sh"))
        .output()
        .expect("run tests/python-venv.sh");
    assert!(
        out.status.success(),
        "tests/python-venv.sh: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// Reads a GraphML file with networkx, recomputes the metrics, and prints what it found
/// and the largest gaps to the values in the file, as JSON.
const CHECK: &str = r#"
import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
x = nx.read_gexf(sys.argv[2])
bet = nx.betweenness_centrality(g)
clo = nx.closeness_centrality(g)
top = max(g.nodes, key=lambda n: (g.nodes[n]["betweenness"], n))
print(json.dumps({
    "directed": g.is_directed(),
    "nodes": g.number_of_nodes(),
    "edges": g.number_of_edges(),
    "weights": sum(w for _, _, w in g.edges(data="weight")),
    "gexf_nodes": x.number_of_nodes(),
    "gexf_edges": x.number_of_edges(),
    "top": top,
    "top_file": g.nodes[top]["betweenness"],
    "top_networkx": bet[top],
    "max_betweenness_gap": max(abs(bet[n] - g.nodes[n]["betweenness"]) for n in g),
    "max_closeness_gap": max(abs(clo[n] - g.nodes[n]["closeness"]) for n in g),
    "brokers": sorted(nx.articulation_points(g)),
    "brokers_file": sorted(n for n in g if g.nodes[n]["broker"]),
    "components": nx.number_connected_components(g),
}))
"#;

fn check(scope: &[&str], expected: &opennrm_domain::insight::network::Network) {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let graphml = tmp.path().join("network.graphml");
    let gexf = tmp.path().join("network.gexf");
    for (format, path) in [("graphml", &graphml), ("gexf", &gexf)] {
        let mut args = vec![
            "export",
            "--format",
            format,
            "-o",
            path.to_str().expect("utf8"),
        ];
        args.extend_from_slice(scope);
        let (code, _, err) = run_cli(Some(&url), &args);
        assert_eq!(code, 0, "{err}");
    }
    let out = Command::new(python())
        .args(["-c", CHECK])
        .arg(&graphml)
        .arg(&gexf)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON from python");

    assert_eq!(got["directed"], false);
    assert_eq!(got["nodes"], expected.nodes.len());
    assert_eq!(got["edges"], expected.edges.len());
    assert_eq!(got["gexf_nodes"], expected.nodes.len());
    assert_eq!(got["gexf_edges"], expected.edges.len());
    let ties: usize = expected.edges.iter().map(|e| e.weight).sum();
    assert_eq!(got["weights"], ties);
    let top = expected
        .nodes
        .iter()
        .max_by(|a, b| {
            a.betweenness
                .total_cmp(&b.betweenness)
                .then(a.id.cmp(&b.id))
        })
        .expect("a node");
    assert_eq!(got["top"], top.id.as_str());
    assert!(top.betweenness > 0.0);
    let networkx = got["top_networkx"].as_f64().expect("number");
    assert!(
        (networkx - top.betweenness).abs() < 1e-9,
        "{networkx} vs {}",
        top.betweenness
    );
    assert_eq!(
        got["top_file"].as_f64(),
        Some(top.betweenness),
        "written exactly"
    );
    for gap in ["max_betweenness_gap", "max_closeness_gap"] {
        assert!(got[gap].as_f64().expect("number") < 1e-9, "{gap}: {got}");
    }
    assert_eq!(got["brokers"], got["brokers_file"]);
    assert_eq!(
        got["brokers"].as_array().map(Vec::len),
        Some(expected.brokers.len())
    );
    assert_eq!(got["components"], expected.components.len());
}

#[test]
fn the_region_network_exported_as_graphml_reads_back_in_networkx_with_its_metrics() {
    let atlas = crate::support::embedded_atlas();
    check(
        &[],
        &opennrm_domain::insight::network::region_network(&atlas),
    );
}

#[test]
fn a_country_network_exported_as_graphml_reads_back_in_networkx_with_its_metrics() {
    let atlas = crate::support::embedded_atlas();
    let dk = atlas.country("DK").expect("DK");
    check(
        &["--country", "dk"],
        &opennrm_domain::insight::network::country_network(dk),
    );
}

#[test]
fn exporting_the_network_of_an_unknown_country_names_the_known_ones() {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let (code, out, err) = run_cli(
        Some(&url),
        &["export", "--format", "gexf", "--country", "XX"],
    );
    assert_ne!(code, 0);
    assert!(out.is_empty());
    assert!(err.contains("no country XX") && err.contains("DK"), "{err}");
    let (code, _, err) = run_cli(
        Some(&url),
        &["export", "--format", "json", "--country", "DK"],
    );
    assert_ne!(code, 0);
    assert!(err.contains("graphml or gexf"), "{err}");
}
