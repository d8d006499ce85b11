//! The screening data files: the shipped instruments and rule sets load, match the
//! published lists, reject bad data with file, line, item and reason, and drive the
//! results — a changed weight or rule changes the outcome with no code change.

use opennrm_domain::screening::{
    Answer, Answers, DimensionStatus, ILO_EC_2009, ILO_EC_2009_RULES, ILO_FORCED_LABOUR_2012,
    Instrument, Level, Population, RuleSet, ScreeningError, Strength, embedded_files, screen,
};

fn instrument(id: &str) -> Instrument {
    Instrument::embedded(id).unwrap_or_else(|e| panic!("{e}"))
}

fn rules(id: &str) -> RuleSet {
    RuleSet::embedded(id).unwrap_or_else(|e| panic!("{e}"))
}

fn file_text(folder: &str, name: &str) -> String {
    embedded_files(folder)
        .into_iter()
        .find(|(path, _)| path.ends_with(name))
        .map(|(_, text)| text)
        .unwrap_or_else(|| panic!("{name} is not shipped"))
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers::parse_for(&instrument(ILO_EC_2009), pairs.iter().copied())
        .unwrap_or_else(|e| panic!("{e}"))
}

/// Per dimension of a list: (strong, medium, weak) counts.
fn strength_profile(instrument: &Instrument, population: Population) -> Vec<(String, [usize; 3])> {
    instrument
        .dimensions
        .iter()
        .map(|d| {
            let mut counts = [0; 3];
            for (_, listing) in instrument.indicators_of(d.id.as_str(), population) {
                match listing.strength {
                    Strength::Strong => counts[0] += 1,
                    Strength::Medium => counts[1] += 1,
                    Strength::Weak => counts[2] += 1,
                    Strength::Unweighted => {}
                }
            }
            (d.id.to_string(), counts)
        })
        .collect()
}

#[test]
fn every_shipped_instrument_and_rule_set_loads_and_fits_its_instrument() {
    let instruments = Instrument::embedded_all().unwrap_or_else(|e| panic!("{e}"));
    let rule_sets = RuleSet::embedded_all().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(instruments.len(), 2);
    assert_eq!(rule_sets.len(), 2);
    for r in &rule_sets {
        let i = instrument(r.instrument.as_str());
        assert_eq!(r.check_against(&i), Ok(()));
    }
}

#[test]
fn the_adult_list_has_the_published_number_of_indicators_per_dimension() {
    let profile = strength_profile(&instrument(ILO_EC_2009), Population::Adult);
    let expected = [
        ("deceptive_recruitment", [1, 8, 1]),
        ("coercive_recruitment", [1, 9, 0]),
        ("recruitment_abuse_of_vulnerability", [0, 14, 2]),
        ("exploitative_conditions", [1, 7, 1]),
        ("coercion_at_destination", [4, 10, 1]),
        ("abuse_of_vulnerability_at_destination", [0, 5, 2]),
    ];
    let expected: Vec<(String, [usize; 3])> =
        expected.iter().map(|(d, c)| (d.to_string(), *c)).collect();
    assert_eq!(profile, expected);
    // 10, 10, 16, 9, 15 and 7 indicators: the counts the publication gives.
    let total: usize = profile.iter().map(|(_, c)| c.iter().sum::<usize>()).sum();
    assert_eq!(total, 67);
}

#[test]
fn the_child_list_has_65_indicators_and_no_weak_ones() {
    let profile = strength_profile(&instrument(ILO_EC_2009), Population::Child);
    let total: usize = profile.iter().map(|(_, c)| c.iter().sum::<usize>()).sum();
    assert_eq!(total, 65);
    assert!(profile.iter().all(|(_, c)| c[2] == 0), "{profile:?}");
    let strong_medium: Vec<[usize; 2]> = profile.iter().map(|(_, c)| [c[0], c[1]]).collect();
    assert_eq!(
        strong_medium,
        [[2, 8], [4, 6], [0, 15], [1, 7], [8, 7], [0, 7]]
    );
    let i = instrument(ILO_EC_2009);
    let adult_only: Vec<&str> = i
        .indicators
        .iter()
        .filter(|x| x.child.is_none())
        .map(|x| x.id.as_str())
        .collect();
    assert_eq!(
        adult_only,
        [
            "recruitment_abuse_of_vulnerability.false_information_about_law",
            "exploitative_conditions.no_social_protection"
        ]
    );
}

