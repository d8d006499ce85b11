//! The atlas as one exportable document (JSON, `schema` versioned, docs/EXPORT.md) and
//! as flat rows for CSV. Shapes live here so the CLI and the API export the same thing.

use serde::Serialize;

use super::{Atlas, CountryAtlas, ReportWide, Source};
use crate::report::REPORT_TITLE;

/// Bump on any incompatible change of the export shape and describe it in docs/EXPORT.md.
pub const EXPORT_SCHEMA: &str = "opennrm.atlas.v3";

/// The whole atlas as one document (docs/EXPORT.md).
#[derive(Serialize, utoipa::ToSchema)]
pub struct ExportDocument<'a> {
    /// The version of this shape.
    #[schema(schema_with = export_schema_name)]
    pub schema: &'static str,
    /// The report the atlas is built from.
    pub report: &'static str,
    /// SHA-256 of the data files the atlas was built from.
    pub content_hash: &'a str,
    pub countries: &'a [CountryAtlas],
    /// The report beyond the chapters: executive summary, introduction, methodology and
    /// the report-wide recommendations.
    pub study: &'a ReportWide,
}

fn export_schema_name() -> utoipa::openapi::schema::Object {
    utoipa::openapi::schema::ObjectBuilder::new()
        .schema_type(utoipa::openapi::schema::Type::String)
        .enum_values(Some([EXPORT_SCHEMA]))
        .build()
}

impl<'a> ExportDocument<'a> {
    pub fn new(atlas: &'a Atlas) -> ExportDocument<'a> {
        ExportDocument {
            schema: EXPORT_SCHEMA,
            report: REPORT_TITLE,
            content_hash: &atlas.content_hash,
            countries: &atlas.countries,
            study: &atlas.report,
        }
    }
}

/// One fact per row: every record type in one table, so a spreadsheet can filter it.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct CsvRow {
    pub country: String,
    /// actor, mandate, cooperation, mechanism, limitation, document, participation, finding, ambiguity
    pub record: &'static str,
    pub id: String,
    pub name: String,
    /// sector, capability, cooperation kind, mechanism kind, … (the record's vocabulary value)
    pub kind: String,
    /// the other actor (cooperation), holder (mechanism), scope (mandate), …
    pub related: String,
    /// a number where the record has one: respondents, year (document, mechanism), completed
    pub value: String,
    /// mechanism: formal, functional_equivalent, absent, expired; mandate: held or denied
    pub status: String,
    pub note: String,
    pub source_section: String,
    pub source_quote: String,
    pub source_line: String,
    /// The respondents the source is attributed to, by id, separated by spaces.
    pub said_by: String,
}

impl CsvRow {
    /// The CSV header, in the order of `cells`.
    pub const HEADER: [&'static str; 13] = [
        "country",
        "record",
        "id",
        "name",
        "kind",
        "related",
        "value",
        "status",
        "note",
        "source_section",
        "source_quote",
        "source_line",
        "said_by",
    ];

    /// The row's cells, in the order of `HEADER`.
    pub fn cells(self) -> [String; 13] {
        [
            self.country,
            self.record.to_string(),
            self.id,
            self.name,
            self.kind,
            self.related,
            self.value,
            self.status,
            self.note,
            self.source_section,
            self.source_quote,
            self.source_line,
            self.said_by,
        ]
    }
}

