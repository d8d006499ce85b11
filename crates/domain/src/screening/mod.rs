//! Capability 3 — screening: is this trafficking? A frontline officer answers the
//! questions of an instrument (the ILO/EC operational indicators, or the ILO indicators of
//! forced labour); the engine applies a versioned rule set and places the situation on the
//! exploitation continuum, explaining which answers made which dimension positive and what
//! is still missing. See docs/SCREENING.md.
//!
//! Instruments and rules are data (data/screening/), embedded at build time; every result
//! records the id and version of both. A result is guidance for referral, never a legal
//! determination.
//!
//! ```
//! use opennrm_domain::screening::{screen, Answer, Answers, Instrument, Population, RuleSet};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let instrument = Instrument::embedded("ilo-ec-2009-thb-labour")?;
//! let rules = RuleSet::embedded("ilo-ec-2009-delphi")?;
//! let answers = Answers::parse_for(&instrument, [
//!     ("exploitative_conditions.excessive_hours", "yes"),
//!     ("exploitative_conditions.low_or_no_salary", "yes"),
//! ])?;
//! let result = screen(&instrument, &rules, &answers, Population::Adult)?;
//! assert_eq!(result.level.as_str(), "labour_exploitation");
//! # Ok(()) }
//! ```

mod answers;
mod embedded;
mod engine;
mod error;
pub(crate) mod file;
mod ids;
mod instrument;
mod level;
mod request;
mod rules;
pub mod translation;
mod who_acts;

pub use answers::{Answer, Answers};
pub use embedded::embedded_files;
pub use engine::{
    Ask, DataRef, DimensionResult, DimensionStatus, Explanation, ExplanationCode, IndicatorRef,
    MissingStep, NOTICE, Need, ScreeningResult, screen,
};
pub use error::{DataError, DataErrors, ScreeningError};
pub use ids::{DimensionId, IdError, IndicatorId, InstrumentId, RuleSetId, Version};
pub use instrument::{
    CheckedSource, Dimension, Disagreement, Indicator, Instrument, Listing, Population, Source,
    Strength,
};
pub use level::Level;
pub use request::{
    Prepared, RequestError, ScreeningOutcome, ScreeningRequest, default_rule_set, parse_population,
};
pub use rules::{Alternative, LevelRule, Requirement, RuleSet, StrengthCounts};
pub use who_acts::{Responder, WhoActs, who_acts};

/// Id of the shipped ILO/EC operational indicators (labour exploitation, adults and children).
pub const ILO_EC_2009: &str = "ilo-ec-2009-thb-labour";
/// Id of the shipped ILO/EC combination rules with the OpenNRM continuum.
pub const ILO_EC_2009_RULES: &str = "ilo-ec-2009-delphi";
/// Id of the shipped ILO indicators of forced labour, and of its rule set.
pub const ILO_FORCED_LABOUR_2012: &str = "ilo-2012-forced-labour";