#[test]
fn the_forced_labour_instrument_has_the_eleven_ilo_indicators_unweighted() {
    let i = instrument(ILO_FORCED_LABOUR_2012);
    let mut names: Vec<&str> = i.indicators.iter().map(|x| x.wording.as_str()).collect();
    names.sort_unstable();
    let mut expected = [
        "Abuse of vulnerability",
        "Deception",
        "Restriction of movement",
        "Isolation",
        "Physical and sexual violence",
        "Intimidation and threats",
        "Retention of identity documents",
        "Withholding of wages",
        "Debt bondage",
        "Abusive working and living conditions",
        "Excessive overtime",
    ];
    expected.sort_unstable();
    assert_eq!(names, expected);
    assert!(i.indicators.iter().all(|x| {
        x.adult
            .as_ref()
            .is_some_and(|l| l.strength == Strength::Unweighted)
    }));
    assert!(
        i.indicators.iter().all(|x| x.guidance.is_some()),
        "each forced-labour indicator carries its guidance"
    );
    assert!(!i.covers(Population::Child));
}

#[test]
fn both_instruments_cite_their_source_and_record_disagreements() {
    let delphi = instrument(ILO_EC_2009);
    assert!(
        delphi
            .source
            .title
            .starts_with("Operational indicators of trafficking in human beings")
    );
    assert_eq!(delphi.source.year, 2009);
    assert!(
        delphi
            .source
            .edition
            .as_deref()
            .is_some_and(|e| e.contains("September 2009"))
    );
    assert!(
        delphi.source.publisher.contains("ILO")
            && delphi.source.publisher.contains("European Commission")
    );
    let d1 = delphi
        .disagreements
        .iter()
        .find(|d| d.key == "D1")
        .expect("D1 is recorded");
    assert!(
        d1.about
            .iter()
            .any(|a| a == "exploitative_conditions.low_or_no_salary")
    );

    let forced = instrument(ILO_FORCED_LABOUR_2012);
    assert_eq!(forced.source.year, 2012);
    assert_eq!(forced.source.title, "ILO Indicators of Forced Labour");
    assert!(!forced.disagreements.is_empty());
}

#[test]
fn every_unverified_weight_says_what_is_unverified() {
    for i in Instrument::embedded_all().unwrap_or_else(|e| panic!("{e}")) {
        for x in &i.indicators {
            for l in [&x.adult, &x.child].into_iter().flatten() {
                assert!(
                    l.verified || l.note.as_deref().is_some_and(|n| !n.is_empty()),
                    "{}",
                    x.id
                );
            }
        }
    }
}

#[test]
fn an_indicator_in_an_undeclared_dimension_is_reported_with_file_line_and_id() {
    let text = file_text("instruments", "ilo-ec-2009-thb-labour.toml");
    let broken = text.replacen(
        "id = \"coercion_at_destination.debt_bondage\"\ndimension = \"coercion_at_destination\"",
        "id = \"coercion_at_destination.debt_bondage\"\ndimension = \"coercion_at_work\"",
        1,
    );
    assert_ne!(broken, text);
    let errors = Instrument::from_toml("edited.toml", &broken)
        .expect_err("must be rejected")
        .0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = &errors[0];
    assert_eq!(e.file, "edited.toml");
    assert_eq!(
        e.item.as_deref(),
        Some("coercion_at_destination.debt_bondage")
    );
    assert!(e.reason.contains("coercion_at_work"), "{}", e.reason);
    let id_line = broken
        .lines()
        .position(|l| l == "id = \"coercion_at_destination.debt_bondage\"")
        .map(|p| p + 1);
    assert!(
        id_line.is_some_and(|l| e.line + 1 >= l && e.line <= l),
        "error at line {} for the table at line {id_line:?}",
        e.line
    );
    assert!(e.to_string().starts_with(&format!(
        "edited.toml:{}: coercion_at_destination.debt_bondage: ",
        e.line
    )));
}

