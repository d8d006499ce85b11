//! The real `opennrm` binary: validate, import, export and their failure modes.

use std::path::Path;

use crate::on_both_backends;
use crate::support::run_cli;

fn copy_atlas_to(dir: &Path) {
    for (name, text) in opennrm_domain::atlas::embedded_files() {
        std::fs::write(dir.join(name), text).expect("write data file");
    }
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let p = dir.join(file);
    let text = std::fs::read_to_string(&p).expect("read");
    assert!(text.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&p, text.replacen(from, to, 1)).expect("write");
}

/// The 1-based line of the first occurrence of `needle` in a data file.
fn line_of(dir: &Path, file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    text[..text.find(needle).expect("needle")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn validate_accepts_the_shipped_atlas() {
    let (code, out, err) = run_cli(None, &["validate"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("ok: 12 files valid"), "{out}");
    assert!(
        out.contains("ok: 2 screening instruments and 2 rule sets valid"),
        "{out}"
    );
    assert!(out.contains("DK Denmark"));
}

#[test]
fn validate_reports_each_kind_of_problem_with_file_and_line() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    copy_atlas_to(dir);
    // One problem of each kind, in different files.
    edit(dir, "dk.toml", "sector = \"police\"", "sector = \"polis\"");
    let dk_line = line_of(dir, "dk.toml", "sector = \"polis\"");
    edit(dir, "ee.toml", "from = \"", "from = \"ee-nobody");
    edit(
        dir,
        "fi.toml",
        "quote = \"",
        "quote = \"Nowhere in the report: ",
    );
    let text = std::fs::read_to_string(dir.join("is.toml")).expect("read");
    let first_id = crate::support::embedded_atlas()
        .country("IS")
        .expect("IS")
        .actors[0]
        .id
        .to_string();
    std::fs::write(dir.join("is.toml"), format!("{text}\n[[documents]]\nid = \"{first_id}\"\nkind = \"other\"\ntitle = \"x\"\nsource = {{ section = \"Findings\", quote = \"Iceland\" }}\n")).expect("write");
    std::fs::write(dir.join("lt.toml"), "[country\ncode = \"LT\"").expect("write");

    let (code, _out, err) = run_cli(None, &["validate", dir.to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!("dk.toml:{dk_line}: actor"))
            && err.contains("sector \"polis\" is not one of"),
        "{err}"
    );
    assert!(
        err.contains("ee.toml:") && err.contains("refers to actor \"ee-nobody"),
        "{err}"
    );
    assert!(
        err.contains("fi.toml:") && err.contains("not verbatim in the report"),
        "{err}"
    );
    assert!(
        err.contains("is.toml:") && err.contains(&format!("duplicate id \"{first_id}\"")),
        "{err}"
    );
    assert!(
        err.contains("lt.toml:1:") || err.contains("lt.toml:2:"),
        "{err}"
    );
    assert!(err.contains("nothing was loaded"));
}

#[test]
fn validate_of_a_missing_directory_says_so() {
    let (code, _, err) = run_cli(None, &["validate", "/nonexistent/opennrm-data"]);
    assert_ne!(code, 0);
    assert!(
        err.contains("cannot read directory /nonexistent/opennrm-data"),
        "{err}"
    );
}

#[test]
fn every_subcommand_has_help() {
    for sub in [
        "serve", "migrate", "validate", "export", "import", "screen", "config",
    ] {
        let (code, out, _) = run_cli(None, &[sub, "--help"]);
        assert_eq!(code, 0, "{sub} --help");
        assert!(out.contains("Usage: opennrm"), "{sub}: {out}");
    }
}

#[test]
fn a_database_url_of_an_unknown_kind_is_refused_without_echoing_secrets() {
    let (code, _, err) = run_cli(Some("mysql://user:s3cret@localhost/db"), &["migrate"]);
    assert_ne!(code, 0);
    assert!(err.contains("sqlite: or postgres://"), "{err}");
    assert!(!err.contains("s3cret"), "the password leaked: {err}");
}

on_both_backends! {
    async fn import_of_a_bad_directory_changes_nothing(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let (code, before, err) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(code, 0, "{err}");
            let tmp = tempfile::tempdir().expect("tmp");
            copy_atlas_to(tmp.path());
            edit(tmp.path(), "se.toml", "kind = \"", "kind = \"nonsense_");
            let (code, out, err) = run_cli(Some(&url), &["import", tmp.path().to_str().expect("utf8")]);
            assert_ne!(code, 0, "{out}");
            assert!(err.contains("se.toml:") && err.contains("the database was not changed"), "{err}");
            let (_, after, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(before, after);
        })
        .await
        .expect("cli thread");
    }
}

on_both_backends! {
    async fn import_of_an_edited_copy_replaces_the_atlas(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let tmp = tempfile::tempdir().expect("tmp");
            copy_atlas_to(tmp.path());
            edit(tmp.path(), "dk.toml", "name = \"Denmark\"", "name = \"Denmark (reviewed)\"");
            let (code, out, err) = run_cli(Some(&url), &["import", tmp.path().to_str().expect("utf8")]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("imported 11 countries"), "{out}");
            let (_, json, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert!(json.contains("Denmark (reviewed)"));
            // The same files again: nothing to do.
            let (code, out, _) = run_cli(Some(&url), &["import", tmp.path().to_str().expect("utf8")]);
            assert_eq!(code, 0);
            assert!(out.contains("nothing to do"), "{out}");
        })
        .await
        .expect("cli thread");
    }
}

