//! The layered configuration through the real binary: defaults < file < OPENNRM_*
//! environment < flags, `opennrm config check`, and secrets that never print.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::on_both_backends;

/// 32 bytes of hex that appear nowhere else, so any echo of them is found.
const SECRET: &str = "5ec4e75ec4e75ec4e75ec4e75ec4e75ec4e75ec4e75ec4e75ec4e75ec4e75ec4";
const PASSWORD: &str = "pw-7c1d8e-do-not-print";

/// A directory to run in: the configuration file lives there, and the data directory is
/// inside it, so nothing of the machine's own configuration takes part.
struct Scene {
    dir: tempfile::TempDir,
}

impl Scene {
    fn new() -> Scene {
        Scene {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    fn file(&self, name: &str, text: &str) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("write config file");
        path.to_str().expect("utf8").to_string()
    }

    fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn command(&self, env: &[(&str, &str)], args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_opennrm"));
        // Whatever the shell running the suite exports does not take part.
        for (name, _) in std::env::vars_os() {
            if name.to_string_lossy().starts_with("OPENNRM_") {
                cmd.env_remove(name);
            }
        }
        cmd.current_dir(self.dir.path())
            .env("OPENNRM_LOG", "warn")
            .env("OPENNRM_DATA_DIR", self.data_dir())
            .envs(env.iter().copied())
            .args(args);
        cmd
    }

    /// (exit code, stdout, stderr)
    fn run(&self, env: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
        let out = self.command(env, args).output().expect("run opennrm");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }
}

/// The value and source `config check` shows for `key` (columns are two spaces apart).
fn row(out: &str, key: &str) -> (String, String) {
    let line = out
        .lines()
        .find(|l| l.trim_start().starts_with(&format!("{key} ")))
        .unwrap_or_else(|| panic!("no row for {key} in:\n{out}"));
    let columns: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    assert_eq!(columns.len(), 3, "{line}");
    (columns[1].to_string(), columns[2].to_string())
}

/// One way to give a setting: (layer, environment, arguments).
type Attempt<'a> = (&'static str, Vec<(&'a str, &'a str)>, Vec<&'a str>);

fn pair(value: &str, source: &str) -> (String, String) {
    (value.to_string(), source.to_string())
}

#[test]
fn config_check_takes_each_value_from_the_highest_layer_that_sets_it() {
    let scene = Scene::new();
    let file = scene.file(
        "opennrm.toml",
        "bind = \"127.0.0.1:9101\"\n\
         header_timeout_seconds = 11\n\
         writes_per_minute = 5\n\
         session_idle_minutes = 7\n\
         data_dir = \"from-file\"\n\
         database_url = \"sqlite:from-file.db\"\n",
    );
    let env = [
        ("OPENNRM_WRITES_PER_MINUTE", "6"),
        ("OPENNRM_SESSION_IDLE_MINUTES", "8"),
        ("OPENNRM_DATA_DIR", "from-env"),
        ("OPENNRM_DATABASE_URL", "sqlite:from-env.db"),
    ];
    let (code, out, err) = scene.run(
        &env,
        &[
            "--config",
            &file,
            "--database-url",
            "sqlite:from-flag.db",
            "config",
            "check",
            "--session-idle-minutes",
            "9",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("configuration file: {file} (flag --config)")),
        "{out}"
    );
    let file_source = format!("file {file}");
    assert_eq!(row(&out, "bind"), pair("127.0.0.1:9101", &file_source));
    assert_eq!(
        row(&out, "header_timeout_seconds"),
        pair("11", &file_source)
    );
    assert_eq!(
        row(&out, "writes_per_minute"),
        pair("6", "env OPENNRM_WRITES_PER_MINUTE")
    );
    assert_eq!(
        row(&out, "data_dir"),
        pair("from-env", "env OPENNRM_DATA_DIR")
    );
    assert_eq!(
        row(&out, "session_idle_minutes"),
        pair("9", "flag --session-idle-minutes")
    );
    assert_eq!(
        row(&out, "database_url"),
        pair("sqlite:from-flag.db", "flag --database-url")
    );
    assert_eq!(row(&out, "body_timeout_seconds"), pair("30", "default"));
    assert_eq!(
        row(&out, "public_origin"),
        pair("http://127.0.0.1:9101", "default (http://BIND)")
    );
    assert!(out.contains("database: not opened"), "{out}");
    assert!(out.trim_end().ends_with("configuration valid"), "{out}");

    // OPENNRM_CONFIG names the file when --config does not; an empty variable is unset
    // and does not hide the file's value.
    let (code, out, err) = scene.run(
        &[("OPENNRM_CONFIG", &file), ("OPENNRM_BIND", "")],
        &["config", "check"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("configuration file: {file} (env OPENNRM_CONFIG)")),
        "{out}"
    );
    assert_eq!(row(&out, "bind"), pair("127.0.0.1:9101", &file_source));
    assert_eq!(row(&out, "writes_per_minute"), pair("5", &file_source));
}

#[test]
fn a_secret_in_any_layer_never_appears_in_config_check_output() {
    let scene = Scene::new();
    let url = format!("postgres://opennrm:{PASSWORD}@127.0.0.1:5432/opennrm?password={PASSWORD}");
    let file = scene.file(
        "secrets.toml",
        &format!("secret_key = \"{SECRET}\"\ndatabase_url = \"{url}\"\n"),
    );
    let by_file: (Vec<(&str, &str)>, Vec<&str>) = (vec![], vec!["--config", &file]);
    let by_env = (
        vec![
            ("OPENNRM_SECRET_KEY", SECRET),
            ("OPENNRM_DATABASE_URL", url.as_str()),
        ],
        vec![],
    );
    let by_flag = (
        vec![],
        vec!["--secret-key", SECRET, "--database-url", url.as_str()],
    );
    for (layer, (env, flags)) in [("file", by_file), ("env", by_env), ("flag", by_flag)] {
        let mut args = flags.clone();
        args.extend(["config", "check"]);
        let (code, out, err) = scene.run(&env, &args);
        assert_eq!(code, 0, "{layer}: {err}");
        let (value, source) = row(&out, "secret_key");
        assert_eq!(value, "set (redacted)", "{layer}");
        assert!(source.starts_with(layer), "{layer}: {source}");
        let (value, _) = row(&out, "database_url");
        assert_eq!(
            value, "postgres://***@127.0.0.1:5432/opennrm?password=***",
            "{layer}"
        );
        for text in [&out, &err] {
            assert!(
                !text.contains(SECRET),
                "{layer}: the secret key leaked: {text}"
            );
            assert!(
                !text.contains(PASSWORD),
                "{layer}: the password leaked: {text}"
            );
        }
    }
}

#[test]
fn a_secret_in_any_layer_never_appears_in_an_error() {
    let scene = Scene::new();
    // Each is refused, for a different reason; none may be quoted back.
    let not_hex = format!("NOTHEX-{PASSWORD}");
    let short = &SECRET[..40];
    let bad_url = format!("mysql://opennrm:{PASSWORD}@127.0.0.1/opennrm");
    for secret in [not_hex.as_str(), short] {
        let file = scene.file("bad.toml", &format!("secret_key = \"{secret}\"\n"));
        let attempts: [Attempt; 3] = [
            ("file", vec![], vec!["--config", &file]),
            ("env", vec![("OPENNRM_SECRET_KEY", secret)], vec![]),
            ("flag", vec![], vec!["--secret-key", secret]),
        ];
        for (layer, env, mut args) in attempts {
            args.extend(["config", "check"]);
            let (code, out, err) = scene.run(&env, &args);
            assert_ne!(code, 0, "{layer}: {out}");
            assert!(err.contains("the secret key ("), "{layer}: {err}");
            assert!(
                err.contains("is not valid hex") || err.contains("is too short"),
                "{layer}: {err}"
            );
            for text in [&out, &err] {
                assert!(!text.contains(secret), "{layer}: echoed: {text}");
                assert!(!text.contains(PASSWORD), "{layer}: echoed: {text}");
            }
        }
    }
    let file = scene.file("bad.toml", &format!("database_url = \"{bad_url}\"\n"));
    let attempts: [Attempt; 3] = [
        ("file", vec![], vec!["--config", &file]),
        ("env", vec![("OPENNRM_DATABASE_URL", &bad_url)], vec![]),
        ("flag", vec![], vec!["--database-url", &bad_url]),
    ];
    for (layer, env, mut args) in attempts {
        args.extend(["migrate"]);
        let (code, out, err) = scene.run(&env, &args);
        assert_ne!(code, 0, "{layer}: {out}");
        assert!(
            err.contains("must start with sqlite: or postgres://"),
            "{layer}: {err}"
        );
        assert!(!err.contains(PASSWORD), "{layer}: echoed: {err}");
    }

    // In the file, a secret of the wrong type or on a line that does not parse: (file
    // text, what must not be echoed).
    for (text, hidden) in [
        (format!("secret_key = [\"{SECRET}\"]\n"), SECRET),
        (format!("secret_key = 0x{}\n", &SECRET[..12]), &SECRET[..12]),
        ("secret_key = 987654321987\n".to_string(), "987654321987"),
        (format!("secret_key = \"{SECRET}\n"), SECRET),
        (format!("secret_key = {SECRET}\n"), SECRET),
        (
            format!("database_url = \"postgres://u:{PASSWORD}@h/db\"\ndatabase_url = \"x\"\n"),
            PASSWORD,
        ),
    ] {
        let file = scene.file("bad.toml", &text);
        let (code, out, err) = scene.run(&[], &["--config", &file, "config", "check"]);
        assert_ne!(code, 0, "{text}: {out}");
        assert!(err.contains(&file), "the error names the file: {err}");
        assert!(!err.contains(hidden), "echoed: {err}");
    }
}

#[test]
fn an_invalid_configuration_file_is_an_error_naming_the_file() {
    let scene = Scene::new();
    let file = scene.file(
        "broken.toml",
        "bind = \"127.0.0.1:80\"\nwrites_per_minute = \n",
    );
    let (code, _, err) = scene.run(&[], &["--config", &file, "config", "check"]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!(
            "the configuration file {file} is not valid TOML: 2:"
        )),
        "{err}"
    );