#[test]
fn an_unknown_strength_is_reported_at_its_line() {
    let text = file_text("instruments", "ilo-ec-2009-thb-labour.toml");
    let target = "adult = { strength = \"strong\", verified = true, note = \"S2 and S3 agree\" }";
    let line = text
        .lines()
        .position(|l| l == target)
        .map(|p| p + 1)
        .expect("the excessive-hours listing");
    let broken = text.replacen(
        target,
        "adult = { strength = \"very_strong\", verified = true, note = \"S2 and S3 agree\" }",
        1,
    );
    let errors = Instrument::from_toml("edited.toml", &broken)
        .expect_err("must be rejected")
        .0;
    assert_eq!(errors[0].line, line);
    assert!(
        errors[0].reason.contains("very_strong"),
        "{}",
        errors[0].reason
    );
}

#[test]
fn duplicate_ids_missing_notes_and_unknown_fields_are_all_reported() {
    let text = r#"
[instrument]
id = "tiny"
version = "0.1.0"
title = "Tiny"
populations = ["adult"]

[source]
title = "A source"
publisher = "Someone"
year = 2024

[[dimension]]
id = "work"
name = "Work"
short = "work"
ask_about = "work"

[[indicator]]
id = "work.hours"
dimension = "work"
wording = "Long hours"
question = "Long hours?"
adult = { strength = "strong", verified = false }

[[indicator]]
id = "work.hours"
dimension = "work"
wording = "Long hours again"
question = "Long hours?"
adult = { strength = "medium", verified = true }
"#;
    let errors = Instrument::from_toml("tiny.toml", text)
        .expect_err("must be rejected")
        .0;
    let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("tiny.toml:19: work.hours: ") && r.contains("without a note")),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("tiny.toml:26: work.hours: ") && r.contains("used twice")),
        "{reasons:?}"
    );

    let unknown_field = text.replacen(
        "ask_about = \"work\"",
        "ask_about = \"work\"\nweight = 3",
        1,
    );
    let errors = Instrument::from_toml("tiny.toml", &unknown_field)
        .expect_err("must be rejected")
        .0;
    assert!(errors[0].reason.contains("weight"), "{errors:?}");
    assert_eq!(errors[0].line, 18);
}

#[test]
fn a_rule_that_weak_indicators_alone_could_meet_is_rejected() {
    let text = file_text("rules", "ilo-ec-2009-delphi.toml");
    let broken = text.replacen(
        "requires = [{ at_least = 2, of = [\"medium\"] }, { at_least = 1, of = [\"weak\"] }]",
        "requires = [{ at_least = 3, of = [\"medium\", \"weak\"] }]",
        1,
    );
    assert_ne!(broken, text);
    let errors = RuleSet::from_toml("edited.toml", &broken)
        .expect_err("must be rejected")
        .0;
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(
        errors[0].item.as_deref(),
        Some("two medium indicators and one weak indicator")
    );
    assert!(errors[0].reason.contains("weak indicators alone"));
}

#[test]
fn a_rule_set_for_another_instrument_is_refused() {
    let forced = instrument(ILO_FORCED_LABOUR_2012);
    let result = screen(
        &forced,
        &rules(ILO_EC_2009_RULES),
        &Answers::new(),
        Population::Adult,
    );
    assert!(
        matches!(result, Err(ScreeningError::RuleSetMismatch { .. })),
        "{result:?}"
    );
}

