//! Generated national reports: the 2013 report's structure rebuilt from the atlas, for one
//! country or for the region, as of any revision (issue 8).
//!
//! A report is built once as a renderer-neutral document — chapters, sections and blocks
//! of text, lists, tables and figures — in which every statement carries the numbers of
//! its sources (`Cite`: the section, the verbatim quote, its line in the report and who
//! said it). Renderers only lay it out: Markdown here (`markdown`), HTML in the web crate
//! (a template), PDF in `opennrm-pdf` (typst reads the document as JSON data, never as
//! markup). Nothing here decides how a statement looks, and no renderer decides what it
//! says.
//!
//! The words come through `Words`, the same Fluent messages the pages use (`nr-*` keys),
//! so that the report follows the interface into other languages.

mod chapter;
pub mod markdown;
mod region;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use serde::Serialize;

use crate::atlas::{Atlas, CountryAtlas, FactId, Source};
use crate::insight::gaps;

/// The messages and vocabulary labels of the interface's language (implemented by the web
/// crate's `Ui`; tests use the English messages too).
pub trait Words {
    /// The message `key` with named arguments.
    fn text(&self, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String;
    /// The label of a vocabulary value: `label("sector", "trade_union")`.
    fn label(&self, vocabulary: &str, value: &str) -> String;
    /// The message `key` without arguments.
    fn t(&self, key: &str) -> String {
        self.text(key, &[])
    }
}

/// Which atlas the report was generated from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportEdition)]
pub struct Edition {
    /// The atlas revision (1 is the 2013 baseline).
    pub revision: i64,
    /// The revision's label ("2013 baseline (CBSS report)").
    pub label: String,
    /// When the revision was made, as the interface shows dates.
    pub date: String,
}

/// A generated report: for one country (its executive summary, its chapter, the regional
/// comparison) or for the region (the executive summary, every chapter, the comparison).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct GeneratedReport {
    /// The country's code, or `None` for the region.
    pub country: Option<String>,
    pub title: String,
    pub subtitle: String,
    /// One line on what the report is and how to read its numbers in brackets.
    pub preface: Vec<String>,
    pub edition: Edition,
    pub chapters: Vec<Chapter>,
    /// The sources, numbered from 1 in order of first citation.
    pub sources: Vec<Cite>,
    /// The drawings and charts, referred to by `Block::Figure` (index).
    pub figures: Vec<Figure>,
    /// Headings of the parts a reader expects before the chapters: "Contents", "Sources".
    pub labels: Labels,
}

/// Fixed words of the layout, in the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportLabels)]
pub struct Labels {
    pub contents: String,
    pub sources: String,
    pub figure: String,
    pub table: String,
    pub page: String,
    pub line: String,
    pub said_by: String,
    pub source_of: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportChapter)]
pub struct Chapter {
    /// Anchor: `executive-summary`, `dk`, `comparison`.
    pub id: String,
    pub title: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportSection)]
pub struct Section {
    /// Anchor, unique in the report: `dk-mechanisms`.
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A piece of a section. Every statement names its sources by number (`cites`); a
/// statement without sources is computed from the ones listed beside it (counts, the
/// network's measures) and says so.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportBlock)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    /// A sub-heading.
    Heading { text: String },
    /// A sentence or paragraph in our words.
    Text { text: String, cites: Vec<usize> },
    /// The report's own words (a source's quote), with its number.
    Quote { text: String, cites: Vec<usize> },
    /// A list; an item may have one level of sub-items.
    List { items: Vec<Item> },
    /// A table with a caption; the first column names the row.
    Table {
        caption: String,
        header: Vec<String>,
        rows: Vec<Vec<Cell>>,
    },
    /// A figure of `GeneratedReport::figures`.
    Figure { figure: usize },
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportItem, no_recursion)]
pub struct Item {
    pub text: String,
    /// A second, lighter line (a note, a scope, a status).
    pub detail: Option<String>,
    pub cites: Vec<usize>,
    pub items: Vec<Item>,
}

