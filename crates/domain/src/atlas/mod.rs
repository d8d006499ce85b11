//! Capability 1 — the atlas: who does what in each country, as the report says it.
//!
//! `file` turns data files into validated types, `model` holds the types, `query`
//! answers the questions the pages and the API ask ("who determines victim status in
//! Denmark?").

pub mod attribution;
pub mod diff;
pub mod export;
pub mod file;
pub mod history;
pub mod model;
pub mod query;
pub mod search;
pub mod vocabulary;

use std::collections::HashSet;

use include_dir::{Dir, include_dir};
use sha2::{Digest, Sha256};

pub use file::{ValidationError, parse_country_file};
pub use model::*;

/// The atlas data files shipped in the binary (`data/atlas/*.toml`).
static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../data/atlas");

/// Label of the first revision of the atlas: the report as published.
pub const BASELINE_LABEL: &str = "2013 baseline (CBSS report)";

/// The data files of the embedded atlas, as (file name, text), sorted by name.
pub fn embedded_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = EMBEDDED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| {
            (
                f.path().display().to_string(),
                f.contents_utf8().unwrap_or_default().to_string(),
            )
        })
        .collect();
    files.sort();
    files
}

/// The whole atlas: every country of the study.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Atlas {
    /// Countries sorted by name, as the report's chapters are.
    pub countries: Vec<CountryAtlas>,
    /// What the report says beyond the chapters (`report.toml`; empty where an imported
    /// atlas has no such file).
    #[serde(default)]
    pub report: ReportWide,
    /// SHA-256 of the data files it was built from: loading the same files twice is a no-op.
    pub content_hash: String,
}

impl Atlas {
    /// Parses and checks a set of data files as one atlas. Every problem in every file is
    /// reported, so one run of `opennrm validate` shows them all.
    pub fn from_files(files: &[(String, String)]) -> Result<Atlas, Vec<ValidationError>> {
        let mut errors = Vec::new();
        let mut countries = Vec::new();
        let directory_error = |message: String| ValidationError {
            file: "(directory)".into(),
            line: 0,
            message,
        };
        if files.is_empty() {
            errors.push(directory_error("no .toml data files found".into()));
        }
        // Whole-atlas bounds (see `file`): checked before parsing anything.
        if files.len() > file::MAX_FILES {
            return Err(vec![directory_error(format!(
                "{} data files; at most {} are allowed",
                files.len(),
                file::MAX_FILES
            ))]);
        }
        let total: u64 = files.iter().map(|(_, text)| text.len() as u64).sum();
        if total > file::MAX_ATLAS_BYTES {
            return Err(vec![directory_error(format!(
                "the data files have {total} bytes together; at most {} are allowed",
                file::MAX_ATLAS_BYTES
            ))]);
        }
        let mut report: Option<ReportWide> = None;
        for (name, text) in files {
            match file::parse_data_file(name, text) {
                Ok(file::DataFile::Country(c)) => countries.push((name.clone(), *c)),
                Ok(file::DataFile::Report(r)) => {
                    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
                    if base != file::REPORT_FILE {
                        errors.push(ValidationError {
                            file: name.clone(),
                            line: 1,
                            message: format!(
                                "the report-wide file must be named {}",
                                file::REPORT_FILE
                            ),
                        });
                    } else if report.is_some() {
                        errors.push(ValidationError {
                            file: name.clone(),
                            line: 1,
                            message: "more than one report-wide file".into(),
                        });
                    }
                    report = Some(r);
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        let mut codes = HashSet::new();
        let mut ids = HashSet::new();
        for (name, c) in &countries {
            if !codes.insert(c.country.code.clone()) {
                errors.push(ValidationError {
                    file: name.clone(),
                    line: 1,
                    message: format!(
                        "country {} is defined in more than one file",
                        c.country.code
                    ),
                });
            }
            let all = c
                .actors
                .iter()
                .map(|a| &a.id)
                .chain(c.mechanisms.iter().map(|m| &m.id))
                .chain(c.documents.iter().map(|d| &d.id))
                .chain(c.respondents.iter().map(|r| &r.id))
                .chain(c.recommendations.iter().map(|r| &r.id));
            for id in all {
                if !ids.insert(id.clone()) {
                    errors.push(ValidationError {
                        file: name.clone(),
                        line: 1,
                        message: format!("id \"{id}\" is used in more than one file"),
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut countries: Vec<CountryAtlas> = countries.into_iter().map(|(_, c)| c).collect();
        countries.sort_by(|a, b| a.country.name.cmp(&b.country.name));
        Ok(Atlas {
            countries,
            report: report.unwrap_or_default(),
            content_hash: content_hash(files),
        })
    }

    /// The atlas compiled into the binary.
    pub fn embedded() -> Result<Atlas, Vec<ValidationError>> {
        Atlas::from_files(&embedded_files())
    }

    pub fn country(&self, code: &str) -> Option<&CountryAtlas> {
        self.countries
            .iter()
            .find(|c| c.country.code.as_str().eq_ignore_ascii_case(code))
    }

    /// The actor with this id and its country.
    pub fn actor(&self, id: &str) -> Option<(&CountryAtlas, &Actor)> {
        let c = self.country(id.get(..2)?)?;
        c.actors
            .iter()
            .find(|a| a.id.as_str() == id)
            .map(|a| (c, a))
    }
}

/// Hash over file names and contents, independent of the order they were read in.
pub fn content_hash(files: &[(String, String)]) -> String {
    let mut sorted: Vec<&(String, String)> = files.iter().collect();
    sorted.sort();
    let mut h = Sha256::new();
    for (name, text) in sorted {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        h.update(base.as_bytes());
        h.update([0]);
        h.update(text.as_bytes());
        h.update([0]);
    }
    format!("{:x}", h.finalize())
}
