//! The parts around the chapters: the executive summary (the report's own paragraph per
//! country, then what the data and the gap analysis say) and the regional comparison (the
//! matrix as tables, the charts, the gap rules across countries).

use crate::atlas::CountryAtlas;
use crate::atlas::query::{self, MechanismState};
use crate::atlas::vocabulary::{Capability, FindingPart, LimitationCategory, Sector};
use crate::insight::gaps::{self, Severity};
use crate::insight::matrix;
use crate::insight::svg::{BarChart, LimitationMeasure, bar_chart_svg};

use super::chapter::{finding_item, state_label};
use super::{Block, Build, Cell, Chapter, Figure, Item, Section};

pub(crate) fn executive_summary(b: &mut Build<'_>, countries: &[&CountryAtlas]) -> Chapter {
    let w = b.words;
    let mut sections = Vec::new();
    if countries.len() > 1 {
        let blocks = b
            .atlas
            .report
            .findings
            .iter()
            .filter(|f| f.part == FindingPart::ExecutiveSummary && f.countries.is_empty())
            .map(|f| Block::Quote {
                text: f.source.quote.clone(),
                cites: vec![b.cites.cite(None, &f.source)],
            })
            .collect();
        sections.push(Section {
            id: "summary-region".into(),
            title: w.t("nr-summary-region"),
            blocks,
        });
    }
    for c in countries {
        sections.push(country_summary(b, c));
    }
    Chapter {
        id: "executive-summary".into(),
        title: w.t("nr-executive-summary"),
        sections,
    }
}

fn country_summary(b: &mut Build<'_>, c: &CountryAtlas) -> Section {
    let w = b.words;
    let code = c.country.code.as_str().to_ascii_lowercase();
    let mut blocks: Vec<Block> = c
        .findings
        .iter()
        .filter(|f| f.part == FindingPart::ExecutiveSummary)
        .map(|f| Block::Quote {
            text: f.source.quote.clone(),
            cites: vec![b.cites.cite(Some(c), &f.source)],
        })
        .collect();
    let found = b.findings_of(c);
    let count = |s: Severity| found.iter().filter(|f| f.severity == s).count();
    let in_place = query::mechanism_states(c)
        .iter()
        .filter(|(_, s)| {
            matches!(
                s,
                MechanismState::Formal | MechanismState::FunctionalEquivalent
            )
        })
        .count();
    blocks.push(Block::Text {
        text: w.text(
            "nr-summary-data",
            &[
                ("actors", &c.actors.len()),
                ("ties", &c.cooperation.len()),
                ("mechanisms", &in_place),
                ("kinds", &query::mechanism_states(c).len()),
                ("gaps", &count(Severity::Gap)),
                ("unrecorded", &count(Severity::Unrecorded)),
            ],
        ),
        cites: Vec::new(),
    });
    let items: Vec<Item> = found
        .iter()
        .filter(|f| f.severity == Severity::Gap)
        .map(|f| finding_item(b, c, f))
        .collect();
    if !items.is_empty() {
        blocks.push(Block::List { items });
    }
    Section {
        id: format!("{code}-summary"),
        title: c.country.name.clone(),
        blocks,
    }
}

/// A comparison table: one row per `rows` entry, one column per country; the marked
/// country's column is strong.
fn country_table(
    b: &Build<'_>,
    caption: String,
    first: String,
    marked: Option<&CountryAtlas>,
    rows: Vec<(String, Vec<String>)>,
) -> Block {
    let countries = &b.atlas.countries;
    let mut header = vec![first];
    header.extend(countries.iter().map(|c| c.country.code.to_string()));
    let rows = rows
        .into_iter()
        .map(|(label, cells)| {
            let mut row = vec![Cell::text(label)];
            for (c, text) in countries.iter().zip(cells) {
                let mut cell = Cell::text(text);
                cell.strong = marked.is_some_and(|m| m.country.code == c.country.code);
                row.push(cell);
            }
            row
        })
        .collect();
    Block::Table {
        caption,
        header,
        rows,
    }
}

fn chart(b: &mut Build<'_>, file: &str, key: &str, chart: BarChart) -> Block {
    let w = b.words;
    let figure = Figure {
        file: file.into(),
        caption: w.t(&format!("{key}-caption")),
        alt: w.t(&format!("{key}-alt")),
        svg: bar_chart_svg(&chart),
    };
    b.figure(figure)
}

