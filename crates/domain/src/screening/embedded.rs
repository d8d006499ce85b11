//! The instruments and rule sets shipped in the binary (data/screening/), parsed once per
//! process. A broken shipped file is a build defect, caught by the data tests; here it
//! surfaces as `DataErrors` naming the file and line, never as a panic.

use std::sync::OnceLock;

use include_dir::{Dir, include_dir};

use super::error::{DataError, DataErrors};
use super::ids::Version;
use super::instrument::Instrument;
use super::rules::RuleSet;

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../data/screening");

/// Shown in error messages, so a reviewer finds the file in the repository.
const DATA_PREFIX: &str = "data/screening/";

/// The shipped data files under `instruments/` or `rules/`, as (repository path, text),
/// sorted by path — for `opennrm validate` and for the loaders below.
pub fn embedded_files(folder: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = EMBEDDED
        .get_dir(folder)
        .map(|dir| {
            dir.files()
                .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
                .map(|f| {
                    (
                        format!("{DATA_PREFIX}{}", f.path().display()),
                        f.contents_utf8().unwrap_or_default().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

pub(crate) fn instruments() -> Result<&'static Vec<Instrument>, DataErrors> {
    static CACHE: OnceLock<Result<Vec<Instrument>, DataErrors>> = OnceLock::new();
    CACHE
        .get_or_init(|| {
            load(embedded_files("instruments"), Instrument::from_toml, |i| {
                (i.id.to_string(), i.version)
            })
        })
        .as_ref()
        .map_err(Clone::clone)
}

pub(crate) fn rule_sets() -> Result<&'static Vec<RuleSet>, DataErrors> {
    static CACHE: OnceLock<Result<Vec<RuleSet>, DataErrors>> = OnceLock::new();
    CACHE
        .get_or_init(|| {
            let rule_sets = load(embedded_files("rules"), RuleSet::from_toml, |r| {
                (r.id.to_string(), r.version)
            })?;
            check_pairs(&rule_sets)?;
            Ok(rule_sets)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// Parses every file, keeping all errors, and rejects two files with the same id and
/// version: which one a stored screening used would be ambiguous.
fn load<T>(
    files: Vec<(String, String)>,
    parse: fn(&str, &str) -> Result<T, DataErrors>,
    key: fn(&T) -> (String, super::ids::Version),
) -> Result<Vec<T>, DataErrors> {
    let mut errors = Vec::new();
    let mut items: Vec<(String, T)> = Vec::new();
    for (name, text) in &files {
        match parse(name, text) {
            Ok(item) => {
                let k = key(&item);
                if let Some((other, _)) = items.iter().find(|(_, i)| key(i) == k) {
                    errors.push(DataError {
                        file: name.clone(),
                        line: 1,
                        item: Some(format!("{} {}", k.0, k.1)),
                        reason: format!("the same id and version is also defined in {other}"),
                    });
                }
                items.push((name.clone(), item));
            }
            Err(mut e) => errors.append(&mut e.0),
        }
    }
    if !errors.is_empty() {
        return Err(DataErrors(errors));
    }
    let mut items: Vec<T> = items.into_iter().map(|(_, i)| i).collect();
    items.sort_by_key(key);
    Ok(items)
}

/// Every shipped rule set must fit a shipped instrument.
fn check_pairs(rule_sets: &[RuleSet]) -> Result<(), DataErrors> {
    let instruments = instruments()?;
    let mut errors = Vec::new();
    for r in rule_sets {
        let fits = instruments
            .iter()
            .filter(|i| i.id == r.instrument)
            .max_by_key(|i| i.version)
            .map(|i| r.check_against(i));
        let reason = match fits {
            None => Some(format!("instrument {} is not shipped", r.instrument)),
            Some(Err(e)) => Some(e.to_string()),
            Some(Ok(())) => None,
        };
        if let Some(reason) = reason {
            errors.push(DataError {
                file: format!("{DATA_PREFIX}rules"),
                line: 1,
                item: Some(format!("{} {}", r.id, r.version)),
                reason,
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(DataErrors(errors))
    }
}

/// Shipped data that is looked up by id and version (instruments, rule sets).
pub(crate) trait Versioned {
    fn id_str(&self) -> &str;
    fn version(&self) -> Version;
}

impl Versioned for Instrument {
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn version(&self) -> Version {
        self.version
    }
}

impl Versioned for RuleSet {
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn version(&self) -> Version {
        self.version
    }
}

/// The entry with this id in its highest version.
pub(crate) fn highest<T: Versioned + Clone>(all: &[T], id: &str) -> Option<T> {
    all.iter()
        .filter(|x| x.id_str() == id)
        .max_by_key(|x| x.version())
        .cloned()
}

/// The entry with this id in exactly this version.
pub(crate) fn exact<T: Versioned + Clone>(all: &[T], id: &str, version: Version) -> Option<T> {
    all.iter()
        .find(|x| x.id_str() == id && x.version() == version)
        .cloned()
}
