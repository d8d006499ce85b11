//! A person's path through the atlas in real Chromium (Debian's chromium and
//! chromium-driver, installed by .ci/run): home → country → actor → a source quote.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{ClientBuilder, Locator};

use crate::support::{TestApp, TestDb};

/// chromedriver, stopped when the test ends however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn start_driver() -> (Driver, u16) {
    let bin =
        std::env::var("OPENNRM_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
    assert!(
        std::path::Path::new(&bin).exists(),
        "{bin} is missing: the browser test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does this)"
    );
    let port = free_port();
    let child = Command::new(&bin)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromedriver");
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    (driver, port)
}

/// A headless Chromium session with the flags this machine needs (no network, no sandbox as root).
async fn chromium(port: u16, profile: &std::path::Path) -> fantoccini::Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": std::env::var("OPENNRM_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1280,1000",
                     format!("--user-data-dir={}", profile.display())]
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a Chromium session")
}

/// The app on a fresh SQLite database, chromedriver and a Chromium session; torn down
/// in `finish`, which also reports the steps' result.
struct Session {
    db: TestDb,
    app: TestApp,
    client: fantoccini::Client,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

impl Session {
    async fn start() -> Session {
        let db = TestDb::sqlite().await;
        let app = TestApp::start(db.loaded_store().await).await;
        let (driver, port) = start_driver().await;
        let profile = tempfile::tempdir().expect("profile dir");
        let client = chromium(port, profile.path()).await;
        Session {
            db,
            app,
            client,
            _driver: driver,
            _profile: profile,
        }
    }