    let file = scene.file("typed.toml", "writes_per_minute = \"many\"\n");
    let (code, _, err) = scene.run(&[], &["--config", &file, "config", "check"]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!(
            "writes_per_minute in {file}: expected a whole number, found a string"
        )),
        "{err}"
    );

    // Every command reads the same configuration, and a named file must exist.
    let missing = scene.dir.path().join("missing.toml");
    let missing = missing.to_str().expect("utf8");
    for args in [
        vec!["--config", missing, "migrate"],
        vec!["config", "check"],
    ] {
        let (code, _, err) = scene.run(&[("OPENNRM_CONFIG", missing)], &args);
        assert_ne!(code, 0);
        assert!(
            err.contains(&format!("the configuration file {missing} does not exist")),
            "{err}"
        );
    }
}

#[test]
fn an_unknown_key_in_the_file_is_an_error() {
    let scene = Scene::new();
    for text in [
        "bind = \"127.0.0.1:9000\"\nwrites_per_minut = 10\n",
        "[serve]\nbind = \"127.0.0.1:9000\"\n",
    ] {
        let file = scene.file("typo.toml", text);
        let (code, out, err) = scene.run(&[], &["--config", &file, "config", "check"]);
        assert_ne!(code, 0, "{out}");
        let key = if text.contains("[serve]") {
            "serve"
        } else {
            "writes_per_minut"
        };
        assert!(
            err.contains(&format!("unknown key `{key}` in {file}"))
                && err.contains("writes_per_minute"),
            "{err}"
        );
    }
}

