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
        while let Some(c) = rest.chars().next() {
            if let Some(after) = rest.strip_prefix("<sup>")
                && let Some(end) = after.find("</sup>")
            {
                line += count_newlines(&after[..end]);
                rest = &after[end + "</sup>".len()..];
                continue;
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
        }
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

fn count_newlines(s: &str) -> u32 {
    u32::try_from(s.matches('\n').count()).unwrap_or(u32::MAX)
}

/// The executive summary, where every country has a paragraph of its own.
pub const EXECUTIVE_SUMMARY_LINES: (u32, u32) = (94, 197);

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