    async fn finish(self, steps: Result<(), fantoccini::error::CmdError>) {
        self.client.close().await.ok();
        self.db.cleanup().await;
        steps.expect("browser steps");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_goes_from_the_home_page_to_a_country_to_an_actor_and_reads_a_source() {
    let session = Session::start().await;
    let (client, app) = (&session.client, &session.app);

    let result = async {
        client.goto(&format!("{}/", app.base)).await?;
        let h1 = client.find(Locator::Css("h1")).await?.text().await?;
        assert!(h1.contains("11 countries"), "home heading: {h1}");
        let glance = client
            .find(Locator::Css("table.matrix"))
            .await?
            .text()
            .await?;
        assert!(
            glance.contains("Norway") && glance.contains("✗"),
            "the glance table shows absences"
        );

        client
            .find(Locator::LinkText("Denmark"))
            .await?
            .click()
            .await?;
        let h1 = client.find(Locator::Css("h1")).await?.text().await?;
        assert_eq!(h1, "Denmark");
        assert!(
            client
                .current_url()
                .await?
                .path()
                .ends_with("/countries/DK")
        );
        let actors = client.find(Locator::Css("#actors")).await?.text().await?;
        assert!(
            actors.contains("Determine victim status"),
            "mandates are listed under the actors"
        );

        client
            .find(Locator::Css("#actors a[href='/actors/dk-cmm']"))
            .await?
            .click()
            .await?;
        let h1 = client.find(Locator::Css("h1")).await?.text().await?;
        assert!(
            h1.starts_with("Danish Centre against Human Trafficking"),
            "{h1}"
        );

        // The source is hidden until asked for, then shows the report's words.
        let first_mandate = client.find(Locator::Css("#mandates li.mandate")).await?;
        let quote = first_mandate
            .find(Locator::Css("details.src blockquote"))
            .await?;
        assert!(!quote.is_displayed().await?, "sources are shown on demand");
        first_mandate
            .find(Locator::Css("details.src summary"))
            .await?
            .click()
            .await?;
        assert!(quote.is_displayed().await?);
        let text = quote.text().await?;
        assert!(text.starts_with('“') && text.len() > 10, "{text}");
        let cite = first_mandate
            .find(Locator::Css("details.src .cite"))
            .await?
            .text()
            .await?;
        assert!(
            cite.contains("Denmark ›") && cite.contains("report line"),
            "{cite}"
        );

        // Search from the page, without JavaScript.
        client.goto(&format!("{}/search", app.base)).await?;
        client
            .find(Locator::Css("select[name=country]"))
            .await?
            .select_by_value("DK")
            .await?;
        client
            .find(Locator::Css("select[name=capability]"))
            .await?
            .select_by_value("determine_victim_status")
            .await?;
        client
            .find(Locator::Css("form.search button"))
            .await?
            .click()
            .await?;
        let count = client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(".result-count"))
            .await?
            .text()
            .await?;
        assert_eq!(count, "2 actors match.");

        if let Ok(dir) = std::env::var("OPENNRM_SCREENSHOT_DIR") {
            client.goto(&format!("{}/countries/DK", app.base)).await?;
            let png = client.screenshot().await?;
            std::fs::write(format!("{dir}/country-dk.png"), png).expect("write screenshot");
        }
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    session.finish(result).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_labour_inspector_fills_the_screening_form_and_reads_the_explanation() {
    let session = Session::start().await;
    let (client, app) = (&session.client, &session.app);

    let result = async {
        client.goto(&format!("{}/screening", app.base)).await?;
        let notice = client.find(Locator::Css(".notice")).await?.text().await?;
        assert!(notice.contains("never a legal determination"), "{notice}");
        // The first instrument: the ILO/EC operational indicators, for Norway.
        let form = client
            .find(Locator::Css(
                "section.instrument form:has(input[value='ilo-ec-2009-thb-labour'])",
            ))
            .await?;
        form.find(Locator::Css("select[name=country]"))
            .await?
            .select_by_value("NO")
            .await?;
        form.find(Locator::Css("button")).await?.click().await?;
        client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("form.screening"))
            .await?;

        // Berry pickers paid less than promised, excessive hours, passports taken, debts.
        for (id, answer) in [
            ("deceptive_recruitment.wages", "yes"),
            ("deceptive_recruitment.nature_of_job", "yes"),
            ("exploitative_conditions.excessive_hours", "yes"),
            ("exploitative_conditions.low_or_no_salary", "yes"),
            ("coercion_at_destination.confiscation_of_documents", "yes"),
            ("coercion_at_destination.debt_bondage", "yes"),
            ("coercion_at_destination.threats_of_violence", "no"),
        ] {
            let radio = client
                .find(Locator::Css(&format!(
                    "input[name='a:{id}'][value='{answer}']"
                )))
                .await?;
            // As a person would: bring the question to the middle of the screen (the
            // action bar stays at the bottom), then tap the answer.
            client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center'})",
                    vec![serde_json::to_value(&radio).expect("element")],
                )
                .await?;
            radio.click().await?;
            assert!(radio.is_selected().await?);
        }
        // The official wording is there on demand.
        let first = client
            .find(Locator::Css(".indicator details summary"))
            .await?;
        client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'})",
                vec![serde_json::to_value(&first).expect("element")],
            )
            .await?;
        first.click().await?;
        let wording = client
            .find(Locator::Css(".indicator details blockquote"))
            .await?
            .text()
            .await?;
        assert!(!wording.is_empty());

        client
            .find(Locator::Css("button[value=result]"))
            .await?
            .click()
            .await?;
        let level = client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css("#level"))
            .await?
            .text()
            .await?;
        assert_eq!(level, "Presumed trafficking for labour exploitation");
        let why = client
            .find(Locator::Css("ul.reasoning"))
            .await?
            .text()
            .await?;
        assert!(why.contains("Coercion at destination is positive"), "{why}");
        let who = client.find(Locator::Css("#who")).await?.text().await?;
        assert_eq!(who, "Who can act in Norway");
        let current = client
            .find(Locator::Css(".continuum li.current"))
            .await?
            .text()
            .await?;
        assert_eq!(current, "Presumed trafficking for labour exploitation");

        if let Ok(dir) = std::env::var("OPENNRM_SCREENSHOT_DIR") {
            let png = client.screenshot().await?;
            std::fs::write(format!("{dir}/screening-result.png"), png).expect("write screenshot");
        }
        Ok::<(), fantoccini::error::CmdError>(())
    }
    .await;
    session.finish(result).await;
}
