//! The errors of screening: problems in data files (located by file, line and item) and
//! problems with a screening request (unknown indicator, rule set for another instrument…).

use std::fmt;

use serde::Serialize;

use super::Population;

/// One problem in a screening data file, located so a reviewer can jump to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DataError {
    pub file: String,
    pub line: usize,
    /// The indicator, dimension or rule the problem is about, when there is one.
    pub item: Option<String>,
    pub reason: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.item {
            Some(item) => write!(f, "{}:{}: {}: {}", self.file, self.line, item, self.reason),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.reason),
        }
    }
}

/// Every problem found in one or more data files: a reviewer fixes them all in one pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
pub struct DataErrors(pub Vec<DataError>);

impl fmt::Display for DataErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Why a screening could not be run.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScreeningError {
    #[error("no screening instrument \"{0}\" is shipped")]
    UnknownInstrument(String),
    #[error("no screening rule set \"{0}\" is shipped")]
    UnknownRuleSet(String),
    #[error("screening data is invalid:\n{0}")]
    Data(#[from] DataErrors),
    #[error("rule set {rule_set} cannot be used with instrument {instrument}: {reason}")]
    RuleSetMismatch {
        rule_set: String,
        instrument: String,
        reason: String,
    },
    #[error("instrument {instrument} has no indicator list for {population}")]
    PopulationNotCovered {
        instrument: String,
        population: Population,
    },
    #[error("instrument {instrument} has no indicator {}", .ids.join(", "))]
    UnknownIndicators {
        instrument: String,
        ids: Vec<String>,
    },
    #[error("indicator {indicator}: \"{value}\" is not an answer; use yes, no or unknown")]
    InvalidAnswer { indicator: String, value: String },
}
