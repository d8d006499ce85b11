//! Full-text search over every fact of a revision. This module says *what* is searched
//! (one `SearchEntry` per text of a fact: names, scopes, notes, titles, quotes, …), how a
//! text becomes searchable words (folded here, in Rust, so SQLite's FTS5 and PostgreSQL's
//! full-text index see the very same words), how a query is read, and which passage of a
//! found text is shown with the matched words marked. The index itself is the databases'.

use std::ops::Range;

use serde::Serialize;

use super::Atlas;
use super::model::*;
use super::vocabulary::*;

super::vocabulary::vocabulary!(
    /// What kind of fact a searched text belongs to (the `kind` filter).
    SearchKind {
        Country, Actor, Mandate, Tie, Mechanism, Document, Limitation, Participation, Finding,
        Ambiguity, Respondent, Recommendation,
    }
);

super::vocabulary::vocabulary!(
    /// Which text of the fact matched.
    SearchField {
        Name, NativeName, Acronym, Alias, Chapter, Scope, Note, Title, Topic, Frequency, Quote,
        Reason, Summary,
    }
);

/// One searchable text of one fact of a revision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchEntry {
    pub country: CountryCode,
    pub kind: SearchKind,
    pub field: SearchField,
    /// The fact's id where it has one (actor, mechanism, document, ambiguity); for a
    /// mandate or a tie the actor it belongs to; else `{cc}-{kind}-{n}`.
    pub reference: String,
    /// The section of the country page that shows the fact (`mechanisms`, `policy`, …);
    /// `None` for facts shown on an actor's page.
    pub anchor: Option<String>,
    /// The sector of the actor the text is about (actors, their mandates, ties they reported).
    pub sector: Option<Sector>,
    /// The capability of a mandate.
    pub capability: Option<Capability>,
    pub text: String,
}

impl SearchEntry {
    /// The page that shows the fact.
    pub fn href(&self) -> String {
        self.href_at("")
    }

    /// The page that shows the fact, with `query` (e.g. `?revision=1`) before its anchor.
    pub fn href_at(&self, query: &str) -> String {
        match &self.anchor {
            None => format!("/actors/{}{query}", self.reference),
            Some(a) if a.is_empty() => format!("/countries/{}{query}", self.country),
            Some(a) => format!("/countries/{}{query}#{a}", self.country),
        }
    }
}

