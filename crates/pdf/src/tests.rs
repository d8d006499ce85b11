use opennrm_domain::atlas::Atlas;
use opennrm_domain::insight::national::{self, Block, Edition, Words};

use super::render;

/// English-like words without the web crate: the key stands for its message.
struct Keys;

impl Words for Keys {
    fn text(&self, key: &str, _args: &[(&str, &dyn std::fmt::Display)]) -> String {
        key.to_string()
    }
    fn label(&self, vocabulary: &str, value: &str) -> String {
        format!("{vocabulary} {value}")
    }
}

fn edition() -> Edition {
    Edition {
        revision: 1,
        label: "2013 baseline".into(),
        date: "2013-01-01".into(),
    }
}

#[test]
fn a_country_report_typesets_to_a_pdf() {
    let atlas = Atlas::embedded().expect("atlas");
    let report = national::country_report(&atlas, "DK", &Keys, edition()).expect("DK");
    let pdf = render(&report).expect("pdf");
    assert!(pdf.starts_with(b"%PDF-"));
    // Several pages: title, contents, chapters, sources.
    assert!(pdf.len() > 50_000, "{} bytes", pdf.len());
}

#[test]
fn text_from_the_atlas_is_never_read_as_typst_markup() {
    let atlas = Atlas::embedded().expect("atlas");
    let mut report = national::country_report(&atlas, "IS", &Keys, edition()).expect("IS");
    // Were this evaluated as markup, `panic` would fail the compilation and `]` would
    // close the surrounding content block.
    report.chapters[1].sections[0].blocks.push(Block::Text {
        text: "#panic(\"injected\") ] $x$ <src-1> @src-1 #set page(width: 1cm)".into(),
        cites: vec![1],
    });
    report.title = "#panic(\"title\")".into();
    let pdf = render(&report).expect("typesets");
    assert!(pdf.starts_with(b"%PDF-"));
}
