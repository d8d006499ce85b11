//! What every page shares: the footer, rendering through auto-escaping askama templates,
//! the per-revision cache of bodies that contain nothing about the viewer, the viewer's
//! part of the header (spliced in per request, never cached), and the error page.

use askama::Template;
use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use opennrm_domain::report::REPORT_TITLE;
use opennrm_service::{Identity, Role};
use opennrm_store::Revision;

use crate::error::{Rendered, WebError};
use crate::i18n::Ui;
use crate::state::AppState;

/// Chrome shared by every page: the footer lines and the stylesheet's version.
pub struct Footer {
    pub source: String,
    pub revision: String,
    /// Shown above the content when the page is of an older revision than the current.
    pub banner: Option<Banner>,
    /// Changes whenever the stylesheet does, so browsers never keep a stale one.
    pub style_version: &'static str,
}

impl Footer {
    pub(crate) fn new(ui: &Ui, rev: &Revision) -> Footer {
        Footer {
            source: ui.t1("footer-source", "report", REPORT_TITLE),
            style_version: crate::style_version(),
            revision: ui.t2(
                "footer-revision",
                "revision",
                rev.id,
                "date",
                ui.date(&rev.created_at),
            ),
            banner: None,
        }
    }

    /// The footer of a page showing revision `rev` while `current` is served: a banner
    /// says so and links to `current_href`, the same page at the current revision.
    pub(crate) fn at(ui: &Ui, rev: &Revision, current: i64, current_href: String) -> Footer {
        let mut f = Footer::new(ui, rev);
        if rev.id != current {
            f.banner = Some(Banner {
                text: ui.ta(
                    "revision-banner",
                    &[
                        ("revision", &rev.id),
                        ("date", &ui.date(&rev.created_at)),
                        ("label", &rev.label),
                        ("current", &current),
                    ],
                ),
                link: ui.t("revision-banner-current"),
                href: current_href,
            });
        }
        f
    }

    pub(crate) fn of(state: &AppState) -> Footer {
        Footer::new(&state.ui, &state.services().atlas().revision)
    }
}

/// "You are looking at an older revision", with a link to the current one.
pub struct Banner {
    pub text: String,
    pub link: String,
    pub href: String,
}

/// The viewer's part of the page header: who is signed in, and the token of the
/// sign-out form. Rendered per request; pages carry a marker where it goes.
#[derive(Debug, Clone, Default)]
pub struct Viewer {
    pub name: Option<String>,
    pub admin: bool,
    pub csrf: Option<String>,
}

impl Viewer {
    pub fn of(identity: &Identity, csrf: Option<String>) -> Viewer {
        match identity {
            Identity::User(p) => Viewer {
                name: Some(p.display_name.clone()),
                admin: p.has(Role::Administrator),
                csrf,
            },
            _ => Viewer::default(),
        }
    }
}

#[derive(Template)]
#[template(path = "viewer.html")]
struct ViewerPart<'a> {
    ui: &'a Ui,
    name: Option<&'a str>,
    admin: bool,
    csrf: &'a str,
}

#[derive(Template)]
#[template(path = "languages.html")]
struct LanguagesPart<'a> {
    ui: &'a Ui,
    current: String,
    /// (tag, the language's own name, this page in it)
    links: Vec<(&'static str, String, String)>,
}

/// Where the viewer's part goes in every page (base.html).
const VIEWER_MARK: &[u8] = b"<!--viewer-->";
/// Where the language switcher goes (base.html): it links to the page being shown, so
/// it is spliced in per request like the viewer's part.
const LANGUAGES_MARK: &[u8] = b"<!--languages-->";

/// The HTML body with the viewer's part and the language switcher at their markers
/// (unchanged where it has none). `page` is the address of a page that succeeded (its
/// query is kept in the switcher's links); `None` for an error page, which echoes
/// nothing of the request.
fn viewer_body(ui: &Ui, viewer: &Viewer, page: Option<&Uri>, bytes: Bytes) -> Body {
    let viewer_part = ViewerPart {
        ui,
        name: viewer.name.as_deref(),
        admin: viewer.admin,
        csrf: viewer.csrf.as_deref().unwrap_or_default(),
    }
    .render();
    let languages = LanguagesPart {
        ui,
        current: ui.lang(),
        links: crate::i18n::switcher(page.and_then(Uri::query)),
    }
    .render();
    let (Ok(viewer_part), Ok(languages)) = (viewer_part, languages) else {
        return Body::from(bytes);
    };
    Body::new(splice(
        &bytes,
        &[(VIEWER_MARK, viewer_part), (LANGUAGES_MARK, languages)],
    ))
}

/// Puts each part at its marker (the first occurrence, markers in page order); the
/// pieces between are slices of the (often cached) body, not copies of it.
fn splice(body: &Bytes, parts: &[(&[u8], String)]) -> Pieces {
    let mut found: Vec<(usize, usize, &String)> = parts
        .iter()
        .filter_map(|(mark, part)| {
            let at = body.windows(mark.len()).position(|w| w == *mark)?;
            Some((at, mark.len(), part))
        })
        .collect();
    found.sort_by_key(|(at, _, _)| *at);
    let mut chunks = Vec::new();
    let mut from = 0;
    for (at, len, part) in found {
        chunks.push(body.slice(from..at));
        chunks.push(Bytes::from(part.clone()));
        from = at + len;
    }
    chunks.push(body.slice(from..));
    Pieces::new(chunks)
}