fn row(country: &str, record: &'static str, source: &Source) -> CsvRow {
    CsvRow {
        country: country.to_string(),
        record,
        id: String::new(),
        name: String::new(),
        kind: String::new(),
        related: String::new(),
        value: String::new(),
        status: String::new(),
        note: String::new(),
        source_section: source.section.clone(),
        source_quote: source.quote.clone(),
        source_line: source.line.map(|l| l.to_string()).unwrap_or_default(),
        said_by: source
            .said_by
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn s(v: Option<&String>) -> String {
    v.cloned().unwrap_or_default()
}

fn n(v: Option<i64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_default()
}

pub fn csv_rows(atlas: &Atlas) -> Vec<CsvRow> {
    let mut out = Vec::new();
    for c in &atlas.countries {
        let cc = c.country.code.as_str();
        for p in &c.participation {
            out.push(CsvRow {
                name: "participation".into(),
                related: n(p.invited),
                value: n(p.completed),
                note: s(p.note.as_ref()),
                ..row(cc, "participation", &p.source)
            });
        }
        for a in &c.actors {
            out.push(CsvRow {
                id: a.id.to_string(),
                name: a.name.clone(),
                kind: a.sector.as_str().into(),
                related: a.study_status.as_str().into(),
                note: s(a.note.as_ref()),
                ..row(cc, "actor", &a.source)
            });
            for m in &a.mandates {
                let labour = match m.labour_mandate {
                    Some(true) => "labour:yes",
                    Some(false) => "labour:no",
                    None => "",
                };
                out.push(CsvRow {
                    id: a.id.to_string(),
                    name: a.name.clone(),
                    kind: m.capability.as_str().into(),
                    related: s(m.scope.as_ref()),
                    value: labour.into(),
                    status: if m.denied { "denied" } else { "held" }.into(),
                    note: s(m.note.as_ref()),
                    ..row(cc, "mandate", &m.source)
                });
            }
        }
        for t in &c.cooperation {
            out.push(CsvRow {
                id: t.from.to_string(),
                name: t
                    .reported_by
                    .as_ref()
                    .map(|r| r.to_string())
                    .unwrap_or_default(),
                kind: t.kind.as_str().into(),
                related: t.to.to_string(),
                status: t.direction.as_str().into(),
                note: s(t.note.as_ref()),
                ..row(cc, "cooperation", &t.source)
            });
        }
        for m in &c.mechanisms {
            out.push(CsvRow {
                id: m.id.to_string(),
                name: m.name.clone(),
                kind: m.kind.as_str().into(),
                related: m.holder.as_ref().map(|h| h.to_string()).unwrap_or_default(),
                value: n(m.year),
                status: m.status.as_str().into(),
                note: s(m.note.as_ref()),
                ..row(cc, "mechanism", &m.source)
            });
        }
        for l in &c.limitations {
            out.push(CsvRow {
                kind: l.category.as_str().into(),
                value: n(l.respondents),
                note: s(l.note.as_ref()),
                ..row(cc, "limitation", &l.source)
            });
        }
        for d in &c.documents {
            out.push(CsvRow {
                id: d.id.to_string(),
                name: d.title.clone(),
                kind: d.kind.as_str().into(),
                value: n(d.year),
                note: s(d.note.as_ref()),
                ..row(cc, "document", &d.source)
            });
        }
        for f in &c.findings {
            out.push(CsvRow {
                kind: f.part.as_str().into(),
                ..row(cc, "finding", &f.source)
            });
        }
        for a in &c.ambiguities {
            for src in &a.sources {
                out.push(CsvRow {
                    name: a.topic.clone(),
                    related: a.concerns.join(" "),
                    note: a.note.clone(),
                    ..row(cc, "ambiguity", src)
                });
            }
        }
        for r in &c.respondents {
            out.push(CsvRow {
                id: r.id.to_string(),
                name: r.name.clone(),
                kind: r.form.as_str().into(),
                related: r
                    .actors
                    .iter()
                    .map(|a| a.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                note: r
                    .reason
                    .clone()
                    .or_else(|| r.note.clone())
                    .unwrap_or_default(),
                ..row(cc, "respondent", &r.source)
            });
        }
        for r in &c.recommendations {
            out.push(recommendation_row(cc, r));
        }
    }
    for r in &atlas.report.recommendations {
        out.push(recommendation_row("", r));
    }
    out
}

fn recommendation_row(cc: &str, r: &super::Recommendation) -> CsvRow {
    CsvRow {
        id: r.id.to_string(),
        name: r.summary.clone(),
        kind: r
            .addresses
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        related: r
            .actors
            .iter()
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        ..row(cc, "recommendation", &r.source)
    }
}
