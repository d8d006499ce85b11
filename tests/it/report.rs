//! Generated national reports (issue 8): the real CLI writes PDF, HTML and Markdown, the
//! server serves them, and the PDF is read back as a reader would (poppler's pdftotext and
//! pdfinfo): a title page, contents, the chapter's parts, the sources, page numbers.

use std::path::Path;
use std::process::Command;

use opennrm_domain::atlas::Atlas;

use crate::on_both_backends;
use crate::support::{TestApp, run_cli};

/// The PDF's text (pdftotext, layout kept), with hyphenation at line ends undone and
/// whitespace runs made single spaces, so phrases can be searched.
fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils; .ci/run installs it)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8_lossy(&out.stdout).replace("-\n", "");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

/// What a reader checks in a country's PDF: its title, the contents, every part of the
/// chapter in the report's order, actors of the country, the sources, page numbers.
fn assert_reads_as_a_report(pdf: &Path, code: &str) {
    let atlas = Atlas::embedded().expect("atlas");
    let c = atlas.country(code).expect("country");
    let text = pdf_text(pdf);
    assert!(
        text.contains(&format!("{}: actors against trafficking", c.country.name)),
        "title missing"
    );
    let mut at = text.find("Contents").expect("a table of contents");
    // The chapter's parts, in the report's order, after the contents.
    let body = &text[at..];
    at = 0;
    for part in [
        "Findings",
        "Actors and mandates",
        "Cooperation",
        "Policy and legislation",
        "Mechanisms",
        "Challenges and limitations",
        "Conclusions",
        "Relevant departments and organisations",
        "Regional comparison",
        "Sources",
    ] {
        let found = body[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part} missing or out of order"));
        at += found;
    }
    let named = c
        .actors
        .iter()
        .filter(|a| {
            text.contains(
                a.name
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            )
        })
        .count();
    assert!(
        named * 10 >= c.actors.len() * 9,
        "only {named} of {} actors readable in the PDF",
        c.actors.len()
    );
    let pages = pdf_pages(pdf);
    assert!(pages >= 8, "{pages} pages");
    // Page numbers "n / total" in the footer.
    assert!(text.contains(&format!("2 / {pages}")), "no page numbers");
}

on_both_backends! {
    async fn the_cli_writes_a_country_report_that_reads_as_a_finished_document(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let tmp = tempfile::tempdir().expect("tmp");
            let pdf = tmp.path().join("dk.pdf");
            let (code, _, err) = run_cli(
                Some(&url),
                &["report", "DK", "--format", "pdf", "-o", pdf.to_str().expect("utf8")],
            );
            assert_eq!(code, 0, "{err}");
            assert!(err.contains("wrote"), "{err}");
            assert_reads_as_a_report(&pdf, "DK");
            // No partial file is left beside it.
            let names: Vec<String> = std::fs::read_dir(tmp.path())
                .expect("dir")
                .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .collect();
            assert_eq!(names, ["dk.pdf"]);
            // An unknown country is a clear error listing the known ones, and writes nothing.
            let bad = tmp.path().join("xx.pdf");
            let (code, _, err) = run_cli(
                Some(&url),
                &["report", "XX", "-o", bad.to_str().expect("utf8")],
            );
            assert_ne!(code, 0);
            assert!(err.contains("no country XX") && err.contains("DK"), "{err}");
            assert!(!bad.exists());
        })
        .await
        .expect("join");
    }
}

