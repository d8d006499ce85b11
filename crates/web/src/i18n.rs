//! All user-facing text goes through here: Fluent messages compiled into the binary
//! (`locales/<lang>/main.ftl`). English is complete; the eleven languages of the report's
//! countries are drafts marked as not yet reviewed (`translation-reviewed`), and a test
//! checks that every locale has every English message with the same arguments.
//!
//! The language is the request's: `caller::resolve` negotiates it (a `?lang=` link of
//! the switcher, the `lang` cookie that remembers it, the browser's Accept-Language) and
//! runs the request inside `in_language`, so every `Ui` a handler uses speaks it without
//! being passed around. Outside a request (the CLI, tests) it is the `Ui`'s own, English.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en-US",
        // Unicode isolation marks around arguments confuse copy-paste and tests; the
        // arguments are names and numbers, not bidirectional text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages offered, by the tag pages and cookies use: English, and the languages
/// of the report's eleven countries (Norwegian as Bokmål, Russian for the Russian
/// Federation's chapter).
pub const OFFERED: [&str; 12] = [
    "en", "da", "de", "et", "fi", "is", "lt", "lv", "nb", "pl", "ru", "sv",
];

/// The locale folder of an offered tag (English is `en-US`).
fn identifier(tag: &str) -> Option<LanguageIdentifier> {
    let folder = match tag {
        "en" => "en-US",
        t if OFFERED.contains(&t) => t,
        _ => return None,
    };
    folder.parse().ok()
}

tokio::task_local! {
    /// The language of the request being served.
    static REQUEST_LANGUAGE: LanguageIdentifier;
}

/// Runs `f` (a request's handling) with every `Ui` speaking `tag` (an offered one).
pub async fn in_language<F: std::future::Future>(tag: &str, f: F) -> F::Output {
    match identifier(tag) {
        Some(lang) => REQUEST_LANGUAGE.scope(lang, f).await,
        None => f.await,
    }
}

/// The offered language a request asks for: an explicit choice (`?lang=`, then the
/// cookie) if it is offered, else the best match of Accept-Language, else English.
/// Norwegian Nynorsk and plain `no` get Bokmål, the only Norwegian offered.
pub fn negotiate(choice: Option<&str>, accept_language: Option<&str>) -> &'static str {
    if let Some(c) = choice
        && let Some(t) = OFFERED.iter().find(|t| t.eq_ignore_ascii_case(c.trim()))
    {
        return t;
    }
    let requested = fluent_langneg::accepted_languages::parse(accept_language.unwrap_or_default());
    let available: Vec<LanguageIdentifier> =
        OFFERED.iter().filter_map(|t| t.parse().ok()).collect();
    let requested: Vec<LanguageIdentifier> = requested
        .into_iter()
        .map(|l| match l.language.as_str() {
            "no" | "nn" => "nb".parse().unwrap_or(l),
            _ => l,
        })
        .collect();
    let default: LanguageIdentifier = "en".parse().unwrap_or_default();
    fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(&default),
        fluent_langneg::NegotiationStrategy::Lookup,
    )
    .first()
    .and_then(|l| OFFERED.iter().find(|t| **t == l.language.as_str()))
    .copied()
    .unwrap_or("en")
}

/// The UI strings for one language, handed to every template as `ui`.
#[derive(Clone)]
pub struct Ui {
    lang: LanguageIdentifier,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            lang: "en-US".parse().unwrap_or_default(),
        }
    }
}

impl Ui {
    /// A `Ui` for one offered language regardless of the request (tests, the CLI).
    pub fn for_language(tag: &str) -> Option<Ui> {
        identifier(tag).map(|lang| Ui { lang })
    }

    /// The language it speaks now: the request's, else its own.
    fn current(&self) -> LanguageIdentifier {
        REQUEST_LANGUAGE
            .try_with(Clone::clone)
            .unwrap_or_else(|_| self.lang.clone())
    }

    /// BCP 47 tag for `<html lang>` (and the cache keys of rendered pages).
    pub fn lang(&self) -> String {
        self.current().language.as_str().to_string()
    }

    /// Whether a national reviewer has confirmed this language's translation.
    pub fn reviewed(&self) -> bool {
        self.t("translation-reviewed") == "yes"
    }

