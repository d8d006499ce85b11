//! Parse-at-the-boundary for atlas data files (docs/DATA_FORMAT.md): TOML text in,
//! validated `CountryAtlas` out, or every problem found with `file:line: sentence`.
//! Reading files from disk is the caller's job; this module only sees names and text.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::str::FromStr;

use serde::Deserialize;
use toml::Spanned;

use super::model::*;
use super::vocabulary::*;
use crate::report::{Report, chapter_lines};

/// One problem in a data file, located so a reviewer can jump to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

pub const QUOTE_MIN_CHARS: usize = 8;
pub const QUOTE_MAX_CHARS: usize = 400;

// Bounds on what data files may hold. Every value of a file is stored in the database,
// held in each server's memory and copied into pages and exports, so without bounds one
// hostile or broken file (a 100 MiB note once cost the server 13 GB) is a denial of
// service. The shipped data sits far below each bound, so an honest edit never meets one.

/// Bytes of one data file. The largest shipped file (no.toml) has about 100 KB.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Bytes of all data files of an atlas together, so that many files at the per-file
/// bound cannot add up to hundreds of MiB. The shipped atlas has about 800 KB.
pub const MAX_ATLAS_BYTES: u64 = 16 * 1024 * 1024;
/// Data files of one atlas, one per country: the study has 11; 64 leaves room for every
/// country in Europe.
pub const MAX_FILES: usize = 64;
/// Entries of one file: every `[[table]]` and every item of an array (actors, mandates,
/// ties, aliases, members, the quotes of an ambiguity …). The fullest shipped file
/// (no.toml) has 344.
pub const MAX_ENTRIES: usize = 5_000;
/// Bytes of one text value: names, notes, titles, topics, sections, scopes, quotes. The
/// longest shipped value has 405 bytes (a note); quotes are further held to
/// `QUOTE_MAX_CHARS` by their own rule.
pub const MAX_TEXT_BYTES: usize = 8 * 1024;
/// Bytes of an identifier, a reference to one, a vocabulary value or the country code.
/// These are repeated in messages, so they get a tight bound: a valid id has at most 80
/// bytes, the longest vocabulary value 27.
pub const MAX_NAME_BYTES: usize = 128;
/// Bytes of a key (field name), which an "unknown field" message repeats. The longest
/// known key, `labour_mandate`, has 14.
pub const MAX_KEY_BYTES: usize = 64;

/// Keys whose values are identifiers, references or vocabulary values (`MAX_NAME_BYTES`);
/// every other string is text (`MAX_TEXT_BYTES`). A key missing here only gets the looser
/// bound, never none.
const NAME_KEYS: &[&str] = &[
    "code",
    "id",
    "parent",
    "from",
    "to",
    "holder",
    "members",
    "sector",
    "level",
    "study_status",
    "capability",
    "kind",
    "focus",
    "category",
    "part",
    "status",
    "form",
    "direction",
    "reported_by",
    "addresses",
    "capabilities",
    "actors",
    "mechanisms",
    "concerns",
    "read",
    "countries",
];

/// Checks every key and value of a parsed file against the bounds above, before any
/// value is copied into the model or repeated in a message.
struct LimitCheck {
    entries: usize,
    /// (byte offset, message)
    over: Vec<(usize, String)>,
}

impl LimitCheck {
    fn table(&mut self, table: &toml::de::DeTable<'_>, path: &str) {
        for (key, value) in table.iter() {
            let k = key.get_ref();
            if k.len() > MAX_KEY_BYTES {
                // Not named: the name is what is too long.
                self.over.push((
                    key.span().start,
                    format!(
                        "a key is {} bytes long; at most {MAX_KEY_BYTES} are allowed",
                        k.len()
                    ),
                ));
                continue;
            }
            let path = if path.is_empty() {
                k.to_string()
            } else {
                format!("{path}.{k}")
            };
            self.value(value, &path, k);
        }
    }

    fn value(&mut self, value: &Spanned<toml::de::DeValue<'_>>, path: &str, key: &str) {
        use toml::de::DeValue;
        match value.get_ref() {
            DeValue::String(s) => {
                let max = if NAME_KEYS.contains(&key) {
                    MAX_NAME_BYTES
                } else {
                    MAX_TEXT_BYTES
                };
                if s.len() > max {
                    self.over.push((
                        value.span().start,
                        format!(
                            "{path} is {} bytes long; at most {max} are allowed",
                            s.len()
                        ),
                    ));
                }
            }
            DeValue::Array(items) => {
                for item in items.iter() {
                    self.entries += 1;
                    if self.entries == MAX_ENTRIES + 1 {
                        self.over.push((
                            item.span().start,
                            format!(
                                "the file has more than {MAX_ENTRIES} entries ([[tables]] and array items); at most {MAX_ENTRIES} are allowed"
                            ),
                        ));
                    }
                    self.value(item, path, key);
                }
            }
            DeValue::Table(t) => self.table(t, path),
            DeValue::Integer(_)
            | DeValue::Float(_)
            | DeValue::Boolean(_)
            | DeValue::Datetime(_) => {}
        }
    }
}

/// Every bound the parsed file `doc` exceeds, in file order.
fn check_limits(name: &str, text: &str, doc: &toml::de::DeTable<'_>) -> Vec<ValidationError> {
    let mut check = LimitCheck {
        entries: 0,
        over: Vec::new(),
    };
    check.table(doc, "");
    check.over.sort_by_key(|(at, _)| *at);
    check
        .over
        .into_iter()
        .map(|(at, message)| ValidationError {
            file: name.to_string(),
            line: crate::line_at(text, at),
            message,
        })
        .collect()
}

/// The data format version this build reads (`format = 2` at the top of every file).
/// Format 1 (files without the line) had `exists = true | false` on mechanisms and no
/// way to state a denied mandate.
pub const DATA_FORMAT: i64 = 2;

/// What changed from format 1 to 2, repeated where an old file is refused.
const FORMAT_CHANGES: &str = "format 2 replaced a mechanism's `exists = true | false` by \
`status = \"formal\" | \"functional_equivalent\" | \"absent\" | \"expired\"` (read the quote: \
a post or body so named is formal; \"comes closest to\", \"has been given a coordinating role\" \
is a functional equivalent; a plan whose period has ended is expired) and added \
`denied = true` for a mandate the report says an actor does not have";

