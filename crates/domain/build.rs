// The atlas and the report are embedded with include_dir!/include_str!; tell Cargo to
// rebuild when a data file changes, so the binary never serves stale data.
fn main() {
    println!("cargo:rerun-if-changed=../../data/atlas");
    println!("cargo:rerun-if-changed=../../data/report");
    println!("cargo:rerun-if-changed=../../data/screening");
}
