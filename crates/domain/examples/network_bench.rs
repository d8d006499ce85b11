//! Times OpenNRM's betweenness (`insight::network::betweenness_of_edge_list`, the code the
//! cooperation network runs) on an edge-list file, for bench/network.sh:
//!
//!     network_bench EDGES OUT
//!
//! EDGES: first line the node count, then one `a b` pair per line (nodes from 0). Writes
//! each node's normalised betweenness to OUT, one per line (f64's Debug: the shortest round-trip
//! text), and prints `seconds threads cpu_seconds` on standard output: wall clock, threads,
//! and the CPU time the process spent computing, all threads together (`-` where
//! /proc/self/stat is not there to say). RAYON_NUM_THREADS sets the threads (default:
//! every core; `insight::network::worker_threads`).

use std::io::Write;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let [_, input, output] = args.as_slice() else {
        return Err("usage: network_bench EDGES OUT".into());
    };
    let text = std::fs::read_to_string(input)?;
    let mut lines = text.lines();
    let nodes: usize = lines.next().ok_or("empty edge list")?.trim().parse()?;
    let mut edges = Vec::new();
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let mut it = line.split_whitespace().map(str::parse::<usize>);
        match (it.next(), it.next()) {
            (Some(a), Some(b)) => edges.push((a?, b?)),
            _ => return Err(format!("not a pair: {line:?}").into()),
        }
    }
    let (start, cpu_start) = (Instant::now(), cpu_seconds());
    let betweenness = opennrm_domain::insight::network::betweenness_of_edge_list(nodes, &edges);
    let seconds = start.elapsed().as_secs_f64();
    let cpu = match (cpu_start, cpu_seconds()) {
        (Some(a), Some(b)) => format!("{:.2}", b - a),
        _ => "-".to_owned(),
    };
    let mut out = std::io::BufWriter::new(std::fs::File::create(output)?);
    for b in &betweenness {
        writeln!(out, "{b:?}")?;
    }
    out.flush()?;
    println!(
        "{seconds:.3} {} {cpu}",
        opennrm_domain::insight::network::worker_threads()
    );
    Ok(())
}

/// User and system time of this process so far, its ended threads included (Linux's
/// /proc/self/stat, in clock ticks of 1/100 s); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields 14 (utime) and 15 (stime), counted after the command name, which may hold
    // spaces but ends at the last ')': the third field is the first after it.
    let mut after_name = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .skip(11);
    let user: u64 = after_name.next()?.parse().ok()?;
    let system: u64 = after_name.next()?.parse().ok()?;
    Some((user + system) as f64 / TICKS_PER_SECOND)
}
