//! The 2013 CBSS report itself, embedded, so every quote in the atlas can be checked
//! against it and shown with the line it comes from.
//!
//! Quotes are matched after normalising the report's typesetting only (docs/DATA_FORMAT.md):
//! `<sup>…</sup>` footnote markers and `*` emphasis marks are dropped, a backslash before
//! punctuation is dropped, and every run of whitespace counts as one space.

use std::sync::OnceLock;

/// The report as shipped in `data/report/`.
pub const REPORT_TEXT: &str =
    include_str!("../../../data/report/cbss-2013-actors-against-thb-labour.txt");

/// Bibliographic reference shown with every source.
pub const REPORT_TITLE: &str = "Actors against Trafficking for Labour Exploitation (CBSS Task Force against Trafficking in Human Beings, 2013)";

/// The report's lines as printed (line N is `lines()[N - 1]`), split once per process.
pub fn lines() -> &'static [&'static str] {
    static LINES: OnceLock<Vec<&'static str>> = OnceLock::new();
    LINES.get_or_init(|| REPORT_TEXT.lines().collect())
}

/// The report's text normalised for quote matching, with the original line of every byte.
pub struct Report {
    normalised: String,
    line_of: Vec<u32>,
    /// Footnote markers in the running text: (offset in `normalised`, number), in order.
    /// Markers at the start of a line open a footnote's own text and are not listed.
    markers: Vec<(usize, u32)>,
    /// Offsets in `normalised` where a paragraph starts (see `paragraph_starts`).
    paragraphs: Vec<usize>,
    /// Offset in `normalised` of the first character of each line (index = line - 1).
    line_start: Vec<usize>,
    /// Footnote texts by number, as printed after the marker at the start of a line.
    footnotes: std::collections::HashMap<u32, String>,
}

