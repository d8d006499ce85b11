//! The instruments' own text in other languages (`data/screening/translations/<lang>.toml`):
//! each instrument's title and guidance, each dimension's name and short name, each
//! indicator's question and guidance. The indicator's `wording` — the ILO's official
//! name — is never translated: pages keep it available in English beside the question.
//!
//! A translation is complete or refused: every item of every shipped instrument must be
//! there, and nothing else, so a question added in English fails the data tests until
//! each language has it. Each file says whether a national reviewer has confirmed it
//! (`reviewed`); pages show a mark until one has.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use toml::Spanned;

use super::error::{DataError, DataErrors};
use super::file::{Checker, parse_toml};
use super::instrument::Instrument;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<u32>,
    language: Spanned<String>,
    reviewed: bool,
    #[serde(default)]
    instrument: Vec<Spanned<RawInstrument>>,
    #[serde(default)]
    dimension: Vec<Spanned<RawDimension>>,
    #[serde(default)]
    indicator: Vec<Spanned<RawIndicator>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawInstrument {
    id: String,
    title: String,
    guidance: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    instrument: String,
    id: String,
    name: String,
    short: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    instrument: String,
    id: String,
    question: String,
    guidance: Option<String>,
}

/// One language's text for the shipped instruments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// The language tag, as the UI offers it (`da`, `nb`, …).
    pub language: String,
    /// Whether a national reviewer has confirmed it.
    pub reviewed: bool,
    instruments: BTreeMap<String, (String, String)>,
    dimensions: BTreeMap<(String, String), (String, String)>,
    indicators: BTreeMap<(String, String), (String, Option<String>)>,
}

impl Translation {
    /// Parses and checks one file against the instruments it translates: every title,
    /// dimension and indicator once, none unknown, guidance exactly where English has it.
    pub fn from_toml(
        file: &str,
        text: &str,
        instruments: &[Instrument],
    ) -> Result<Translation, DataErrors> {
        let raw: RawFile = parse_toml(file, text)?;
        let mut c = Checker::new(file, text);
        if *raw.format.get_ref() != 1 {
            c.error(
                &raw.format.span(),
                None,
                "unknown `format` (this version reads 1)",
            );
        }
        let expected = file
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".toml"))
            .unwrap_or_default();
        if raw.language.get_ref() != expected {
            c.error(
                &raw.language.span(),
                None,
                format!("`language` must be the file's name, \"{expected}\""),
            );
        }
        let mut t = Translation {
            language: raw.language.get_ref().clone(),
            reviewed: raw.reviewed,
            instruments: BTreeMap::new(),
            dimensions: BTreeMap::new(),
            indicators: BTreeMap::new(),
        };
        for s in &raw.instrument {
            let r = s.get_ref();
            if !instruments.iter().any(|i| i.id.as_str() == r.id) {
                c.error(&s.span(), Some(&r.id), "no shipped instrument has this id");
            }
            c.require_text(&s.span(), Some(&r.id), "title", &r.title);
            c.require_text(&s.span(), Some(&r.id), "guidance", &r.guidance);
            if t.instruments
                .insert(r.id.clone(), (r.title.clone(), r.guidance.clone()))
                .is_some()
            {
                c.error(&s.span(), Some(&r.id), "translated twice");
            }
        }
        for s in &raw.dimension {
            let r = s.get_ref();
            let item = format!("{}/{}", r.instrument, r.id);
            let known = instruments.iter().any(|i| {
                i.id.as_str() == r.instrument && i.dimensions.iter().any(|d| d.id.as_str() == r.id)
            });
            if !known {
                c.error(
                    &s.span(),
                    Some(&item),
                    "no shipped instrument has this dimension",
                );
            }
            c.require_text(&s.span(), Some(&item), "name", &r.name);
            c.require_text(&s.span(), Some(&item), "short", &r.short);
            let key = (r.instrument.clone(), r.id.clone());
            if t.dimensions
                .insert(key, (r.name.clone(), r.short.clone()))
                .is_some()
            {
                c.error(&s.span(), Some(&item), "translated twice");
            }
        }
        for s in &raw.indicator {
            let r = s.get_ref();
            let item = format!("{}/{}", r.instrument, r.id);
            let english = instruments
                .iter()
                .filter(|i| i.id.as_str() == r.instrument)
                .flat_map(|i| &i.indicators)
                .find(|i| i.id.as_str() == r.id);
            match english {
                None => c.error(
                    &s.span(),
                    Some(&item),
                    "no shipped instrument has this indicator",
                ),
                Some(e) if e.guidance.is_some() != r.guidance.is_some() => c.error(
                    &s.span(),
                    Some(&item),
                    "`guidance` must be given exactly where the English indicator has it",
                ),
                Some(_) => {}
            }
            c.require_text(&s.span(), Some(&item), "question", &r.question);
            let key = (r.instrument.clone(), r.id.clone());
            if t.indicators
                .insert(key, (r.question.clone(), r.guidance.clone()))
                .is_some()
            {
                c.error(&s.span(), Some(&item), "translated twice");
            }
        }
        // Complete: whatever English has, the translation has.
        let whole = 0..text.len().min(1);
        for i in instruments {
            let id = i.id.as_str();
            if !t.instruments.contains_key(id) {
                c.error(&whole, Some(id), "the instrument is not translated");
            }
            for d in &i.dimensions {
                if !t
                    .dimensions
                    .contains_key(&(id.to_string(), d.id.as_str().to_string()))
                {
                    let item = format!("{id}/{}", d.id.as_str());
                    c.error(&whole, Some(&item), "the dimension is not translated");
                }
            }
            for x in &i.indicators {
                if !t
                    .indicators
                    .contains_key(&(id.to_string(), x.id.as_str().to_string()))
                {
                    let item = format!("{id}/{}", x.id.as_str());
                    c.error(&whole, Some(&item), "the indicator is not translated");
                }
            }
        }
        c.finish(()).map(|()| t)
    }

    pub fn title(&self, instrument: &str) -> Option<&str> {
        self.instruments.get(instrument).map(|(t, _)| t.as_str())
    }

    pub fn guidance(&self, instrument: &str) -> Option<&str> {
        self.instruments.get(instrument).map(|(_, g)| g.as_str())
    }

    /// A dimension's (name, short name).
    pub fn dimension(&self, instrument: &str, id: &str) -> Option<(&str, &str)> {
        self.dimensions
            .get(&(instrument.to_string(), id.to_string()))
            .map(|(n, s)| (n.as_str(), s.as_str()))
    }

    /// An indicator's (question, guidance).
    pub fn indicator(&self, instrument: &str, id: &str) -> Option<(&str, Option<&str>)> {
        self.indicators
            .get(&(instrument.to_string(), id.to_string()))
            .map(|(q, g)| (q.as_str(), g.as_deref()))
    }
}

