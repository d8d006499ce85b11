//! People's paths through the pages in real Chromium (Debian's chromium and
//! chromium-driver, installed by .ci/run): the atlas (home → country → actor → a source
//! quote), the screening form, and signing in with an authenticator app and out again.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{ClientBuilder, Locator};
use opennrm_service::Identity;
use opennrm_service::Role;
use opennrm_service::accounts::{NewUser, OrganisationProfile};

use crate::on_both_backends;
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

/// The app on a fresh database, chromedriver and a Chromium session; `run` drives the
/// steps and tears everything down however they end.
pub(crate) struct Session {
    db: TestDb,
    app: TestApp,
    client: fantoccini::Client,
    _driver: Driver,
    _profile: tempfile::TempDir,
}

pub(crate) type Steps = Result<(), fantoccini::error::CmdError>;

impl Session {
    pub(crate) async fn start() -> Session {
        Session::on(TestDb::sqlite().await).await
    }

    async fn on(db: TestDb) -> Session {
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

    /// Runs the steps (given the browser and the app's base URL) in a task of their
    /// own, so that a failed assertion still closes Chromium and drops the database
    /// before the test reports it.
    pub(crate) async fn run<F, Fut>(self, steps: F)
    where
        F: FnOnce(fantoccini::Client, String) -> Fut,
        Fut: Future<Output = Steps> + Send + 'static,
    {
        let outcome = tokio::spawn(steps(self.client.clone(), self.app.base.clone())).await;
        self.client.close().await.ok();
        self.db.cleanup().await;
        match outcome {
            Ok(steps) => steps.expect("browser steps"),
            Err(e) => match e.try_into_panic() {
                Ok(panic) => std::panic::resume_unwind(panic),
                Err(e) => panic!("browser steps: {e}"),
            },
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_goes_from_the_home_page_to_a_country_to_an_actor_and_reads_a_source() {
    Session::start()
        .await
        .run(|client, base| async move {
            client.goto(&format!("{base}/")).await?;
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
            client.goto(&format!("{base}/search")).await?;
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
                client.goto(&format!("{base}/countries/DK")).await?;
                let png = client.screenshot().await?;
                std::fs::write(format!("{dir}/country-dk.png"), png).expect("write screenshot");
            }
            Ok(())
        })
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_labour_inspector_fills_the_screening_form_and_reads_the_explanation() {
    Session::start()
        .await
        .run(|client, base| async move {
            client.goto(&format!("{base}/screening")).await?;
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
                std::fs::write(format!("{dir}/screening-result.png"), png)
                    .expect("write screenshot");
            }
            Ok(())
        })
        .await;
}

// ------------------------------------------------------------------ signing in

const WAIT: Duration = Duration::from_secs(10);
const USERNAME: &str = "coordinator@dk.test";
const DISPLAY_NAME: &str = "Karen Holm";
const PASSWORD: &str = "correct horse battery staple";

/// Waits until the browser is at `path` (after a form's post and its redirect).
async fn wait_for_path(client: &fantoccini::Client, path: &str) -> Steps {
    let deadline = Instant::now() + WAIT;
    loop {
        let url = client.current_url().await?;
        if url.path() == path {
            return Ok(());
        }
        if Instant::now() >= deadline {
            let page = client.find(Locator::Css("main")).await?.text().await?;
            panic!(
                "at {} after {WAIT:?}, expected {path}; the page says: {page}",
                url.path()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Types into the field labelled `id` (cleared first).
async fn fill(client: &fantoccini::Client, id: &str, text: &str) -> Steps {
    let field = client.find(Locator::Id(id)).await?;
    field.clear().await?;
    field.send_keys(text).await
}

/// The id of the element that has the keyboard focus.
async fn focused(client: &fantoccini::Client) -> Result<String, fantoccini::error::CmdError> {
    let el = client.active_element().await?;
    Ok(el.attr("id").await?.unwrap_or_default())
}

/// The header's navigation as a reader sees it.
async fn header(client: &fantoccini::Client) -> Result<String, fantoccini::error::CmdError> {
    client
        .find(Locator::Css("header.site nav"))
        .await?
        .text()
        .await
}

/// Signs out with the header's button and checks that the browser is anonymous again;
/// `shot` names a screenshot of the page it lands on.
async fn sign_out(client: &fantoccini::Client, base: &str, shot: Option<&str>) -> Steps {
    client
        .find(Locator::Css(
            "header.site form[action='/sign-out'] button[type=submit]",
        ))
        .await?
        .click()
        .await?;
    wait_for_path(client, "/").await?;
    let nav = header(client).await?;
    assert!(!nav.contains(DISPLAY_NAME), "signed out: {nav}");
    client
        .find(Locator::Css("header.site nav a[href='/sign-in']"))
        .await?;
    if let Some(name) = shot {
        screenshot(name, &client.screenshot().await?);
    }
    client.goto(&format!("{base}/account")).await?;
    wait_for_path(client, "/sign-in").await
}

/// The password step of the sign-in form, as a person fills it.
async fn sign_in_with_password(client: &fantoccini::Client, base: &str) -> Steps {
    client.goto(&format!("{base}/sign-in")).await?;
    assert_eq!(
        focused(client).await?,
        "username",
        "the form starts at the name"
    );
    fill(client, "username", USERNAME).await?;
    fill(client, "password", PASSWORD).await?;
    client
        .find(Locator::Css("form[action='/sign-in'] button[type=submit]"))
        .await?
        .click()
        .await
}

/// An authenticator app holding the key the page showed: SHA-1, six digits, 30-second
/// steps, as the server's `totp_for` builds it (the issuer and account name only label
/// the entry in the app; they do not enter the code).
fn authenticator(key: &str) -> totp_rs::Totp {
    let secret = totp_rs::Secret::try_from_base32(key.replace(' ', ""))
        .unwrap_or_else(|e| panic!("the page shows a base32 key: {e:?}"));
    totp_rs::Builder::new()
        .with_secret(secret)
        .with_algorithm(totp_rs::Algorithm::SHA1)
        .with_digits(6)
        .with_step_duration(30)
        .build()
        .expect("an authenticator")
}

fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs()
}

/// A six-digit code that no step the server could accept now (or in the next minute) has.
fn wrong_code(app: &totp_rs::Totp) -> String {
    let now = unix_now();
    let near: Vec<String> = (0..5)
        .map(|i| app.generate(now + i * 30 - 30).to_string())
        .collect();
    (0..)
        .map(|n: u32| format!("{:06}", (n * 7919) % 1_000_000))
        .find(|c| !near.contains(c))
        .expect("a wrong code")
}

fn screenshot(name: &str, png: &[u8]) {
    if let Ok(dir) = std::env::var("OPENNRM_SCREENSHOT_DIR") {
        std::fs::write(format!("{dir}/{name}"), png).expect("write screenshot");
    }
}

on_both_backends! {
    async fn a_coordinator_sets_up_an_authenticator_signs_in_with_a_code_and_signs_out(db) {
        let backend = db.backend;
        let session = Session::on(db).await;
        // A national coordinator who also administers the country's users: both roles
        // must prove a second factor before they can act.
        let services = session.app.state.services().clone();
        services
            .enable_organisation(&Identity::Operator, "dk-cmm", &OrganisationProfile::default())
            .await
            .expect("organisation");
        services
            .add_user(
                &Identity::Operator,
                &NewUser {
                    username: USERNAME.into(),
                    display_name: DISPLAY_NAME.into(),
                    organisation: "dk-cmm".into(),
                    roles: vec![Role::NationalCoordinator, Role::Administrator],
                    password: PASSWORD.into(),
                },
            )
            .await
            .expect("user");

        session.run(|client, base| async move {
            // The password alone: the account page asks for an authenticator first, and
            // the role's pages stay shut until there is one.
            sign_in_with_password(&client, &base).await?;
            wait_for_path(&client, "/account").await?;
            assert!(header(&client).await?.contains(DISPLAY_NAME));
            let alert = client.find(Locator::Css("main [role=alert]")).await?.text().await?;
            assert!(alert.contains("requires a second factor"), "{alert}");
            client.goto(&format!("{base}/admin/users")).await?;
            let h1 = client.find(Locator::Css("h1")).await?.text().await?;
            assert_eq!(h1, "Not allowed", "no user administration without a second factor");
            client.goto(&format!("{base}/account")).await?;

            // Enrol: read the key the page shows, answer with the app's current code.
            client
                .find(Locator::Css("form[action='/account/totp'] button[type=submit]"))
                .await?
                .click()
                .await?;
            let key = client
                .wait()
                .at_most(WAIT)
                .for_element(Locator::Id("totp-secret"))
                .await?
                .text()
                .await?;
            client.find(Locator::Css(".qr svg")).await?;
            screenshot(&format!("totp-enrolment-{backend}.png"), &client.screenshot().await?);
            assert!(!client.current_url().await?.as_str().contains(&key.replace(' ', "")));
            let app = authenticator(&key);
            let confirm = Locator::Css("form[action='/account/totp/confirm'] button[type=submit]");
            // A mistyped code: said so, and the same key stays on the page to try again.
            fill(&client, "totp-code", &wrong_code(&app)).await?;
            client.find(confirm).await?.click().await?;
            wait_for_path(&client, "/account/totp/confirm").await?;
            let mut alerts = String::new();
            for alert in client.find_all(Locator::Css("main [role=alert]")).await? {
                alerts += &alert.text().await?;
            }
            assert!(alerts.contains("does not match this key"), "{alerts}");
            let again = client.find(Locator::Id("totp-secret")).await?.text().await?;
            assert_eq!(again, key, "the same key, so the app need not be set up twice");
            fill(&client, "totp-code", &app.generate_current().to_string()).await?;
            client.find(confirm).await?.click().await?;
            // Then the account page itself (a reload posts nothing again).
            wait_for_path(&client, "/account").await?;
            let status = client
                .find(Locator::Css("main [role=status]"))
                .await?
                .text()
                .await?;
            assert!(status.contains("authenticator app is set up"), "{status}");
            let totp = client.find(Locator::Css("section[aria-labelledby=totp]")).await?.text().await?;
            assert!(totp.contains("A second factor is set up"), "{totp}");
            assert!(
                client.find_all(Locator::Css("main [role=alert]")).await?.is_empty(),
                "nothing left to warn about"
            );

            sign_out(&client, &base, None).await?;

            // Sign in again: password, then the code page.
            sign_in_with_password(&client, &base).await?;
            wait_for_path(&client, "/sign-in/code").await?;
            assert_eq!(focused(&client).await?, "code", "the code field has the focus");
            assert!(!header(&client).await?.contains(DISPLAY_NAME), "not signed in yet");

            // A wrong code is refused on the page, and the URL carries nothing.
            let wrong = wrong_code(&app);
            fill(&client, "code", &wrong).await?;
            client
                .find(Locator::Css("form[action='/sign-in/code'] button[type=submit]"))
                .await?
                .click()
                .await?;
            let error = client
                .wait()
                .at_most(WAIT)
                .for_element(Locator::Id("sign-in-error"))
                .await?
                .text()
                .await?;
            assert!(error.contains("code was not accepted"), "{error}");
            let url = client.current_url().await?;
            assert_eq!((url.path(), url.query()), ("/sign-in/code", None));
            assert_eq!(focused(&client).await?, "code", "ready for the next try");
            screenshot(&format!("wrong-code-{backend}.png"), &client.screenshot().await?);
            assert!(!header(&client).await?.contains(DISPLAY_NAME), "still not signed in");

            // The right code. The enrolment spent its step, and the server accepts a
            // step once only but allows one step of clock skew either way, so the
            // code of the next step is fresh now whatever time it is.
            fill(&client, "code", &app.generate(unix_now() + 30).to_string()).await?;
            client
                .find(Locator::Css("form[action='/sign-in/code'] button[type=submit]"))
                .await?
                .click()
                .await?;
            wait_for_path(&client, "/account").await?;
            let name = client
                .find(Locator::Css("header.site .viewer a[href='/account']"))
                .await?
                .text()
                .await?;
            assert_eq!(name, DISPLAY_NAME);
            screenshot(&format!("signed-in-with-code-{backend}.png"), &client.screenshot().await?);
            client.goto(&format!("{base}/admin/users")).await?;
            let h1 = client.find(Locator::Css("h1")).await?.text().await?;
            assert_eq!(h1, "Users");
            let row = client
                .find(Locator::XPath(&format!("//tr[td[1][normalize-space()='{USERNAME}']]")))
                .await?
                .text()
                .await?;
            assert!(row.contains(DISPLAY_NAME) && row.contains("National coordinator"), "{row}");

            sign_out(&client, &base, Some(&format!("signed-out-{backend}.png"))).await?;
            Ok(())
        })
        .await;
    }
}

/// Signs in `username` with the password form (no second factor).
async fn sign_in_as(client: &fantoccini::Client, base: &str, username: &str) -> Steps {
    client.goto(&format!("{base}/sign-in")).await?;
    fill(client, "username", username).await?;
    fill(client, "password", PASSWORD).await?;
    client
        .find(Locator::Css("form[action='/sign-in'] button[type=submit]"))
        .await?
        .click()
        .await?;
    // Signing in lands on the account page.
    wait_for_path(client, "/account").await
}

async fn click(client: &fantoccini::Client, css: &str) -> Steps {
    let el = client.find(Locator::Css(css)).await?;
    client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'})",
            vec![serde_json::to_value(&el).expect("element")],
        )
        .await?;
    el.click().await
}

async fn main_text(client: &fantoccini::Client) -> Result<String, fantoccini::error::CmdError> {
    client.find(Locator::Css("main")).await?.text().await
}

on_both_backends! {
    async fn a_finnish_inspector_screens_opens_a_case_and_refers_it_and_the_reception_centre_decides(db) {
        let session = Session::on(db).await;
        let s = session.app.state.services().clone();
        let op = Identity::Operator;
        for (user, org, role) in [("inspector@fi.test", "fi-labour-inspectorate", Role::FrontlineOfficer), ("joutseno@fi.test", "fi-joutseno", Role::CaseWorker)] {
            s.enable_organisation(&op, org, &OrganisationProfile { receives_referrals: true, ..OrganisationProfile::default() }).await.expect("org");
            s.add_user(&op, &NewUser { username: user.into(), display_name: format!("Name of {user}"), organisation: org.into(), roles: vec![role], password: PASSWORD.into() }).await.expect("user");
        }
        session.run(|client, base| async move {
            // 1. The inspector screens a situation in Finland.
            sign_in_as(&client, &base, "inspector@fi.test").await?;
            client.goto(&format!("{base}/screening")).await?;
            let form = client.find(Locator::Css("section.instrument form:has(input[value='ilo-ec-2009-thb-labour'])")).await?;
            form.find(Locator::Css("select[name=country]")).await?.select_by_value("FI").await?;
            form.find(Locator::Css("button")).await?.click().await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("form.screening")).await?;
            for id in ["deceptive_recruitment.wages", "deceptive_recruitment.nature_of_job", "exploitative_conditions.excessive_hours",
                       "exploitative_conditions.low_or_no_salary", "coercion_at_destination.confiscation_of_documents", "coercion_at_destination.debt_bondage"] {
                click(&client, &format!("input[name='a:{id}'][value='yes']")).await?;
            }
            click(&client, "form.screening button[value=result]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("open-case-from-screening")).await?;
            // 2. Opens a case from the result.
            click(&client, "#open-case-from-screening").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("open-case")).await?;
            assert!(main_text(&client).await?.contains("attached to this case"));
            client.find(Locator::Id("p1_residence")).await?.select_by_value("irregular_migrant").await?;
            fill(&client, "p1_name", "Aino Browser-Testperson").await?;
            fill(&client, "p1_nationality", "Testland").await?;
            click(&client, "#open-case").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("record-consent")).await?;
            let url = client.current_url().await?;
            let case_path = url.path().to_string();
            assert!(case_path.starts_with("/cases/FI-"), "{case_path}");
            // 3. The proposals need consent: the Joutseno box cannot be ticked yet.
            let blocked = client.find(Locator::Css("input[name=pick][value$=':fi-assistance-adults']")).await?;
            assert!(blocked.attr("disabled").await?.is_some(), "no consent, no referral");
            // 4. Records consent, then sends the referral to Joutseno with its source shown.
            client.find(Locator::Id("consent-purpose")).await?.select_by_value("referral_assistance").await?;
            client.find(Locator::Id("consent-method")).await?.select_by_value("via_interpreter").await?;
            click(&client, "#record-consent").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("input[name=pick][value$=':fi-assistance-adults']:not([disabled])")).await?;
            let text = main_text(&client).await?;
            assert!(text.contains("Joutseno") && text.contains("Because:"), "{text}");
            click(&client, "input[name=pick][value$=':fi-assistance-adults']").await?;
            fill(&client, "message", "Met during a forestry inspection.").await?;
            click(&client, "#send-referrals").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(".referral .state")).await?;
            assert_eq!(client.find(Locator::Css(".referral .state")).await?.text().await?.to_lowercase(), "sent");
            screenshot("case-sent.png", &client.screenshot().await?);
            client.find(Locator::Css("header.site form[action='/sign-out'] button[type=submit]")).await?.click().await?;
            wait_for_path(&client, "/").await?;

            // 5. The reception centre finds it in its inbox, acknowledges, accepts, decides.
            sign_in_as(&client, &base, "joutseno@fi.test").await?;
            client.goto(&format!("{base}/cases")).await?;
            click(&client, &format!("a[href^='{case_path}']")).await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=acknowledge]")).await?;
            let seen = main_text(&client).await?;
            assert!(seen.contains("Aino Browser-Testperson") && !seen.contains("Testland"), "assistance sees the name, not the nationality: {seen}");
            click(&client, "button[data-step=acknowledge]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=accept]")).await?;
            click(&client, "button[data-step=accept]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=decide]")).await?;
            client.find(Locator::Css("select[name=outcome]")).await?.select_by_value("assistance_started").await?;
            click(&client, "button[data-step=decide]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=close]")).await?;
            client.find(Locator::Css("header.site form[action='/sign-out'] button[type=submit]")).await?.click().await?;
            wait_for_path(&client, "/").await?;

