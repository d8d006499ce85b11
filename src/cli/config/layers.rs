//! The four layers of the configuration as figment providers — defaults, the file,
//! OPENNRM_* environment variables, flags — and, for every value and every error, the
//! layer it came from. Values are never quoted in errors: a secret may be among them.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail};
use figment::error::{Actual, Kind as ErrorKind};
use figment::value::{Dict, Map, Value};
use figment::{Metadata, Profile, Provider};

/// What a setting holds: it decides how an environment variable is read and what an
/// error says was expected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// Never printed, never quoted.
    Secret,
    Text,
    /// A whole number.
    Number,
    /// A list: an array in the file, text separated by commas in a variable or flag.
    List,
}

/// Every setting, in the order `config check` shows them. The file's key is the name,
/// the environment variable is `OPENNRM_` + NAME, the flag is `--name-with-dashes`.
pub const KEYS: [(&str, Kind); 20] = [
    ("database_url", Kind::Secret),
    ("data_dir", Kind::Text),
    ("secret_key", Kind::Secret),
    ("data_keys", Kind::Secret),
    ("bind", Kind::Text),
    ("public_origin", Kind::Text),
    ("session_idle_minutes", Kind::Number),
    ("writes_per_minute", Kind::Number),
    ("header_timeout_seconds", Kind::Number),
    ("body_timeout_seconds", Kind::Number),
    ("idle_timeout_seconds", Kind::Number),
    ("refresh_seconds", Kind::Number),
    ("trusted_proxies", Kind::List),
    ("statistics_k", Kind::Number),
    ("statistics_access", Kind::Text),
    ("retention_days", Kind::Number),
    ("acknowledge_working_days", Kind::Number),
    ("job_interval_seconds", Kind::Number),
    ("smtp_relay", Kind::Secret),
    ("mail_from", Kind::Text),
];

pub fn env_var(key: &str) -> String {
    format!("OPENNRM_{}", key.to_ascii_uppercase())
}

pub fn flag(key: &str) -> String {
    format!("--{}", key.replace('_', "-"))
}

fn kind_of(key: &str) -> Option<Kind> {
    KEYS.iter().find(|(k, _)| *k == key).map(|(_, kind)| *kind)
}

/// The most a configuration file may hold; it is a handful of lines.
const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Where a value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layer {
    Default,
    File(PathBuf),
    Env,
    Flag,
}

impl Layer {
    fn tag(&self) -> &'static str {
        match self {
            Layer::Default => "default",
            Layer::File(_) => "file",
            Layer::Env => "env",
            Layer::Flag => "flag",
        }
    }

    fn from_metadata(meta: &Metadata) -> Layer {
        match &*meta.name {
            "file" => meta
                .source
                .as_ref()
                .and_then(figment::Source::file_path)
                .map_or(Layer::Default, |p| Layer::File(p.to_path_buf())),
            "env" => Layer::Env,
            "flag" => Layer::Flag,
            _ => Layer::Default,
        }
    }

    /// The layer, for the third column of `config check`: "file PATH", "env VAR", …
    pub fn describe(&self, key: &str) -> String {
        match self {
            Layer::Default => "default".to_string(),
            Layer::File(path) => format!("file {}", path.display()),
            Layer::Env => format!("env {}", env_var(key)),
            Layer::Flag => format!("flag {}", flag(key)),
        }
    }

    /// The setting as the user wrote it, for errors: "bind in FILE", "OPENNRM_BIND", "--bind".
    pub fn naming(&self, key: &str) -> String {
        match self {
            Layer::Default => format!("the default {key}"),
            Layer::File(path) => format!("{key} in {}", path.display()),
            Layer::Env => env_var(key),
            Layer::Flag => flag(key),
        }
    }
}

/// The values one layer sets; keys it does not set fall through to the layer below.
pub struct Values {
    layer: Layer,
    dict: Dict,
}

impl Values {
    pub fn new(layer: Layer) -> Values {
        Values {
            layer,
            dict: Dict::new(),
        }
    }

    pub fn set(&mut self, key: &str, value: impl Into<Value>) {
        self.dict.insert(key.to_string(), value.into());
    }
}

impl Provider for Values {
    fn metadata(&self) -> Metadata {
        let meta = Metadata::named(self.layer.tag());
        match &self.layer {
            Layer::File(path) => meta.source(path.as_path()),
            _ => meta,
        }
    }

    fn data(&self) -> Result<Map<Profile, Dict>, figment::Error> {
        Ok(Profile::Default.collect(self.dict.clone()))
    }
}

/// The layer of the value at `key` in the merged figment.
pub fn layer_of(figment: &figment::Figment, key: &str) -> Layer {
    figment
        .find_metadata(key)
        .map_or(Layer::Default, Layer::from_metadata)
}