#[test]
fn invalid_values_are_refused_naming_where_they_were_set() {
    let scene = Scene::new();
    let file = scene.file(
        "opennrm.toml",
        "public_origin = \"https://nrm.example.org/opennrm\"\nrefresh_seconds = 0\n",
    );
    let (code, out, err) = scene.run(
        &[
            ("OPENNRM_BIND", "localhost"),
            ("OPENNRM_SESSION_IDLE_MINUTES", "100000"),
        ],
        &[
            "--config",
            &file,
            "config",
            "check",
            "--idle-timeout-seconds",
            "0",
        ],
    );
    assert_ne!(code, 0, "{out}");
    for expected in [
        "OPENNRM_BIND is not an IP address and port".to_string(),
        "OPENNRM_SESSION_IDLE_MINUTES must be from 1 to 1440".to_string(),
        "--idle-timeout-seconds must be from 1 to 3600".to_string(),
        format!("refresh_seconds in {file} must be from 1 to 3600"),
        format!("public_origin in {file} must be scheme://host[:port], without a path"),
    ] {
        assert!(err.contains(&expected), "{expected}: {err}");
    }

    let (code, _, err) = scene.run(
        &[("OPENNRM_PUBLIC_ORIGIN", "ftp://nrm.example.org")],
        &["config", "check"],
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("OPENNRM_PUBLIC_ORIGIN must start with http:// or https://"),
        "{err}"
    );

    // An origin is normalised the way browsers send it.
    let (code, out, err) = scene.run(
        &[],
        &[
            "config",
            "check",
            "--public-origin",
            "HTTPS://NRM.Example.org:443/",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "public_origin"),
        pair("https://nrm.example.org", "flag --public-origin")
    );
}