/// Every searchable text of `atlas`, in a stable order (country, then the page's order).
pub fn entries(atlas: &Atlas) -> Vec<SearchEntry> {
    let mut out = Vec::new();
    for c in &atlas.countries {
        let cc = &c.country.code;
        let lower = cc.as_str().to_ascii_lowercase();
        let mut push = |kind,
                        field,
                        reference: &str,
                        anchor: Option<&str>,
                        sector,
                        capability,
                        text: Option<&str>| {
            if let Some(t) = text.map(str::trim).filter(|t| !t.is_empty()) {
                out.push(SearchEntry {
                    country: cc.clone(),
                    kind,
                    field,
                    reference: reference.to_string(),
                    anchor: anchor.map(str::to_string),
                    sector,
                    capability,
                    text: t.to_string(),
                });
            }
        };
        use SearchField as F;
        use SearchKind as K;
        let country_ref = cc.as_str();
        push(
            K::Country,
            F::Name,
            country_ref,
            Some(""),
            None,
            None,
            Some(&c.country.name),
        );
        push(
            K::Country,
            F::NativeName,
            country_ref,
            Some(""),
            None,
            None,
            c.country.native_name.as_deref(),
        );
        if c.country.chapter != c.country.name {
            push(
                K::Country,
                F::Chapter,
                country_ref,
                Some(""),
                None,
                None,
                Some(&c.country.chapter),
            );
        }
        for (i, p) in c.participation.iter().enumerate() {
            let r = format!("{lower}-participation-{}", i + 1);
            push(
                K::Participation,
                F::Note,
                &r,
                Some("participation"),
                None,
                None,
                p.note.as_deref(),
            );
            push(
                K::Participation,
                F::Quote,
                &r,
                Some("participation"),
                None,
                None,
                Some(&p.source.quote),
            );
        }
        for (i, f) in c.findings.iter().enumerate() {
            let r = format!("{lower}-{}-{}", f.part.as_str(), i + 1);
            push(
                K::Finding,
                F::Quote,
                &r,
                Some(f.part.as_str()),
                None,
                None,
                Some(&f.source.quote),
            );
        }
        for a in &c.actors {
            let (id, s) = (a.id.as_str(), Some(a.sector));
            push(K::Actor, F::Name, id, None, s, None, Some(&a.name));
            push(
                K::Actor,
                F::NativeName,
                id,
                None,
                s,
                None,
                a.native_name.as_deref(),
            );
            push(
                K::Actor,
                F::Acronym,
                id,
                None,
                s,
                None,
                a.acronym.as_deref(),
            );
            for alias in &a.aliases {
                push(K::Actor, F::Alias, id, None, s, None, Some(alias));
            }
            push(K::Actor, F::Note, id, None, s, None, a.note.as_deref());
            push(K::Actor, F::Quote, id, None, s, None, Some(&a.source.quote));
            for x in &a.also {
                push(K::Actor, F::Quote, id, None, s, None, Some(&x.quote));
            }
            for m in &a.mandates {
                let cap = Some(m.capability);
                push(K::Mandate, F::Scope, id, None, s, cap, m.scope.as_deref());
                push(K::Mandate, F::Note, id, None, s, cap, m.note.as_deref());
                for q in std::iter::once(&m.source).chain(&m.also) {
                    push(K::Mandate, F::Quote, id, None, s, cap, Some(&q.quote));
                }
            }
        }
        for t in &c.cooperation {
            let s = c.actor(&t.from).map(|a| a.sector);
            push(
                K::Tie,
                F::Note,
                t.from.as_str(),
                None,
                s,
                None,
                t.note.as_deref(),
            );
            for q in std::iter::once(&t.source).chain(&t.also) {
                push(
                    K::Tie,
                    F::Quote,
                    t.from.as_str(),
                    None,
                    s,
                    None,
                    Some(&q.quote),
                );
            }
        }
        for m in &c.mechanisms {
            let (id, at) = (m.id.as_str(), Some("mechanisms"));
            push(K::Mechanism, F::Name, id, at, None, None, Some(&m.name));
            push(
                K::Mechanism,
                F::Frequency,
                id,
                at,
                None,
                None,
                m.frequency.as_deref(),
            );
            push(K::Mechanism, F::Note, id, at, None, None, m.note.as_deref());
            for q in std::iter::once(&m.source).chain(&m.also) {
                push(K::Mechanism, F::Quote, id, at, None, None, Some(&q.quote));
            }
        }
        for (i, l) in c.limitations.iter().enumerate() {
            let r = format!("{lower}-limitation-{}", i + 1);
            push(
                K::Limitation,
                F::Note,
                &r,
                Some("challenges"),
                None,
                None,
                l.note.as_deref(),
            );
            for q in std::iter::once(&l.source).chain(&l.also) {
                push(
                    K::Limitation,
                    F::Quote,
                    &r,
                    Some("challenges"),
                    None,
                    None,
                    Some(&q.quote),
                );
            }
        }
        for d in &c.documents {
            let (id, at) = (d.id.as_str(), Some("policy"));
            push(K::Document, F::Title, id, at, None, None, Some(&d.title));
            push(K::Document, F::Note, id, at, None, None, d.note.as_deref());
            for q in std::iter::once(&d.source).chain(&d.also) {
                push(K::Document, F::Quote, id, at, None, None, Some(&q.quote));
            }
        }
        for (i, amb) in c.ambiguities.iter().enumerate() {
            // The id the store gives an ambiguity.
            let r = format!("{lower}-ambiguity-{}", i + 1);
            let at = Some("ambiguities");
            push(K::Ambiguity, F::Topic, &r, at, None, None, Some(&amb.topic));
            push(K::Ambiguity, F::Note, &r, at, None, None, Some(&amb.note));
            for s in &amb.sources {
                push(K::Ambiguity, F::Quote, &r, at, None, None, Some(&s.quote));
            }
        }
        for x in &c.respondents {
            // The row of the respondents table: its anchor is the respondent's id.
            let (id, at) = (x.id.as_str(), Some(x.id.as_str()));
            push(K::Respondent, F::Name, id, at, None, None, Some(&x.name));
            push(
                K::Respondent,
                F::Reason,
                id,
                at,
                None,
                None,
                x.reason.as_deref(),
            );
            push(
                K::Respondent,
                F::Note,
                id,
                at,
                None,
                None,
                x.note.as_deref(),
            );
            for q in std::iter::once(&x.source).chain(&x.also) {
                push(K::Respondent, F::Quote, id, at, None, None, Some(&q.quote));
            }
        }
        for x in &c.recommendations {
            let (id, at) = (x.id.as_str(), Some(x.id.as_str()));
            push(
                K::Recommendation,
                F::Summary,
                id,
                at,
                None,
                None,
                Some(&x.summary),
            );
            for q in std::iter::once(&x.source).chain(&x.also) {
                push(
                    K::Recommendation,
                    F::Quote,
                    id,
                    at,
                    None,
                    None,
                    Some(&q.quote),
                );
            }
        }
    }
    out
}

