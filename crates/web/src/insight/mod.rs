//! Insight (capability 2) over HTTP: the comparative matrix, the gap analysis and the
//! cooperation network, as pages, JSON and files, for any atlas revision (`?revision=N`).
//! Everything is computed by `opennrm_domain::insight` from the atlas view; these handlers
//! only choose the revision, render and cache.

pub mod api;
pub mod pages;
pub mod report;