#[test]
fn config_check_says_where_a_sqlite_secret_comes_from_and_postgres_needs_one() {
    let scene = Scene::new();
    let (code, out, err) = scene.run(&[], &["config", "check"]);
    assert_eq!(code, 0, "{err}");
    let key_file = scene.data_dir().join("secret.key");
    assert_eq!(
        row(&out, "secret_key").0,
        format!(
            "not set: serve generates {} on first start",
            key_file.display()
        )
    );
    assert!(!scene.data_dir().exists(), "config check creates nothing");

    let (code, out, err) = scene.run(
        &[(
            "OPENNRM_DATABASE_URL",
            "postgres://opennrm@127.0.0.1:5432/opennrm",
        )],
        &["config", "check"],
    );
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("a secret key is required with postgres"),
        "{err}"
    );
}

on_both_backends! {
    async fn config_check_can_open_the_database(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let scene = Scene::new();
            let env = [("OPENNRM_DATABASE_URL", url.as_str()), ("OPENNRM_SECRET_KEY", SECRET)];
            let (code, _, err) = scene.run(&env, &["migrate"]);
            assert_eq!(code, 0, "{err}");
            let (code, out, err) = scene.run(&env, &["config", "check", "--connect"]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("database: opened ") && out.contains("and ran a query"), "{out}");

            let unreachable = if url.starts_with("sqlite:") {
                // A file where the database's directory should be.
                let blocker = scene.file("blocker", "");
                format!("sqlite://{blocker}/db.sqlite?mode=ro")
            } else {
                "postgres://opennrm@127.0.0.1:1/opennrm".to_string()
            };
            let env = [("OPENNRM_DATABASE_URL", unreachable.as_str()), ("OPENNRM_SECRET_KEY", SECRET)];
            let (code, out, err) = scene.run(&env, &["config", "check", "--connect"]);
            if url.starts_with("sqlite:") {
                // Nothing there to open: said, not created.
                assert_eq!(code, 0, "{err}");
                assert!(out.contains("does not exist yet"), "{out}");
            } else {
                assert_ne!(code, 0, "{out}");
                assert!(err.contains("cannot open the database postgres://"), "{err}");
            }
        })
        .await
        .expect("cli thread");
    }
}

#[test]
fn serve_runs_with_the_layered_configuration() {
    let scene = Scene::new();
    let file = scene.file(
        "opennrm.toml",
        "bind = \"127.0.0.1:1\"\npublic_origin = \"https://nrm.example.org\"\n",
    );
    // The file's port is overridden by the environment: port 0, any free port.
    let mut child = scene
        .command(
            &[("OPENNRM_BIND", "127.0.0.1:0"), ("OPENNRM_LOG", "info")],
            &["--config", &file, "serve"],
        )
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start serve");
    let stderr = child.stderr.take().expect("stderr");
    let line = BufReader::new(stderr)
        .lines()
        .map_while(Result::ok)
        .find(|l| l.contains("listening on"));
    let answer = line.as_deref().and_then(|line| {
        let start = line.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
        let port: u16 = line[start..].split('/').next()?.parse().ok()?;
        let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
        conn.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .ok()?;
        let mut answer = String::new();
        conn.read_to_string(&mut answer).ok()?;
        Some(answer)
    });
    let _ = child.kill();
    let _ = child.wait();
    let line = line.expect("serve logged where it listens");
    assert!(
        line.contains("(public origin https://nrm.example.org)"),
        "{line}"
    );
    assert!(
        answer.is_some_and(|a| a.starts_with("HTTP/1.1 200")),
        "served on the port from the environment"
    );
}