impl Item {
    fn new(text: impl Into<String>, cites: Vec<usize>) -> Item {
        Item {
            text: text.into(),
            detail: None,
            cites,
            items: Vec::new(),
        }
    }
    fn detail(mut self, detail: Option<String>) -> Item {
        self.detail = detail.filter(|d| !d.is_empty());
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportCell)]
pub struct Cell {
    pub text: String,
    pub cites: Vec<usize>,
    /// Shown stronger: the report's own country in the comparison tables.
    pub strong: bool,
}

impl Cell {
    fn text(text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            cites: Vec::new(),
            strong: false,
        }
    }
    fn cited(text: impl Into<String>, cites: Vec<usize>) -> Cell {
        Cell {
            text: text.into(),
            cites,
            strong: false,
        }
    }
}

/// A source of the report: where a statement of the generated report comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportSource)]
pub struct Cite {
    /// Its number in the generated report, from 1.
    pub n: usize,
    /// The country whose chapter it is in; `None` for the report-wide parts.
    pub country: Option<String>,
    pub section: String,
    pub quote: String,
    /// The report's line where the quote starts.
    pub line: Option<u32>,
    /// The respondents whose questionnaire the passage reports, by name.
    pub said_by: Vec<String>,
}

/// A drawing or chart, as SVG made by `insight::svg`.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
#[schema(as = ReportFigure)]
pub struct Figure {
    /// File name when written beside the report, and anchor: `dk-network.svg`.
    pub file: String,
    pub caption: String,
    /// The text alternative: what the figure shows, in words.
    pub alt: String,
    /// Self-contained SVG.
    pub svg: String,
}

/// Numbers the sources of a report as they are first cited; the same quote at the same
/// line is one source.
#[derive(Default)]
pub(crate) struct Cites {
    list: Vec<Cite>,
    index: HashMap<(Option<u32>, String), usize>,
}

impl Cites {
    /// The number of `source` (from 1), adding it on first use.
    pub(crate) fn cite(&mut self, country: Option<&CountryAtlas>, source: &Source) -> usize {
        let key = (source.line, source.quote.clone());
        if let Some(n) = self.index.get(&key) {
            return *n;
        }
        let n = self.list.len() + 1;
        let said_by = country
            .map(|c| respondent_names(c, &source.said_by))
            .unwrap_or_default();
        self.list.push(Cite {
            n,
            country: country.map(|c| c.country.code.to_string()),
            section: source.section.clone(),
            quote: source.quote.clone(),
            line: source.line,
            said_by,
        });
        self.index.insert(key, n);
        n
    }

    /// The numbers of a fact's source and of its other sources (`also`).
    pub(crate) fn all(
        &mut self,
        country: Option<&CountryAtlas>,
        source: &Source,
        also: &[Source],
    ) -> Vec<usize> {
        let mut ns = vec![self.cite(country, source)];
        for s in also {
            let n = self.cite(country, s);
            if !ns.contains(&n) {
                ns.push(n);
            }
        }
        ns
    }

    fn into_list(self) -> Vec<Cite> {
        self.list
    }
}

fn respondent_names(c: &CountryAtlas, ids: &[FactId]) -> Vec<String> {
    ids.iter()
        .filter_map(|id| c.respondents.iter().find(|r| &r.id == id))
        .map(|r| r.name.clone())
        .collect()
}

/// What a report is built from, shared by its chapters.
pub(crate) struct Build<'a> {
    pub atlas: &'a Atlas,
    pub words: &'a dyn Words,
    pub cites: Cites,
    pub figures: Vec<Figure>,
    /// The gap findings of every country, evaluated once.
    pub findings: Vec<gaps::Finding>,
}

impl<'a> Build<'a> {
    fn new(atlas: &'a Atlas, words: &'a dyn Words) -> Build<'a> {
        Build {
            atlas,
            words,
            cites: Cites::default(),
            figures: Vec::new(),
            findings: gaps::evaluate_atlas(atlas),
        }
    }

    /// The gap findings of one country.
    pub(crate) fn findings_of(&self, c: &CountryAtlas) -> Vec<gaps::Finding> {
        self.findings
            .iter()
            .filter(|f| f.country == c.country.code)
            .cloned()
            .collect()
    }

    pub(crate) fn figure(&mut self, figure: Figure) -> Block {
        self.figures.push(figure);
        Block::Figure {
            figure: self.figures.len() - 1,
        }
    }
}