on_both_backends! {
    async fn export_writes_the_whole_atlas_as_json_and_csv(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let (code, json, err) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(code, 0, "{err}");
            let doc: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
            assert_eq!(doc["schema"], "opennrm.atlas.v3");
            assert_eq!(doc["countries"].as_array().expect("countries").len(), 11);
            let dk = doc["countries"].as_array().expect("arr").iter().find(|c| c["country"]["code"] == "DK").expect("DK");
            assert!(dk["actors"][0]["source"]["quote"].is_string());
            assert!(dk["actors"][0]["mandates"].is_array());

            let tmp = tempfile::tempdir().expect("tmp");
            let out = tmp.path().join("atlas.csv");
            let (code, _, err) = run_cli(Some(&url), &["export", "--format", "csv", "-o", out.to_str().expect("utf8")]);
            assert_eq!(code, 0, "{err}");
            let csv = std::fs::read_to_string(&out).expect("csv written");
            let mut rdr = csv::Reader::from_reader(csv.as_bytes());
            let header: Vec<String> = rdr.headers().expect("header").iter().map(str::to_string).collect();
            assert_eq!(header, ["country", "record", "id", "name", "kind", "related", "value", "status", "note", "source_section", "source_quote", "source_line", "said_by"]);
            let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.expect("row")).collect();
            assert!(rows.len() > 1500, "{} rows", rows.len());
            for status in ["formal", "functional_equivalent", "absent", "expired"] {
                assert!(rows.iter().any(|r| &r[1] == "mechanism" && &r[7] == status), "{status}");
            }
            assert!(rows.iter().filter(|r| &r[1] == "mechanism").all(|r| r[6].is_empty() || r[6].parse::<i64>().is_ok()), "value is the year");
            assert!(rows.iter().any(|r| &r[1] == "mandate" && &r[2] == "se-migration-board" && &r[4] == "determine_victim_status" && &r[7] == "denied"));
            assert!(rows.iter().filter(|r| &r[1] == "mandate").all(|r| &r[7] == "held" || &r[7] == "denied"));
            assert!(rows.iter().all(|r| !r[10].is_empty()), "every row has its quote");
            assert!(!tmp.path().join("atlas.opennrm-partial").exists());
        })
        .await
        .expect("cli thread");
    }
}

#[test]
fn export_to_an_unwritable_place_fails_cleanly() {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let (code, _, err) = run_cli(
        Some(&url),
        &[
            "export",
            "--format",
            "json",
            "-o",
            "/nonexistent/dir/atlas.json",
        ],
    );
    assert_ne!(code, 0);
    assert!(err.contains("cannot write"), "{err}");
}

// --- hostile input: bounds (see the limits in opennrm_domain::atlas::file) ---

/// The value of a `key = "…"` line, as written.
fn value_on_line(dir: &Path, file: &str, line: usize) -> String {
    let text = std::fs::read_to_string(dir.join(file)).expect("read");
    let l = text.lines().nth(line - 1).expect("line");
    l[l.find('"').expect("open quote") + 1..l.rfind('"').expect("close quote")].to_string()
}