impl Report {
    /// The embedded report, normalised once per process.
    pub fn embedded() -> &'static Report {
        static REPORT: OnceLock<Report> = OnceLock::new();
        REPORT.get_or_init(|| Report::new(REPORT_TEXT))
    }

    pub fn new(text: &str) -> Report {
        let mut normalised = String::with_capacity(text.len());
        let mut line_of = Vec::with_capacity(text.len());
        let mut line: u32 = 1;
        let mut pending_space = false;
        let mut rest = text;
        let mut markers = Vec::new();
        let mut line_start = vec![0];
        // Whether the current line has had anything but whitespace yet.
        let mut line_has_text = false;
        while let Some(c) = rest.chars().next() {
            if let Some(after) = rest.strip_prefix("<sup>")
                && let Some(end) = after.find("</sup>")
            {
                if line_has_text && let Ok(n) = after[..end].trim().parse::<u32>() {
                    markers.push((normalised.len(), n));
                }
                line_has_text = true;
                line += count_newlines(&after[..end]);
                rest = &after[end + "</sup>".len()..];
                continue;
            }
            if c == '\n' {
                line_has_text = false;
                line_start.push(normalised.len() + usize::from(!normalised.is_empty()));
            } else if !c.is_whitespace() {
                line_has_text = true;
            }
            let mut step = c.len_utf8();
            let mut emitted = Some(c);
            if c == '\n' {
                line += 1;
                emitted = None;
                pending_space = true;
            } else if c.is_whitespace() {
                emitted = None;
                pending_space = true;
            } else if c == '*' {
                emitted = None;
            } else if c == '\\'
                && let Some(next) = rest[1..].chars().next()
                && next.is_ascii_punctuation()
            {
                emitted = Some(next);
                step += next.len_utf8();
            }
            if let Some(ch) = emitted {
                if pending_space && !normalised.is_empty() {
                    normalised.push(' ');
                    line_of.push(line);
                }
                pending_space = false;
                let start = normalised.len();
                normalised.push(ch);
                line_of.extend(std::iter::repeat_n(line, normalised.len() - start));
            }
            rest = &rest[step..];
        }
        Report {
            normalised,
            line_of,
            markers,
            paragraphs: paragraph_starts(text, &line_start),
            line_start,
            footnotes: footnote_texts(text),
        }
    }

    /// The footnotes that attribute `quote`, starting at report line `line`: every
    /// footnote marked inside the quote, and the first one after it while still in the same
    /// paragraph (the report closes a respondent's passage with "Questionnaire 2012: X").
    /// Empty when the quote is not at that line or no footnote closes it.
    pub fn footnotes_of(&self, quote: &str, line: u32) -> Vec<u32> {
        let needle = Report::normalise(quote);
        let Some(&from) = self.line_start.get(line.saturating_sub(1) as usize) else {
            return Vec::new();
        };
        let Some(at) = self
            .normalised
            .get(from..)
            .and_then(|rest| rest.find(needle.as_str()))
            .map(|i| from + i)
        else {
            return Vec::new();
        };
        let end = at + needle.len();
        let first = self.markers.partition_point(|(o, _)| *o <= at);
        let mut out: Vec<u32> = Vec::new();
        for &(offset, n) in &self.markers[first..] {
            if offset < end {
                out.push(n);
                continue;
            }
            // The first marker after the quote counts if no paragraph starts before it.
            let next_paragraph = self.paragraphs.partition_point(|p| *p <= end);
            if self
                .paragraphs
                .get(next_paragraph)
                .is_none_or(|p| *p > offset)
            {
                out.push(n);
            }
            break;
        }
        out.dedup();
        out
    }

    /// The text of footnote `n`, with "Ibid" resolved to the footnote it repeats.
    pub fn footnote(&self, n: u32) -> Option<&str> {
        let mut n = n;
        for _ in 0..8 {
            let text = self.footnotes.get(&n)?;
            let bare = text.trim_end_matches('.').trim();
            if bare.eq_ignore_ascii_case("ibid") {
                n = n.checked_sub(1)?;
                continue;
            }
            return Some(text);
        }
        None
    }

    /// The X of "Questionnaire 2012: X" for footnote `n`, if it is one.
    pub fn questionnaire_of(&self, n: u32) -> Option<&str> {
        self.footnote(n)?
            .strip_prefix("Questionnaire 2012:")
            .map(str::trim)
    }

    /// Every footnote defined between report lines `from` and `to` that cites a
    /// questionnaire: (number, the X of "Questionnaire 2012: X").
    pub fn questionnaire_footnotes(&self, (from, to): (u32, u32)) -> Vec<(u32, String)> {
        let mut out: Vec<(u32, String)> = lines()
            .iter()
            .enumerate()
            .filter(|(i, _)| (from as usize..=to as usize).contains(&(i + 1)))
            .filter_map(|(_, l)| footnote_line(l))
            .filter_map(|(n, text)| {
                text.strip_prefix("Questionnaire 2012:")
                    .map(|x| (n, x.trim().to_string()))
            })
            .collect();
        out.sort();
        out
    }

    /// Normalise a quote the same way as the report.
    pub fn normalise(quote: &str) -> String {
        Report::new(quote).normalised
    }

    /// Every line where `quote` starts, in report order.
    pub fn occurrences(&self, quote: &str) -> Vec<u32> {
        let needle = Report::normalise(quote);
        if needle.is_empty() {
            return Vec::new();
        }
        self.normalised
            .match_indices(needle.as_str())
            .map(|(at, _)| self.line_of[at])
            .collect()
    }

    /// The report line where `quote` starts, or `None` when it is not verbatim in the report.
    /// Where a quote occurs several times, the first occurrence within `prefer` (a line
    /// range, e.g. the country's chapter) wins.
    pub fn locate(&self, quote: &str, prefer: Option<(u32, u32)>) -> Option<u32> {
        let needle = Report::normalise(quote);
        if needle.is_empty() {
            return None;
        }
        let mut first = None;
        for (at, _) in self.normalised.match_indices(needle.as_str()) {
            let line = self.line_of[at];
            if let Some((from, to)) = prefer
                && (from..=to).contains(&line)
            {
                return Some(line);
            }
            first.get_or_insert(line);
        }
        first
    }
}

/// `<sup>N</sup>text` at the start of a line: a footnote's own text. Two of Norway's
/// footnotes (118, 119) lost their markup in the conversion and read `N text`; those are
/// recognised by what they say, so that no other line starting with a number is taken.
fn footnote_line(l: &str) -> Option<(u32, &str)> {
    let t = l.trim_start();
    if let Some((n, text)) = t.split_once(' ')
        && n.len() <= 3
        && n.bytes().all(|b| b.is_ascii_digit())
        && (text.starts_with("Questionnaire 2012:") || text.starts_with("Ibid"))
    {
        return Some((n.parse().ok()?, text.trim()));
    }
    let rest = t.strip_prefix("<sup>")?;
    let end = rest.find("</sup>")?;
    let n = rest[..end].trim().parse().ok()?;
    Some((n, rest[end + "</sup>".len()..].trim()))
}

fn footnote_texts(text: &str) -> std::collections::HashMap<u32, String> {
    text.lines()
        .filter_map(footnote_line)
        .map(|(n, t)| (n, t.to_string()))
        .collect()
}

