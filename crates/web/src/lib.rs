//! OpenNRM over HTTP: server-rendered pages (work without JavaScript) and the JSON API
//! under /api/v1. Handlers are thin: take the snapshot, call the domain, render.

pub mod api;
pub mod cookie;
pub mod csrf;
pub mod error;
pub mod i18n;
pub mod pages;
pub mod params;
pub mod screening;
pub mod serve;
pub mod state;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

pub use state::AppState;

const STYLE_CSS: &str = include_str!("../static/style.css");

/// A short fingerprint of the stylesheet for its URL (`/static/style.css?v=…`), so the
/// long cache lifetime never serves an old stylesheet after an upgrade.
pub fn style_version() -> &'static str {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    VERSION.get_or_init(|| {
        // FNV-1a: stable across builds and platforms, unlike std's DefaultHasher.
        let hash = STYLE_CSS.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
        format!("{hash:016x}")
    })
}

async fn style() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        STYLE_CSS,
    )
}

async fn health(axum::extract::State(state): axum::extract::State<AppState>) -> impl IntoResponse {
    let snap = state.snapshot();
    axum::Json(
        serde_json::json!({ "status": "ok", "backend": state.store.backend(), "revision": snap.revision.id }),
    )
}

/// The API routes, also listed in openapi.json (a test keeps the two in step).
pub const API_ROUTES: &[&str] = &[
    "/api/v1/countries",
    "/api/v1/countries/{code}",
    "/api/v1/actors",
    "/api/v1/actors/{id}",
    "/api/v1/mechanisms",
    "/api/v1/cooperation",
    "/api/v1/atlas",
    "/api/v1/openapi.json",
    "/api/v1/screening/instruments",
    "/api/v1/screening/instruments/{id}",
    "/api/v1/screenings",
];

pub fn router(state: AppState) -> Router {
    let api = Router::new()
        .route("/countries", get(api::countries))
        .route("/countries/{code}", get(api::country))
        .route("/actors", get(api::actors))
        .route("/actors/{id}", get(api::actor))
        .route("/mechanisms", get(api::mechanisms))
        .route("/cooperation", get(api::cooperation))
        .route("/atlas", get(api::atlas))
        .route("/openapi.json", get(api::openapi))
        .route("/screening/instruments", get(screening::api_instruments))
        .route(
            "/screening/instruments/{id}",
            get(screening::api_instrument),
        )
        .route("/screenings", post(screening::api_screen))
        .fallback(api::not_found);
    Router::new()
        .route("/", get(pages::home))
        .route("/countries/{code}", get(pages::country))
        .route("/actors/{id}", get(pages::actor))
        .route("/search", get(pages::search))
        .route("/about", get(pages::about))
        .route("/report", get(pages::report))
        .route("/screening", get(screening::start).post(screening::submit))
        .route("/screening/new", get(screening::new_form))
        .route("/screening/draft", get(screening::draft))
        .route("/static/style.css", get(style))
        .route("/healthz", get(health))
        .nest("/api/v1", api)
        .fallback(pages::fallback)
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        // same-origin, not no-referrer: browsers send `Origin: null` under no-referrer,
        // which would defeat the same-origin check on form posts (csrf.rs).
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .with_state(state)
}

/// Serves until the process receives Ctrl-C / SIGTERM.
pub async fn serve(listener: tokio::net::TcpListener, state: AppState) -> std::io::Result<()> {
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { () = ctrl_c => {}, () = term => {} }
}
