//! All UI text goes through the i18n layer: every key a template uses exists in English,
//! and every vocabulary value has a label.

use opennrm_domain::atlas::vocabulary::*;
use opennrm_web::i18n::Ui;

use crate::on_both_backends;

#[test]
fn every_message_key_used_by_the_templates_and_code_exists_in_english() {
    let ui = Ui::default();
    let dirs = ["crates/web/templates", "crates/web/src"];
    let mut keys = Vec::new();
    for dir in dirs {
        for entry in std::fs::read_dir(dir).expect("dir") {
            let path = entry.expect("entry").path();
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for marker in ["ui.t(\"", "ui.t1(\"", "ui.t2(\"", "ui.ta(\"", "ui.t(&\""] {
                for part in text.split(marker).skip(1) {
                    if let Some(key) = part.split('"').next() {
                        keys.push((key.to_string(), path.display().to_string()));
                    }
                }
            }
        }
    }
    assert!(keys.len() > 80, "only {} keys found", keys.len());
    // Keys defined in the English messages file (`key = …` at the start of a line).
    let ftl = std::fs::read_to_string("crates/web/locales/en-US/main.ftl").expect("ftl");
    let defined: std::collections::HashSet<&str> = ftl
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split(" =").next())
        .collect();
    let missing: Vec<_> = keys
        .iter()
        .filter(|(k, _)| !defined.contains(k.as_str()))
        .collect();
    let _ = &ui;
    assert!(missing.is_empty(), "missing messages: {missing:?}");
}

#[test]
fn every_vocabulary_value_has_an_english_label() {
    let ui = Ui::default();
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    pairs.extend(Sector::all().map(|v| ("sector", v.as_str())));
    pairs.extend(StudyStatus::all().map(|v| ("study_status", v.as_str())));
    pairs.extend(Capability::all().map(|v| ("capability", v.as_str())));
    pairs.extend(CooperationKind::all().map(|v| ("cooperation", v.as_str())));
    pairs.extend(MechanismKind::all().map(|v| ("mechanism", v.as_str())));
    pairs.extend(Focus::all().map(|v| ("focus", v.as_str())));
    pairs.extend(LimitationCategory::all().map(|v| ("limitation", v.as_str())));
    pairs.extend(Level::all().map(|v| ("level", v.as_str())));
    pairs.extend(DocumentKind::all().map(|v| ("document", v.as_str())));
    pairs.extend(
        opennrm_domain::atlas::search::SearchKind::all().map(|v| ("search_kind", v.as_str())),
    );
    pairs.extend(
        opennrm_domain::atlas::search::SearchField::all().map(|v| ("search_field", v.as_str())),
    );
    for (vocab, value) in pairs {
        let label = ui.label(vocab, value);
        assert_ne!(
            label,
            format!("{vocab}-{value}"),
            "no label for {vocab}-{value}"
        );
    }
    assert_eq!(ui.t1("search-results", "count", 1), "One actor matches.");
    assert_eq!(ui.t1("search-results", "count", 7), "7 actors match.");
}

/// The variables each message (and attribute) of a Fluent file uses, by id.
fn variables_by_message(
    path: &str,
) -> std::collections::BTreeMap<String, std::collections::BTreeSet<String>> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. }
            | InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                arguments.positional.iter().for_each(|a| inline(a, out));
                arguments.named.iter().for_each(|a| inline(&a.value, out));
            }
            InlineExpression::Placeable { expression } => expression_of(expression, out),
            _ => {}
        }
    }
    fn expression_of(e: &Expression<&str>, out: &mut std::collections::BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                variants.iter().for_each(|v| pattern(&v.value, out));
            }
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut std::collections::BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expression_of(expression, out);
            }
        }
    }
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{path} does not parse: {errors:?}"),
    };
    let mut out = std::collections::BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut vars = std::collections::BTreeSet::new();
        if let Some(v) = value {
            pattern(v, &mut vars);
        }
        out.insert(id.clone(), vars);
        for a in attributes {
            let mut vars = std::collections::BTreeSet::new();
            pattern(&a.value, &mut vars);
            out.insert(format!("{id}.{}", a.id.name), vars);
        }
    }
    out
}

