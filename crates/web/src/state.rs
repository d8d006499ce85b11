//! Shared state of a server node: the services (the only way to data), the UI strings,
//! the web settings, and a cache of rendered bodies per atlas revision and locale.
//! Nodes stay stateless: the database is the only source of truth.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::body::Bytes;
use opennrm_service::Services;

use crate::i18n::Ui;

/// What the web layer needs to know about where it is served.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// The origin browsers see (scheme://host[:port]); unsafe requests must come from it.
    /// Behind a proxy this is the proxy's public origin, not the Host header.
    pub public_origin: String,
    /// Minutes of inactivity after which a session ends.
    pub session_idle_minutes: i64,
    /// Unsafe requests (POST, …) one client address may make per minute.
    pub writes_per_minute: u32,
    /// Reverse proxies whose `X-Forwarded-For` names the client (`limits::client_ip`);
    /// empty: the client is the TCP peer. Never used for the origin or the scheme.
    pub trusted_proxies: crate::limits::TrustedProxies,
}

impl WebSettings {
    /// Cookies get `Secure` and the `__Host-` prefix whenever the public origin is https.
    pub fn secure_cookies(&self) -> bool {
        self.public_origin.starts_with("https://")
    }

    pub fn for_origin(origin: &str) -> WebSettings {
        WebSettings {
            public_origin: origin.trim_end_matches('/').to_string(),
            session_idle_minutes: 30,
            writes_per_minute: 120,
            trusted_proxies: crate::limits::TrustedProxies::default(),
        }
    }
}

/// Rendered bodies that depend only on the atlas revision and the locale — never on the
/// viewer: the signed-in header and CSRF tokens are spliced in per request
/// (`pages::finish`). Keys are bounded (the atlas's own countries and actors × locales);
/// a new revision clears the cache.
#[derive(Default)]
pub struct RenderCache {
    inner: RwLock<(i64, HashMap<String, Bytes>)>,
}

impl RenderCache {
    /// The cached bytes for `key` in `revision`, rendering them the first time.
    pub fn get_or_render<E>(
        &self,
        revision: i64,
        key: &str,
        render: impl FnOnce() -> Result<Bytes, E>,
    ) -> Result<Bytes, E> {
        if let Some(hit) = self.get(revision, key) {
            return Ok(hit);
        }
        let bytes = render()?;
        self.put(revision, key, bytes.clone());
        Ok(bytes)
    }

    /// The cached bytes for `key` in `revision`, if rendered already.
    pub fn get(&self, revision: i64, key: &str) -> Option<Bytes> {
        let g = self
            .inner
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        (g.0 == revision).then(|| g.1.get(key).cloned()).flatten()
    }

    /// Keeps `bytes` for `key` in `revision` (a newer revision clears the older ones).
    pub fn put(&self, revision: i64, key: &str, bytes: Bytes) {
        let mut g = self
            .inner
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if g.0 != revision {
            *g = (revision, HashMap::new());
        }
        g.1.insert(key.to_string(), bytes);
    }
}

#[derive(Clone)]
pub struct AppState {
    /// Private: handlers reach data only through the service functions.
    services: Services,
    pub ui: Ui,
    pub settings: Arc<WebSettings>,
    pub cache: Arc<RenderCache>,
    pub(crate) limiter: Arc<crate::limits::WriteLimiter>,
    /// Typesets generated reports as PDF; `None` where the embedding program gave none.
    pub(crate) typesetter: Option<crate::insight::report::Typesetter>,
    /// Bounds the PDFs typeset at once (`report::TYPESETTING_AT_ONCE`).
    pub(crate) typesetting: Arc<tokio::sync::Semaphore>,
}

impl AppState {
    pub fn new(services: Services, settings: WebSettings) -> AppState {
        let limiter = crate::limits::WriteLimiter::new(settings.writes_per_minute);
        AppState {
            services,
            ui: Ui::default(),
            settings: Arc::new(settings),
            cache: Arc::new(RenderCache::default()),
            limiter: Arc::new(limiter),
            typesetter: None,
            typesetting: Arc::new(tokio::sync::Semaphore::new(
                crate::insight::report::TYPESETTING_AT_ONCE,
            )),
        }
    }

    /// The server typesets reports as PDF with `typesetter` (`opennrm_pdf::render`).
    pub fn with_typesetter(mut self, typesetter: crate::insight::report::Typesetter) -> AppState {
        self.typesetter = Some(typesetter);
        self
    }

    pub fn services(&self) -> &Services {
        &self.services
    }
}