/// The words of `text` with where each stands in it: runs of letters and digits, each
/// folded to lower-case ASCII without accents ("Liepājas" → "liepajas", "§ 262a" →
/// "262a"). A run that folds to several words ("Æ" → "ae" stays one; a CJK run becomes
/// several) yields each of them with the run's range.
pub fn words(text: &str) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    let mut start = None;
    let flush = |from: usize, to: usize, out: &mut Vec<(Range<usize>, String)>| {
        let folded = deunicode::deunicode(&text[from..to]).to_lowercase();
        for w in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
            if !w.is_empty() {
                out.push((from..to, w.to_string()));
            }
        }
    };
    for (i, ch) in text.char_indices() {
        match (ch.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                flush(s, i, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        flush(s, text.len(), &mut out);
    }
    out
}

/// The text as the index stores it: its folded words separated by single spaces, so
/// both databases' tokenisers see plain ASCII words and split them alike.
pub fn fold(text: &str) -> String {
    words(text)
        .into_iter()
        .map(|(_, w)| w)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most words a query may have.
pub const MAX_QUERY_WORDS: usize = 12;

/// A query as the index understands it: folded words, each matched as a word prefix
/// ("reflect" finds "reflection"), all required. Operators and quotes typed by the user
/// are not syntax, only separators, so no input can break the database's query language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchWords(Vec<String>);

/// Why a query was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    #[error("the search text is longer than {MAX_QUERY_CHARS} characters")]
    TooLong,
    #[error("the search text has more than {MAX_QUERY_WORDS} words")]
    TooManyWords,
}

impl SearchWords {
    pub fn parse(q: &str) -> Result<SearchWords, QueryError> {
        if q.chars().count() > MAX_QUERY_CHARS {
            return Err(QueryError::TooLong);
        }
        let mut ws: Vec<String> = Vec::new();
        for (_, w) in words(q) {
            if !ws.contains(&w) {
                ws.push(w);
            }
        }
        if ws.len() > MAX_QUERY_WORDS {
            return Err(QueryError::TooManyWords);
        }
        Ok(SearchWords(ws))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The folded words: lower-case ASCII letters and digits only.
    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// Byte ranges of `text` whose words match the query (the same prefix rule as the index).
    pub fn matches(&self, text: &str) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for (r, w) in words(text) {
            if self.0.iter().any(|q| w.starts_with(q.as_str())) && out.last() != Some(&r) {
                out.push(r);
            }
        }
        out
    }
}

/// A text around its first match, cut into plain and marked pieces (rendered through the
/// auto-escaping template, never assembled as HTML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// The shown part of the text ("…" where it was cut).
    pub text: String,
    /// The matched words as [start, end) in characters of `text`.
    pub matches: Vec<(usize, usize)>,
}

/// Characters of context shown before the first match of a long text.
const LEAD: usize = 80;
/// Longest passage shown, in characters (without the ellipses).
const PASSAGE: usize = 260;

