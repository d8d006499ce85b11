//! Accessibility in real Chromium: axe-core (from npm, pinned in tests/axe, installed by
//! .ci/run) checks the main pages in three languages against WCAG 2.1 A and AA, and a
//! person who uses only the keyboard fills in the screening form and reads the result.

use std::time::Duration;

use fantoccini::Locator;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

use crate::browser::Session;

/// axe-core's script: from tests/axe (npm ci) or where OPENNRM_AXE says.
fn axe_source() -> String {
    let path = std::env::var("OPENNRM_AXE")
        .unwrap_or_else(|_| "tests/axe/node_modules/axe-core/axe.min.js".into());
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("{path}: {e} (install it with: npm ci --prefix tests/axe; .ci/run does this)")
    })
}

/// Runs axe on the page shown and returns its serious and critical violations as lines
/// "rule (impact): help — first nodes".
async fn violations(
    client: &fantoccini::Client,
    axe: &str,
) -> Result<Vec<String>, fantoccini::error::CmdError> {
    // Injected through WebDriver, so the pages' Content-Security-Policy (no inline
    // scripts) stays as it is in production.
    client.execute(axe, vec![]).await?;
    let found = client
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(r.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
              .catch(e => done(['axe failed: ' + e]));"#,
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(found).unwrap_or_else(|e| vec![format!("unreadable: {e}")]))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_main_pages_have_no_serious_or_critical_axe_violations_in_three_languages() {
    let axe = axe_source();
    Session::start()
        .await
        .run(|client, base| async move {
            let pages = [
                "/",
                "/countries/DK",
                "/actors/dk-cmm",
                "/countries/DK/pathway",
                "/countries/DK/diff",
                "/search?q=police",
                "/mechanisms",
                "/study",
                "/insight",
                "/insight/gaps",
                "/insight/network",
                "/countries/DK/report",
                "/screening",
                "/screening/new?instrument=ilo-ec-2009-thb-labour&population=adult&country=NO",
                "/about",
                "/sign-in",
                "/survey",
            ];
            let mut found = Vec::new();
            let mut checked = 0;
            for lang in ["en", "pl", "ru"] {
                for page in pages {
                    let sep = if page.contains('?') { '&' } else { '?' };
                    client.goto(&format!("{base}{page}{sep}lang={lang}")).await?;
                    let html_lang = client
                        .find(Locator::Css("html"))
                        .await?
                        .attr("lang")
                        .await?;
                    assert_eq!(html_lang.as_deref(), Some(lang), "{page}");
                    for v in violations(&client, &axe).await? {
                        found.push(format!("{page} [{lang}]: {v}"));
                    }
                    checked += 1;
                }
            }
            assert_eq!(checked, 3 * pages.len());
            // The check can fail: an image without a text alternative and an unlabelled
            // field put into the last page are found.
            client
                .execute(
                    "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/static/none.png\"><input type=\"text\">')",
                    vec![],
                )
                .await?;
            let canary = violations(&client, &axe).await?;
            assert!(
                canary.iter().any(|v| v.starts_with("image-alt"))
                    && canary.iter().any(|v| v.starts_with("label")),
                "{canary:?}"
            );
            assert!(
                found.is_empty(),
                "{} serious or critical violations:\n{}",
                found.len(),
                found.join("\n")
            );
            Ok(())
        })
        .await;
}

/// Presses one key.
async fn press(client: &fantoccini::Client, key: Key) -> Result<(), fantoccini::error::CmdError> {
    let k = key.chars().next().expect("a key");
    client
        .perform_actions(
            KeyActions::new("keyboard".into())
                .then(KeyAction::Down { value: k })
                .then(KeyAction::Up { value: k }),
        )
        .await
}

/// What has the keyboard focus, as "tag name value", and whether its focus is visible
/// (an outline, as the stylesheet gives every focusable control).
async fn focused(
    client: &fantoccini::Client,
) -> Result<(String, bool), fantoccini::error::CmdError> {
    let v = client
        .execute(
            r#"const e = document.activeElement;
            const s = getComputedStyle(e);
            return [[e.tagName.toLowerCase(), e.getAttribute('name') || '', e.getAttribute('value') || ''].join(' '),
                    s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0];"#,
            vec![],
        )
        .await?;
    Ok((
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_bool().unwrap_or(false),
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_keyboard_only_user_fills_in_the_screening_form_and_reads_the_result() {
    Session::start()
        .await
        .run(|client, base| async move {
            // In German, from the first page of screening: the skip link first, then on
            // to the ILO/EC instrument's start button, with Tab and Enter only.
            client.goto(&format!("{base}/screening?lang=de")).await?;
            press(&client, Key::Tab).await?;
            let (first, visible) = focused(&client).await?;
            assert!(first.starts_with("a "), "the skip link comes first: {first}");
            assert!(visible, "the focus is visible");
            let mut started = false;
            for _ in 0..120 {
                press(&client, Key::Tab).await?;
                let (now, visible) = focused(&client).await?;
                assert!(visible, "no visible focus on {now}");
                if now.starts_with("button") {
                    let in_ilo = client
                        .execute(
                            "return !!document.activeElement.closest('form').querySelector(\"input[value='ilo-ec-2009-thb-labour']\")",
                            vec![],
                        )
                        .await?;
                    if in_ilo.as_bool() == Some(true) {
                        press(&client, Key::Enter).await?;
                        started = true;
                        break;
                    }
                }
            }
            assert!(started, "the instrument's start button was never reached with Tab");
            client
                .wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css("form.screening"))
                .await?;

            // Each answer: Tab into the question's group (the "not asked" answer is
            // checked), then an arrow key moves to "yes" and checks it.
            let wanted = [
                "a:deceptive_recruitment.wages",
                "a:exploitative_conditions.excessive_hours",
                "a:coercion_at_destination.confiscation_of_documents",
                "a:coercion_at_destination.debt_bondage",
            ];
            let mut answered = Vec::new();
            let mut submitted = false;
            for _ in 0..400 {
                press(&client, Key::Tab).await?;
                let (now, visible) = focused(&client).await?;
                assert!(visible, "no visible focus on {now}");
                let mut parts = now.split(' ');
                let (tag, name) = (parts.next().unwrap_or_default(), parts.next().unwrap_or_default());
                if tag == "input" && wanted.contains(&name) && !answered.contains(&name.to_string()) {
                    press(&client, Key::Right).await?;
                    let (after, _) = focused(&client).await?;
                    assert_eq!(after, format!("input {name} yes"), "the arrow chose yes");
                    answered.push(name.to_string());
                }
                if now == "button action result" {
                    assert_eq!(answered.len(), wanted.len(), "every answer was reached before the button");
                    press(&client, Key::Enter).await?;
                    submitted = true;
                    break;
                }
            }
            assert!(submitted, "the result button was never reached with Tab");
            let level = client
                .wait()
                .at_most(Duration::from_secs(10))
                .for_element(Locator::Css("#level"))
                .await?
                .text()
                .await?;
            assert!(!level.is_empty(), "a level is shown");
            let why = client.find(Locator::Css("ul.reasoning")).await?.text().await?;
            assert!(!why.is_empty(), "and why");
            Ok(())
        })
        .await;
}
