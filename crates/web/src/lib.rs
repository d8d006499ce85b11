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
pub mod insight;
pub mod limits;
pub mod openapi;
pub mod pages;
pub mod referral;
pub mod screening;
pub mod serve;
pub mod session;
pub mod state;
pub mod statistics;
pub mod survey;

use axum::Router;
use axum::http::{HeaderValue, Method, header};
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{MethodRouter, get, post};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use utoipa_axum::router::UtoipaMethodRouter;
use utoipa_axum::routes;

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

/// One route of the server.
pub struct Route {
    pub method: Method,
    pub path: String,
    pub handler: MethodRouter<AppState>,
    /// For the JSON API: the route's OpenAPI operation and the schemas it refers to.
    pub doc: Option<ApiOperation>,
}

/// An API route's part of the OpenAPI document (`openapi::document` gathers them).
pub struct ApiOperation {
    pub paths: utoipa::openapi::path::Paths,
    pub schemas: Vec<(
        String,
        utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>,
    )>,
}

/// A page, form or other route outside the JSON API.
fn page(method: Method, path: &str, handler: MethodRouter<AppState>) -> Route {
    Route {
        method,
        path: path.to_string(),
        handler,
        doc: None,
    }
}

/// A JSON API route from `routes!(handler)`: its method and path are those of the
/// handler's `#[utoipa::path]`, so the OpenAPI document describes exactly what is served.
fn api((schemas, paths, handler): UtoipaMethodRouter<AppState>) -> Route {
    let mut operations = paths.paths.iter().flat_map(|(path, item)| {
        [
            (Method::GET, item.get.is_some()),
            (Method::POST, item.post.is_some()),
            (Method::PUT, item.put.is_some()),
            (Method::PATCH, item.patch.is_some()),
            (Method::DELETE, item.delete.is_some()),
        ]
        .into_iter()
        .filter(|(_, present)| *present)
        .map(move |(method, _)| (method, path.clone()))
    });
    let (method, path) = operations
        .next()
        .expect("an API handler's #[utoipa::path] declares one method and path");
    assert!(
        operations.next().is_none(),
        "one API route per #[utoipa::path] ({path})"
    );
    Route {
        method,
        path,
        handler,
        doc: Some(ApiOperation { paths, schemas }),
    }
}