/// A response body sent as a few byte chunks, with its exact length (so the response
/// keeps its Content-Length) — a page with the viewer's part spliced in.
pub(crate) struct Pieces {
    chunks: std::collections::VecDeque<Bytes>,
    remaining: u64,
}

impl Pieces {
    fn new(chunks: Vec<Bytes>) -> Pieces {
        let remaining = chunks.iter().map(|c| c.len() as u64).sum();
        Pieces {
            chunks: chunks.into_iter().filter(|c| !c.is_empty()).collect(),
            remaining,
        }
    }
}

impl http_body::Body for Pieces {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
        let next = self.chunks.pop_front();
        if let Some(c) = &next {
            self.remaining -= c.len() as u64;
        }
        std::task::Poll::Ready(next.map(|c| Ok(http_body::Frame::data(c))))
    }

    fn is_end_stream(&self) -> bool {
        self.chunks.is_empty()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.remaining)
    }
}

/// Middleware step after the handler: HTML responses get the viewer's part.
pub(crate) async fn with_viewer(ui: &Ui, viewer: &Viewer, page: &Uri, resp: Response) -> Response {
    let is_html = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !is_html {
        return resp;
    }
    let (mut parts, body) = resp.into_parts();
    // Page bodies are complete in memory already (rendered strings or cached bytes), so
    // collecting them takes the one chunk as it is.
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024 * 1024).await else {
        return WebError::Internal.into_response();
    };
    parts.headers.remove(header::CONTENT_LENGTH);
    if viewer.name.is_some() {
        // A signed-in page names its viewer: no shared cache may keep it.
        parts.headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    let page = (!parts.status.is_client_error() && !parts.status.is_server_error()).then_some(page);
    Response::from_parts(parts, viewer_body(ui, viewer, page, bytes))
}

pub(crate) fn render(t: &impl Template, status: StatusCode) -> Response {
    match t.render() {
        Ok(html) => {
            let mut r = (status, Html(html)).into_response();
            r.extensions_mut().insert(Rendered);
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "template failed to render");
            WebError::Internal.into_response()
        }
    }
}

/// Renders a page that no browser or proxy may keep: account data, administration,
/// screening answers.
pub(crate) fn render_private(t: &impl Template, status: StatusCode) -> Response {
    let mut r = render(t, status);
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// A body that depends only on the atlas revision (and the key), rendered once per
/// revision and served from the cache after that: pages and JSON documents alike.
/// The cache holds the current revision only; an older one (`?revision=N`) is rendered
/// each time rather than evicting the current revision's bodies.
pub(crate) fn cached_body<E: std::fmt::Display>(
    state: &AppState,
    revision: i64,
    key: &str,
    content_type: &'static str,
    render: impl FnOnce() -> Result<Bytes, E>,
) -> Response {
    let body = if revision == state.services().atlas().revision.id {
        state.cache.get_or_render(revision, key, render)
    } else {
        render()
    };
    match body {
        Ok(bytes) => {
            let mut r = ([(header::CONTENT_TYPE, content_type)], bytes).into_response();
            r.extensions_mut().insert(Rendered);
            r
        }
        Err(e) => {
            tracing::error!(error = %e, key, "a cached body failed to render");
            WebError::Internal.into_response()
        }
    }
}

/// Renders a page that depends only on the atlas revision (and the locale) once.
pub(crate) fn render_cached(
    state: &AppState,
    revision: i64,
    key: &str,
    t: impl FnOnce() -> Result<String, askama::Error>,
) -> Response {
    let key = format!("{}:{key}", state.ui.lang());
    cached_body(state, revision, &key, "text/html; charset=utf-8", || {
        t().map(Bytes::from)
    })
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    ui: &'a Ui,
    footer: Footer,
    title: String,
    message: String,
    sign_in: bool,
}

/// A page with a title (a message key) and one plain sentence: notices.
pub(crate) fn message_page(
    state: &AppState,
    status: StatusCode,
    title_key: &str,
    message: String,
) -> Response {
    let ui = &state.ui;
    render(
        &ErrorPage {
            ui,
            footer: Footer::of(state),
            title: ui.t(title_key),
            message,
            sign_in: false,
        },
        status,
    )
}

/// The error page for a `WebError` (what `render_errors` shows outside the API).
pub(crate) fn error_page(state: &AppState, viewer: &Viewer, e: &WebError) -> Response {
    let ui = &state.ui;
    let (title_key, message) = match e {
        WebError::NotFound(what) => (
            "error-not-found-title",
            ui.t1("error-not-found", "what", *what),
        ),
        WebError::Internal => ("error-internal-title", ui.t("error-internal")),
        WebError::Unauthenticated => ("error-sign-in-title", ui.t("error-sign-in")),
        WebError::Forbidden | WebError::SecondFactorRequired | WebError::CsrfRejected => {
            ("error-forbidden-title", e.message())
        }
        WebError::TooMany { .. } => ("error-too-many-title", e.message()),
        _ => ("error-bad-request-title", e.message()),
    };
    let page = ErrorPage {
        ui,
        footer: Footer::of(state),
        title: ui.t(title_key),
        message,
        sign_in: matches!(e, WebError::Unauthenticated),
    };
    match page.render() {
        Ok(html) => (
            e.status(),
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            viewer_body(ui, viewer, None, Bytes::from(html)),
        )
            .into_response(),
        Err(err) => {
            tracing::error!(error = %err, "the error page failed to render");
            (e.status(), "error").into_response()
        }
    }
}

pub async fn fallback() -> WebError {
    WebError::NotFound("page")
}