#[test]
fn a_child_cannot_be_screened_with_the_adult_only_forced_labour_instrument() {
    let result = screen(
        &instrument(ILO_FORCED_LABOUR_2012),
        &rules(ILO_FORCED_LABOUR_2012),
        &Answers::new(),
        Population::Child,
    );
    assert!(
        matches!(
            result,
            Err(ScreeningError::PopulationNotCovered {
                population: Population::Child,
                ..
            })
        ),
        "{result:?}"
    );
}

#[test]
fn unknown_indicator_ids_are_rejected_by_name() {
    // Answers arrive as a serde map, as the JSON API and the CLI will send them.
    let parsed: Answers = toml::from_str(
        r#"
"coercion_at_destination.debt_bondage" = "yes"
"coercion_at_destination.passport_taken" = "yes"
"exploitative_conditions.overtime" = "no"
"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let error = screen(
        &instrument(ILO_EC_2009),
        &rules(ILO_EC_2009_RULES),
        &parsed,
        Population::Adult,
    )
    .expect_err("must be rejected");
    assert_eq!(
        error,
        ScreeningError::UnknownIndicators {
            instrument: ILO_EC_2009.to_string(),
            ids: vec![
                "coercion_at_destination.passport_taken".to_string(),
                "exploitative_conditions.overtime".to_string()
            ],
        }
    );
    assert!(
        error
            .to_string()
            .contains("coercion_at_destination.passport_taken")
    );

    let from_form = Answers::parse_for(&instrument(ILO_EC_2009), [("no_such.indicator", "yes")]);
    assert!(
        matches!(from_form, Err(ScreeningError::UnknownIndicators { ids, .. }) if ids == ["no_such.indicator"])
    );
}

#[test]
fn answers_other_than_yes_no_unknown_are_rejected() {
    let bad: Result<Answers, _> =
        toml::from_str("\"exploitative_conditions.excessive_hours\" = \"maybe\"");
    let message = bad.expect_err("must be rejected").to_string();
    assert!(
        message.contains("maybe") && message.contains("yes"),
        "{message}"
    );

    let from_form = Answers::parse_for(
        &instrument(ILO_EC_2009),
        [("exploitative_conditions.excessive_hours", "perhaps")],
    );
    assert_eq!(
        from_form,
        Err(ScreeningError::InvalidAnswer {
            indicator: "exploitative_conditions.excessive_hours".to_string(),
            value: "perhaps".to_string()
        })
    );
}

#[test]
fn not_asked_is_kept_apart_from_no() {
    let i = instrument(ILO_EC_2009);
    let r = rules(ILO_EC_2009_RULES);
    let asked = answers(&[
        ("exploitative_conditions.excessive_hours", "yes"),
        ("coercion_at_destination.debt_bondage", "no"),
    ]);
    let result = screen(&i, &r, &asked, Population::Adult).unwrap_or_else(|e| panic!("{e}"));
    let coercion = result
        .dimension("coercion_at_destination")
        .expect("dimension");
    assert_eq!(coercion.no.len(), 1);
    assert_eq!(coercion.not_asked.len(), 14);
    assert_eq!(coercion.status, DimensionStatus::InsufficientInformation);
    assert_eq!(
        asked.get("coercion_at_destination.debt_bondage"),
        Some(Answer::No)
    );
    assert_eq!(
        asked.get("coercion_at_destination.violence_on_victims"),
        None
    );
}

#[test]
fn a_result_records_the_versions_used_and_serialises() {
    let result = screen(
        &instrument(ILO_EC_2009),
        &rules(ILO_EC_2009_RULES),
        &answers(&[]),
        Population::Adult,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (
            result.instrument.id.as_str(),
            result.instrument.version.as_str()
        ),
        (ILO_EC_2009, "1.0.0")
    );
    assert_eq!(
        (
            result.rule_set.id.as_str(),
            result.rule_set.version.as_str()
        ),
        (ILO_EC_2009_RULES, "1.0.0")
    );
    assert!(result.notice.contains("never a legal determination"));
    let value = toml::Value::try_from(&result).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        value.get("level").and_then(|v| v.as_str()),
        Some("no_indication")
    );
    assert_eq!(
        value.get("population").and_then(|v| v.as_str()),
        Some("adult")
    );
}