#[test]
fn trusted_proxies_come_from_any_layer_as_a_list() {
    let scene = Scene::new();
    let (code, out, err) = scene.run(&[], &["config", "check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "trusted_proxies"),
        pair("none", "default (the client is the TCP peer)")
    );

    // The file takes an array or one string; a range's host bits are dropped.
    let file = scene.file(
        "opennrm.toml",
        "trusted_proxies = [\"10.1.2.3/8\", \"::1\", \"192.0.2.7\"]\n",
    );
    let (code, out, err) = scene.run(&[], &["--config", &file, "config", "check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "trusted_proxies"),
        pair("10.0.0.0/8,::1,192.0.2.7", &format!("file {file}"))
    );
    let text = scene.file("text.toml", "trusted_proxies = \"10.0.0.0/8, fd00::/8\"\n");
    let (code, out, err) = scene.run(&[], &["--config", &text, "config", "check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "trusted_proxies").0,
        "10.0.0.0/8,fd00::/8".to_string()
    );

    // The environment over the file, the flag over both; text separated by commas.
    let env = [("OPENNRM_TRUSTED_PROXIES", "172.16.0.0/12, 127.0.0.1")];
    let (code, out, err) = scene.run(&env, &["--config", &file, "config", "check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "trusted_proxies"),
        pair("172.16.0.0/12,127.0.0.1", "env OPENNRM_TRUSTED_PROXIES")
    );
    let (code, out, err) = scene.run(
        &env,
        &[
            "--config",
            &file,
            "config",
            "check",
            "--trusted-proxies",
            "127.0.0.1",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        row(&out, "trusted_proxies"),
        pair("127.0.0.1", "flag --trusted-proxies")
    );
}

#[test]
fn an_invalid_trusted_proxy_is_refused_naming_where_it_was_set() {
    let scene = Scene::new();
    let file = scene.file(
        "opennrm.toml",
        "trusted_proxies = [\"10.0.0.0/8\", \"proxy.lan\", 3]\n",
    );
    let (code, out, err) = scene.run(&[], &["--config", &file, "config", "check"]);
    assert_ne!(code, 0, "{out}");
    for expected in [
        format!(
            "trusted_proxies in {file}: `proxy.lan` is not an IP address or CIDR range such as 10.0.0.0/8 or ::1"
        ),
        format!("trusted_proxies in {file}: entry 3 is not a string"),
    ] {
        assert!(err.contains(&expected), "{expected}: {err}");
    }
    let table = scene.file("table.toml", "[trusted_proxies]\nproxy = \"10.0.0.1\"\n");
    let (code, _, err) = scene.run(&[], &["--config", &table, "config", "check"]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!(
            "trusted_proxies in {table}: expected a list of IP addresses and CIDR ranges, found a table"
        )),
        "{err}"
    );
    let (code, _, err) = scene.run(
        &[("OPENNRM_TRUSTED_PROXIES", "10.0.0.0/33")],
        &["config", "check"],
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("OPENNRM_TRUSTED_PROXIES: `10.0.0.0/33` is not an IP address"),
        "{err}"
    );
    let (code, _, err) = scene.run(
        &[],
        &["config", "check", "--trusted-proxies", "127.0.0.1,*"],
    );
    assert_ne!(code, 0);
    assert!(
        err.contains("--trusted-proxies: `*` is not an IP address"),
        "{err}"
    );
}

/// Sends one POST with `X-Forwarded-For: forwarded_for` to 127.0.0.1:`port`; the status.
fn post_status(port: u16, forwarded_for: &str) -> Option<u16> {
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    let request = format!(
        "POST /api/v1/screenings HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: {forwarded_for}\r\n\
         Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{{}}"
    );
    conn.write_all(request.as_bytes()).ok()?;
    let mut answer = String::new();
    conn.read_to_string(&mut answer).ok()?;
    answer.get(9..12)?.parse().ok()
}

#[test]
fn serve_takes_the_client_from_a_trusted_proxy() {
    let scene = Scene::new();
    let mut child = scene
        .command(
            &[
                ("OPENNRM_TRUSTED_PROXIES", "127.0.0.1"),
                ("OPENNRM_LOG", "info"),
            ],
            &["serve", "--bind", "127.0.0.1:0", "--writes-per-minute", "1"],
        )
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start serve");
    let stderr = child.stderr.take().expect("stderr");
    let port = BufReader::new(stderr)
        .lines()
        .map_while(Result::ok)
        .find(|l| l.contains("listening on"))
        .and_then(|line| {
            let start = line.find("http://127.0.0.1:")? + "http://127.0.0.1:".len();
            line[start..].split('/').next()?.parse::<u16>().ok()
        });
    let statuses = port.map(|port| {
        [
            post_status(port, "203.0.113.1"),
            post_status(port, "203.0.113.1"),
            post_status(port, "198.51.100.2"),
        ]
    });
    let _ = child.kill();
    let _ = child.wait();
    let [first, again, other] = statuses.expect("serve logged where it listens");
    assert!(first.is_some_and(|s| s != 429), "{first:?}");
    assert_eq!(again, Some(429), "one write a minute per client");
    assert!(
        other.is_some_and(|s| s != 429),
        "another client behind the proxy has its own budget: {other:?}"
    );
}