            // 6. The inspector sees the outcome, withdraws consent, and the next sharing is blocked.
            sign_in_as(&client, &base, "inspector@fi.test").await?;
            client.goto(&format!("{base}{case_path}")).await?;
            let text = main_text(&client).await?;
            let lower = text.to_lowercase();
            assert!(lower.contains("assistance started") && lower.contains("decided"), "{text}");
            click(&client, "button[data-withdraw]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("input[name=pick][value$=':fi-assistance-adults'][disabled]")).await?;
            assert!(main_text(&client).await?.contains("Missing consent"));
            screenshot("case-withdrawn.png", &client.screenshot().await?);
            Ok(())
        }).await;
    }
}

on_both_backends! {
    async fn a_danish_inspector_gives_an_accommodation_task_and_the_shelter_completes_it(db) {
        let session = Session::on(db).await;
        let s = session.app.state.services().clone();
        let op = Identity::Operator;
        let atlas = crate::support::embedded_atlas();
        let dk = atlas.country("DK").expect("DK");
        let shelter = opennrm_domain::referral::assistance::providers(dk, opennrm_domain::referral::assistance::AssistanceKind::Accommodation)
            .first().expect("a Danish provider").actor.clone();
        for (user, org, role) in [("inspector@dk.test", "dk-wea", Role::FrontlineOfficer), ("shelter@dk.test", shelter.as_str(), Role::ServiceProvider)] {
            s.enable_organisation(&op, org, &OrganisationProfile { receives_referrals: true, ..OrganisationProfile::default() }).await.expect("org");
            s.add_user(&op, &NewUser { username: user.into(), display_name: format!("Name of {user}"), organisation: org.into(), roles: vec![role], password: PASSWORD.into() }).await.expect("user");
        }
        session.run(move |client, base| async move {
            // 1. The working environment inspector opens a case and records consent.
            sign_in_as(&client, &base, "inspector@dk.test").await?;
            client.goto(&format!("{base}/cases/new")).await?;
            client.find(Locator::Id("exploitation")).await?.select_by_value("labour_exploitation").await?;
            client.find(Locator::Id("work_sector")).await?.select_by_value("construction").await?;
            client.find(Locator::Id("p1_residence")).await?.select_by_value("eu_citizen").await?;
            fill(&client, "p1_name", "Jonas Browser-Testworker").await?;
            fill(&client, "p1_nationality", "Testonia").await?;
            fill(&client, "p1_contact", "+45 11 22 33 44").await?;
            click(&client, "#open-case").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("record-consent")).await?;
            let case_path = client.current_url().await?.path().to_string();
            assert!(case_path.starts_with("/cases/DK-"), "{case_path}");
            client.find(Locator::Id("consent-purpose")).await?.select_by_value("support_services").await?;
            click(&client, "#record-consent").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("assign-task")).await?;
            // 2. Gives the accommodation task to the shelter, chosen among Denmark's providers.
            client.find(Locator::Id("task-kind")).await?.select_by_value("accommodation").await?;
            client.find(Locator::Id("task-provider")).await?.select_by_value(&shelter).await?;
            click(&client, "#assign-task").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("section[aria-labelledby=plan] tbody tr")).await?;
            assert!(main_text(&client).await?.contains("Accommodation"));
            client.find(Locator::Css("header.site form[action='/sign-out'] button[type=submit]")).await?.click().await?;
            wait_for_path(&client, "/").await?;

            // 3. The shelter sees the task with the name and the contact only, and completes it.
            sign_in_as(&client, &base, "shelter@dk.test").await?;
            click(&client, "a[href='/tasks']").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=start]")).await?;
            let text = main_text(&client).await?;
            assert!(text.contains("Jonas Browser-Testworker") && text.contains("+45 11 22 33 44"), "{text}");
            assert!(!text.contains("Testonia") && !text.contains("construction") && !text.contains("DK-"), "nothing else of the case: {text}");
            screenshot("tasks-provider.png", &client.screenshot().await?);
            click(&client, "button[data-step=start]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css("button[data-step=complete]")).await?;
            click(&client, "button[data-step=complete]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(".card h2")).await?;
            assert!(client.find(Locator::Css(".card h2")).await?.text().await?.contains("completed"));
            client.goto(&format!("{base}{case_path}")).await?;
            assert!(main_text(&client).await?.contains("not found") || client.current_url().await?.path() != case_path, "the provider cannot open the case");
            client.find(Locator::Css("header.site form[action='/sign-out'] button[type=submit]")).await?.click().await?;
            wait_for_path(&client, "/").await?;

            // 4. The inspector sees the plan completed.
            sign_in_as(&client, &base, "inspector@dk.test").await?;
            client.goto(&format!("{base}{case_path}")).await?;
            let text = main_text(&client).await?;
            assert!(text.contains("Accommodation") && text.contains("completed"), "{text}");
            Ok(())
        }).await;
    }
}

