//! Shared parse-at-the-boundary helpers for screening data files: TOML text in, raw
//! structs out, and every later problem reported with the file and line it comes from.

use std::ops::Range;

use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::error::{DataError, DataErrors};
use crate::atlas::Source;
use crate::report::Report;

/// A source as data files write it: a section and a quote verbatim in the report.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSource {
    pub section: String,
    pub quote: String,
}

/// Collects the problems of one file, with line numbers computed from byte spans.
pub(crate) struct Checker<'a> {
    pub file: &'a str,
    text: &'a str,
    pub errors: Vec<DataError>,
}

impl<'a> Checker<'a> {
    pub fn new(file: &'a str, text: &'a str) -> Checker<'a> {
        Checker {
            file,
            text,
            errors: Vec::new(),
        }
    }

    pub fn line(&self, span: &Range<usize>) -> usize {
        crate::line_at(self.text, span.start)
    }

    pub fn error(&mut self, span: &Range<usize>, item: Option<&str>, reason: impl Into<String>) {
        let line = self.line(span);
        self.errors.push(DataError {
            file: self.file.to_string(),
            line,
            item: item.map(str::to_string),
            reason: reason.into(),
        });
    }

    /// Records an error when `value` is blank; true when it is not.
    pub fn require_text(
        &mut self,
        span: &Range<usize>,
        item: Option<&str>,
        field: &str,
        value: &str,
    ) -> bool {
        if value.trim().is_empty() {
            self.error(span, item, format!("`{field}` must not be empty"));
            false
        } else {
            true
        }
    }

    /// A checked source: it needs a section, and its quote must be verbatim in the
    /// report (the first occurrence within `prefer`, e.g. the country's chapter, wins).
    pub fn source(
        &mut self,
        span: &Range<usize>,
        item: &str,
        raw: &RawSource,
        prefer: Option<(u32, u32)>,
    ) -> Source {
        if raw.section.trim().is_empty() {
            self.error(span, Some(item), "the source needs a section");
        }
        let line = Report::embedded().locate(&raw.quote, prefer);
        if line.is_none() {
            self.error(span, Some(item), "the quote is not verbatim in the report");
        }
        Source::new(raw.section.clone(), raw.quote.clone(), line)
    }

    pub fn finish<T>(self, value: T) -> Result<T, DataErrors> {
        if self.errors.is_empty() {
            Ok(value)
        } else {
            Err(DataErrors(self.errors))
        }
    }
}

/// Deserialises a whole file; a syntax or shape error becomes one located `DataError`.
pub(crate) fn parse_toml<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, DataErrors> {
    toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| crate::line_at(text, s.start));
        DataErrors(vec![DataError {
            file: file.to_string(),
            line,
            item: None,
            reason: e.message().trim().to_string(),
        }])
    })
}
