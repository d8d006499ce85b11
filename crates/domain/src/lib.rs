//! OpenNRM's domain: the report's world as types and rules. No HTTP, no SQL, no IO —
//! the store, the web and the CLI all call into this crate, so rules live in one place.

pub mod atlas;
pub mod report;
pub mod screening;