/// Why a report cannot be generated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReportError {
    #[error("the atlas has no country with the code {0}")]
    UnknownCountry(String),
}

/// The report for one country: an executive summary, the country's chapter in the
/// report's structure, and the regional comparison with the country marked.
pub fn country_report(
    atlas: &Atlas,
    code: &str,
    words: &dyn Words,
    edition: Edition,
) -> Result<GeneratedReport, ReportError> {
    let c = atlas
        .country(code)
        .ok_or_else(|| ReportError::UnknownCountry(code.chars().take(8).collect()))?;
    let mut b = Build::new(atlas, words);
    let chapters = vec![
        region::executive_summary(&mut b, &[c]),
        chapter::country_chapter(&mut b, c),
        region::comparison(&mut b, Some(c)),
    ];
    let title = words.text("nr-title-country", &[("country", &c.country.name)]);
    Ok(finish(b, Some(c), title, edition, chapters))
}

/// The report for the region: the executive summary, every country's chapter and the
/// regional comparison — the 2013 report rebuilt from the data.
pub fn region_report(atlas: &Atlas, words: &dyn Words, edition: Edition) -> GeneratedReport {
    let mut b = Build::new(atlas, words);
    let all: Vec<&CountryAtlas> = atlas.countries.iter().collect();
    let mut chapters = vec![region::executive_summary(&mut b, &all)];
    for c in &all {
        chapters.push(chapter::country_chapter(&mut b, c));
    }
    chapters.push(region::comparison(&mut b, None));
    let title = words.t("nr-title-region");
    finish(b, None, title, edition, chapters)
}

fn finish(
    b: Build<'_>,
    country: Option<&CountryAtlas>,
    title: String,
    edition: Edition,
    chapters: Vec<Chapter>,
) -> GeneratedReport {
    let w = b.words;
    let subtitle = w.text(
        "nr-subtitle",
        &[
            ("revision", &edition.revision),
            ("label", &edition.label),
            ("date", &edition.date),
        ],
    );
    GeneratedReport {
        country: country.map(|c| c.country.code.to_string()),
        title,
        subtitle,
        preface: vec![
            w.text("nr-preface", &[("report", &crate::report::REPORT_TITLE)]),
            w.t("nr-preface-sources"),
        ],
        edition,
        chapters,
        sources: b.cites.into_list(),
        figures: b.figures,
        labels: Labels {
            contents: w.t("nr-contents"),
            sources: w.t("nr-sources"),
            figure: w.t("nr-figure"),
            table: w.t("nr-table"),
            page: w.t("nr-page"),
            line: w.t("nr-line"),
            said_by: w.t("nr-said-by"),
            source_of: w.t("nr-source-of"),
        },
    }
}

impl GeneratedReport {
    /// A file name for the report: `opennrm-dk-r3`, `opennrm-region-r3`.
    pub fn file_stem(&self) -> String {
        format!(
            "opennrm-{}-r{}",
            self.country
                .as_deref()
                .map_or_else(|| "region".to_string(), str::to_ascii_lowercase),
            self.edition.revision
        )
    }

    /// Every number cited anywhere in the report (for checks: each must be a source).
    pub fn cited(&self) -> Vec<usize> {
        fn items(out: &mut Vec<usize>, list: &[Item]) {
            for i in list {
                out.extend(&i.cites);
                items(out, &i.items);
            }
        }
        let mut out = Vec::new();
        for s in self.chapters.iter().flat_map(|c| &c.sections) {
            for block in &s.blocks {
                match block {
                    Block::Text { cites, .. } | Block::Quote { cites, .. } => out.extend(cites),
                    Block::List { items: list } => items(&mut out, list),
                    Block::Table { rows, .. } => {
                        out.extend(rows.iter().flatten().flat_map(|c| &c.cites));
                    }
                    Block::Heading { .. } | Block::Figure { .. } => {}
                }
            }
        }
        out
    }
}