/// The shipped translations, parsed and checked once per process.
pub fn translations() -> Result<&'static Vec<Translation>, DataErrors> {
    static CACHE: OnceLock<Result<Vec<Translation>, DataErrors>> = OnceLock::new();
    CACHE
        .get_or_init(|| {
            let instruments = super::embedded::instruments()?;
            let mut out = Vec::new();
            let mut errors: Vec<DataError> = Vec::new();
            for (name, text) in super::embedded::embedded_files("translations") {
                match Translation::from_toml(&name, &text, instruments) {
                    Ok(t) => out.push(t),
                    Err(DataErrors(e)) => errors.extend(e),
                }
            }
            if errors.is_empty() {
                Ok(out)
            } else {
                Err(DataErrors(errors))
            }
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The translation into `language`, if one is shipped (none for English, the original).
pub fn translation(language: &str) -> Option<&'static Translation> {
    translations().ok()?.iter().find(|t| t.language == language)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped() -> &'static Vec<Instrument> {
        super::super::embedded::instruments().expect("instruments")
    }

    /// A complete translation of the shipped instruments, generated from English with
    /// a marker, for checking the checker.
    fn complete(language: &str) -> String {
        let mut s = format!("format = 1\nlanguage = \"{language}\"\nreviewed = false\n");
        for i in shipped() {
            s += &format!(
                "[[instrument]]\nid = \"{}\"\ntitle = \"T\"\nguidance = \"G\"\n",
                i.id.as_str()
            );
        }
        for i in shipped() {
            for d in &i.dimensions {
                s += &format!(
                    "[[dimension]]\ninstrument = \"{}\"\nid = \"{}\"\nname = \"N\"\nshort = \"n\"\n",
                    i.id.as_str(),
                    d.id.as_str()
                );
            }
        }
        for i in shipped() {
            for x in &i.indicators {
                s += &format!(
                    "[[indicator]]\ninstrument = \"{}\"\nid = \"{}\"\nquestion = \"Q {}\"\n{}",
                    i.id.as_str(),
                    x.id.as_str(),
                    x.id.as_str(),
                    if x.guidance.is_some() {
                        "guidance = \"g\"\n"
                    } else {
                        ""
                    }
                );
            }
        }
        s
    }

    #[test]
    fn a_complete_translation_is_read_and_a_gap_or_an_unknown_id_is_refused_with_its_line() {
        let file = "data/screening/translations/xx.toml";
        let t = Translation::from_toml(file, &complete("xx"), shipped()).expect("complete");
        let first = &shipped()[0];
        let ind = &first.indicators[0];
        assert_eq!(
            t.indicator(first.id.as_str(), ind.id.as_str())
                .map(|(q, _)| q.to_string()),
            Some(format!("Q {}", ind.id.as_str()))
        );
        assert!(!t.reviewed);
        // One question left out: refused, naming it.
        let text = complete("xx");
        let block = format!(
            "[[indicator]]\ninstrument = \"{}\"\nid = \"{}\"\nquestion = \"Q {}\"\n{}",
            first.id.as_str(),
            ind.id.as_str(),
            ind.id.as_str(),
            if ind.guidance.is_some() {
                "guidance = \"g\"\n"
            } else {
                ""
            }
        );
        assert!(text.contains(&block));
        let gap = text.replacen(&block, "", 1);
        let e = Translation::from_toml(file, &gap, shipped()).expect_err("incomplete");
        assert!(e.to_string().contains(ind.id.as_str()), "{e}");
        // An id no instrument has: refused at its line.
        let extra = format!(
            "{text}[[indicator]]\ninstrument = \"{}\"\nid = \"made.up\"\nquestion = \"?\"\n",
            first.id.as_str()
        );
        let e = Translation::from_toml(file, &extra, shipped()).expect_err("unknown");
        let line = extra.lines().count() - 3;
        assert!(
            e.0.iter()
                .any(|d| d.line == line && d.reason.contains("no shipped instrument")),
            "{e}"
        );
        // The file's name is its language.
        assert!(Translation::from_toml(file, &complete("da"), shipped()).is_err());
    }

    #[test]
    fn every_shipped_translation_is_complete_and_offered_by_the_ui() {
        let all = translations().expect("the shipped translations are valid");
        for t in all {
            assert!(
                [
                    "da", "de", "et", "fi", "is", "lt", "lv", "nb", "pl", "ru", "sv"
                ]
                .contains(&t.language.as_str()),
                "{}",
                t.language
            );
        }
    }
}