impl Passage {
    pub fn new(text: &str, words: &SearchWords) -> Passage {
        let ranges = words.matches(text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let n = chars.len();
        let char_at = |byte: usize| chars.partition_point(|(b, _)| *b < byte);
        let first = ranges.first().map_or(0, |r| char_at(r.start));
        let (mut from, mut to) = (0, n);
        if n > PASSAGE {
            from = first.saturating_sub(LEAD);
            to = (from + PASSAGE).min(n);
            from = to.saturating_sub(PASSAGE);
            // Cut at spaces, not inside words.
            if from > 0 {
                from = (from..first.max(from))
                    .find(|&i| chars[i].1.is_whitespace())
                    .map_or(from, |i| i + 1);
            }
            if to < n {
                to = (first.min(to)..to)
                    .rev()
                    .find(|&i| chars[i].1.is_whitespace())
                    .unwrap_or(to);
            }
        }
        let byte = |c: usize| chars.get(c).map_or(text.len(), |(b, _)| *b);
        let lead = if from > 0 { "…" } else { "" };
        let shown = format!(
            "{lead}{}{}",
            &text[byte(from)..byte(to)],
            if to < n { "…" } else { "" }
        );
        let offset = lead.chars().count();
        let matches = ranges
            .iter()
            .map(|r| (char_at(r.start), char_at(r.end)))
            .filter(|(s, e)| *s >= from && *e <= to)
            .map(|(s, e)| (s - from + offset, e - from + offset))
            .collect();
        Passage {
            text: shown,
            matches,
        }
    }

    /// The passage as pieces, each marked or not, in order.
    pub fn pieces(&self) -> Vec<(String, bool)> {
        let chars: Vec<char> = self.text.chars().collect();
        let mut out = Vec::new();
        let mut at = 0;
        for &(s, e) in &self.matches {
            if s > at {
                out.push((chars[at..s].iter().collect(), false));
            }
            out.push((chars[s..e].iter().collect(), true));
            at = e;
        }
        if at < chars.len() {
            out.push((chars[at..].iter().collect(), false));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_punctuation() {
        assert_eq!(fold("Udlændingestyrelsen"), "udlaendingestyrelsen");
        assert_eq!(
            fold("Prosecutor's Office of Liepāja City"),
            "prosecutor s office of liepaja city"
        );
        assert_eq!(
            fold("§ 262a of the Criminal Code"),
            "262a of the criminal code"
        );
        assert_eq!(
            fold("Lietuvos Respublikos baudžiamasis kodeksas"),
            "lietuvos respublikos baudziamasis kodeksas"
        );
        assert_eq!(fold("\"*(NEAR -"), "near");
    }

    #[test]
    fn a_query_is_words_only_so_no_input_is_syntax() {
        for hostile in [
            "\"",
            "*",
            "(",
            "NEAR",
            "-",
            "§",
            "a\"b OR c*",
            "')--",
            "\\",
            "\u{0}",
        ] {
            let w = SearchWords::parse(hostile).expect("parses");
            assert!(
                w.as_slice().iter().all(|x| x
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())),
                "{hostile}"
            );
        }
        assert!(SearchWords::parse("§").expect("ok").is_empty());
        assert_eq!(
            SearchWords::parse("§ 262a").expect("ok").as_slice(),
            ["262a"]
        );
        assert_eq!(
            SearchWords::parse(&"a".repeat(201)),
            Err(QueryError::TooLong)
        );
        assert_eq!(
            SearchWords::parse("a b c d e f g h i j k l m"),
            Err(QueryError::TooManyWords)
        );
    }

    #[test]
    fn words_match_as_prefixes_and_are_marked_in_the_original_text() {
        let w = SearchWords::parse("LIEPAJA reflect").expect("ok");
        let text = "The Prosecutor's Office of Liepāja City grants a reflection period.";
        let p = Passage::new(text, &w);
        assert_eq!(p.text, text);
        let marked: Vec<String> = p
            .pieces()
            .into_iter()
            .filter(|(_, m)| *m)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(marked, ["Liepāja", "reflection"]);
    }

    #[test]
    fn a_long_text_is_shown_around_its_first_match() {
        let text = format!(
            "{} the reflection period {}",
            "word ".repeat(100),
            "tail ".repeat(100)
        );
        let w = SearchWords::parse("reflection").expect("ok");
        let p = Passage::new(&text, &w);
        assert!(
            p.text.starts_with('…') && p.text.ends_with('…'),
            "{}",
            p.text
        );
        assert!(p.text.chars().count() <= PASSAGE + 2);
        let pieces = p.pieces();
        assert!(pieces.iter().any(|(t, m)| *m && t == "reflection"));
        assert!(
            pieces[0].0.starts_with("…word"),
            "cut at a space: {}",
            pieces[0].0
        );
    }

    #[test]
    fn every_fact_of_the_embedded_atlas_is_searchable() {
        let atlas = Atlas::embedded().expect("atlas");
        let all = entries(&atlas);
        assert!(all.len() > 2000, "{}", all.len());
        for kind in [
            SearchKind::Actor,
            SearchKind::Mandate,
            SearchKind::Mechanism,
            SearchKind::Document,
            SearchKind::Limitation,
            SearchKind::Finding,
        ] {
            assert!(all.iter().any(|e| e.kind == kind), "{kind}");
        }
        assert!(
            all.iter()
                .all(|e| !fold(&e.text).is_empty() || e.text.chars().all(|c| !c.is_alphanumeric()))
        );
    }
}
