use std::collections::BTreeSet;

use super::*;
use crate::report::Report;

/// Words that show the key and its arguments, so a test sees what was asked for.
struct Keys;

impl Words for Keys {
    fn text(&self, key: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
        let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{key}({})", args.join(","))
    }
    fn label(&self, vocabulary: &str, value: &str) -> String {
        format!("{vocabulary}:{value}")
    }
}

fn edition() -> Edition {
    Edition {
        revision: 1,
        label: "baseline".into(),
        date: "2013-01-01".into(),
    }
}

fn atlas() -> Atlas {
    Atlas::embedded().expect("embedded atlas")
}

fn texts(report: &GeneratedReport) -> Vec<String> {
    let mut out = Vec::new();
    fn items(out: &mut Vec<String>, list: &[Item]) {
        for i in list {
            out.push(i.text.clone());
            items(out, &i.items);
        }
    }
    for s in report.chapters.iter().flat_map(|c| &c.sections) {
        for b in &s.blocks {
            match b {
                Block::Text { text, .. } | Block::Quote { text, .. } => out.push(text.clone()),
                Block::List { items: l } => items(&mut out, l),
                Block::Table { rows, .. } => {
                    out.extend(rows.iter().flatten().map(|c| c.text.clone()));
                }
                _ => {}
            }
        }
    }
    out
}

#[test]
fn a_country_report_has_the_chapter_structure_of_the_report() {
    let a = atlas();
    let r = country_report(&a, "DK", &Keys, edition()).expect("DK");
    let chapters: Vec<&str> = r.chapters.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(chapters, ["executive-summary", "dk", "comparison"]);
    let parts: Vec<&str> = r.chapters[1]
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        parts,
        [
            "dk-findings",
            "dk-actors",
            "dk-cooperation",
            "dk-policy",
            "dk-mechanisms",
            "dk-limitations",
            "dk-conclusions",
            "dk-organisations"
        ]
    );
    // Every actor of the chapter is listed under Actors and mandates.
    let dk = a.country("DK").expect("DK");
    let all = texts(&r);
    for actor in &dk.actors {
        assert!(
            all.iter().any(|t| t.starts_with(&actor.name)),
            "{} is missing",
            actor.name
        );
    }
    assert_eq!(r.file_stem(), "opennrm-dk-r1");
}

#[test]
fn every_statement_is_traceable_to_a_verbatim_quote() {
    let a = atlas();
    let report = Report::embedded();
    for r in [
        country_report(&a, "SE", &Keys, edition()).expect("SE"),
        region_report(&a, &Keys, edition()),
    ] {
        let cited: BTreeSet<usize> = r.cited().into_iter().collect();
        let numbers: BTreeSet<usize> = r.sources.iter().map(|c| c.n).collect();
        // Numbered 1..=n, each cited somewhere, nothing cited that is not a source.
        assert_eq!(numbers, (1..=r.sources.len()).collect());
        assert_eq!(cited, numbers);
        for c in &r.sources {
            assert!(
                !report.occurrences(&c.quote).is_empty(),
                "not verbatim: {}",
                c.quote
            );
        }
        // Attribution travels: some sources name the respondent who said it.
        assert!(r.sources.iter().any(|c| !c.said_by.is_empty()));
    }
}

#[test]
fn the_region_report_has_every_chapter_and_the_comparison_marks_no_country() {
    let a = atlas();
    let r = region_report(&a, &Keys, edition());
    assert_eq!(r.chapters.len(), a.countries.len() + 2);
    assert_eq!(r.country, None);
    let comparison = r.chapters.last().expect("comparison");
    for s in &comparison.sections {
        for b in &s.blocks {
            if let Block::Table { rows, header, .. } = b {
                assert_eq!(header.len(), a.countries.len() + 1);
                assert!(rows.iter().flatten().all(|c| !c.strong));
            }
        }
    }
    // Figures: every country's network (where it has ties) and limitation chart, and the
    // three regional charts; each is SVG with a text alternative.
    assert!(r.figures.len() >= a.countries.len() + 3);
    for f in &r.figures {
        assert!(f.svg.starts_with("<svg"), "{}", f.file);
        assert!(!f.alt.is_empty());
    }
}

#[test]
fn the_country_of_a_report_is_marked_in_the_comparison() {
    let a = atlas();
    let r = country_report(&a, "IS", &Keys, edition()).expect("IS");
    let column = a
        .countries
        .iter()
        .position(|c| c.country.code.as_str() == "IS")
        .expect("IS")
        + 1;
    let comparison = r.chapters.last().expect("comparison");
    let Some(Block::Table { rows, .. }) = comparison.sections[0]
        .blocks
        .iter()
        .find(|b| matches!(b, Block::Table { .. }))
    else {
        panic!("no mechanism table");
    };
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            assert_eq!(cell.strong, i == column);
        }
    }
    // Iceland: neither coordinator nor independent rapporteur (its Conclusions), so the
    // executive summary lists those gaps.
    let summary = &r.chapters[0].sections[0];
    let gaps: Vec<&str> = summary
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::List { items } => Some(items.iter().map(|i| i.text.as_str())),
            _ => None,
        })
        .flatten()
        .collect();
    assert!(gaps.iter().any(|t| t.contains("coordinator")), "{gaps:?}");
}

#[test]
fn an_unknown_country_is_an_error_that_does_not_echo_long_input() {
    let a = atlas();
    let long = "X".repeat(200);
    let e = country_report(&a, &long, &Keys, edition()).expect_err("unknown");
    assert!(e.to_string().len() < 80);
}

#[test]
fn markdown_escapes_the_atlas_text_and_footnotes_every_source() {
    let a = atlas();
    let mut r = country_report(&a, "NO", &Keys, edition()).expect("NO");
    r.chapters[1].sections[0].blocks.push(Block::Text {
        text: "<script>alert(1)</script> *bold* [link](x) | pipe".into(),
        cites: vec![1],
    });
    let md = markdown::render(&r, &|f| f.file.clone());
    assert!(!md.contains("<script>"));
    assert!(md.contains("&lt;script&gt;"));
    assert!(md.contains("\\*bold\\* \\[link\\](x) \\| pipe"));
    for c in &r.sources {
        assert!(md.contains(&format!("[^{}]: ", c.n)));
    }
    for f in &r.figures {
        assert!(md.contains(&format!("]({})", f.file)));
    }
}