/// Every offered language has every English message (no more), each with the variables
/// the English one has: a string added to English and not to a locale fails here.
#[test]
fn every_locale_has_every_english_message_with_the_same_arguments() {
    let english = variables_by_message("crates/web/locales/en-US/main.ftl");
    assert!(english.len() > 1000, "{}", english.len());
    let folders: Vec<String> = std::fs::read_dir("crates/web/locales")
        .expect("locales")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    for tag in opennrm_web::i18n::OFFERED.iter().filter(|t| **t != "en") {
        assert!(folders.iter().any(|f| f == tag), "no folder for {tag}");
        let path = format!("crates/web/locales/{tag}/main.ftl");
        let locale = variables_by_message(&path);
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !locale.contains_key(*k))
            .collect();
        let extra: Vec<&String> = locale
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{tag}: missing {missing:?}, not in English {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(
                &locale[id], vars,
                "{tag}: {id} has other arguments than in English"
            );
        }
        let ui = opennrm_web::i18n::Ui::for_language(tag).expect("offered");
        assert_ne!(ui.t("language-name"), "English", "{tag} names itself");
    }
    // Every folder is an offered language: a folder nobody can choose is a mistake.
    for f in &folders {
        assert!(
            f == "en-US" || opennrm_web::i18n::OFFERED.contains(&f.as_str()),
            "{f} is not offered"
        );
    }
}

/// What askama makes of a message in a page (it escapes these five).
fn escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

