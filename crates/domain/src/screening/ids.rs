//! Identifiers and versions of screening data, validated once at the boundary and then
//! passed around as types, so a misspelt id cannot travel far.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Why a string is not a valid identifier or version.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{value}\" is not a valid {what}: {reason}")]
pub struct IdError {
    pub what: &'static str,
    pub value: String,
    pub reason: &'static str,
}

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident, $what:literal, $check:path, $pattern:literal, $example:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// Checks the text and wraps it.
            pub fn new(value: impl Into<String>) -> Result<Self, IdError> {
                let value = value.into();
                match $check(&value) {
                    Ok(()) => Ok(Self(value)),
                    Err(reason) => Err(IdError { what: $what, value, reason }),
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(value: String) -> Result<Self, IdError> {
                Self::new(value)
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(value: &str) -> Result<Self, IdError> {
                Self::new(value)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        // Lets maps keyed by the id be searched with a plain `&str`.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        /// What the check accepts, for the OpenAPI document.
        impl utoipa::PartialSchema for $name {
            fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
                crate::atlas::model::text_schema(
                    concat!("A ", $what),
                    $pattern,
                    $example,
                    MAX_ID_LEN,
                )
            }
        }

        impl utoipa::ToSchema for $name {}
    };
}

id_type!(
    /// Id of a screening instrument, e.g. `ilo-ec-2009-thb-labour`.
    InstrumentId,
    "instrument id",
    check_slug,
    "^[a-z][a-z0-9_-]*$",
    "ilo-ec-2009-thb-labour"
);
id_type!(
    /// Id of a rule set, e.g. `ilo-ec-2009-delphi`.
    RuleSetId,
    "rule set id",
    check_slug,
    "^[a-z][a-z0-9_-]*$",
    "ilo-ec-2009-delphi"
);
id_type!(
    /// Id of a dimension of an instrument, e.g. `coercion_at_destination`.
    DimensionId,
    "dimension id",
    check_name,
    "^[a-z][a-z0-9_]*$",
    "coercion_at_destination"
);
id_type!(
    /// Stable id of an indicator, e.g. `coercion_at_destination.debt_bondage`. Stored
    /// screenings refer to it, so a data file never renames one.
    IndicatorId,
    "indicator id",
    check_dotted,
    "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$",
    "coercion_at_destination.debt_bondage"
);

const MAX_ID_LEN: usize = 128;

/// Lower-case letters, digits, `-` and `_`, starting with a letter.
fn check_slug(value: &str) -> Result<(), &'static str> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_';
    check_chars(value, allowed, "only a-z, 0-9, - and _ are allowed")
}

/// Lower-case letters, digits and `_`, starting with a letter.
fn check_name(value: &str) -> Result<(), &'static str> {
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_';
    check_chars(value, allowed, "only a-z, 0-9 and _ are allowed")
}

/// One or more names joined by `.`.
fn check_dotted(value: &str) -> Result<(), &'static str> {
    if value.len() > MAX_ID_LEN {
        return Err("longer than 128 characters");
    }
    value.split('.').try_for_each(check_name)
}

fn check_chars(
    value: &str,
    allowed: impl Fn(char) -> bool,
    rule: &'static str,
) -> Result<(), &'static str> {
    if value.is_empty() {
        return Err("it is empty");
    }
    if value.len() > MAX_ID_LEN {
        return Err("longer than 128 characters");
    }
    if !value.starts_with(|c: char| c.is_ascii_lowercase()) {
        return Err("it must start with a lower-case letter");
    }
    if !value.chars().all(allowed) {
        return Err(rule);
    }
    Ok(())
}

/// `MAJOR.MINOR.PATCH` of an instrument or rule set. Ordered numerically, so the
/// highest version of an id is the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Version {
    pub major: u32,
    pub minor: u32,
    pub patch: u32,
}

impl Version {
    pub fn new(major: u32, minor: u32, patch: u32) -> Version {
        Version {
            major,
            minor,
            patch,
        }
    }
}

impl FromStr for Version {
    type Err = IdError;
    fn from_str(value: &str) -> Result<Version, IdError> {
        let error = |reason| IdError {
            what: "version",
            value: value.to_string(),
            reason,
        };
        let parts: Vec<&str> = value.split('.').collect();
        if parts.len() != 3 {
            return Err(error("write it as MAJOR.MINOR.PATCH, e.g. 1.0.0"));
        }
        let mut numbers = [0u32; 3];
        for (slot, part) in numbers.iter_mut().zip(&parts) {
            if part.is_empty() || !part.chars().all(|c| c.is_ascii_digit()) {
                return Err(error("each part must be a number"));
            }
            *slot = part.parse().map_err(|_| error("a part is too large"))?;
        }
        Ok(Version::new(numbers[0], numbers[1], numbers[2]))
    }
}

impl TryFrom<String> for Version {
    type Error = IdError;
    fn try_from(value: String) -> Result<Version, IdError> {
        value.parse()
    }
}

impl From<Version> for String {
    fn from(v: Version) -> String {
        v.to_string()
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// Serialised as text (`1.0.0`), so described as text.
impl utoipa::PartialSchema for Version {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        crate::atlas::model::text_schema(
            "MAJOR.MINOR.PATCH",
            "^[0-9]+\\.[0-9]+\\.[0-9]+$",
            "1.0.0",
            32,
        )
    }
}

impl utoipa::ToSchema for Version {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_accept_the_documented_shapes_and_reject_others() {
        assert!(InstrumentId::new("ilo-ec-2009-thb-labour").is_ok());
        assert!(DimensionId::new("coercion_at_destination").is_ok());
        assert!(IndicatorId::new("coercion_at_destination.debt_bondage").is_ok());
        assert!(IndicatorId::new("Debt bondage").is_err());
        assert!(IndicatorId::new("a..b").is_err());
        assert!(DimensionId::new("").is_err());
        assert!(InstrumentId::new("9lives").is_err());
    }

    #[test]
    fn versions_order_numerically() {
        let v = |s: &str| s.parse::<Version>().ok();
        assert!(v("1.10.0") > v("1.9.3"));
        assert_eq!(v("2.0.1").map(|v| v.to_string()), Some("2.0.1".to_string()));
        assert!(v("1.0").is_none());
        assert!(v("1.x.0").is_none());
    }
}