/// A labour inspector's answers at a workplace: long days, low pay and bad housing.
fn long_hours_low_pay_bad_housing() -> Answers {
    answers(&[
        ("exploitative_conditions.excessive_hours", "no"),
        ("exploitative_conditions.low_or_no_salary", "yes"),
        ("exploitative_conditions.bad_living_conditions", "yes"),
    ])
}

#[test]
fn changing_a_weight_in_the_instrument_changes_the_result() {
    let text = file_text("instruments", "ilo-ec-2009-thb-labour.toml");
    let before = screen(
        &instrument(ILO_EC_2009),
        &rules(ILO_EC_2009_RULES),
        &long_hours_low_pay_bad_housing(),
        Population::Adult,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(before.level, Level::LabourLawViolation);

    // Adopt the weights of the source that rates low pay as a strong indicator (D1).
    let target = "adult = { strength = \"medium\", verified = false, note = \"S2: medium; S3: strong — see D1\" }";
    let low_pay = text
        .find("id = \"exploitative_conditions.low_or_no_salary\"")
        .expect("low pay indicator");
    let at = low_pay + text[low_pay..].find(target).expect("its adult listing");
    let edited = format!(
        "{}{}{}",
        &text[..at],
        target.replacen("\"medium\"", "\"strong\"", 1),
        &text[at + target.len()..]
    );
    let edited = Instrument::from_toml("edited.toml", &edited).unwrap_or_else(|e| panic!("{e}"));
    let after = screen(
        &edited,
        &rules(ILO_EC_2009_RULES),
        &long_hours_low_pay_bad_housing(),
        Population::Adult,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(after.level, Level::LabourExploitation);
    assert_eq!(
        after.status("exploitative_conditions"),
        Some(DimensionStatus::Positive)
    );
}

#[test]
fn a_rule_set_of_another_version_can_be_swapped_in_and_is_recorded() {
    let text = file_text("rules", "ilo-ec-2009-delphi.toml");
    // A stricter version 2.0.0 that drops "one strong and one medium or weak".
    let stricter = text.replacen("version = \"1.0.0\"", "version = \"2.0.0\"", 1).replacen(
        "[[positive_when]]\nlabel = \"one strong indicator and at least one medium or weak indicator\"\nrequires = [{ at_least = 1, of = [\"strong\"] }, { at_least = 1, of = [\"medium\", \"weak\"] }]\n",
        "",
        1,
    );
    assert_ne!(stricter, text);
    let stricter = RuleSet::from_toml("stricter.toml", &stricter).unwrap_or_else(|e| panic!("{e}"));
    let hours_and_pay = answers(&[
        ("exploitative_conditions.excessive_hours", "yes"),
        ("exploitative_conditions.low_or_no_salary", "yes"),
    ]);

    let v1 = screen(
        &instrument(ILO_EC_2009),
        &rules(ILO_EC_2009_RULES),
        &hours_and_pay,
        Population::Adult,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let v2 = screen(
        &instrument(ILO_EC_2009),
        &stricter,
        &hours_and_pay,
        Population::Adult,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v1.level, Level::LabourExploitation);
    assert_eq!(v2.level, Level::LabourLawViolation);
    assert_eq!(v2.rule_set.version, "2.0.0");
}

#[test]
fn old_versions_can_be_asked_for_exactly() {
    let v = "1.0.0".parse().unwrap_or_else(|e| panic!("{e}"));
    assert!(Instrument::embedded_version(ILO_EC_2009, v).is_ok());
    assert!(RuleSet::embedded_version(ILO_EC_2009_RULES, v).is_ok());
    let missing = "9.9.9".parse().unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        Instrument::embedded_version(ILO_EC_2009, missing),
        Err(ScreeningError::UnknownInstrument(_))
    ));
    assert!(matches!(
        Instrument::embedded("no-such-instrument"),
        Err(ScreeningError::UnknownInstrument(_))
    ));
}
