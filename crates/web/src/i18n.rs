//! All user-facing text goes through here: Fluent messages compiled into the binary
//! (`locales/<lang>/main.ftl`). English is complete; adding a language is adding a folder.

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
    /// BCP 47 tag for `<html lang>`.
    pub fn lang(&self) -> String {
        self.lang.language.as_str().to_string()
    }

    /// The message for `key`; an unknown key shows itself so a gap is visible, and a
    /// test checks that every key the templates use exists.
    pub fn t(&self, key: &str) -> String {
        LOCALES
            .try_lookup(&self.lang, key)
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
            .try_lookup_with_args(&self.lang, key, &map)
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

    /// Label of a vocabulary value: `label("sector", "trade_union")` → "Trade unions".
    pub fn label(&self, vocabulary: &str, value: &str) -> String {
        self.t(&format!("{vocabulary}-{value}"))
    }
}
