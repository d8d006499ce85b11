//! Generated national reports on the web: the HTML page (`/countries/{code}/report`,
//! `/insight/report` for the region) and the files (`report.md`, `report.pdf`), each as of
//! the revision viewed (`?revision=N`).
//!
//! The PDF is typeset by `opennrm-pdf`, which the binary hands over as a `Typesetter`
//! (`AppState::with_typesetter`) so that this crate does not build typst. Typesetting takes
//! a core for a fraction of a second: it runs off the async workers, at most
//! `TYPESETTING_AT_ONCE` at a time, and the current revision's files are cached.

use std::sync::Arc;

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use opennrm_domain::atlas::CountryAtlas;
use opennrm_domain::insight::national::{
    self, Block, Edition, Figure, GeneratedReport, Words, markdown,
};
use opennrm_service::atlas::AtlasView;

use crate::atlas::history::Viewed;
use crate::error::WebError;
use crate::i18n::Ui;
use crate::pages::{Footer, render_cached};
use crate::state::AppState;

/// Turns a generated report into PDF bytes (`opennrm_pdf::render`, given by the binary).
pub type Typesetter = Arc<dyn Fn(&GeneratedReport) -> Result<Vec<u8>, String> + Send + Sync>;

/// PDFs typeset at the same time; further requests wait their turn.
pub const TYPESETTING_AT_ONCE: usize = 2;

impl Words for Ui {
    fn text(&self, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        self.ta(key, args)
    }
    fn label(&self, vocabulary: &str, value: &str) -> String {
        Ui::label(self, vocabulary, value)
    }
}

/// The revision a report is generated from, as the interface names it.
pub fn edition(view: &AtlasView) -> Edition {
    Edition {
        revision: view.revision.id,
        label: view.revision.label.clone(),
        date: view.revision.created_at.chars().take(10).collect(),
    }
}

fn build(
    state: &AppState,
    view: &AtlasView,
    country: Option<&CountryAtlas>,
) -> Result<GeneratedReport, WebError> {
    match country {
        Some(c) => national::country_report(
            &view.atlas,
            c.country.code.as_str(),
            &state.ui,
            edition(view),
        )
        .map_err(|_| WebError::NotFound("country")),
        None => Ok(national::region_report(
            &view.atlas,
            &state.ui,
            edition(view),
        )),
    }
}

#[derive(Template)]
#[template(path = "national_report.html")]
struct ReportPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    r: GeneratedReport,
    /// Where the page's files are: `/countries/dk/report` or `/insight/report`.
    base: String,
    rq: String,
    /// A file rather than a page of the site: figures inline, no links into the site.
    standalone: bool,
}

/// The report as one self-contained HTML file (`opennrm report --format html`): the
/// stylesheet and the figures inside, no link into a site that may not be running.
#[derive(Template)]
#[template(path = "national_report_file.html")]
struct ReportFile<'a> {
    ui: &'a Ui,
    r: &'a GeneratedReport,
    css: &'static str,
    base: String,
    rq: String,
    standalone: bool,
}

impl ReportFile<'_> {
    fn figure(&self, n: &usize) -> Option<&Figure> {
        self.r.figures.get(*n)
    }
    fn figure_url(&self, f: &Figure) -> String {
        figure_url(f, &self.rq)
    }
}

/// A generated report as a standalone HTML document.
pub fn standalone_html(ui: &Ui, r: &GeneratedReport) -> Result<String, askama::Error> {
    ReportFile {
        ui,
        r,
        css: crate::STYLE_CSS,
        base: String::new(),
        rq: String::new(),
        standalone: true,
    }
    .render()
}

impl ReportPage<'_> {
    fn figure(&self, n: &usize) -> Option<&Figure> {
        self.r.figures.get(*n)
    }
    fn figure_url(&self, f: &Figure) -> String {
        figure_url(f, &self.rq)
    }
}

fn page(
    state: &AppState,
    viewed: &Viewed,
    country: Option<&CountryAtlas>,
    base: String,
) -> Response {
    let snap = &viewed.view;
    let key = match country {
        Some(c) => format!("page:report:{}", c.country.code),
        None => "page:report:region".to_string(),
    };
    let ui = &state.ui;
    render_cached(state, snap.revision.id, &key, || {
        let r = build(state, snap, country).map_err(|e| askama::Error::Custom(Box::new(e)))?;
        ReportPage {
            ui,
            footer: viewed.footer(ui),
            r,
            base,
            rq: viewed.link_query(),
            standalone: false,
        }
        .render()
    })
}

/// A country's generated report as a page.
pub async fn country_page(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let c = crate::atlas::country(&viewed.view, &code)?;
    let base = format!(
        "/countries/{}/report",
        c.country.code.as_str().to_ascii_lowercase()
    );
    Ok(page(&state, &viewed, Some(c), base))
}

/// The region's generated report (every chapter) as a page.
pub async fn region_page(State(state): State<AppState>, viewed: Viewed) -> Response {
    page(&state, &viewed, None, "/insight/report".into())
}