on_both_backends! {
    async fn every_main_page_renders_in_all_twelve_languages(db) {
        use opennrm_web::i18n::{OFFERED, Ui};
        let store = db.loaded_store().await;
        let app = crate::support::TestApp::start(store).await;
        let client = reqwest::Client::new();
        let pages = [
            "/", "/countries/DK", "/countries/DK/pathway", "/countries/DK/diff", "/actors/dk-cmm",
            "/search?q=police", "/mechanisms", "/study", "/insight", "/insight/gaps",
            "/insight/network", "/countries/DK/report", "/about", "/screening", "/screening/new",
            "/sign-in", "/survey",
        ];
        for tag in OFFERED {
            let ui = Ui::for_language(tag).expect("offered");
            let expected = [ui.t("nav-search"), ui.t("skip-to-content"), ui.t("footer-licence")];
            for page in pages.iter().chain(std::iter::once(&"/no-such-page")) {
                let sep = if page.contains('?') { '&' } else { '?' };
                let r = client.get(format!("{}{page}{sep}lang={tag}", app.base)).send().await.expect("get");
                let status = r.status().as_u16();
                assert_eq!(status, if *page == "/no-such-page" { 404 } else { 200 }, "{page} in {tag}");
                assert_eq!(r.headers()["content-language"], tag, "{page}");
                let html = r.text().await.expect("html");
                assert!(html.contains(&format!("<html lang=\"{tag}\">")), "{page} in {tag}: no lang");
                for m in &expected {
                    assert!(html.contains(&escaped(m)), "{page} in {tag}: {m:?} not shown");
                }
                // The switcher links this very page in every language, the current one marked.
                assert!(html.contains(&format!("hreflang=\"{tag}\" aria-current=\"true\"")), "{page} in {tag}: switcher");
                assert_eq!(html.contains("class=\"unreviewed\""), !ui.reviewed(), "{page} in {tag}: the review mark");
                if *page == "/no-such-page" {
                    assert!(!html.contains("no-such-page"), "an error page echoes nothing of the request, the switcher neither");
                }
            }
        }
        // The screening questions in each language that has them, the ILO's official
        // English wording under each, and the draft marked as such.
        let instrument = opennrm_domain::screening::Instrument::embedded("ilo-ec-2009-thb-labour").expect("instrument");
        let first = &instrument.indicators[0];
        let translated = opennrm_domain::screening::translation::translations().expect("translations");
        assert_eq!(translated.len(), OFFERED.len() - 1, "every language but English has the questions");
        for t in translated {
            let html = client.get(format!("{}/screening/new?instrument=ilo-ec-2009-thb-labour&population=adult&lang={}", app.base, t.language)).send().await.expect("get").text().await.expect("html");
            let (question, _) = t.indicator("ilo-ec-2009-thb-labour", first.id.as_str()).expect("translated");
            assert!(html.contains(&escaped(question)), "{}: the question", t.language);
            assert!(!html.contains(&escaped(&first.question)), "{}: not the English question", t.language);
            assert!(html.contains(&escaped(&first.wording)), "{}: the official wording", t.language);
            assert_eq!(html.contains("unreviewed-questions"), !t.reviewed, "{}", t.language);
        }
        // Without a choice the browser's languages decide; a choice is remembered.
        let r = client.get(format!("{}/", app.base)).header("accept-language", "lv-LV,lv;q=0.9,en;q=0.5").send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "lv");
        let r = client.get(format!("{}/?lang=fi", app.base)).header("accept-language", "lv").send().await.expect("get");
        let cookie = r.headers()["set-cookie"].to_str().expect("cookie").to_string();
        assert!(cookie.starts_with("lang=fi;") && cookie.contains("SameSite=Lax"), "{cookie}");
        let r = client.get(format!("{}/mechanisms", app.base)).header("accept-language", "lv").header("cookie", "lang=fi").send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "fi", "the cookie over the browser's language");
        assert!(r.headers().get_all("vary").iter().any(|v| v.to_str().is_ok_and(|v| v.contains("Accept-Language"))));
        // A signed-in user's choice is remembered for them: with no link and no cookie
        // (another device), their language goes before the browser's.
        let s = app.state.services().clone();
        let token = crate::referral::user_token(&s, "reader@se.test", "se-rkp", &[opennrm_domain::platform::Role::FrontlineOfficer]).await;
        let r = client.get(format!("{}/?lang=sv", app.base)).bearer_auth(&token).send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "sv");
        let r = client.get(format!("{}/mechanisms", app.base)).bearer_auth(&token).header("accept-language", "lv").send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "sv", "the user's own choice");
        assert!(r.text().await.expect("html").contains("<html lang=\"sv\">"));
        let r = client.get(format!("{}/mechanisms", app.base)).bearer_auth(&token).header("accept-language", "lv").header("cookie", "lang=fi").send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "fi", "this browser's remembered choice first");
        let r = client.get(format!("{}/mechanisms", app.base)).header("accept-language", "lv").send().await.expect("get");
        assert_eq!(r.headers()["content-language"], "lv", "nobody else gets it");
        // The API says a screening's explanation in the language asked for, codes beside it.
        let body = serde_json::json!({ "answers": { "exploitative_conditions.excessive_hours": "yes", "exploitative_conditions.low_or_no_salary": "yes" } });
        let mut said = Vec::new();
        for lang in ["en", "de"] {
            let r = client.post(format!("{}/api/v1/screenings", app.base)).header("accept-language", lang).json(&body).send().await.expect("post");
            assert_eq!(r.status().as_u16(), 200);
            said.push(r.json::<serde_json::Value>().await.expect("json"));
        }
        let de = Ui::for_language("de").expect("de");
        assert_eq!(said[1]["result"]["notice"], de.t("screening-notice"));
        assert_eq!(said[0]["result"]["notice"], opennrm_domain::screening::NOTICE);
        assert_eq!(said[0]["result"]["explanation"], said[1]["result"]["explanation"]);
        assert_eq!(said[1]["result"]["explanation"][0]["code"], "screened_with");
        // A cached page in one language is not served in another.
        let en = client.get(format!("{}/countries/DK?lang=en", app.base)).send().await.expect("get").text().await.expect("t");
        let de = client.get(format!("{}/countries/DK?lang=de", app.base)).send().await.expect("get").text().await.expect("t");
        assert!(en.contains("<html lang=\"en\">") && de.contains("<html lang=\"de\">"));
    }
}

