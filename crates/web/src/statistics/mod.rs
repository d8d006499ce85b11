//! Anonymised statistics (`/statistics`, `/api/v1/statistics/{measure}`, CSV and the HTCDS
//! export): what `Services::statistics` publishes, drawn as bar charts with the table
//! beside each as its text alternative. Only ever counts, with suppressed cells marked;
//! who may read them is decided in the service (public, or rapporteurs and coordinators).

use askama::Template;
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use opennrm_domain::insight::svg::{BarChart, BarGroup, Series, bar_chart_svg};
use opennrm_domain::statistics::htcds;
use opennrm_domain::statistics::measures::{Dimension, Family, Measure};
use opennrm_domain::statistics::{Cell, Published};
use serde::Deserialize;

use crate::caller::Caller;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::openapi::{NotFound, ReadErrors};
use crate::pages::Footer;
use crate::state::AppState;

fn measure(text: &str) -> Result<Measure, WebError> {
    text.parse::<Measure>()
        .map_err(|_| WebError::invalid("measure", "one of persons, cases, referrals, decisions"))
}

/// Statistics are counts, but where they are not public they are not for shared caches.
fn cache(mut r: Response, public: bool) -> Response {
    let value = if public {
        "public, max-age=60"
    } else {
        "private, no-store"
    };
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    r
}

/// One measure's tables: a count per country and row, `null` where suppressed. For national
/// rapporteurs and coordinators; a deployment configured with `statistics_access = "public"`
/// also answers without credentials.
#[utoipa::path(
    get,
    path = "/api/v1/statistics/{measure}",
    operation_id = "getStatistics",
    tag = "statistics",
    params(("measure" = Measure, Path, description = "What is counted: persons, cases, referrals or decisions")),
    security(("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The measure by each of its dimensions against the country; counts from 1 to k − 1, and counts that would give one away, are null", body = Family), NotFound, ReadErrors),
)]
pub async fn api(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(m): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    s.may_read_statistics(&who)?;
    let family = s.statistics(&who, measure(&m)?).await?;
    Ok(cache(
        Json(family).into_response(),
        s.policy().statistics_public,
    ))
}

fn cell_text(c: Cell) -> String {
    c.shown().map(|n| n.to_string()).unwrap_or_default()
}

fn csv_response(body: Vec<u8>, name: &str, public: bool) -> Response {
    let mut r = (StatusCode::OK, body).into_response();
    let h = r.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    cache(r, public)
}

fn io(e: csv::Error) -> WebError {
    tracing::error!(cause = %e, "statistics csv");
    WebError::Internal
}

/// GET /statistics/csv/{measure}: `measure, dimension, row, country, count, suppressed`,
/// one line per cell (row "total" and country "total" for the totals). Every field is a
/// vocabulary value, a code or a number, so no cell can start a spreadsheet formula.
pub async fn csv(
    State(state): State<AppState>,
    Caller(who): Caller,
    Path(m): Path<String>,
) -> Result<Response, WebError> {
    let s = state.services();
    s.may_read_statistics(&who)?;
    let family = s.statistics(&who, measure(&m)?).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "measure",
        "dimension",
        "row",
        "country",
        "count",
        "suppressed",
    ])
    .map_err(io)?;
    for t in &family.tables {
        let p = &t.table;
        let mut line = |row: &str, country: &str, c: Cell| {
            w.write_record([
                family.measure.as_str(),
                t.dimension.as_str(),
                row,
                country,
                &cell_text(c),
                if c.shown().is_some() { "false" } else { "true" },
            ])
        };
        for (i, row) in p.rows.iter().enumerate() {
            for (j, country) in p.columns.iter().enumerate() {
                line(row, country, p.cells[i][j]).map_err(io)?;
            }
            line(row, "total", p.row_totals[i]).map_err(io)?;
        }
        for (j, country) in p.columns.iter().enumerate() {
            line("total", country, p.column_totals[j]).map_err(io)?;
        }
        line("total", "total", p.total).map_err(io)?;
    }
    let body = w.into_inner().map_err(|e| io(e.into_error().into()))?;
    Ok(csv_response(
        body,
        &format!("opennrm-statistics-{}.csv", family.measure),
        s.policy().statistics_public,
    ))
}