/// Refuses a file of another format version before its fields are read, with one error
/// for the version and one per format-1 `exists` key, each at its line.
fn check_format(name: &str, text: &str, doc: &toml::de::DeTable<'_>) -> Vec<ValidationError> {
    use toml::de::DeValue;
    let err = |at: usize, message: String| ValidationError {
        file: name.to_string(),
        line: crate::line_at(text, at),
        message,
    };
    let mut errors = Vec::new();
    fn field<'t, 'i>(
        t: &'t toml::de::DeTable<'i>,
        key: &str,
    ) -> Option<(usize, &'t Spanned<DeValue<'i>>)> {
        t.iter()
            .find(|(k, _)| k.get_ref() == key)
            .map(|(k, v)| (k.span().start, v))
    }
    match field(doc, "format").map(|(_, v)| v) {
        None => errors.push(err(
            0,
            format!(
                "the file has no `format = {DATA_FORMAT}` line, so it is read as format 1, \
                 which this version no longer reads: {FORMAT_CHANGES}; add `format = {DATA_FORMAT}` \
                 at the top once the file is converted"
            ),
        )),
        Some(v) => match v.get_ref() {
            DeValue::Integer(i) if i.to_string() == DATA_FORMAT.to_string() => {}
            DeValue::Integer(i) if i.to_string() == "1" => errors.push(err(
                v.span().start,
                format!(
                    "format 1 is no longer read: {FORMAT_CHANGES}; convert the file and write \
                     `format = {DATA_FORMAT}`"
                ),
            )),
            _ => errors.push(err(
                v.span().start,
                format!("format must be {DATA_FORMAT} (the version this build reads)"),
            )),
        },
    }
    if let Some((_, mechanisms)) = field(doc, "mechanisms")
        && let DeValue::Array(items) = mechanisms.get_ref()
    {
        for item in items.iter() {
            if let DeValue::Table(t) = item.get_ref()
                && let Some((at, _)) = field(t, "exists")
            {
                // Bounded by `check_limits` (ids are names), so safe to repeat.
                let id = match field(t, "id").map(|(_, v)| v.get_ref()) {
                    Some(DeValue::String(id)) => format!(" \"{id}\""),
                    _ => String::new(),
                };
                errors.push(err(
                    at,
                    format!(
                        "mechanism{id}: `exists` is format 1; write `status = \"formal\"`, \
                         `\"functional_equivalent\"`, `\"absent\"` or `\"expired\"` as its quote says"
                    ),
                ));
            }
        }
    }
    errors
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Checked by `check_format` before deserialisation.
    #[allow(dead_code)]
    format: i64,
    country: Spanned<RawCountry>,
    #[serde(default)]
    respondents: Vec<Spanned<RawRespondent>>,
    #[serde(default)]
    recommendations: Vec<Spanned<RawRecommendation>>,
    #[serde(default)]
    participation: Vec<Spanned<RawParticipation>>,
    #[serde(default)]
    findings: Vec<Spanned<RawFinding>>,
    #[serde(default)]
    actors: Vec<Spanned<RawActor>>,
    #[serde(default)]
    cooperation: Vec<Spanned<RawCooperation>>,
    #[serde(default)]
    mechanisms: Vec<Spanned<RawMechanism>>,
    #[serde(default)]
    limitations: Vec<Spanned<RawLimitation>>,
    #[serde(default)]
    documents: Vec<Spanned<RawDocument>>,
    #[serde(default)]
    ambiguities: Vec<Spanned<RawAmbiguity>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    section: String,
    quote: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCountry {
    code: String,
    name: String,
    native_name: Option<String>,
    chapter: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawParticipation {
    invited: Option<i64>,
    completed: Option<i64>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFinding {
    part: Spanned<String>,
    source: RawSource,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: Spanned<String>,
    name: String,
    native_name: Option<String>,
    acronym: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    sector: Spanned<String>,
    level: Spanned<String>,
    study_status: Spanned<String>,
    parent: Option<Spanned<String>>,
    #[serde(default)]
    group: bool,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
    #[serde(default)]
    mandates: Vec<Spanned<RawMandate>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMandate {
    capability: Spanned<String>,
    #[serde(default)]
    denied: bool,
    scope: Option<String>,
    labour_mandate: Option<bool>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCooperation {
    from: Spanned<String>,
    to: Spanned<String>,
    kind: Spanned<String>,
    direction: Option<Spanned<String>>,
    reported_by: Option<Spanned<String>>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMechanism {
    id: Spanned<String>,
    kind: Spanned<String>,
    name: String,
    status: Spanned<String>,
    holder: Option<Spanned<String>>,
    #[serde(default)]
    members: Vec<Spanned<String>>,
    year: Option<i64>,
    frequency: Option<String>,
    focus: Spanned<String>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLimitation {
    category: Spanned<String>,
    respondents: Option<i64>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: Spanned<String>,
    kind: Spanned<String>,
    title: String,
    year: Option<i64>,
    #[serde(default)]
    capabilities: Vec<Spanned<String>>,
    #[serde(default)]
    actors: Vec<Spanned<String>>,
    #[serde(default)]
    mechanisms: Vec<Spanned<String>>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAmbiguity {
    topic: String,
    note: String,
    #[serde(default)]
    concerns: Vec<Spanned<String>>,
    sources: Vec<RawSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRespondent {
    id: Spanned<String>,
    name: String,
    #[serde(default)]
    actors: Vec<Spanned<String>>,
    form: Spanned<String>,
    reason: Option<String>,
    #[serde(default)]
    footnotes: Vec<String>,
    note: Option<String>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
    #[serde(default)]
    read: Vec<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecommendation {
    id: Spanned<String>,
    summary: String,
    /// Report-wide recommendations only; a country's are its own.
    countries: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    addresses: Vec<Spanned<String>>,
    #[serde(default)]
    actors: Vec<Spanned<String>>,
    source: RawSource,
    #[serde(default)]
    also: Vec<RawSource>,
}

/// `report.toml`: what the report says beyond the country chapters.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReportFile {
    #[allow(dead_code)]
    format: i64,
    report: Spanned<RawReport>,
    #[serde(default)]
    findings: Vec<Spanned<RawReportFinding>>,
    #[serde(default)]
    recommendations: Vec<Spanned<RawRecommendation>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReport {
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReportFinding {
    part: Spanned<String>,
    topic: Option<String>,
    #[serde(default)]
    countries: Vec<Spanned<String>>,
    source: RawSource,
}

/// Which fields may be marked `read` (our reading, not the text's statement), per fact.
const READ_ACTOR: &[&str] = &["sector", "level"];
const READ_MANDATE: &[&str] = &["capability", "scope", "labour_mandate"];
const READ_TIE: &[&str] = &["kind", "direction"];
const READ_MECHANISM: &[&str] = &["kind", "status", "holder", "members", "year", "focus"];
const READ_LIMITATION: &[&str] = &["category", "respondents"];
const READ_DOCUMENT: &[&str] = &["kind", "year"];
const READ_RESPONDENT: &[&str] = &["form", "actors"];

/// Collects problems for one file, turning byte spans into line numbers.
struct Checker<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<ValidationError>,
    report: &'a Report,
    chapter: Option<(u32, u32)>,
}

impl Checker<'_> {
    fn line(&self, span: &Range<usize>) -> usize {
        crate::line_at(self.text, span.start)
    }

    fn error(&mut self, span: &Range<usize>, message: impl Into<String>) {
        let line = self.line(span);
        self.errors.push(ValidationError {
            file: self.file.to_string(),
            line,
            message: message.into(),
        });
    }

    fn vocab<T: FromStr + Copy + AsRef<str>>(
        &mut self,
        span: &Range<usize>,
        what: &str,
        value: &str,
        all: impl Iterator<Item = T>,
    ) -> Option<T> {
        match value.parse::<T>() {
            Ok(v) => Some(v),
            Err(_) => {
                let allowed: Vec<String> = all.map(|v| v.as_ref().to_string()).collect();
                self.error(
                    span,
                    format!("{what} \"{value}\" is not one of: {}", allowed.join(", ")),
                );
                None
            }
        }
    }

    fn text_field(&mut self, span: &Range<usize>, what: &str, value: &str) -> String {
        let v = value.trim();
        if v.is_empty() {
            self.error(span, format!("{what} is empty"));
        }
        v.to_string()
    }

    fn source(&mut self, span: &Range<usize>, what: &str, raw: &RawSource) -> Source {
        if raw.section.trim().is_empty() {
            self.error(span, format!("{what}: the source has an empty section"));
        }
        let chars = raw.quote.chars().count();
        let mut line = None;
        if !(QUOTE_MIN_CHARS..=QUOTE_MAX_CHARS).contains(&chars) {
            self.error(
                span,
                format!("{what}: the source quote has {chars} characters; quotes must have {QUOTE_MIN_CHARS} to {QUOTE_MAX_CHARS}"),
            );
        } else {
            line = self.report.locate(&raw.quote, self.chapter);
            if line.is_none() {
                self.error(
                    span,
                    format!(
                        "{what}: the source quote is not verbatim in the report: \"{}\"",
                        raw.quote
                    ),
                );
            }
        }
        Source::new(
            raw.section.trim().to_string(),
            raw.quote.trim().to_string(),
            line,
        )
    }

    /// The other places the report states the same fact.
    fn also(&mut self, span: &Range<usize>, what: &str, raw: &[RawSource]) -> Vec<Source> {
        raw.iter()
            .map(|r| self.source(span, &format!("{what}: also"), r))
            .collect()
    }

    /// The fields marked as our reading; each must be one `allowed` for this fact.
    fn read(&mut self, what: &str, raw: &[Spanned<String>], allowed: &[&str]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for r in raw {
            if !allowed.contains(&r.get_ref().as_str()) {
                self.error(
                    &r.span(),
                    format!(
                        "{what}: read names \"{}\", which is not one of: {}",
                        r.get_ref(),
                        allowed.join(", ")
                    ),
                );
            } else if !out.contains(r.get_ref()) {
                out.push(r.get_ref().clone());
            }
        }
        out
    }

    /// A list of vocabulary values.
    fn vocab_list<T: FromStr + Copy + AsRef<str> + PartialEq, I>(
        &mut self,
        what: &str,
        raw: &[Spanned<String>],
        all: fn() -> I,
    ) -> Vec<T>
    where
        I: Iterator<Item = T>,
    {
        let mut out = Vec::new();
        for r in raw {
            if let Some(v) = self.vocab(&r.span(), what, r.get_ref(), all())
                && !out.contains(&v)
            {
                out.push(v);
            }
        }
        out
    }

    fn fact_id(&mut self, span: &Range<usize>, what: &str, raw: &str, country: &str) -> FactId {
        match FactId::parse(raw) {
            Ok(id) => {
                if !country.is_empty() && !id.country_prefix().eq_ignore_ascii_case(country) {
                    self.error(
                        span,
                        format!(
                            "{what}: id \"{raw}\" must start with \"{}-\"",
                            country.to_ascii_lowercase()
                        ),
                    );
                }
                id
            }
            Err(e) => {
                self.error(span, format!("{what}: {e}"));
                FactId::parse("xx-invalid").unwrap_or_else(|_| unreachable!("constant id is valid"))
            }
        }
    }
}

fn opt(s: Option<String>) -> Option<String> {
    s.map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

/// Reads a data file's text as a TOML document after the checks every data file gets:
/// its size, the bounds on every key and value, and the format version.
fn parse_document<'t>(
    name: &str,
    text: &'t str,
) -> Result<toml::Spanned<toml::de::DeTable<'t>>, Vec<ValidationError>> {
    // Callers that read files bound them before reading; this holds for every caller.
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(vec![ValidationError {
            file: name.to_string(),
            line: 1,
            message: format!(
                "the file is {} bytes long; at most {MAX_FILE_BYTES} are allowed",
                text.len()
            ),
        }]);
    }
    // Parse to a generic document first, so that the bounds are checked on every key and
    // value (known fields or not) before anything is copied or repeated in a message.
    let doc = toml::de::DeTable::parse(text).map_err(|e| toml_error(name, text, e))?;
    let over = check_limits(name, text, doc.get_ref());
    if !over.is_empty() {
        return Err(over);
    }
    let old = check_format(name, text, doc.get_ref());
    if !old.is_empty() {
        return Err(old);
    }
    Ok(doc)
}

fn toml_error(name: &str, text: &str, e: toml::de::Error) -> Vec<ValidationError> {
    let line = e.span().map_or(1, |s| crate::line_at(text, s.start));
    vec![ValidationError {
        file: name.to_string(),
        line,
        message: e.message().trim().to_string(),
    }]
}

/// One data file: a country's chapter, or `report.toml` (the report beyond the chapters).
pub enum DataFile {
    Country(Box<CountryAtlas>),
    Report(ReportWide),
}

/// Parses either kind of data file: one with a `[report]` table is the report-wide file.
pub fn parse_data_file(name: &str, text: &str) -> Result<DataFile, Vec<ValidationError>> {
    let doc = parse_document(name, text)?;
    if doc.get_ref().iter().any(|(k, _)| k.get_ref() == "report") {
        parse_report_doc(name, text, doc).map(DataFile::Report)
    } else {
        parse_country_doc(name, text, doc).map(|c| DataFile::Country(Box::new(c)))
    }
}

/// Parses and checks one country file. `name` is used in messages and must be `<cc>.toml`.
pub fn parse_country_file(name: &str, text: &str) -> Result<CountryAtlas, Vec<ValidationError>> {
    let doc = parse_document(name, text)?;
    parse_country_doc(name, text, doc)
}

fn parse_country_doc(
    name: &str,
    text: &str,
    doc: toml::Spanned<toml::de::DeTable<'_>>,
) -> Result<CountryAtlas, Vec<ValidationError>> {
    let toml_error = |e: toml::de::Error| toml_error(name, text, e);
    let raw = RawFile::deserialize(toml::de::Deserializer::from(doc)).map_err(toml_error)?;
    let report = Report::embedded();
    let country_span = raw.country.span();
    let raw_country = raw.country.into_inner();
    let mut ck = Checker {
        file: name,
        text,
        errors: Vec::new(),
        report,
        chapter: None,
    };

    let code = match CountryCode::try_from(raw_country.code.clone()) {
        Ok(c) => c,
        Err(e) => {
            ck.error(&country_span, format!("country code: {e}"));
            CountryCode::try_from("XX".to_string()).unwrap_or_else(|_| unreachable!())
        }
    };
    let expected_file = format!("{}.toml", code.as_str().to_ascii_lowercase());
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    if base != expected_file {
        ck.error(
            &country_span,
            format!("the file for country {code} must be named {expected_file}"),
        );
    }
    ck.chapter = chapter_lines(code.as_str());
    let cc = code.as_str().to_string();
    let country = Country {
        code: code.clone(),
        name: ck.text_field(&country_span, "country name", &raw_country.name),
        native_name: opt(raw_country.native_name),
        chapter: ck.text_field(&country_span, "country chapter", &raw_country.chapter),
    };

    let participation = raw
        .participation
        .into_iter()
        .map(|p| {
            let span = p.span();
            let p = p.into_inner();
            for (what, n) in [("invited", p.invited), ("completed", p.completed)] {
                if n.is_some_and(|n| n < 0) {
                    ck.error(&span, format!("participation: {what} cannot be negative"));
                }
            }
            if let (Some(i), Some(c)) = (p.invited, p.completed)
                && c > i
            {
                ck.error(
                    &span,
                    format!("participation: completed ({c}) is more than invited ({i})"),
                );
            }
            Participation {
                invited: p.invited,
                completed: p.completed,
                note: opt(p.note),
                source: ck.source(&span, "participation", &p.source),
                also: ck.also(&span, "participation", &p.also),
            }
        })
        .collect();

    let findings = raw
        .findings
        .into_iter()
        .filter_map(|f| {
            let span = f.span();
            let f = f.into_inner();
            let source = ck.source(&span, "finding", &f.source);
            ck.vocab(
                &f.part.span(),
                "finding part",
                f.part.get_ref(),
                FindingPart::all(),
            )
            .map(|part| Finding { part, source })
        })
        .collect();

    // Every actor id the file declares, valid or not, so one bad actor field does not
    // cascade into "unknown actor" errors on every tie that names it.
    let known: HashSet<String> = raw
        .actors
        .iter()
        .map(|a| a.get_ref().id.get_ref().clone())
        .collect();
    let mut actors = Vec::new();
    let mut actor_spans = Vec::new();
    for a in raw.actors {
        let span = a.span();
        let a = a.into_inner();
        let what = format!("actor \"{}\"", a.id.get_ref());
        let id = ck.fact_id(&a.id.span(), &what, a.id.get_ref(), &cc);
        let sector = ck.vocab(
            &a.sector.span(),
            &format!("{what}: sector"),
            a.sector.get_ref(),
            Sector::all(),
        );
        let level = ck.vocab(
            &a.level.span(),
            &format!("{what}: level"),
            a.level.get_ref(),
            Level::all(),
        );
        let study_status = ck.vocab(
            &a.study_status.span(),
            &format!("{what}: study_status"),
            a.study_status.get_ref(),
            StudyStatus::all(),
        );
        let source = ck.source(&span, &what, &a.source);
        let also = ck.also(&span, &what, &a.also);
        let read = ck.read(&what, &a.read, READ_ACTOR);
        let name_ = ck.text_field(&span, &format!("{what}: name"), &a.name);
        let mut mandates = Vec::new();
        for m in a.mandates {
            let mspan = m.span();
            let m = m.into_inner();
            let mwhat = format!("{what}: mandate \"{}\"", m.capability.get_ref());
            let capability = ck.vocab(
                &m.capability.span(),
                &format!("{what}: capability"),
                m.capability.get_ref(),
                Capability::all(),
            );
            let msource = ck.source(&mspan, &mwhat, &m.source);
            let malso = ck.also(&mspan, &mwhat, &m.also);
            let mread = ck.read(&mwhat, &m.read, READ_MANDATE);
            if m.denied && m.labour_mandate.is_some() {
                // "Covers labour trafficking: no" on a mandate the actor lacks reads both
                // ways; the scope says what is denied.
                ck.error(
                    &mspan,
                    format!(
                        "{mwhat}: a denied mandate takes no labour_mandate; say in scope what is denied"
                    ),
                );
            }
            if let Some(capability) = capability {
                mandates.push(Mandate {
                    capability,
                    denied: m.denied,
                    scope: opt(m.scope),
                    labour_mandate: m.labour_mandate,
                    note: opt(m.note),
                    source: msource,
                    also: malso,
                    read: mread,
                });
            }
        }
        let parent = a
            .parent
            .as_ref()
            .map(|p| ck.fact_id(&p.span(), &format!("{what}: parent"), p.get_ref(), &cc));
        if let (Some(sector), Some(level), Some(study_status)) = (sector, level, study_status) {
            actor_spans.push(span);
            actors.push(Actor {
                id,
                country: code.clone(),
                name: name_,
                native_name: opt(a.native_name),
                acronym: opt(a.acronym),
                aliases: a
                    .aliases
                    .into_iter()
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect(),
                sector,
                level,
                study_status,
                parent,
                group: a.group,
                note: opt(a.note),
                source,
                also,
                read,
                mandates,
            });
        }
    }
    let check_ref =
        |ck: &mut Checker, span: &Range<usize>, what: &str, id: &str| -> Option<ActorId> {
            if !known.contains(id) {
                ck.error(
                    span,
                    format!("{what} refers to actor \"{id}\", which this file does not define"),
                );
                return None;
            }
            FactId::parse(id).ok()
        };
    for (a, span) in actors.iter().zip(&actor_spans) {
        if let Some(p) = &a.parent {
            check_ref(
                &mut ck,
                span,
                &format!("actor \"{}\": parent", a.id),
                p.as_str(),
            );
        }
    }

    let mut cooperation = Vec::new();
    for c in raw.cooperation {
        let span = c.span();
        let c = c.into_inner();
        let what = format!("cooperation {} -> {}", c.from.get_ref(), c.to.get_ref());
        let from = check_ref(
            &mut ck,
            &c.from.span(),
            &format!("{what}: from"),
            c.from.get_ref(),
        );
        let to = check_ref(
            &mut ck,
            &c.to.span(),
            &format!("{what}: to"),
            c.to.get_ref(),
        );
        let kind = ck.vocab(
            &c.kind.span(),
            &format!("{what}: kind"),
            c.kind.get_ref(),
            CooperationKind::all(),
        );
        let source = ck.source(&span, &what, &c.source);
        let also = ck.also(&span, &what, &c.also);
        let read = ck.read(&what, &c.read, READ_TIE);
        let direction = match &c.direction {
            Some(d) => ck.vocab(
                &d.span(),
                &format!("{what}: direction"),
                d.get_ref(),
                TieDirection::all(),
            ),
            None => Some(TieDirection::Mutual),
        };
        let reported_by = c.reported_by.as_ref().map(|r| {
            check_ref(
                &mut ck,
                &r.span(),
                &format!("{what}: reported_by"),
                r.get_ref(),
            )
        });
        if from.is_some() && from == to {
            ck.error(
                &span,
                format!("{what}: an actor cannot cooperate with itself"),
            );
        }
        if let (Some(from), Some(to), Some(kind), Some(direction)) = (from, to, kind, direction)
            && reported_by.as_ref().is_none_or(Option::is_some)
        {
            cooperation.push(Cooperation {
                country: code.clone(),
                from,
                to,
                kind,
                direction,
                reported_by: reported_by.flatten(),
                note: opt(c.note),
                source,
                also,
                read,
            });
        }
    }

    let mut mechanisms = Vec::new();
    for m in raw.mechanisms {
        let span = m.span();
        let m = m.into_inner();
        let what = format!("mechanism \"{}\"", m.id.get_ref());
        let id = ck.fact_id(&m.id.span(), &what, m.id.get_ref(), &cc);
        let kind = ck.vocab(
            &m.kind.span(),
            &format!("{what}: kind"),
            m.kind.get_ref(),
            MechanismKind::all(),
        );
        let focus = ck.vocab(
            &m.focus.span(),
            &format!("{what}: focus"),
            m.focus.get_ref(),
            Focus::all(),
        );
        let status = ck.vocab(
            &m.status.span(),
            &format!("{what}: status"),
            m.status.get_ref(),
            MechanismStatus::all(),
        );
        let holder = m
            .holder
            .as_ref()
            .and_then(|h| check_ref(&mut ck, &h.span(), &format!("{what}: holder"), h.get_ref()));
        let members = m
            .members
            .iter()
            .filter_map(|x| check_ref(&mut ck, &x.span(), &format!("{what}: member"), x.get_ref()))
            .collect();
        let source = ck.source(&span, &what, &m.source);
        let also = ck.also(&span, &what, &m.also);
        let read = ck.read(&what, &m.read, READ_MECHANISM);
        let name_ = ck.text_field(&span, &format!("{what}: name"), &m.name);
        if let Some(y) = m.year
            && !(1900..=2013).contains(&y)
        {
            ck.error(
                &span,
                format!("{what}: year {y} is outside 1900–2013 (the report is from 2013)"),
            );
        }
        if let (Some(kind), Some(focus), Some(status)) = (kind, focus, status) {
            mechanisms.push(Mechanism {
                id,
                country: code.clone(),
                kind,
                name: name_,
                status,
                holder,
                members,
                year: m.year,
                frequency: opt(m.frequency),
                focus,
                note: opt(m.note),
                source,
                also,
                read,
            });
        }
    }

    let mut limitations = Vec::new();
    for l in raw.limitations {
        let span = l.span();
        let l = l.into_inner();
        let category = ck.vocab(
            &l.category.span(),
            "limitation category",
            l.category.get_ref(),
            LimitationCategory::all(),
        );
        if l.respondents.is_some_and(|n| n < 0) {
            ck.error(&span, "limitation: respondents cannot be negative");
        }
        let source = ck.source(&span, "limitation", &l.source);
        let also = ck.also(&span, "limitation", &l.also);
        let read = ck.read("limitation", &l.read, READ_LIMITATION);
        if let Some(category) = category {
            limitations.push(Limitation {
                category,
                respondents: l.respondents,
                note: opt(l.note),
                source,
                also,
                read,
            });
        }
    }

    let mut documents = Vec::new();
    for d in raw.documents {
        let span = d.span();
        let d = d.into_inner();
        let what = format!("document \"{}\"", d.id.get_ref());
        let id = ck.fact_id(&d.id.span(), &what, d.id.get_ref(), &cc);
        let kind = ck.vocab(
            &d.kind.span(),
            &format!("{what}: kind"),
            d.kind.get_ref(),
            DocumentKind::all(),
        );
        let source = ck.source(&span, &what, &d.source);
        let also = ck.also(&span, &what, &d.also);
        let read = ck.read(&what, &d.read, READ_DOCUMENT);
        let title = ck.text_field(&span, &format!("{what}: title"), &d.title);
        let capabilities = ck.vocab_list(&format!("{what}: capability"), &d.capabilities, || {
            Capability::all()
        });
        let linked_actors = d
            .actors
            .iter()
            .filter_map(|x| check_ref(&mut ck, &x.span(), &format!("{what}: actor"), x.get_ref()))
            .collect();
        let mut linked_mechanisms = Vec::new();
        for m in &d.mechanisms {
            if mechanisms
                .iter()
                .any(|k: &Mechanism| k.id.as_str() == m.get_ref())
            {
                linked_mechanisms.extend(FactId::parse(m.get_ref()).ok());
            } else {
                ck.error(
                    &m.span(),
                    format!(
                        "{what}: mechanisms names \"{}\", which is no mechanism of this file",
                        m.get_ref()
                    ),
                );
            }
        }
        if let Some(kind) = kind {
            documents.push(Document {
                id,
                kind,
                title,
                year: d.year,
                capabilities,
                actors: linked_actors,
                mechanisms: linked_mechanisms,
                note: opt(d.note),
                source,
                also,
                read,
            });
        }
    }

    let mut concern_spans = Vec::new();
    let mut ambiguities: Vec<Ambiguity> = raw
        .ambiguities
        .into_iter()
        .map(|a| {
            let span = a.span();
            let a = a.into_inner();
            // Usually two readings with their quotes; one quote suffices where a single
            // passage is ambiguous in itself (e.g. a garbled sentence).
            if a.sources.is_empty() {
                ck.error(
                    &span,
                    format!(
                        "ambiguity \"{}\": give the quotes of its readings (sources)",
                        a.topic
                    ),
                );
            }
            let sources = a
                .sources
                .iter()
                .map(|s| ck.source(&span, &format!("ambiguity \"{}\"", a.topic), s))
                .collect();
            concern_spans.push(a.concerns.iter().map(|c| c.span()).collect::<Vec<_>>());
            Ambiguity {
                topic: ck.text_field(&span, "ambiguity topic", &a.topic),
                note: ck.text_field(&span, "ambiguity note", &a.note),
                concerns: a.concerns.into_iter().map(Spanned::into_inner).collect(),
                sources,
            }
        })
        .collect();

    let mut respondents = Vec::new();
    for r in raw.respondents {
        let span = r.span();
        let r = r.into_inner();
        let what = format!("respondent \"{}\"", r.id.get_ref());
        let id = ck.fact_id(&r.id.span(), &what, r.id.get_ref(), &cc);
        if !id.as_str()[3..].starts_with("r-") {
            ck.error(
                &r.id.span(),
                format!(
                    "{what}: a respondent's id starts with \"{}-r-\"",
                    cc.to_ascii_lowercase()
                ),
            );
        }
        let form = ck.vocab(
            &r.form.span(),
            &format!("{what}: form"),
            r.form.get_ref(),
            RespondentForm::all(),
        );
        let actors_of = r
            .actors
            .iter()
            .filter_map(|x| check_ref(&mut ck, &x.span(), &format!("{what}: actor"), x.get_ref()))
            .collect();
        if r.reason.is_some() && form.is_some_and(RespondentForm::is_completed) {
            ck.error(
                &span,
                format!("{what}: a reason is for a respondent that declined or did not reply"),
            );
        }
        let footnotes: Vec<String> = r
            .footnotes
            .iter()
            .map(|f| f.trim().to_string())
            .filter(|f| !f.is_empty())
            .collect();
        let source = ck.source(&span, &what, &r.source);
        let also = ck.also(&span, &what, &r.also);
        let read = ck.read(&what, &r.read, READ_RESPONDENT);
        let name_ = ck.text_field(&span, &format!("{what}: name"), &r.name);
        if let Some(form) = form {
            respondents.push(Respondent {
                id,
                country: code.clone(),
                name: name_,
                actors: actors_of,
                form,
                reason: opt(r.reason),
                footnotes,
                note: opt(r.note),
                source,
                also,
                read,
            });
        }
    }

    let mut recommendations = Vec::new();
    for r in raw.recommendations {
        let span = r.span();
        let r = r.into_inner();
        let what = format!("recommendation \"{}\"", r.id.get_ref());
        if r.countries.is_some() {
            ck.error(&span, format!("{what}: a country's recommendation addresses its own country; `countries` is for report.toml"));
        }
        let actors_of = r
            .actors
            .iter()
            .filter_map(|x| check_ref(&mut ck, &x.span(), &format!("{what}: actor"), x.get_ref()))
            .collect();
        if let Some(rec) = ck.recommendation(&span, &what, r, &cc, vec![code.clone()], actors_of) {
            recommendations.push(rec);
        }
    }

    // Ids unique within the file; uniqueness across files is checked by `parse_atlas`.
    let mut seen: HashMap<&str, ()> = HashMap::new();
    let all_ids = actors
        .iter()
        .map(|a| a.id.as_str())
        .chain(mechanisms.iter().map(|m| m.id.as_str()))
        .chain(documents.iter().map(|d| d.id.as_str()))
        .chain(respondents.iter().map(|r| r.id.as_str()))
        .chain(recommendations.iter().map(|r| r.id.as_str()));
    let mut dups = Vec::new();
    for id in all_ids {
        if seen.insert(id, ()).is_some() {
            dups.push(id.to_string());
        }
    }
    for id in dups {
        // Point at the second definition: the last `id = "…"` occurrence.
        let second = text.rfind(&format!("id = \"{id}\"")).map_or(0..0, |s| s..s);
        ck.error(&second, format!("duplicate id \"{id}\""));
    }

    let mut atlas = CountryAtlas {
        country,
        participation,
        findings,
        actors,
        cooperation,
        mechanisms,
        limitations,
        documents,
        ambiguities: Vec::new(),
        respondents,
        recommendations,
    };
    for (a, spans) in ambiguities.iter().zip(&concern_spans) {
        for (c, span) in a.concerns.iter().zip(spans) {
            if !super::attribution::refers_to_a_fact(&atlas, c) {
                ck.error(
                    span,
                    format!(
                        "ambiguity \"{}\": concerns \"{c}\", which names no fact of this file (an id, actor-id/capability, tie/a/b, participation or limitation/category)",
                        a.topic
                    ),
                );
            }
        }
    }
    atlas.ambiguities = std::mem::take(&mut ambiguities);
    for f in &atlas.findings {
        if !f.part.in_country_chapter() {
            let at = text.find("part = \"").map_or(0..0, |s| s..s);
            ck.error(
                &at,
                format!(
                    "finding part \"{}\" belongs to report.toml, not a country file",
                    f.part
                ),
            );
        }
    }
    if !atlas.respondents.is_empty() {
        for message in super::attribution::unmatched_footnotes(&atlas) {
            ck.error(&country_span, message);
        }
    }
    super::attribution::attribute(&mut atlas);

    if ck.errors.is_empty() {
        Ok(atlas)
    } else {
        Err(ck.errors)
    }
}

/// Parses and checks `report.toml`.
fn parse_report_doc(
    name: &str,
    text: &str,
    doc: toml::Spanned<toml::de::DeTable<'_>>,
) -> Result<ReportWide, Vec<ValidationError>> {
    let raw = RawReportFile::deserialize(toml::de::Deserializer::from(doc))
        .map_err(|e| toml_error(name, text, e))?;
    let mut ck = Checker {
        file: name,
        text,
        errors: Vec::new(),
        report: Report::embedded(),
        chapter: Some(crate::report::FRONT_MATTER_LINES),
    };
    let report_span = raw.report.span();
    let title = ck.text_field(&report_span, "report title", &raw.report.get_ref().title);
    let mut findings = Vec::new();
    for f in raw.findings {
        let span = f.span();
        let f = f.into_inner();
        let source = ck.source(&span, "finding", &f.source);
        let countries = ck.countries("finding", &f.countries);
        if let Some(part) = ck.vocab(
            &f.part.span(),
            "finding part",
            f.part.get_ref(),
            FindingPart::all(),
        ) {
            if !matches!(
                part,
                FindingPart::ExecutiveSummary
                    | FindingPart::Introduction
                    | FindingPart::Methodology
                    | FindingPart::Conclusions
            ) {
                ck.error(
                    &f.part.span(),
                    format!("finding part \"{part}\" belongs to a country file"),
                );
            }
            findings.push(ReportFinding {
                part,
                topic: opt(f.topic),
                countries,
                source,
            });
        }
    }
    let mut recommendations = Vec::new();
    let mut seen = HashSet::new();
    for r in raw.recommendations {
        let span = r.span();
        let r = r.into_inner();
        let what = format!("recommendation \"{}\"", r.id.get_ref());
        if !seen.insert(r.id.get_ref().clone()) {
            ck.error(&r.id.span(), format!("duplicate id \"{}\"", r.id.get_ref()));
        }
        if !r.actors.is_empty() {
            ck.error(&span, format!("{what}: a report-wide recommendation names kinds of actors (addresses), not actors"));
        }
        let countries = ck.countries(&what, r.countries.as_deref().unwrap_or_default());
        if let Some(rec) =
            ck.recommendation(&span, &what, r, REPORT_WIDE_PREFIX, countries, Vec::new())
        {
            recommendations.push(rec);
        }
    }
    if ck.errors.is_empty() {
        Ok(ReportWide {
            title,
            findings,
            recommendations,
        })
    } else {
        Err(ck.errors)
    }
}

/// Ids of report-wide facts start with `rw-`.
pub const REPORT_WIDE_PREFIX: &str = "rw";

/// The file name of the report-wide data file.
pub const REPORT_FILE: &str = "report.toml";

impl Checker<'_> {
    fn countries(&mut self, what: &str, raw: &[Spanned<String>]) -> Vec<CountryCode> {
        raw.iter()
            .filter_map(|c| match CountryCode::try_from(c.get_ref().clone()) {
                Ok(code) if chapter_lines(code.as_str()).is_some() => Some(code),
                _ => {
                    self.error(
                        &c.span(),
                        format!("{what}: \"{}\" is not a country of the study", c.get_ref()),
                    );
                    None
                }
            })
            .collect()
    }

    fn recommendation(
        &mut self,
        span: &Range<usize>,
        what: &str,
        r: RawRecommendation,
        prefix: &str,
        countries: Vec<CountryCode>,
        actors: Vec<ActorId>,
    ) -> Option<Recommendation> {
        let id = self.fact_id(&r.id.span(), what, r.id.get_ref(), prefix);
        if !id.as_str()[3..].starts_with("rec-") {
            self.error(
                &r.id.span(),
                format!("{what}: a recommendation's id starts with \"{prefix}-rec-\""),
            );
        }
        let addresses = self.vocab_list(&format!("{what}: addresses"), &r.addresses, || {
            Sector::all()
        });
        let source = self.source(span, what, &r.source);
        let also = self.also(span, what, &r.also);
        let summary = self.text_field(span, &format!("{what}: summary"), &r.summary);
        Some(Recommendation {
            id,
            countries,
            summary,
            addresses,
            actors,
            source,
            also,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse_country_file("dk.toml", text) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    #[test]
    fn an_overlong_text_value_is_refused_at_its_line_without_being_repeated() {
        let note = "n".repeat(MAX_TEXT_BYTES + 1);
        let text = format!(
            "[country]\ncode = \"DK\"\nname = \"Denmark\"\nchapter = \"Denmark\"\n\n[[participation]]\nnote = \"{note}\"\n"
        );
        let e = errors(&text);
        assert_eq!(
            e,
            [format!(
                "dk.toml:7: participation.note is {} bytes long; at most {MAX_TEXT_BYTES} are allowed",
                MAX_TEXT_BYTES + 1
            )]
        );
    }

    #[test]
    fn identifiers_and_keys_have_a_tighter_bound() {
        let id = format!("dk-{}", "a".repeat(MAX_NAME_BYTES));
        let key = "k".repeat(MAX_KEY_BYTES + 1);
        let text = format!(
            "[country]\ncode = \"DK\"\nname = \"Denmark\"\nchapter = \"Denmark\"\n{key} = 1\n\n[[actors]]\nid = \"{id}\"\n"
        );
        let e = errors(&text);
        assert_eq!(e.len(), 2, "{e:?}");
        assert_eq!(
            e[0],
            format!(
                "dk.toml:5: a key is {} bytes long; at most {MAX_KEY_BYTES} are allowed",
                MAX_KEY_BYTES + 1
            )
        );
        assert_eq!(
            e[1],
            format!(
                "dk.toml:8: actors.id is {} bytes long; at most {MAX_NAME_BYTES} are allowed",
                id.len()
            )
        );
    }

    #[test]
    fn too_many_entries_are_refused_once() {
        let text = format!(
            "[country]\ncode = \"DK\"\nname = \"Denmark\"\nchapter = \"Denmark\"\n\n[[actors]]\naliases = [{}]\n",
            vec!["\"a\""; MAX_ENTRIES + 10].join(", ")
        );
        let e = errors(&text);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].starts_with("dk.toml:7: the file has more than 5000 entries"),
            "{e:?}"
        );
    }

    const HEAD: &str = "[country]\ncode = \"DK\"\nname = \"Denmark\"\nchapter = \"DENMARK\"\n";

    /// A mechanism with the given status line(s), quoting the Danish chapter verbatim.
    fn mechanism(status: &str) -> String {
        format!(
            "\n[[actors]]\nid = \"dk-cmm\"\nname = \"CMM\"\nsector = \"coordination_body\"\nlevel = \"national\"\nstudy_status = \"participated\"\nsource = {{ section = \"Mechanisms\", quote = \"In Denmark, CMM, under the National Board of Social Services, has been given a coordinating role.\" }}\n\n[[mechanisms]]\nid = \"dk-coordinator\"\nkind = \"national_coordinator\"\nname = \"Coordinating role of CMM\"\n{status}\nholder = \"dk-cmm\"\nfocus = \"all\"\nsource = {{ section = \"Mechanisms\", quote = \"In Denmark, CMM, under the National Board of Social Services, has been given a coordinating role.\" }}\n"
        )
    }

    #[test]
    fn a_format_1_file_is_refused_with_what_changed_at_each_exists() {
        let text = format!("{HEAD}{}", mechanism("exists = true"));
        let e = errors(&text);
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(
            e[0].starts_with("dk.toml:1: the file has no `format = 2` line"),
            "{e:?}"
        );
        assert!(
            e[0].contains("`exists = true | false` by `status = "),
            "{e:?}"
        );
        assert!(e[0].contains("`denied = true`"), "{e:?}");
        assert!(
            e[1].starts_with("dk.toml:18: mechanism \"dk-coordinator\": `exists` is format 1"),
            "{e:?}"
        );
        // An explicit `format = 1` is refused at its line, with the same explanation.
        let e = errors(&format!(
            "format = 1\n{HEAD}{}",
            mechanism("status = \"formal\"")
        ));
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].starts_with("dk.toml:1: format 1 is no longer read: format 2 replaced"),
            "{e:?}"
        );
        let e = errors(&format!("format = 3\n{HEAD}"));
        assert_eq!(
            e,
            ["dk.toml:1: format must be 2 (the version this build reads)"]
        );
    }

    #[test]
    fn every_status_parses_and_an_unknown_one_is_named() {
        for st in MechanismStatus::all() {
            let text = format!(
                "format = 2\n{HEAD}{}",
                mechanism(&format!("status = \"{st}\""))
            );
            let atlas = parse_country_file("dk.toml", &text).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(atlas.mechanisms[0].status, st);
        }
        let e = errors(&format!(
            "format = 2\n{HEAD}{}",
            mechanism("status = \"exists\"")
        ));
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].ends_with(
                "status \"exists\" is not one of: formal, functional_equivalent, absent, expired"
            ),
            "{e:?}"
        );
    }

    #[test]
    fn a_mandate_is_held_unless_stated_denied() {
        let actor = |denied: &str| {
            format!(
                "format = 2\n{HEAD}\n[[actors]]\nid = \"dk-wea\"\nname = \"WEA\"\nsector = \"labour_inspection\"\nlevel = \"national\"\nstudy_status = \"participated\"\nsource = {{ section = \"Findings\", quote = \"the Working Environment Authority (WEA)\" }}\n\n  [[actors.mandates]]\n  capability = \"inspect_workplaces\"\n  {denied}\n  scope = \"wages and contracts\"\n  source = {{ section = \"Actors\", quote = \"Nevertheless, they do not have the authority to examine other working conditions such as wages and contracts.\" }}\n"
            )
        };
        let parse =
            |t: String| parse_country_file("dk.toml", &t).unwrap_or_else(|e| panic!("{e:?}"));
        let denied = parse(actor("denied = true"));
        assert!(denied.actors[0].mandates[0].denied);
        assert_eq!(
            (denied.mandate_count(), denied.denied_mandate_count()),
            (0, 1)
        );
        let e = errors(&actor("denied = true\n  labour_mandate = false"));
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(
            e[0].ends_with("a denied mandate takes no labour_mandate; say in scope what is denied"),
            "{e:?}"
        );
        let held = parse(actor(""));
        assert!(held.actors[0].mandates[0].is_held());
        assert_eq!((held.mandate_count(), held.denied_mandate_count()), (1, 0));
    }

    #[test]
    fn an_oversized_file_is_not_parsed() {
        let text = format!(
            "# {}\n",
            "x".repeat(usize::try_from(MAX_FILE_BYTES).unwrap_or(0))
        );
        let e = errors(&text);
        assert_eq!(e.len(), 1, "{e:?}");
        assert!(e[0].starts_with("dk.toml:1: the file is "), "{e:?}");
    }
}