/// Every route, declared once: the router is built from this list, the access-matrix
/// test reads it (`route_list`), so a route added here without a row in the matrix fails
/// the suite, and the OpenAPI document is gathered from its API routes (a test fails on
/// a route under /api without an operation). Two entries with one path merge into one
/// route.
pub fn route_table() -> Vec<Route> {
    use Method as M;
    vec![
        page(M::GET, "/", get(atlas::pages::home)),
        page(M::GET, "/countries/{code}", get(atlas::pages::country)),
        page(
            M::GET,
            "/countries/{code}/diff",
            get(atlas::history::diff_page),
        ),
        page(M::GET, "/actors/{id}", get(atlas::pages::actor)),
        page(M::GET, "/search", get(atlas::pages::search)),
        page(M::GET, "/mechanisms", get(atlas::pages::mechanisms)),
        page(M::GET, "/study", get(atlas::pages::study)),
        page(M::GET, "/insight", get(insight::pages::matrix_page)),
        page(M::GET, "/insight/matrix.csv", get(insight::api::matrix_csv)),
        page(M::GET, "/insight/gaps", get(insight::pages::gaps_page)),
        page(
            M::GET,
            "/insight/network",
            get(insight::pages::network_page),
        ),
        page(
            M::GET,
            "/insight/network.graphml",
            get(insight::api::region_graphml),
        ),
        page(
            M::GET,
            "/insight/network.gexf",
            get(insight::api::region_gexf),
        ),
        page(
            M::GET,
            "/insight/network.svg",
            get(insight::api::region_svg),
        ),
        page(M::GET, "/insight/charts/{name}", get(insight::api::chart)),
        page(M::GET, "/insight/report", get(insight::report::region_page)),
        page(
            M::GET,
            "/insight/report.md",
            get(insight::report::region_markdown),
        ),
        page(
            M::GET,
            "/insight/report.pdf",
            get(insight::report::region_pdf),
        ),
        page(
            M::GET,
            "/countries/{code}/report",
            get(insight::report::country_page),
        ),
        page(
            M::GET,
            "/countries/{code}/{file}",
            get(insight::api::network_file),
        ),
        page(
            M::GET,
            "/countries/{code}/pathway",
            get(referral::pathway_page),
        ),
        page(M::GET, "/cases", get(referral::cases)),
        page(M::GET, "/cases/new", get(referral::new_case)),
        page(
            M::POST,
            "/cases/new",
            post(referral::new_case_from_screening),
        ),
        page(M::POST, "/cases", post(referral::create_case)),
        page(M::GET, "/cases/{reference}", get(referral::case)),
        page(
            M::POST,
            "/cases/{reference}/consents",
            post(referral::record_consent),
        ),
        page(
            M::POST,
            "/cases/{reference}/consents/withdraw",
            post(referral::withdraw_consent),
        ),
        page(
            M::POST,
            "/cases/{reference}/notes",
            post(referral::add_note),
        ),
        page(
            M::POST,
            "/cases/{reference}/referrals",
            post(referral::send_referrals),
        ),
        page(
            M::POST,
            "/referrals/{id}/transition",
            post(referral::transition),
        ),
        page(
            M::POST,
            "/cases/{reference}/tasks",
            post(referral::assign_task),
        ),
        page(M::GET, "/tasks", get(referral::tasks)),
        page(M::GET, "/inspections", get(referral::inspection::list)),
        page(M::POST, "/inspections", post(referral::inspection::plan)),
        page(
            M::GET,
            "/inspections/{reference}",
            get(referral::inspection::page),
        ),
        page(
            M::POST,
            "/inspections/{reference}/findings",
            post(referral::inspection::add_finding),
        ),
        page(
            M::POST,
            "/inspections/{reference}/close",
            post(referral::inspection::close),
        ),
        page(M::POST, "/tasks/{id}/transition", post(referral::move_task)),
        page(M::GET, "/statistics", get(statistics::page)),
        page(M::GET, "/statistics/csv/{measure}", get(statistics::csv)),
        page(M::GET, "/statistics/htcds.csv", get(statistics::htcds_csv)),
        page(M::GET, "/survey", get(survey::page)),
        page(M::POST, "/survey/waves", post(survey::start)),
        page(M::GET, "/survey/waves/{id}", get(survey::wave)),
        page(
            M::POST,
            "/survey/waves/{id}/invitees",
            post(survey::add_invitee),
        ),
        page(
            M::POST,
            "/survey/waves/{id}/links",
            post(survey::issue_links),
        ),
        page(
            M::POST,
            "/survey/waves/{id}/decisions",
            post(survey::decide),
        ),
        page(M::GET, "/survey/waves/{id}/{file}", get(survey::export)),
        page(M::GET, "/survey/r/{token}", get(survey::open_link)),
        page(M::GET, "/survey/respond", get(survey::respond_page)),
        page(M::POST, "/survey/respond", post(survey::respond)),
        page(
            M::POST,
            "/survey/respond/nominations",
            post(survey::nominate),
        ),
        page(M::GET, "/about", get(atlas::pages::about)),
        page(M::GET, "/report", get(atlas::pages::report)),
        page(M::GET, "/screening", get(screening::start)),
        page(M::POST, "/screening", post(screening::submit)),
        page(M::GET, "/screening/new", get(screening::new_form)),
        page(M::GET, "/screening/draft", get(screening::draft)),
        page(M::GET, "/sign-in", get(auth::sign_in_form)),
        page(M::POST, "/sign-in", post(auth::sign_in)),
        page(M::GET, "/sign-in/code", get(auth::code_form)),
        page(M::POST, "/sign-in/code", post(auth::code)),
        page(M::POST, "/sign-out", post(auth::sign_out)),
        page(
            M::POST,
            "/sign-out/everywhere",
            post(auth::sign_out_everywhere),
        ),
        page(M::GET, "/account", get(auth::account)),
        page(M::POST, "/account/totp", post(auth::totp_begin)),
        page(M::POST, "/account/totp/confirm", post(auth::totp_confirm)),
        page(M::POST, "/account/password", post(auth::change_password)),
        page(M::POST, "/account/tokens", post(auth::create_token)),
        page(M::POST, "/account/tokens/revoke", post(auth::revoke_token)),
        page(M::GET, "/admin/audit", get(admin::audit)),
        page(M::GET, "/admin/users", get(admin::users)),
        page(M::POST, "/admin/users/unlock", post(admin::unlock)),
        page(M::GET, "/admin/jobs", get(admin::jobs)),
        page(M::POST, "/admin/jobs/retry", post(admin::retry_job)),
        page(M::GET, "/static/style.css", get(style)),
        page(M::GET, "/healthz", get(health)),
        page(M::GET, "/livez", get(live)),
        api(routes!(atlas::api::countries)),
        api(routes!(atlas::api::country)),
        api(routes!(atlas::history::api_diff)),
        api(routes!(atlas::api::actors)),
        api(routes!(atlas::api::search)),
        api(routes!(atlas::api::actor)),
        api(routes!(atlas::api::mechanisms)),
        api(routes!(atlas::api::study)),
        api(routes!(atlas::api::recommendations)),
        api(routes!(insight::api::matrix)),
        api(routes!(insight::api::limitations)),
        api(routes!(insight::api::partners)),
        api(routes!(insight::api::gap_findings)),
        api(routes!(insight::api::gap_rules)),
        api(routes!(insight::api::gap_comparison)),
        api(routes!(insight::api::matrix_comparison)),
        api(routes!(insight::api::region_network)),
        api(routes!(insight::api::network_comparison)),
        api(routes!(insight::api::country_network)),
        api(routes!(insight::report::country_report_api)),
        api(routes!(atlas::api::cooperation)),
        api(routes!(atlas::api::atlas)),
        api(routes!(openapi::serve)),
        api(routes!(auth::api_me)),
        api(routes!(screening::api_instruments)),
        api(routes!(screening::api_instrument)),
        api(routes!(screening::api_screen)),
        api(routes!(referral::api::pathway)),
        api(routes!(referral::api::list_cases)),
        api(routes!(referral::api::open_case)),
        api(routes!(referral::api::case)),
        api(routes!(referral::api::proposals)),
        api(routes!(referral::api::record_consent)),
        api(routes!(referral::api::withdraw_consent)),
        api(routes!(referral::api::add_note)),
        api(routes!(referral::api::attach_screening)),
        api(routes!(referral::api::send_referrals)),
        api(routes!(referral::api::inbox)),
        api(routes!(referral::api::transition)),
        api(routes!(statistics::api)),
        api(routes!(referral::api::notifications)),
        api(routes!(referral::api::providers)),
        api(routes!(referral::api::assign_task)),
        api(routes!(referral::api::tasks)),
        api(routes!(referral::api::move_task)),
        api(routes!(referral::inspection::api_list)),
        api(routes!(referral::inspection::api_plan)),
        api(routes!(referral::inspection::api_get)),
        api(routes!(referral::inspection::api_finding)),
        api(routes!(referral::inspection::api_close)),
        api(routes!(survey::api_waves)),
        api(routes!(survey::api_start)),
        api(routes!(survey::api_wave)),
        api(routes!(survey::api_add_invitee)),
        api(routes!(survey::api_issue_links)),
        api(routes!(survey::api_decide)),
    ]
}

/// (method, path) of every route, for the access-matrix test and the OpenAPI check.
pub fn route_list() -> Vec<(Method, String)> {
    route_table()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect()
}

/// Bodies larger than this are refused (413) before a handler sees them.
pub const MAX_BODY: usize = 64 * 1024;

pub fn router(state: AppState) -> Router {
    let mut r: Router<AppState> = Router::new();
    for route in route_table() {
        r = r.route(&route.path, route.handler);
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
        .layer(axum::middleware::from_fn(i18n::choose_language))
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
