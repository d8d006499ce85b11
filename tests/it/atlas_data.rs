//! The shipped atlas against the report: every country, every list entry, every quote.

use opennrm_domain::atlas::vocabulary::*;
use opennrm_domain::atlas::{Atlas, CountryAtlas, Source, query};
use opennrm_domain::report::{FRONT_MATTER_LINES, Report, chapter_lines};

use crate::support::embedded_atlas;

fn all_sources(c: &CountryAtlas) -> Vec<&Source> {
    let mut v: Vec<&Source> = Vec::new();
    v.extend(c.participation.iter().map(|p| &p.source));
    v.extend(c.findings.iter().map(|p| &p.source));
    for a in &c.actors {
        v.push(&a.source);
        v.extend(a.mandates.iter().map(|m| &m.source));
    }
    v.extend(c.cooperation.iter().map(|t| &t.source));
    v.extend(c.mechanisms.iter().map(|m| &m.source));
    v.extend(c.limitations.iter().map(|l| &l.source));
    v.extend(c.documents.iter().map(|d| &d.source));
    for a in &c.ambiguities {
        v.extend(a.sources.iter());
    }
    v
}

#[test]
fn the_atlas_covers_the_eleven_countries_of_the_report() {
    let atlas = embedded_atlas();
    let mut codes: Vec<&str> = atlas
        .countries
        .iter()
        .map(|c| c.country.code.as_str())
        .collect();
    codes.sort_unstable();
    assert_eq!(
        codes,
        [
            "DE", "DK", "EE", "FI", "IS", "LT", "LV", "NO", "PL", "RU", "SE"
        ]
    );
}

#[test]
fn every_quote_is_verbatim_in_its_own_chapter_and_its_line_points_at_it() {
    let atlas = embedded_atlas();
    let report = Report::embedded();
    let lines = opennrm_domain::report::lines();
    let mut checked = 0;
    for c in &atlas.countries {
        let (from, to) = chapter_lines(c.country.code.as_str()).expect("chapter range");
        for s in all_sources(c) {
            let line = s.line.unwrap_or_else(|| {
                panic!(
                    "{}: quote without a report line: {:?}",
                    c.country.code, s.quote
                )
            });
            assert!(
                (from..=to).contains(&line)
                    // The executive summary, or the methodology an ambiguity may cite.
                    || (FRONT_MATTER_LINES.0..=FRONT_MATTER_LINES.1).contains(&line),
                "{}: quote at line {line} is outside the chapter: {:?}",
                c.country.code,
                s.quote
            );
            assert!(report.occurrences(&s.quote).contains(&line));
            // The first word of the quote is on the line the source points at.
            let first = s
                .quote
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .replace('*', "");
            let text = lines[(line - 1) as usize].replace('*', "");
            assert!(
                text.contains(&first),
                "{}: line {line} does not contain {first:?}",
                c.country.code
            );
            assert!(!s.section.trim().is_empty());
            checked += 1;
        }
    }
    assert!(checked > 1500, "only {checked} sources checked");
}

/// The bullet entries of the "Relevant … departments and organisations" lists.
fn list_entries(code: &str) -> Vec<(String, StudyStatus)> {
    let (from, to) = chapter_lines(code).expect("range");
    let lines = opennrm_domain::report::lines();
    let mut status = None;
    let mut out = Vec::new();
    for l in &lines[(from - 1) as usize..to as usize] {
        let plain = l.replace('*', "");
        if plain.starts_with('#') {
            status = if plain.contains("Invited actors who participated") {
                Some(StudyStatus::Participated)
            } else if plain.contains("Other invited actors") {
                Some(StudyStatus::InvitedNotParticipated)
            } else if plain.contains("Other actors mentioned") {
                Some(StudyStatus::Mentioned)
            } else {
                None
            };
        } else if let (Some(st), Some(item)) = (status, plain.strip_prefix("- ")) {
            out.push((Report::normalise(item), st));
        }
    }
    out
}

fn names(a: &opennrm_domain::atlas::Actor) -> Vec<String> {
    let mut v = vec![a.name.clone(), Report::normalise(&a.source.quote)];
    v.extend(a.native_name.clone());
    v.extend(a.acronym.clone().filter(|x| x.len() > 2));
    v.extend(a.aliases.iter().cloned());
    v
}

