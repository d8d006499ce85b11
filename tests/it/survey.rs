//! The survey (issue 11), first part: the 2012 study as wave 0, tracked from the atlas's
//! respondents with the real CLI, beside what the report states.

use crate::on_both_backends;

on_both_backends! {
    async fn survey_waves_shows_the_2012_study_as_wave_0_beside_the_reports_figures(db) {
        let store = db.loaded_store().await;
        store.close().await;
        let url = db.url.as_str();
        let (code, out, err) = crate::support::run_cli(Some(url), &["survey", "waves"]);
        assert_eq!(code, 0, "{err}");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 11, "one wave 0 per country: {out}");
        assert!(lines.iter().all(|l| l.contains(" wave 0 (2012 study (CBSS report), cbss-2012 v1)")), "{out}");
        // Finland: the respondents the atlas lists give the report's own figures.
        let fi = lines.iter().find(|l| l.starts_with("FI ")).expect("FI");
        assert!(fi.contains("invited 14, completed 9 (short form 0), declined 0, no reply 5, response 64%"), "{fi}");
        assert!(fi.contains("report states: 14 invited, 9 completed"), "{fi}");
        // Estonia: two of the six answered the short alternative questions.
        let ee = lines.iter().find(|l| l.starts_with("EE ")).expect("EE");
        assert!(ee.contains("completed 8 (short form 2)"), "{ee}");
        // Denmark: the atlas lists eight questionnaires' respondents, while the report
        // states ten asked and eight completed, and seven questionnaires elsewhere — both
        // are shown, nothing is reconciled by hand.
        let (code, out, err) = crate::support::run_cli(Some(url), &["survey", "waves", "--country", "dk"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.starts_with("DK wave 0") && out.contains("invited 8, completed 7") && out.contains("report states: 10 invited, 8 completed; 7 completed; 7 completed"), "{out}");
        assert!(out.contains("snowball depth 0"), "nobody recorded the 2012 snowball: {out}");
        let (code, _, err) = crate::support::run_cli(Some(url), &["survey", "waves", "--country", "XX"]);
        assert_ne!(code, 0);
        assert!(err.contains("no country XX"), "{err}");
    }
}

/// The sentence the tracking writes is the report's own where the respondents the atlas
/// lists add up to the report's figures: the words are the report's numbers.
#[tokio::test]
async fn the_response_sentence_matches_the_reports_where_the_figures_agree() {
    let db = crate::support::TestDb::sqlite().await;
    let s = crate::support::test_services(db.loaded_store().await).await;
    let waves = s
        .survey_waves(&opennrm_service::Identity::Anonymous, None)
        .expect("waves");
    let report = opennrm_domain::report::Report::embedded();
    let mut agreeing = 0;
    for w in &waves {
        let t = &w.figures.total;
        let Some(first) = w.stated.first() else {
            continue;
        };
        if first.invited != Some(t.invited as i64) || first.completed != Some(t.completed as i64) {
            continue;
        }
        agreeing += 1;
        // "Out of fourteen invited, nine completed …" and the report's "Out of fourteen
        // Finnish respondents asked …, nine submitted …" share their number words.
        let words: Vec<&str> = w
            .sentence
            .split([' ', ','])
            .filter(|x| !x.is_empty())
            .collect();
        let (invited, completed) = (words[2], words[4]);
        let line = first.source.line.expect("located") as usize;
        let text = opennrm_domain::report::lines()[line - 1].to_lowercase();
        assert!(
            text.contains(&format!("out of {invited} "))
                && text.contains(&format!(", {completed} ")),
            "{}: {} vs {text}",
            w.country,
            w.sentence
        );
        assert!(
            report
                .occurrences(&first.source.quote)
                .contains(&(line as u32))
        );
    }
    assert!(
        agreeing >= 4,
        "FI, DE, IS and PL at least agree: {agreeing}"
    );
    s.close().await;
}