#[test]
fn validate_refuses_a_data_file_over_the_size_limit_before_parsing_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    copy_atlas_to(tmp.path());
    let max = opennrm_domain::atlas::file::MAX_FILE_BYTES;
    let size = usize::try_from(max).expect("fits") + 1;
    // A comment: valid TOML, so only the size can be the problem.
    std::fs::write(
        tmp.path().join("dk.toml"),
        format!("#{}\n", "x".repeat(size - 2)),
    )
    .expect("write");
    let (code, _, err) = run_cli(None, &["validate", tmp.path().to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!(
            "dk.toml is {size} bytes long; a data file may have at most {max} bytes (4 MiB)"
        )),
        "{err}"
    );
}

#[test]
fn validate_refuses_an_overlong_field_at_its_line_without_repeating_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    copy_atlas_to(dir);
    let long = "x".repeat(9000);
    edit(
        dir,
        "dk.toml",
        "note = \"Questionnaires completed",
        &format!("note = \"{long}Questionnaires completed"),
    );
    let note_line = line_of(dir, "dk.toml", &long);
    let note_len = value_on_line(dir, "dk.toml", note_line).len();
    edit(
        dir,
        "se.toml",
        "[[actors]]\nid = \"se-",
        &format!("[[actors]]\nid = \"se-{}", "a".repeat(200)),
    );
    let id_line = line_of(dir, "se.toml", "id = \"se-aaaa");
    let id_len = value_on_line(dir, "se.toml", id_line).len();

    let (code, _, err) = run_cli(None, &["validate", dir.to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains(&format!(
            "dk.toml:{note_line}: participation.note is {note_len} bytes long; at most 8192 are allowed"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "se.toml:{id_line}: actors.id is {id_len} bytes long; at most 128 are allowed"
        )),
        "{err}"
    );
    assert!(
        !err.contains(&"x".repeat(100)),
        "the long value was repeated"
    );
    assert!(!err.contains(&"a".repeat(100)), "the long id was repeated");
}

#[test]
fn validate_refuses_a_file_with_too_many_entries() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    copy_atlas_to(dir);
    let text = std::fs::read_to_string(dir.join("dk.toml")).expect("read");
    let extra = "\n[[limitations]]\ncategory = \"other\"\n".repeat(5_000);
    std::fs::write(dir.join("dk.toml"), format!("{text}{extra}")).expect("write");
    let (code, _, err) = run_cli(None, &["validate", dir.to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains("dk.toml:")
            && err.contains(
                "the file has more than 5000 entries ([[tables]] and array items); at most 5000 are allowed"
            ),
        "{err}"
    );
    assert_eq!(err.matches("more than 5000 entries").count(), 1, "{err}");
}

#[test]
fn validate_refuses_too_many_files_and_too_many_bytes_together() {
    let tmp = tempfile::tempdir().expect("tmp");
    for i in 0..65 {
        std::fs::write(tmp.path().join(format!("x{i:02}.toml")), "").expect("write");
    }
    let (code, _, err) = run_cli(None, &["validate", tmp.path().to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains("holds more than 64 .toml files; at most 64 are allowed"),
        "{err}"
    );

    // Five files each under the per-file bound, 20 MB together.
    let tmp = tempfile::tempdir().expect("tmp");
    let comment = format!("#{}\n", "x".repeat(3_999_998));
    for cc in ["aa", "bb", "cc", "dd", "ee"] {
        std::fs::write(tmp.path().join(format!("{cc}.toml")), &comment).expect("write");
    }
    let (code, _, err) = run_cli(None, &["validate", tmp.path().to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(
        err.contains("have more than 16777216 bytes together (16 MiB)"),
        "{err}"
    );
}

// --- hostile input: every *.toml entry is read or named in an error ---

#[cfg(unix)]
#[test]
fn a_toml_entry_that_is_not_a_readable_file_is_an_error_naming_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    copy_atlas_to(dir);
    let validate = || run_cli(None, &["validate", dir.to_str().expect("utf8")]);

    // A dangling link in place of a country once validated (and imported) the other ten.
    std::fs::remove_file(dir.join("dk.toml")).expect("rm");
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("dk.toml")).expect("symlink");
    let (code, out, err) = validate();
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("dk.toml is a symbolic link that cannot be followed"),
        "{err}"
    );
    std::fs::remove_file(dir.join("dk.toml")).expect("rm");

    std::fs::create_dir(dir.join("x.toml")).expect("mkdir");
    let (code, _, err) = validate();
    assert_ne!(code, 0);
    assert!(
        err.contains("x.toml is not a regular file (a directory)"),
        "{err}"
    );
    std::fs::remove_dir(dir.join("x.toml")).expect("rmdir");

    // A device would be read without end; a named pipe would block the open.
    std::os::unix::fs::symlink("/dev/zero", dir.join("z.toml")).expect("symlink");
    let (code, _, err) = validate();
    assert_ne!(code, 0);
    assert!(
        err.contains("z.toml is not a regular file (a device)"),
        "{err}"
    );
    std::fs::remove_file(dir.join("z.toml")).expect("rm");

    let fifo = dir.join("p.toml");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let (code, _, err) = validate();
    assert_ne!(code, 0);
    assert!(
        err.contains("p.toml is not a regular file (a named pipe)"),
        "{err}"
    );
    std::fs::remove_file(&fifo).expect("rm");

    std::fs::write(dir.join("u.TOML"), b"name = \"\xff\"").expect("write");
    let (code, _, err) = validate();
    assert_ne!(code, 0);
    assert!(err.contains("u.TOML is not UTF-8 text"), "{err}");
}