/// GET /statistics/htcds.csv: every measure's tables where the Human Trafficking Case Data
/// Standard has the field (docs/STATISTICS.md gives the mapping value by value).
pub async fn htcds_csv(
    State(state): State<AppState>,
    Caller(who): Caller,
) -> Result<Response, WebError> {
    let s = state.services();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "measure",
        "htcds_field",
        "htcds_value",
        "country",
        "count",
        "suppressed",
    ])
    .map_err(io)?;
    for m in Measure::all() {
        let family = s.statistics(&who, m).await?;
        for r in htcds::rows(&family) {
            let count = r.count.map(|n| n.to_string()).unwrap_or_default();
            let suppressed = if r.count.is_some() { "false" } else { "true" };
            w.write_record([
                r.measure.as_str(),
                r.field,
                &r.value,
                &r.country,
                &count,
                suppressed,
            ])
            .map_err(io)?;
        }
    }
    let body = w.into_inner().map_err(|e| io(e.into_error().into()))?;
    Ok(csv_response(
        body,
        "opennrm-statistics-htcds.csv",
        s.policy().statistics_public,
    ))
}

#[derive(Deserialize)]
pub struct PageQuery {
    measure: Option<String>,
}

/// One table of the page, in words.
struct TableView {
    dimension: String,
    anchor: &'static str,
    chart: String,
    columns: Vec<String>,
    rows: Vec<(String, Vec<String>, String)>,
    totals: (Vec<String>, String),
}

#[derive(Template)]
#[template(path = "statistics.html")]
struct StatisticsPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    measure: &'static str,
    measures: Vec<(&'static str, String)>,
    k: u64,
    tables: Vec<TableView>,
}

/// The ftl prefix of a dimension's values.
fn vocabulary(d: Dimension) -> &'static str {
    match d {
        Dimension::Year => "year",
        Dimension::WorkSector => "work",
        Dimension::Exploitation => "exploitation",
        Dimension::AgeGroup => "age",
        Dimension::Gender => "gender",
        Dimension::NationalityGroup => "nationality_group",
        Dimension::Residence => "residence",
        Dimension::ReferringSector => "sector",
        Dimension::DaysToReferral | Dimension::DaysToDecision => "days",
        Dimension::ScreeningLevel => "continuum",
        Dimension::Action => "action",
        Dimension::State => "state",
        Dimension::Outcome => "outcome",
    }
}

/// A row's words: its label where the interface has one, else the value itself.
fn row_label(ui: &Ui, d: Dimension, value: &str) -> String {
    if d == Dimension::Year {
        return value.to_string();
    }
    for key in [
        format!("{}-{value}", vocabulary(d)),
        format!("statistics-{value}"),
    ] {
        let text = ui.t(&key);
        if text != key {
            return text;
        }
    }
    value.replace('_', " ")
}

fn table_view(ui: &Ui, measure: Measure, d: Dimension, p: &Published) -> TableView {
    let dash = "–".to_string();
    let shown = |c: Cell| c.shown().map_or_else(|| dash.clone(), |n| n.to_string());
    let labels: Vec<String> = p.rows.iter().map(|r| row_label(ui, d, r)).collect();
    let chart = BarChart {
        id: format!("st-{}", d.as_str()),
        title: ui.t(&format!("statistics-dimension-{}", d.as_str())),
        axis_label: ui.t(&format!("statistics-axis-{}", measure.as_str())),
        series: vec![Series::new(ui.t("statistics-all-countries"))],
        groups: labels
            .iter()
            .zip(&p.row_totals)
            .map(|(label, total)| BarGroup {
                label: label.clone(),
                values: vec![total.shown().map(|n| n as f64)],
            })
            .collect(),
        stacked: false,
        missing: "suppressed",
    };
    TableView {
        dimension: ui.t(&format!("statistics-dimension-{}", d.as_str())),
        anchor: d.as_str(),
        chart: bar_chart_svg(&chart),
        columns: p.columns.clone(),
        rows: labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| {
                (
                    label,
                    p.cells[i].iter().map(|c| shown(*c)).collect(),
                    shown(p.row_totals[i]),
                )
            })
            .collect(),
        totals: (
            p.column_totals.iter().map(|c| shown(*c)).collect(),
            shown(p.total),
        ),
    }
}

/// GET /statistics?measure=persons
pub async fn page(
    State(state): State<AppState>,
    Caller(who): Caller,
    Query(q): Query<PageQuery>,
) -> Result<Response, WebError> {
    let s = state.services();
    s.may_read_statistics(&who)?;
    let m = measure(q.measure.as_deref().unwrap_or("persons"))?;
    let family = s.statistics(&who, m).await?;
    let ui = &state.ui;
    let page = StatisticsPage {
        ui,
        footer: Footer::of(&state),
        measure: m.as_str(),
        measures: Measure::all()
            .map(|m| {
                (
                    m.as_str(),
                    ui.t(&format!("statistics-measure-{}", m.as_str())),
                )
            })
            .collect(),
        k: family.k,
        tables: family
            .tables
            .iter()
            .map(|t| table_view(ui, m, t.dimension, &t.table))
            .collect(),
    };
    Ok(cache(
        crate::pages::render(&page, StatusCode::OK),
        s.policy().statistics_public,
    ))
}
