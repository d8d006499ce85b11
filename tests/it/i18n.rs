//! All UI text goes through the i18n layer: every key a template uses exists in English,
//! and every vocabulary value has a label.

use opennrm_domain::atlas::vocabulary::*;
use opennrm_web::i18n::Ui;

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