#[test]
fn a_directory_without_toml_files_is_an_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    std::fs::write(tmp.path().join("README.md"), "not data").expect("write");
    let (code, _, err) = run_cli(None, &["validate", tmp.path().to_str().expect("utf8")]);
    assert_ne!(code, 0);
    assert!(err.contains("holds no .toml data files"), "{err}");
}

// --- import: no silent loss of countries, no server path in public labels ---

on_both_backends! {
    async fn import_refuses_to_drop_countries_unless_allowed(db) {
        let url = db.url.clone();
        tokio::task::spawn_blocking(move || {
            let (code, before, err) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(code, 0, "{err}");
            let tmp = tempfile::tempdir().expect("tmp");
            let (name, text) = opennrm_domain::atlas::embedded_files()
                .into_iter()
                .find(|(n, _)| n.ends_with("is.toml"))
                .expect("is.toml");
            std::fs::write(tmp.path().join(name), text).expect("write");
            let dir = tmp.path().to_str().expect("utf8");

            let (code, out, err) = run_cli(Some(&url), &["import", dir]);
            assert_ne!(code, 0, "{out}");
            assert!(err.contains("DK Denmark") && err.contains("SE Sweden") && err.contains("RU Russia"), "{err}");
            assert!(!err.contains("IS Iceland"), "{err}");
            assert!(err.contains("--allow-drop-country") && err.contains("the database was not changed"), "{err}");
            let (_, after, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert_eq!(before, after);

            let (code, out, err) = run_cli(Some(&url), &["import", "--allow-drop-country", dir]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("removed ") && out.contains("DK Denmark"), "{out}");
            assert!(out.contains("imported 1 country "), "{out}");
            let (_, json, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            let doc: serde_json::Value = serde_json::from_str(&json).expect("json");
            assert_eq!(doc["countries"].as_array().expect("countries").len(), 1);
        })
        .await
        .expect("cli thread");
    }
}

#[test]
fn import_into_an_empty_database_compares_with_the_embedded_atlas() {
    // An empty database gets the embedded atlas as revision 1 first (as `serve` would),
    // so an import must not quietly leave countries out of it either.
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let dir = tmp.path().join("data");
    std::fs::create_dir(&dir).expect("mkdir");
    copy_atlas_to(&dir);
    std::fs::remove_file(dir.join("no.toml")).expect("rm");
    let (code, out, err) = run_cli(Some(&url), &["import", dir.to_str().expect("utf8")]);
    assert_ne!(code, 0, "{out}");
    assert!(
        err.contains("NO Norway") && err.contains("--allow-drop-country"),
        "{err}"
    );
    assert!(err.contains("the database was not changed"), "{err}");
}

on_both_backends! {
    async fn import_labels_the_revision_without_the_directory_path(db) {
        let url = db.url.clone();
        let tmp = tempfile::tempdir().expect("tmp");
        let dir = tmp.path().join("secret-server-dir");
        std::fs::create_dir(&dir).expect("mkdir");
        let dir2 = dir.clone();
        tokio::task::spawn_blocking(move || {
            copy_atlas_to(&dir2);
            edit(&dir2, "dk.toml", "name = \"Denmark\"", "name = \"Denmark (1)\"");
            let (code, _, err) = run_cli(Some(&url), &["import", dir2.to_str().expect("utf8")]);
            assert_eq!(code, 0, "{err}");
        })
        .await
        .expect("cli thread");
        let store = db.store().await;
        let label = store.current_revision().await.expect("rev").expect("some").label;
        assert_eq!(label, "import of 12 data files");
        store.close().await;

        let url = db.url.clone();
        let dir2 = dir.clone();
        tokio::task::spawn_blocking(move || {
            let d = dir2.to_str().expect("utf8");
            // Refused messages change nothing, whatever the files hold.
            edit(&dir2, "dk.toml", "name = \"Denmark (1)\"", "name = \"Denmark (2)\"");
            for (bad, why) in [
                ("red \u{1b}[31malert", "control character U+001B"),
                ("two\nlines", "control character U+000A"),
                ("abc\u{202e}fdp.exe", "control character U+202E"),
                ("   ", "--message is empty"),
            ] {
                let (code, out, err) = run_cli(Some(&url), &["import", "--message", bad, d]);
                assert_ne!(code, 0, "{bad:?}: {out}");
                assert!(err.contains(why), "{bad:?}: {err}");
            }
            let long = "m".repeat(201);
            let (code, _, err) = run_cli(Some(&url), &["import", "--message", &long, d]);
            assert_ne!(code, 0);
            assert!(err.contains("--message has 201 characters; at most 200 are allowed"), "{err}");
            let (_, json, _) = run_cli(Some(&url), &["export", "--format", "json"]);
            assert!(json.contains("Denmark (1)") && !json.contains("Denmark (2)"));

            let (code, out, err) = run_cli(Some(&url), &["import", "--message", "Danish names reviewed (ticket 42)", d]);
            assert_eq!(code, 0, "{err}");
            assert!(out.contains("\"Danish names reviewed (ticket 42)\""), "{out}");
        })
        .await
        .expect("cli thread");
        let store = db.store().await;
        let revisions = store.revisions().await.expect("revisions");
        let labels: Vec<&str> = revisions.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels.last(), Some(&"Danish names reviewed (ticket 42)"), "{labels:?}");
        assert!(labels.iter().all(|l| !l.contains("secret-server-dir") && !l.contains('/')), "{labels:?}");
        store.close().await;
    }
}

// --- screen: every input read is bounded ---

/// Runs `opennrm screen ARGS` with `stdin` as standard input; (exit code, stdout, stderr).
fn run_screen(db_url: &str, args: &[&str], stdin: std::process::Stdio) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_opennrm"))
        .arg("screen")
        .args(args)
        .env("OPENNRM_LOG", "warn")
        .env("OPENNRM_DATABASE_URL", db_url)
        .stdin(stdin)
        .output()
        .expect("run opennrm");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn screen_reads_at_most_one_mib_from_a_file_or_standard_input() {
    let tmp = tempfile::tempdir().expect("tmp");
    let url = format!("sqlite://{}", tmp.path().join("db.sqlite").display());
    let null = std::process::Stdio::null;

    // Once read until memory ran out.
    let (code, _, err) = run_screen(&url, &["/dev/zero"], null());
    assert_ne!(code, 0);
    assert!(err.contains("/dev/zero is larger than 1 MiB"), "{err}");
    let zero = std::fs::File::open("/dev/zero").expect("/dev/zero");
    let (code, _, err) = run_screen(&url, &["-"], zero.into());
    assert_ne!(code, 0);
    assert!(err.contains("standard input is larger than 1 MiB"), "{err}");

    // Exactly 1 MiB is read; one byte more is refused.
    let request = "{\"answers\": {}}";
    let at_limit = tmp.path().join("at-limit.json");
    std::fs::write(
        &at_limit,
        format!("{request}{}", " ".repeat((1 << 20) - request.len())),
    )
    .expect("write");
    let (code, out, err) = run_screen(&url, &[at_limit.to_str().expect("utf8")], null());
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Level:"), "{out}");
    let over = tmp.path().join("over.json");
    std::fs::write(
        &over,
        format!("{request}{}", " ".repeat((1 << 20) - request.len() + 1)),
    )
    .expect("write");
    let (code, _, err) = run_screen(&url, &[over.to_str().expect("utf8")], null());
    assert_ne!(code, 0);
    assert!(err.contains("over.json is larger than 1 MiB"), "{err}");
    let file = std::fs::File::open(&over).expect("open");
    let (code, _, err) = run_screen(&url, &["-"], file.into());
    assert_ne!(code, 0);
    assert!(err.contains("standard input is larger than 1 MiB"), "{err}");
}