on_both_backends! {
    async fn a_danish_joint_inspection_runs_from_the_plan_to_the_atlas_with_findings_on_a_phone(db) {
        let session = Session::on(db).await;
        let s = session.app.state.services().clone();
        let op = Identity::Operator;
        for (user, org) in [("wea@dk.test", "dk-wea"), ("skat@dk.test", "dk-skat")] {
            s.enable_organisation(&op, org, &OrganisationProfile { receives_referrals: true, ..OrganisationProfile::default() }).await.expect("org");
            s.add_user(&op, &NewUser { username: user.into(), display_name: format!("Name of {user}"), organisation: org.into(), roles: vec![Role::FrontlineOfficer], password: PASSWORD.into() }).await.expect("user");
        }
        session.run(move |client, base| async move {
            // 1. The Working Environment Authority plans it with the Tax Administration and
            //    the National Police, each on its legal basis.
            sign_in_as(&client, &base, "wea@dk.test").await?;
            click(&client, "a[href='/inspections']").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("plan-inspection")).await?;
            client.execute("document.getElementById('date').value = '2026-11-30'", vec![]).await?;
            client.find(Locator::Id("work_sector")).await?.select_by_value("construction").await?;
            fill(&client, "region", "Zealand").await?;
            for (id, basis) in [("dk-wea", "Working Environment Act"), ("dk-skat", "Tax Control Act"), ("dk-national-police", "Administration of Justice Act")] {
                click(&client, &format!("#agency-{id}")).await?;
                fill(&client, &format!("basis_{id}"), basis).await?;
            }
            screenshot("inspection-plan.png", &client.screenshot().await?);
            click(&client, "#plan-submit").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("record-finding")).await?;
            let inspection_path = client.current_url().await?.path().to_string();
            assert!(inspection_path.starts_with("/inspections/JI-DK-"), "{inspection_path}");
            let text = main_text(&client).await?;
            assert!(text.contains("Tax Control Act") && text.contains("National Police"), "{text}");

            // 2. On the day, on a phone: the findings, and a worker screened from the
            //    inspection's page, on a form that fits the screen.
            client.set_window_size(390, 844).await?;
            fill(&client, "workers_met", "14").await?;
            fill(&client, "workers_screened", "3").await?;
            fill(&client, "note", "Workers sleep in containers on site.").await?;
            click(&client, "#record-finding button[type=submit]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Css(".finding")).await?;
            assert!(main_text(&client).await?.contains("14 workers met"));
            let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
            assert_eq!(client.execute(fits, vec![]).await?, serde_json::json!(true), "the inspection page fits a phone");
            screenshot("inspection-phone.png", &client.screenshot().await?);
            click(&client, "#screen-a-worker").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("screening-inspection")).await?;
            assert_eq!(client.execute(fits, vec![]).await?, serde_json::json!(true), "the screening form fits a phone");
            screenshot("inspection-screening-phone.png", &client.screenshot().await?);
            click(&client, "form.screening button[value=result]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("open-case-from-screening")).await?;
            client.set_window_size(1280, 1000).await?;

            // 3. A case opens from the screening made on the inspection, and says so.
            click(&client, "#open-case-from-screening").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("from-inspection")).await?;
            client.find(Locator::Id("exploitation")).await?.select_by_value("labour_exploitation").await?;
            client.find(Locator::Id("p1_residence")).await?.select_by_value("legal_resident").await?;
            fill(&client, "p1_name", "Inspected Browser-Testworker").await?;
            click(&client, "#open-case").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("case-inspection")).await?;
            let case_path = client.current_url().await?.path().to_string();
            assert!(case_path.starts_with("/cases/DK-"), "{case_path}");

            // 4. Closed once held: the atlas records the cooperation.
            client.goto(&format!("{base}{inspection_path}")).await?;
            assert!(main_text(&client).await?.contains(case_path.trim_start_matches("/cases/")));
            click(&client, "#close-inspection button[type=submit]").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("atlas-recorded")).await?;
            assert!(client.find(Locator::Id("inspection-state")).await?.text().await?.contains("closed"));
            screenshot("inspection-closed.png", &client.screenshot().await?);
            client.find(Locator::Css("header.site form[action='/sign-out'] button[type=submit]")).await?.click().await?;
            wait_for_path(&client, "/").await?;

            // 5. The Tax Administration, a participant, reads WEA's finding; not the case.
            sign_in_as(&client, &base, "skat@dk.test").await?;
            client.goto(&format!("{base}{inspection_path}")).await?;
            let text = main_text(&client).await?;
            assert!(text.contains("containers") && text.contains("held and closed"), "{text}");
            assert!(client.find(Locator::Css(&format!("a[href='{case_path}']"))).await.is_err(), "another agency's case is listed, not linked");
            Ok(())
        }).await;
    }
}