#[test]
fn report_all_writes_every_country_and_the_region_in_every_format() {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let dir = tmp.path().join("out");
    let (code, _, err) = run_cli(
        Some(&url),
        &[
            "report",
            "--all",
            "--format",
            "pdf,html,md",
            "-o",
            dir.to_str().expect("utf8"),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("wrote 36 reports"), "{err}");
    let atlas = Atlas::embedded().expect("atlas");
    for scope in atlas
        .countries
        .iter()
        .map(|c| c.country.code.as_str().to_ascii_lowercase())
        .chain(["region".to_string()])
    {
        for ext in ["pdf", "html", "md"] {
            let path = dir.join(format!("opennrm-{scope}-r1.{ext}"));
            let bytes =
                std::fs::read(&path).unwrap_or_else(|_| panic!("{} missing", path.display()));
            match ext {
                "pdf" => assert!(bytes.starts_with(b"%PDF-")),
                "html" => {
                    let html = String::from_utf8(bytes).expect("utf8");
                    // Standalone: styles and figures inside, nothing loaded from a site.
                    assert!(html.contains("<style>") && html.contains("<svg"));
                    assert!(!html.contains("src=\"/"));
                }
                _ => {
                    let md = String::from_utf8(bytes).expect("utf8");
                    assert!(md.contains("[^1]: "));
                    // Its figures are written beside it, under the names it links.
                    for line in md.lines().filter(|l| l.starts_with("![")) {
                        let href = line
                            .rsplit("](")
                            .next()
                            .expect("href")
                            .trim_end_matches(')');
                        assert!(dir.join(href).exists(), "{href} not written");
                    }
                }
            }
        }
    }
    // The region's report holds every chapter.
    let region = pdf_text(&dir.join("opennrm-region-r1.pdf"));
    for c in &atlas.countries {
        assert!(
            region.contains(&c.country.name),
            "{} missing",
            c.country.name
        );
    }
}

on_both_backends! {
    async fn the_server_serves_the_report_as_page_markdown_and_pdf(db) {
        let app = TestApp::start(db.loaded_store().await).await;
        let (status, html) = app.text("/countries/se/report").await;
        assert_eq!(status, 200);
        for part in ["Findings", "Actors and mandates", "Mechanisms", "Conclusions", "Sources"] {
            assert!(html.contains(part), "{part}");
        }
        // Sources link into the report's text; figures load from their own URLs.
        assert!(html.contains("href=\"/report?line="));
        assert!(html.contains("src=\"/countries/se/network.svg\""));
        assert!(html.contains("href=\"/countries/se/report.pdf\""));
        let (status, svg) = app.text("/countries/se/limitations.svg").await;
        assert_eq!(status, 200);
        assert!(svg.starts_with("<svg"));

        let r = app.get("/countries/se/report.md").await;
        assert_eq!(r.status().as_u16(), 200);
        assert!(r.headers()["content-type"].to_str().expect("ct").starts_with("text/markdown"));
        assert!(r.headers()["content-disposition"].to_str().expect("cd").contains("opennrm-se-r1.md"));
        let md = r.text().await.expect("md");
        assert!(md.starts_with("# Sweden"));

        let r = app.get("/countries/SE/report.pdf").await;
        assert_eq!(r.status().as_u16(), 200);
        assert_eq!(r.headers()["content-type"], "application/pdf");
        let pdf = r.bytes().await.expect("pdf");
        let tmp = tempfile::tempdir().expect("tmp");
        let path = tmp.path().join("se.pdf");
        std::fs::write(&path, &pdf).expect("write");
        assert_reads_as_a_report(&path, "SE");
        // The second request is the same document, from the cache.
        let again = app.get("/countries/SE/report.pdf").await.bytes().await.expect("pdf");
        assert_eq!(again, pdf);

        // The same document as data.
        let (status, json) = app.json("/api/v1/countries/se/report").await;
        assert_eq!(status, 200);
        assert_eq!(json["country"], "SE");
        assert_eq!(json["chapters"].as_array().map(Vec::len), Some(3));
        let sources = json["sources"].as_array().map_or(0, Vec::len);
        assert!(sources > 50, "{sources} sources");
        assert_eq!(app.get("/api/v1/countries/zz/report").await.status().as_u16(), 404);

        let (status, region) = app.text("/insight/report").await;
        assert_eq!(status, 200);
        assert!(region.contains("Regional comparison") && region.contains("Iceland"));
        assert_eq!(app.get("/countries/zz/report").await.status().as_u16(), 404);
        assert_eq!(app.get("/countries/dk/report.docx").await.status().as_u16(), 404);
        assert_eq!(app.get("/countries/dk/report?revision=999").await.status().as_u16(), 404);
    }
}
