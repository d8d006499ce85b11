//! Capability 2 — insight: what the atlas says when countries are compared, where the
//! gaps are, how the actors are tied together (DESIGN.md §2, issue 8). Everything here is
//! computed from an `Atlas` (any revision), so the 2013 baseline and today are compared
//! by computing twice; nothing is stored.
pub mod gaps;
pub mod matrix;
pub mod national;
pub mod network;
pub mod svg;