/// `report.md` or `report.pdf` of a country (`Some`) or of the region.
pub(crate) async fn file(
    state: &AppState,
    viewed: &Viewed,
    country: Option<&CountryAtlas>,
    name: &str,
) -> Result<Response, WebError> {
    let snap = viewed.view.clone();
    let scope = country.map_or_else(|| "region".to_string(), |c| c.country.code.to_string());
    let key = format!("{}:file:report:{scope}:{name}", state.ui.lang());
    let (content_type, bytes) = match name {
        "report.md" => {
            let rq = viewed.link_query();
            let body = cached(state, snap.revision.id, &key, || {
                let r = build(state, &snap, country)?;
                let text = markdown::render(&r, &|f| figure_url(f, &rq));
                Ok(Bytes::from(text))
            })?;
            ("text/markdown; charset=utf-8", body)
        }
        "report.pdf" => {
            let Some(typeset) = state.typesetter.clone() else {
                return Err(WebError::NotFound("a PDF typesetter on this server"));
            };
            let revision = snap.revision.id;
            let current = state.services().atlas().revision.id == revision;
            let hit = current.then(|| state.cache.get(revision, &key)).flatten();
            let body = match hit {
                Some(b) => b,
                None => {
                    // Built only on a miss: a cached PDF costs no report.
                    let r = build(state, &snap, country)?;
                    let _permit = state
                        .typesetting
                        .acquire()
                        .await
                        .map_err(|_| WebError::Internal)?;
                    let pdf = tokio::task::spawn_blocking(move || typeset(&r))
                        .await
                        .map_err(|_| WebError::Internal)?
                        .map_err(|e| {
                            tracing::error!(error = %e, "typesetting a report failed");
                            WebError::Internal
                        })?;
                    let bytes = Bytes::from(pdf);
                    if current {
                        state.cache.put(revision, &key, bytes.clone());
                    }
                    bytes
                }
            };
            ("application/pdf", body)
        }
        _ => return Err(WebError::NotFound("file with this name")),
    };
    let stem = format!(
        "opennrm-{}-r{}",
        scope.to_ascii_lowercase(),
        snap.revision.id
    );
    let ext = name.rsplit('.').next().unwrap_or("txt");
    let disposition = format!("attachment; filename=\"{stem}.{ext}\"");
    let mut response = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, content_type)],
        bytes,
    )
        .into_response();
    if let Ok(v) = header::HeaderValue::from_str(&disposition) {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}

fn cached(
    state: &AppState,
    revision: i64,
    key: &str,
    render: impl FnOnce() -> Result<Bytes, WebError>,
) -> Result<Bytes, WebError> {
    if revision == state.services().atlas().revision.id {
        state.cache.get_or_render(revision, key, render)
    } else {
        render()
    }
}

/// Where a figure of a report is served: the network drawing and the charts have their
/// own URLs (at the same revision).
fn figure_url(f: &Figure, rq: &str) -> String {
    if let Some(code) = f.file.strip_suffix("-network.svg") {
        format!("/countries/{code}/network.svg{rq}")
    } else if let Some(code) = f.file.strip_suffix("-limitations.svg") {
        format!("/countries/{code}/limitations.svg{rq}")
    } else {
        format!("/insight/charts/{}{rq}", f.file)
    }
}

/// The region's report as Markdown.
pub async fn region_markdown(
    State(state): State<AppState>,
    viewed: Viewed,
) -> Result<Response, WebError> {
    file(&state, &viewed, None, "report.md").await
}

/// The region's report as PDF.
pub async fn region_pdf(
    State(state): State<AppState>,
    viewed: Viewed,
) -> Result<Response, WebError> {
    file(&state, &viewed, None, "report.pdf").await
}

/// A country's generated report as data: chapters, sections and blocks, every statement
/// with the numbers of its sources, the sources, and the figures as SVG.
#[utoipa::path(
    get,
    path = "/api/v1/countries/{code}/report",
    operation_id = "getCountryReport",
    tag = "insight",
    params(("code" = opennrm_domain::atlas::CountryCode, Path, description = "ISO 3166-1 alpha-2 code, e.g. DK (any case)"), crate::atlas::history::RevisionParam),
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses((status = 200, description = "The generated report", body = GeneratedReport), crate::openapi::NotFound, crate::openapi::ReadErrors),
)]
pub async fn country_report_api(
    State(state): State<AppState>,
    viewed: Viewed,
    Path(code): Path<String>,
) -> Result<Response, WebError> {
    let snap = viewed.view.clone();
    let c = crate::atlas::country(&snap, &code)?;
    let key = format!("{}:api:report:{}", state.ui.lang(), c.country.code);
    let body = cached(&state, snap.revision.id, &key, || {
        let r = build(&state, &snap, Some(c))?;
        serde_json::to_vec(&r)
            .map(Bytes::from)
            .map_err(|_| WebError::Internal)
    })?;
    Ok(([(header::CONTENT_TYPE, "application/json")], body).into_response())
}
