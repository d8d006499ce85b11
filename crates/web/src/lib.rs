//! OpenNRM over HTTP: server-rendered pages (work without JavaScript) and the JSON API
//! under /api/v1, one module per capability (`atlas`, `screening`, `auth`, `admin`).
//! Handlers are thin: parse, call one service function with the caller's identity,
//! render. Around them, in order from the outside: error rendering, request bounds and
//! rate limits, sessions, the caller's identity, body limits, CSRF.

pub mod admin;
pub mod atlas;
pub mod auth;
pub mod caller;
pub mod csrf;
pub mod error;
pub mod i18n;
pub mod limits;
pub mod pages;
pub mod screening;
pub mod serve;
pub mod session;
pub mod state;

use axum::Router;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{MethodRouter, get, post};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;

pub use state::{AppState, WebSettings};

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

/// Readiness: answers 200 only when the database answers (a load balancer takes a node
/// whose database is unreachable out of rotation).
async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> axum::response::Response {
    let snap = state.services().atlas();
    let ready = state.services().database_ready().await;
    let status = if ready {
        axum::http::StatusCode::OK
    } else {
        axum::http::StatusCode::SERVICE_UNAVAILABLE
    };
    let mut r = (
        status,
        axum::Json(serde_json::json!({
            "status": if ready { "ok" } else { "database_unreachable" },
            "backend": state.services().backend(),
            "revision": snap.revision.id,
        })),
    )
        .into_response();
    r.extensions_mut().insert(error::Rendered);
    r
}

/// Liveness: the process answers (no database round trip).
async fn live() -> &'static str {
    "ok"
}

/// Every route, declared once as (method, path, handler): the router is built from this
/// list and the access-matrix test reads it (`route_list`), so a route added here without
/// a row in the matrix fails the suite. Two entries with one path merge into one route.
pub fn route_table() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    use Method as M;
    vec![
        (M::GET, "/", get(atlas::pages::home)),
        (M::GET, "/countries/{code}", get(atlas::pages::country)),
        (
            M::GET,
            "/countries/{code}/diff",
            get(atlas::history::diff_page),
        ),
        (M::GET, "/actors/{id}", get(atlas::pages::actor)),
        (M::GET, "/search", get(atlas::pages::search)),
        (M::GET, "/about", get(atlas::pages::about)),
        (M::GET, "/report", get(atlas::pages::report)),
        (M::GET, "/screening", get(screening::start)),
        (M::POST, "/screening", post(screening::submit)),
        (M::GET, "/screening/new", get(screening::new_form)),
        (M::GET, "/screening/draft", get(screening::draft)),
        (M::GET, "/sign-in", get(auth::sign_in_form)),
        (M::POST, "/sign-in", post(auth::sign_in)),
        (M::GET, "/sign-in/code", get(auth::code_form)),
        (M::POST, "/sign-in/code", post(auth::code)),
        (M::POST, "/sign-out", post(auth::sign_out)),
        (
            M::POST,
            "/sign-out/everywhere",
            post(auth::sign_out_everywhere),
        ),
        (M::GET, "/account", get(auth::account)),
        (M::POST, "/account/totp", post(auth::totp_begin)),
        (M::POST, "/account/totp/confirm", post(auth::totp_confirm)),
        (M::POST, "/account/password", post(auth::change_password)),
        (M::POST, "/account/tokens", post(auth::create_token)),
        (M::POST, "/account/tokens/revoke", post(auth::revoke_token)),
        (M::GET, "/admin/audit", get(admin::audit)),
        (M::GET, "/admin/users", get(admin::users)),
        (M::POST, "/admin/users/unlock", post(admin::unlock)),
        (M::GET, "/static/style.css", get(style)),
        (M::GET, "/healthz", get(health)),
        (M::GET, "/livez", get(live)),
        (M::GET, "/api/v1/countries", get(atlas::api::countries)),
        (M::GET, "/api/v1/countries/{code}", get(atlas::api::country)),
        (
            M::GET,
            "/api/v1/countries/{code}/diff",
            get(atlas::history::api_diff),
        ),
        (M::GET, "/api/v1/actors", get(atlas::api::actors)),
        (M::GET, "/api/v1/actors/{id}", get(atlas::api::actor)),
        (M::GET, "/api/v1/mechanisms", get(atlas::api::mechanisms)),
        (M::GET, "/api/v1/cooperation", get(atlas::api::cooperation)),
        (M::GET, "/api/v1/atlas", get(atlas::api::atlas)),
        (M::GET, "/api/v1/openapi.json", get(atlas::api::openapi)),
        (M::GET, "/api/v1/me", get(auth::api_me)),
        (
            M::GET,
            "/api/v1/screening/instruments",
            get(screening::api_instruments),
        ),
        (
            M::GET,
            "/api/v1/screening/instruments/{id}",
            get(screening::api_instrument),
        ),
        (M::POST, "/api/v1/screenings", post(screening::api_screen)),
    ]
}

/// (method, path) of every route, for the access-matrix test and the OpenAPI check.
pub fn route_list() -> Vec<(Method, &'static str)> {
    route_table().into_iter().map(|(m, p, _)| (m, p)).collect()
}

/// Bodies larger than this are refused (413) before a handler sees them.
pub const MAX_BODY: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    let mut r: Router<AppState> = Router::new();
    for (_, path, method_router) in route_table() {
        r = r.route(path, method_router);
    }
    let sessions = session::layer(state.services().clone(), &state.settings);
    r.route("/api/v1/{*rest}", axum::routing::any(atlas::api::not_found))
        .fallback(pages::fallback)
        .layer(from_fn_with_state(state.clone(), csrf::protect))
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(from_fn_with_state(state.clone(), caller::resolve))
        .layer(sessions)
        .layer(from_fn_with_state(state.clone(), limits::bound_requests))
        .layer(from_fn_with_state(state.clone(), error::render_errors))
        .layer(SetResponseHeaderLayer::overriding(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        // same-origin, not no-referrer: browsers send `Origin: null` under no-referrer,
        // which would defeat the origin check on form posts (csrf.rs).
        .layer(SetResponseHeaderLayer::overriding(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(SetResponseHeaderLayer::overriding(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")))
        .with_state(state)
}

/// Serves until the process receives Ctrl-C / SIGTERM; every request knows its client
/// address (rate limits, sign-in throttling, the audit log).
/// Connections are bounded (`serve::Timeouts`): slow heads, stalled bodies and idle
/// keep-alive connections are closed.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    timeouts: serve::Timeouts,
) -> std::io::Result<()> {
    serve::serve_with_limits(listener, router(state), timeouts, shutdown_signal()).await
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
