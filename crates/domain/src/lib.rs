//! OpenNRM's domain: the report's world as types and rules. No HTTP, no SQL, no IO —
//! the store, the web and the CLI all call into this crate, so rules live in one place.

pub mod atlas;
pub mod insight;
pub mod platform;
pub mod referral;
pub mod report;
pub mod screening;
pub mod statistics;
pub mod survey;

/// The 1-based line of byte `offset` in `text`: how every data-file error is located.
pub(crate) fn line_at(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}