/// The screening explanation is data: said through the UI's messages, English reads word
/// for word as the engine's own sentences, and every other language says every sentence
/// with all its arguments, for results across both instruments, both populations and
/// many answer sets.
#[test]
fn screening_explanations_read_as_the_engine_s_in_english_and_fully_in_every_language() {
    use opennrm_domain::screening::{Answers, Instrument, RuleSet, screen};
    use opennrm_web::i18n::{OFFERED, in_language};
    let ui = Ui::default();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("rt");
    let mut seed: u64 = 0x5eed;
    let mut results = 0;
    let mut steps = 0;
    for (instrument, rules) in [
        ("ilo-ec-2009-thb-labour", "ilo-ec-2009-delphi"),
        ("ilo-2012-forced-labour", "ilo-2012-forced-labour"),
    ] {
        let instrument = Instrument::embedded(instrument).expect("instrument");
        let rules = RuleSet::embedded(rules).expect("rules");
        for population in instrument.populations.clone() {
            for round in 0..60 {
                // A fixed pseudo-random walk: from nothing answered to most answered.
                let answers: Vec<(String, &str)> = instrument
                    .indicators
                    .iter()
                    .filter_map(|i| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        let roll = (seed >> 33) % 60;
                        (roll < round).then(|| {
                            (
                                i.id.as_str().to_string(),
                                ["yes", "no", "unknown"][(seed >> 20) as usize % 3],
                            )
                        })
                    })
                    .collect();
                let answers =
                    Answers::parse_for(&instrument, answers.iter().map(|(k, v)| (k.as_str(), *v)))
                        .expect("answers");
                let Ok(r) = screen(&instrument, &rules, &answers, population) else {
                    continue;
                };
                results += 1;
                assert_eq!(r.explanation.len(), r.reasoning.len());
                let id = r.instrument.id.clone();
                for (e, english) in r.explanation.iter().zip(&r.reasoning) {
                    assert_eq!(&opennrm_web::screening::say(&ui, &id, e), english, "{e:?}");
                }
                assert_eq!(
                    opennrm_web::screening::say(&ui, &id, &r.conclusion_explained),
                    r.conclusion
                );
                for m in &r.missing {
                    assert_eq!(
                        &opennrm_web::screening::say_step(&ui, &id, m),
                        &m.sentence,
                        "{m:?}"
                    );
                }
                steps += r.missing.len();
                for tag in OFFERED {
                    let said: Vec<String> = runtime.block_on(in_language(tag, async {
                        let mut said: Vec<String> = r
                            .explanation
                            .iter()
                            .chain(std::iter::once(&r.conclusion_explained))
                            .map(|e| opennrm_web::screening::say(&ui, &id, e))
                            .collect();
                        said.extend(
                            r.missing
                                .iter()
                                .map(|m| opennrm_web::screening::say_step(&ui, &id, m)),
                        );
                        said
                    }));
                    for s in said {
                        assert!(
                            !s.starts_with("screening-why-")
                                && !s.contains("{$")
                                && !s.contains("{ $"),
                            "{tag}: {s}"
                        );
                    }
                }
            }
        }
    }
    assert!(results > 150, "{results}");
    assert!(
        steps > 100,
        "the ways to a higher level were said too: {steps}"
    );
    // One wording of the notice: the engine's and the pages' English are the same.
    assert_eq!(ui.t("screening-notice"), opennrm_domain::screening::NOTICE);
}