/// Where paragraphs start, as offsets into the normalised text. The report is a
/// conversion of a printed page layout: a paragraph cut by a page break continues after
/// the footnotes of that page, so a body line starts a new paragraph only when it is a
/// heading or label (`#`, `**…:**`), follows a heading, or follows a line that ended a
/// sentence. Footnote texts, rules (`---`) and blank lines are not body lines.
fn paragraph_starts(text: &str, line_start: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut previous_ended = true;
    for (i, l) in text.lines().enumerate() {
        let t = l.trim();
        if t.is_empty() || t.starts_with("---") || footnote_line(t).is_some() {
            continue;
        }
        let heading = t.starts_with('#');
        if (heading || t.starts_with("**") || previous_ended)
            && let Some(&o) = line_start.get(i)
        {
            out.push(o);
        }
        let bare = strip_markers(t);
        previous_ended = heading
            || bare
                .trim_end_matches(['*', ' '])
                .ends_with(['.', ':', ';', '!', '?', ')', '"', '”']);
    }
    out
}

fn strip_markers(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(i) = rest.find("<sup>") {
        out.push_str(&rest[..i]);
        match rest[i..].find("</sup>") {
            Some(e) => rest = &rest[i + e + "</sup>".len()..],
            None => {
                rest = &rest[i..];
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

fn count_newlines(s: &str) -> u32 {
    u32::try_from(s.matches('\n').count()).unwrap_or(u32::MAX)
}

/// The executive summary, where every country has a paragraph of its own.
pub const EXECUTIVE_SUMMARY_LINES: (u32, u32) = (94, 197);

/// The executive summary, introduction and methodology: what `report.toml` quotes.
pub const FRONT_MATTER_LINES: (u32, u32) = (94, 229);

/// Line ranges of each country's chapter (see shared/seed/INDEX.md), used to prefer the
/// occurrence of a quote inside the right chapter and to tell a reader where to look.
pub fn chapter_lines(country_code: &str) -> Option<(u32, u32)> {
    Some(match country_code {
        "DK" => (230, 434),
        "EE" => (435, 646),
        "FI" => (647, 887),
        "DE" => (888, 1107),
        "IS" => (1108, 1250),
        "LV" => (1251, 1449),
        "LT" => (1450, 1610),
        "NO" => (1611, 1885),
        "PL" => (1886, 2111),
        "RU" => (2112, 2259),
        "SE" => (2260, 2508),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_match_across_typesetting_but_not_across_wording() {
        let r =
            Report::new("Line one has **bold**\nand a note<sup>4</sup>. Then\n\nmore text\\_here.");
        assert_eq!(
            r.locate("one has bold and a note. Then more", None),
            Some(1)
        );
        assert_eq!(r.locate("more text_here", None), Some(4));
        assert_eq!(r.locate("one has bald", None), None);
    }

    #[test]
    fn a_passage_is_attributed_to_the_footnote_that_closes_its_paragraph() {
        let r = Report::embedded();
        // Inside CMM's paragraph, which a page break cuts before its footnote 6.
        let line = r
            .locate("CMM is also in charge of determining the status", None)
            .expect("in the report");
        assert_eq!(
            r.footnotes_of("CMM is also in charge of determining the status", line),
            vec![6]
        );
        assert_eq!(
            r.questionnaire_of(6),
            Some("Centre against Human Trafficking")
        );
        // WEA's paragraph: the first sentence after the page break closes with 9, the
        // joint inspections with 10; "Ibid" (11) repeats 10.
        let q = "they have no mandate as such, concerning trafficking for labour specifically";
        let line = r.locate(q, None).expect("in the report");
        assert_eq!(r.footnotes_of(q, line), vec![9]);
        let q = "Joint inspections have taken place";
        assert_eq!(
            r.footnotes_of(q, r.locate(q, None).expect("in the report")),
            vec![10]
        );
        assert_eq!(
            r.questionnaire_of(11),
            Some("Centre against Human Trafficking")
        );
        // A sentence after the last footnote of its paragraph is attributed to nobody.
        let q = "WEA further stated that they cooperate with CMM";
        assert_eq!(
            r.footnotes_of(q, r.locate(q, None).expect("in the report")),
            Vec::<u32>::new()
        );
        // A web reference is a footnote, but no questionnaire.
        assert_eq!(r.questionnaire_of(15), None);
        assert!(
            r.questionnaire_footnotes((230, 434))
                .iter()
                .any(|(n, x)| *n == 13 && x == "Painters' Union and 3F")
        );
    }

    #[test]
    fn the_embedded_report_is_found_at_its_real_lines() {
        let r = Report::embedded();
        assert_eq!(
            r.locate(
                "Out of ten Danish respondents asked to participate in the survey",
                None
            ),
            Some(236)
        );
    }
}