on_both_backends! {
    async fn a_survey_respondent_answers_on_a_phone_without_an_account_saves_nominates_and_submits(db) {
        let session = Session::on(db).await;
        let s = session.app.state.services().clone();
        // The Danish coordinator's wave, with 3F invited (through the services: the
        // coordinator's own pages are tested through the API).
        let token = crate::referral::user_token(&s, "coordinator@dk.test", "dk-cmm", &[Role::NationalCoordinator]).await;
        let coordinator = s.token_identity(&token).await.expect("who");
        let wave = s.start_wave(&coordinator, &opennrm_service::survey::NewWave { label: "2027 update".into(), days_open: None }).await.expect("wave");
        s.add_invitee(&coordinator, &wave, &opennrm_service::survey::NewInvitee { actor: Some("dk-3f".into()), contact: Some("Mette Unionsen".into()), ..Default::default() }).await.expect("invitee");
        let links = s.issue_links(&coordinator, &wave, opennrm_service::survey::LinksFor::Proposed).await.expect("links");
        let link = links[0].path.clone();
        session.run(move |client, base| async move {
            client.set_window_size(390, 844).await?;
            let fits = "return document.documentElement.scrollWidth <= window.innerWidth";
            // 1. The link from the invitation opens the form; the token leaves the address bar.
            client.goto(&format!("{base}{link}")).await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("response")).await?;
            assert_eq!(client.current_url().await?.path(), "/survey/respond");
            assert!(main_text(&client).await?.contains("You answer for 3F (DK)"));
            assert_eq!(client.execute(fits, vec![]).await?, serde_json::json!(true), "the questionnaire fits a phone");
            // 2. Part of the answers, saved for later.
            fill(&client, "q-role-text", "We organise migrant construction workers.").await?;
            click(&client, "#q-mandates-protect_workers_rights").await?;
            click(&client, "#q-limitations-lack_of_knowledge").await?;
            client.find(Locator::Css("input[name='q.limitations.comment.lack_of_knowledge']")).await?.send_keys("Members cannot tell exploitation from trafficking").await?;
            screenshot("survey-respond-phone.png", &client.screenshot().await?);
            click(&client, "#save").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("saved")).await?;
            // 3. Coming back later with the same link: the answers are there.
            client.goto(&format!("{base}{link}")).await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("saved")).await?;
            let role = client.find(Locator::Id("q-role-text")).await?.prop("value").await?.unwrap_or_default();
            assert_eq!(role, "We organise migrant construction workers.");
            assert_eq!(client.find(Locator::Id("q-mandates-protect_workers_rights")).await?.prop("checked").await?.as_deref(), Some("true"));
            // 4. A nomination: one respondent leads on to another.
            fill(&client, "n-name", "Peter Painter").await?;
            fill(&client, "n-organisation", "Painters' Union").await?;
            fill(&client, "n-why", "They answered jointly with 3F in 2012").await?;
            click(&client, "#nominate-submit").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("nominations")).await?;
            assert!(main_text(&client).await?.contains("Peter Painter · Painters' Union"));
            // 5. Submitted: thanks, and the link is spent.
            click(&client, "#submit").await?;
            client.wait().at_most(Duration::from_secs(10)).for_element(Locator::Id("done")).await?;
            screenshot("survey-done-phone.png", &client.screenshot().await?);
            client.goto(&format!("{base}{link}")).await?;
            assert!(main_text(&client).await?.to_lowercase().contains("not found"), "a spent link");
            // 6. The coordinator's tracking counts it, with the nominee under 3F.
            let w = s.wave_detail(&coordinator, &wave).await.expect("wave");
            assert_eq!((w.summary.figures.total.completed, w.summary.figures.snowball_depth, w.invitees.len()), (1, 1, 2));
            Ok(())
        }).await;
    }
}