/// The known OPENNRM_* variables that are set and not blank: a shell that exports an
/// empty variable has not set it. Numbers are parsed here so they meet the file's
/// integers; one that does not parse stays text and is refused when extracted.
pub fn env_values() -> anyhow::Result<Values> {
    let mut values = Values::new(Layer::Env);
    for (key, kind) in KEYS {
        let var = env_var(key);
        let text = match std::env::var(&var) {
            Ok(text) => text,
            Err(std::env::VarError::NotPresent) => continue,
            Err(std::env::VarError::NotUnicode(_)) => bail!("{var} is not valid UTF-8"),
        };
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        match (kind, text.parse::<u64>()) {
            (Kind::Number, Ok(n)) => values.set(key, n),
            _ => values.set(key, text),
        }
    }
    Ok(values)
}

/// The configuration file's values. A file that was named must exist: a typo in a path
/// must not silently leave the defaults in place.
pub fn file_values(path: &Path) -> anyhow::Result<Values> {
    let text = read_file(path)?;
    let dict: Dict = toml::from_str(&text).map_err(|e| {
        // The message only, never toml's snippet of the offending line: it may hold a secret.
        let at = e.span().map_or_else(String::new, |span| {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{line}:{column}: ")
        });
        anyhow!(
            "the configuration file {} is not valid TOML: {at}{}",
            path.display(),
            e.message().trim().replace('\n', "; ")
        )
    })?;
    #[cfg(unix)]
    if (dict.contains_key("secret_key") || dict.contains_key("data_keys"))
        || dict
            .get("database_url")
            .and_then(Value::as_str)
            .is_some_and(holds_password)
    {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0) {
            tracing::warn!(
                "the configuration file {} holds secrets and can be read by other users; \
                 restrict it with chmod 600",
                path.display()
            );
        }
    }
    let mut values = Values::new(Layer::File(path.to_path_buf()));
    values.dict = dict;
    Ok(values)
}

/// Whether a database URL carries a password (user:password@ or ?password=).
fn holds_password(url: &str) -> bool {
    let authority = url
        .split_once("://")
        .map_or("", |(_, rest)| rest.split('/').next().unwrap_or(""));
    authority
        .rsplit_once('@')
        .is_some_and(|(user, _)| user.contains(':'))
        || url.to_ascii_lowercase().contains("password=")
}

fn read_file(path: &Path) -> anyhow::Result<String> {
    use std::io::Read;
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => anyhow!("the configuration file {shown} does not exist"),
        _ => anyhow!("cannot read the configuration file {shown}: {e}"),
    })?;
    if !meta.is_file() {
        bail!("the configuration file {shown} is not a regular file");
    }
    let file = super::super::open_no_wait(path)
        .map_err(|e| anyhow!("cannot read the configuration file {shown}: {e}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow!("cannot read the configuration file {shown}: {e}"))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        bail!("the configuration file {shown} is larger than {MAX_FILE_BYTES} bytes");
    }
    String::from_utf8(bytes)
        .map_err(|_| anyhow!("the configuration file {shown} is not UTF-8 text"))
}

/// One line per problem figment found, naming the setting where it was written and what
/// was expected, without the value.
pub fn explain(error: figment::Error, file: Option<&Path>) -> Vec<String> {
    error
        .into_iter()
        .map(|e| {
            if let ErrorKind::UnknownField(name, _) = &e.kind {
                // Only the file can hold keys of its own; the other layers set known ones.
                let keys: Vec<&str> = KEYS.iter().map(|(k, _)| *k).collect();
                let place = file.map_or_else(String::new, |f| format!(" in {}", f.display()));
                return format!(
                    "unknown key `{}`{place}; the keys are: {}",
                    name.escape_debug(),
                    keys.join(", ")
                );
            }
            let key = e.path.join(".");
            let layer = e
                .metadata
                .as_ref()
                .map_or(Layer::Default, Layer::from_metadata);
            let expected = match kind_of(&key) {
                Some(Kind::Number) => "a whole number",
                Some(Kind::Secret | Kind::Text) => "a string",
                Some(Kind::List) => "a list of strings",
                None => "another value",
            };
            let found = match &e.kind {
                ErrorKind::InvalidType(actual, _) | ErrorKind::InvalidValue(actual, _) => {
                    type_name(actual)
                }
                _ => "an invalid value",
            };
            format!("{}: expected {expected}, found {found}", layer.naming(&key))
        })
        .collect()
}

fn type_name(actual: &Actual) -> &'static str {
    match actual {
        Actual::Bool(_) => "a boolean",
        Actual::Unsigned(_) => "a whole number",
        Actual::Signed(n) if *n < 0 => "a negative number",
        Actual::Signed(_) => "a whole number",
        Actual::Float(_) => "a decimal number",
        Actual::Char(_) | Actual::Str(_) => "a string",
        Actual::Seq => "a list",
        Actual::Map => "a table",
        _ => "a value of another kind",
    }
}