#[test]
fn every_entry_of_every_relevant_organisations_list_is_an_actor() {
    let atlas = embedded_atlas();
    let mut missing = Vec::new();
    let mut total = 0;
    for c in &atlas.countries {
        let entries = list_entries(c.country.code.as_str());
        assert!(!entries.is_empty(), "{}: no list found", c.country.code);
        for (entry, _) in entries {
            total += 1;
            let lower = entry.to_lowercase();
            let found = c.actors.iter().any(|a| {
                names(a)
                    .iter()
                    .any(|n| !n.is_empty() && lower.contains(&n.to_lowercase()))
            });
            if !found {
                missing.push(format!("{}: {entry}", c.country.code));
            }
        }
    }
    assert!(total > 200, "only {total} list entries found");
    assert!(
        missing.is_empty(),
        "list entries with no actor:\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_participating_list_entry_is_an_actor_that_participated() {
    let atlas = embedded_atlas();
    for c in &atlas.countries {
        for (entry, st) in list_entries(c.country.code.as_str()) {
            if st != StudyStatus::Participated {
                continue;
            }
            let quoted = c
                .actors
                .iter()
                .find(|a| entry.contains(&Report::normalise(&a.source.quote)));
            if let Some(a) = quoted {
                assert_eq!(
                    a.study_status,
                    StudyStatus::Participated,
                    "{}: {} is listed as participating",
                    c.country.code,
                    a.id
                );
            }
        }
        assert!(
            c.actors
                .iter()
                .any(|a| a.study_status == StudyStatus::Participated),
            "{}: nobody participated?",
            c.country.code
        );
    }
}

#[test]
fn every_country_records_who_responded() {
    for c in &embedded_atlas().countries {
        assert!(
            c.participation.iter().any(|p| p.completed.is_some()),
            "{}: no respondent count",
            c.country.code
        );
    }
}

#[test]
fn the_contradictory_respondent_counts_keep_every_reading() {
    let atlas = embedded_atlas();
    for code in ["DK", "NO", "SE"] {
        let c = atlas.country(code).expect(code);
        let readings: std::collections::BTreeSet<_> = c
            .participation
            .iter()
            .map(|p| (p.invited, p.completed))
            .collect();
        assert!(readings.len() >= 2, "{code}: only {readings:?}");
        assert!(
            !c.ambiguities.is_empty(),
            "{code}: contradiction not explained"
        );
    }
    let dk = atlas.country("DK").expect("DK");
    assert!(
        dk.participation
            .iter()
            .any(|p| p.invited == Some(10) && p.completed == Some(8))
    );
}

#[test]
fn who_determines_victim_status_in_denmark_depends_on_residence() {
    let atlas = embedded_atlas();
    let hits = query::find_actors(
        &atlas,
        &query::ActorFilter {
            country: Some("DK".parse().expect("code")),
            capability: Some(Capability::DetermineVictimStatus),
            ..Default::default()
        },
    );
    let names: Vec<&str> = hits
        .iter()
        .map(|h| h.actor.acronym.as_deref().unwrap_or(&h.actor.name))
        .collect();
    assert!(names.contains(&"CMM"), "{names:?}");
    assert!(
        hits.iter().any(|h| h.actor.sector == Sector::Immigration),
        "{names:?}"
    );
    let cmm = hits
        .iter()
        .find(|h| h.actor.acronym.as_deref() == Some("CMM"))
        .expect("CMM");
    assert!(cmm.matching_mandates.iter().any(|m| {
        m.scope
            .as_deref()
            .is_some_and(|s| s.contains("legal resident"))
    }));
}

#[test]
fn absences_are_recorded_as_facts() {
    let atlas = embedded_atlas();
    let no = atlas.country("NO").expect("NO");
    assert!(
        no.mechanisms
            .iter()
            .any(|m| m.kind == MechanismKind::NationalRapporteur
                && m.status == MechanismStatus::Absent),
        "Norway has no independent national Rapporteur"
    );
    let absences: usize = atlas
        .countries
        .iter()
        .map(|c| {
            c.mechanisms
                .iter()
                .filter(|m| m.status == MechanismStatus::Absent)
                .count()
        })
        .sum();
    assert!(absences >= 11, "only {absences} absences recorded");
}

#[test]
fn the_national_mechanisms_named_in_the_design_are_present() {
    let atlas = embedded_atlas();
    let se = atlas.country("SE").expect("SE");
    let coord = se
        .mechanisms
        .iter()
        .find(|m| {
            m.kind == MechanismKind::NationalCoordinator && m.status == MechanismStatus::Formal
        })
        .expect("Swedish coordinator");
    let holder = se
        .actor(coord.holder.as_ref().expect("holder"))
        .expect("holder actor");
    assert!(
        holder.name.contains("County Administrative Board"),
        "{}",
        holder.name
    );
    let fi = atlas.country("FI").expect("FI");
    let rap = fi
        .mechanisms
        .iter()
        .find(|m| {
            m.kind == MechanismKind::NationalRapporteur && m.status == MechanismStatus::Formal
        })
        .expect("Finnish rapporteur");
    let holder = fi
        .actor(rap.holder.as_ref().expect("holder"))
        .expect("holder actor");
    assert!(
        holder.name.contains("Ombudsman for Minorities"),
        "{}",
        holder.name
    );
}

#[test]
fn loading_the_same_files_twice_gives_the_same_hash() {
    let a = embedded_atlas();
    let b = Atlas::embedded().expect("valid");
    assert_eq!(a.content_hash, b.content_hash);
    assert_eq!(a.content_hash.len(), 64);
}