    /// The message for `key`; an unknown key shows itself so a gap is visible, and a
    /// test checks that every key the templates use exists.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.current(), key)
            .unwrap_or_else(|| key.to_string())
    }

    /// The message for `key` with named arguments.
    pub fn ta(&self, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                let s = v.to_string();
                let value = s
                    .parse::<f64>()
                    .map_or_else(|_| FluentValue::from(s.clone()), FluentValue::from);
                (Cow::Owned((*k).to_string()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.current(), key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// The message for `key` with text arguments, those named in `numbers` read as
    /// numbers (for plural selectors). Unlike `ta`, a text that looks like a number (a
    /// version "1.0") stays as written.
    pub fn t_text(
        &self,
        key: &str,
        args: &std::collections::BTreeMap<String, String>,
        numbers: &[&str],
    ) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(k, v)| {
                let value = match v.parse::<f64>() {
                    Ok(n) if numbers.contains(&k.as_str()) => FluentValue::from(n),
                    _ => FluentValue::from(v.clone()),
                };
                (Cow::Owned(k.clone()), value)
            })
            .collect();
        LOCALES
            .try_lookup_with_args(&self.current(), key, &map)
            .unwrap_or_else(|| key.to_string())
    }

    /// One-argument shorthand for templates.
    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.ta(key, &[(name, &value)])
    }

    /// Two-argument shorthand for templates.
    pub fn t2(
        &self,
        key: &str,
        n1: &str,
        v1: impl std::fmt::Display,
        n2: &str,
        v2: impl std::fmt::Display,
    ) -> String {
        self.ta(key, &[(n1, &v1), (n2, &v2)])
    }

    /// Three-argument shorthand for templates.
    #[allow(clippy::too_many_arguments)]
    pub fn t3(
        &self,
        key: &str,
        n1: &str,
        v1: impl std::fmt::Display,
        n2: &str,
        v2: impl std::fmt::Display,
        n3: &str,
        v3: impl std::fmt::Display,
    ) -> String {
        self.ta(key, &[(n1, &v1), (n2, &v2), (n3, &v3)])
    }

    /// A date (an ISO timestamp or date, `2026-12-04…`) as the language writes it
    /// (`date-numeric`: 04.12.2026, 2026-12-04 …); anything else as given.
    pub fn date(&self, iso: impl AsRef<str>) -> String {
        let iso = iso.as_ref();
        let d = iso.get(..10).unwrap_or(iso);
        let parts: Vec<&str> = d.split('-').collect();
        match parts.as_slice() {
            [y, m, day] if y.len() == 4 && m.len() == 2 && day.len() == 2 => {
                let args: std::collections::BTreeMap<String, String> =
                    [("year", *y), ("month", *m), ("day", *day)]
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                self.t_text("date-numeric", &args, &[])
            }
            _ => d.to_string(),
        }
    }

    /// Label of a vocabulary value: `label("sector", "trade_union")` → "Trade unions".
    pub fn label(&self, vocabulary: &str, value: &str) -> String {
        self.t(&format!("{vocabulary}-{value}"))
    }
}

/// The cookie that remembers a language chosen with the switcher: a preference, no
/// identity (it is the same for every visitor who chose that language).
pub const LANG_COOKIE: &str = "lang";

/// What the request itself said about its language, for the layers inside: a choice
/// made with the switcher (`?lang=`), and whether a remembered one (the cookie) was sent.
/// Without either, a signed-in user's own choice goes before the browser's languages.
#[derive(Debug, Clone, Copy)]
pub struct LanguageAsked {
    pub chosen: Option<&'static str>,
    pub remembered: bool,
}

/// The language an inner layer decided to speak instead (the user's own choice), for
/// the Content-Language header.
#[derive(Debug, Clone, Copy)]
pub struct Spoken(pub &'static str);

/// The offered tag equal to `tag`, if any.
pub fn offered(tag: &str) -> Option<&'static str> {
    OFFERED
        .iter()
        .find(|t| t.eq_ignore_ascii_case(tag))
        .copied()
}