pub(crate) fn comparison(b: &mut Build<'_>, marked: Option<&CountryAtlas>) -> Chapter {
    let w = b.words;
    let atlas = b.atlas;
    let m = matrix::matrix(atlas);
    let mut sections = Vec::new();

    // Mechanisms × countries (the matrix is vocabulary-major: one row per kind).
    let rows = m
        .mechanisms
        .iter()
        .filter_map(|row| {
            let kind = row.first()?.kind;
            let cells = row.iter().map(|cell| cell.state.symbol().to_string());
            Some((w.label("mechanism", kind.as_str()), cells.collect()))
        })
        .collect();
    let legend = [
        MechanismState::Formal,
        MechanismState::FunctionalEquivalent,
        MechanismState::Expired,
        MechanismState::Absent,
        MechanismState::NotRecorded,
    ]
    .iter()
    .map(|s| format!("{} {}", s.symbol(), state_label(b, *s)))
    .collect::<Vec<_>>()
    .join(" · ");
    let mut blocks = vec![
        Block::Text {
            text: w.text("nr-comparison-intro", &[("legend", &legend)]),
            cites: Vec::new(),
        },
        country_table(
            b,
            w.t("nr-comparison-mechanisms"),
            w.t("nr-col-mechanism"),
            marked,
            rows,
        ),
    ];
    blocks.push(chart(
        b,
        "mechanisms.svg",
        "nr-chart-mechanisms",
        BarChart::mechanisms(atlas),
    ));
    sections.push(Section {
        id: "comparison-mechanisms".into(),
        title: w.t("nr-part-mechanisms"),
        blocks,
    });

    // Mandates × countries: how many actors hold each capability.
    let rows = m
        .capabilities
        .iter()
        .zip(Capability::all())
        .map(|(row, cap)| {
            let cells = row
                .iter()
                .map(|cell| match (cell.holders.len(), cell.denied.len()) {
                    (0, 0) => String::new(),
                    (0, _) => "✗".to_string(),
                    (n, _) => n.to_string(),
                });
            (w.label("capability", cap.as_str()), cells.collect())
        })
        .collect();
    let blocks = vec![
        Block::Text {
            text: w.t("nr-comparison-mandates-intro"),
            cites: Vec::new(),
        },
        country_table(
            b,
            w.t("nr-comparison-mandates"),
            w.t("nr-col-capability"),
            marked,
            rows,
        ),
    ];
    sections.push(Section {
        id: "comparison-mandates".into(),
        title: w.t("nr-comparison-mandates-title"),
        blocks,
    });

    // Sectors × countries: which kinds of actors sit in a mechanism in place.
    let rows = m
        .sectors
        .iter()
        .zip(Sector::all())
        .filter(|(row, _)| row.iter().any(|cell| !cell.actors.is_empty()))
        .map(|(row, sector)| {
            let cells = row.iter().map(|cell| {
                let actors = &cell.actors;
                if actors.is_empty() {
                    String::new()
                } else if actors.iter().any(|a| !a.seats.is_empty()) {
                    "✓".to_string()
                } else {
                    "○".to_string()
                }
            });
            (w.label("sector", sector.as_str()), cells.collect())
        })
        .collect();
    let blocks = vec![
        Block::Text {
            text: w.t("nr-comparison-sectors-intro"),
            cites: Vec::new(),
        },
        country_table(
            b,
            w.t("nr-comparison-sectors"),
            w.t("nr-col-sector"),
            marked,
            rows,
        ),
    ];
    sections.push(Section {
        id: "comparison-sectors".into(),
        title: w.t("nr-comparison-sectors-title"),
        blocks,
    });

    // Limitations × countries, and participation.
    let rows = m
        .limitations
        .iter()
        .zip(LimitationCategory::all())
        .map(|(row, cat)| {
            let cells = row
                .iter()
                .map(|cell| match (cell.respondents, cell.statements.len()) {
                    (Some(n), _) => n.to_string(),
                    (None, 0) => String::new(),
                    (None, _) => "•".to_string(),
                });
            (w.label("limitation", cat.as_str()), cells.collect())
        })
        .collect();
    let mut blocks = vec![
        Block::Text {
            text: w.t("nr-comparison-limitations-intro"),
            cites: Vec::new(),
        },
        country_table(
            b,
            w.t("nr-comparison-limitations"),
            w.t("nr-col-category"),
            marked,
            rows,
        ),
    ];
    blocks.push(chart(
        b,
        "limitations.svg",
        "nr-chart-limitations",
        BarChart::limitations_across(atlas, LimitationMeasure::Statements),
    ));
    blocks.push(chart(
        b,
        "participation.svg",
        "nr-chart-participation",
        BarChart::participation(atlas),
    ));
    sections.push(Section {
        id: "comparison-limitations".into(),
        title: w.t("nr-part-limitations"),
        blocks,
    });

    // Gap rules × countries.
    let rows = gaps::rules()
        .iter()
        .map(|rule| {
            let cells = atlas.countries.iter().map(|c| {
                let mine: Vec<&gaps::Finding> = b
                    .findings
                    .iter()
                    .filter(|f| f.rule == rule.id && f.country == c.country.code)
                    .collect();
                if mine.iter().any(|f| f.severity == Severity::Gap) {
                    "●".to_string()
                } else if mine.iter().any(|f| f.severity == Severity::Unrecorded) {
                    "○".to_string()
                } else if mine.is_empty() {
                    String::new()
                } else {
                    "i".to_string()
                }
            });
            (rule.title.to_string(), cells.collect())
        })
        .collect();
    let blocks = vec![
        Block::Text {
            text: w.t("nr-comparison-gaps-intro"),
            cites: Vec::new(),
        },
        country_table(
            b,
            w.t("nr-comparison-gaps"),
            w.t("nr-col-rule"),
            marked,
            rows,
        ),
    ];
    sections.push(Section {
        id: "comparison-gaps".into(),
        title: w.t("nr-comparison-gaps-title"),
        blocks,
    });

    Chapter {
        id: "comparison".into(),
        title: w.t("nr-comparison"),
        sections,
    }
}