/// Middleware, outermost of the page layers: serves the request in its negotiated
/// language (error pages included), remembers a `?lang=` choice in a cookie, and says
/// which language the body is in and what it varies by.
pub async fn choose_language(
    mut req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    // Only offered tags (`&'static`) and an owned header leave this block: a borrow of
    // the request may not live across the await below (its body is not Sync, so the
    // future would not be Send).
    let (chosen, remembered, accept) = {
        let chosen = form_urlencoded::parse(req.uri().query().unwrap_or_default().as_bytes())
            .find(|(k, _)| k == "lang")
            .and_then(|(_, v)| offered(&v));
        let remembered = crate::session::cookies(req.headers())
            .find(|(k, _)| *k == LANG_COOKIE)
            .and_then(|(_, v)| offered(v));
        let accept = req
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        (chosen, remembered, accept)
    };
    let tag = negotiate(chosen.or(remembered), accept.as_deref());
    req.extensions_mut().insert(LanguageAsked {
        chosen,
        remembered: remembered.is_some(),
    });
    let mut resp = in_language(tag, next.run(req)).await;
    let tag = resp.extensions().get::<Spoken>().map_or(tag, |s| s.0);
    let h = resp.headers_mut();
    h.insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(tag));
    h.append(
        header::VARY,
        HeaderValue::from_static("Accept-Language, Cookie"),
    );
    if let Some(t) = chosen
        && let Ok(v) = HeaderValue::from_str(&format!(
            "{LANG_COOKIE}={t}; Path=/; Max-Age=31536000; SameSite=Lax"
        ))
    {
        h.append(header::SET_COOKIE, v);
    }
    resp
}

/// The language switcher of the page shown: each offered language's own name and a
/// link to the same page in it. The links are relative (`?lang=da`): the page's path is
/// never written into the body — it can hold a case's reference or a survey token, and an
/// error page must not echo the request. `query` (the page's other parameters, kept so a
/// search stays a search) is given only for pages that succeeded.
pub fn switcher(query: Option<&str>) -> Vec<(&'static str, String, String)> {
    let rest: Vec<&str> = query
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("lang="))
        .collect();
    native_names()
        .iter()
        .map(|(tag, name)| {
            let mut q = rest.clone();
            let lang = format!("lang={tag}");
            q.push(&lang);
            (*tag, name.clone(), format!("?{}", q.join("&")))
        })
        .collect()
}

/// Each offered language's own name, looked up once per process (every page shows them).
fn native_names() -> &'static [(&'static str, String)] {
    static NAMES: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        OFFERED
            .iter()
            .map(|tag| {
                let name = identifier(tag)
                    .and_then(|l| LOCALES.try_lookup(&l, "language-name"))
                    .unwrap_or_else(|| (*tag).to_string());
                (*tag, name)
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_the_choice_then_the_browser_s_then_english() {
        assert_eq!(negotiate(Some("da"), Some("de")), "da");
        assert_eq!(negotiate(Some("xx"), Some("de-DE,de;q=0.9")), "de");
        assert_eq!(negotiate(None, Some("fr-FR, sv;q=0.5, en;q=0.3")), "sv");
        assert_eq!(negotiate(None, Some("nn-NO")), "nb");
        assert_eq!(negotiate(None, Some("fr")), "en");
        assert_eq!(negotiate(None, None), "en");
    }

    #[tokio::test]
    async fn a_request_s_language_reaches_every_ui_and_ends_with_it() {
        let ui = Ui::default();
        let inside = in_language("de", async { (ui.lang(), ui.t("nav-search")) }).await;
        assert_eq!(inside.0, "de");
        assert_ne!(inside.1, "Search", "German, not English");
        assert_eq!(
            (ui.lang(), ui.t("nav-search")),
            ("en".into(), "Search".into())
        );
        assert!(ui.reviewed());
        assert!(!in_language("pl", async { ui.reviewed() }).await);
    }

    #[tokio::test]
    async fn dates_are_written_as_each_language_writes_them() {
        let ui = Ui::default();
        let at = "2026-12-04T13:06:10Z";
        assert_eq!(ui.date(at), "2026-12-04");
        assert_eq!(in_language("de", async { ui.date(at) }).await, "04.12.2026");
        assert_eq!(
            in_language("lv", async { ui.date(at) }).await,
            "04.12.2026."
        );
        assert_eq!(in_language("sv", async { ui.date(at) }).await, "2026-12-04");
        assert_eq!(ui.date("not a date"), "not a date");
    }

    #[test]
    fn the_switcher_keeps_the_page_and_its_query() {
        let links = switcher(Some("q=police&lang=de&country=DK"));
        assert_eq!(links.len(), OFFERED.len());
        let da = links.iter().find(|(t, _, _)| *t == "da").expect("da");
        assert_eq!(da.1, "Dansk");
        assert_eq!(da.2, "?q=police&country=DK&lang=da");
        assert!(
            switcher(None)
                .iter()
                .all(|(t, _, href)| *href == format!("?lang={t}"))
        );
    }
}
