//! Country pathways as sourced data (`data/pathways/<cc>.toml`, docs/PATHWAYS.md): TOML in,
//! a validated `Pathway` out, or every problem as `file:line: sentence`. Every target is an
//! atlas actor of the country (by stable id), every quote verbatim in the report, and a
//! route the report does not define is written as such rather than guessed.

use std::collections::HashSet;
use std::ops::Range;

use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::{AgeGroup, ExploitationType, Purpose, ReferralAction, ResidenceStatus};
use crate::atlas::Atlas;
use crate::atlas::model::{ActorId, CountryCode, FactId, Source};
use crate::atlas::vocabulary::Sector;
use crate::report::chapter_lines;
use crate::screening::file::{Checker, RawSource};
use crate::screening::{DataErrors, Level};

static EMBEDDED: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/../../data/pathways");

/// The data format this build reads.
pub const FORMAT: u32 = 1;
/// A pathway file's size bound (the largest shipped one has a few KB).
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// Rules per pathway.
pub const MAX_RULES: usize = 200;

/// Whether the coordinator is the post the report names, or the body it says comes closest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CoordinatorRole {
    Formal,
    Closest,
}

/// Where routing sends what the pathway leaves undefined.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Coordinator {
    #[schema(value_type = String)]
    pub actor: ActorId,
    pub role: CoordinatorRole,
    pub source: Source,
}

/// The conditions of a rule; an empty list means "any".
#[derive(Debug, Clone, Default, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub residence: Vec<ResidenceStatus>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub age: Vec<AgeGroup>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exploitation: Vec<ExploitationType>,
    /// The rule applies from this screening level up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub from_sector: Vec<Sector>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
}

impl Conditions {
    pub fn is_empty(&self) -> bool {
        self.residence.is_empty()
            && self.age.is_empty()
            && self.exploitation.is_empty()
            && self.level.is_none()
            && self.from_sector.is_empty()
            && self.regions.is_empty()
    }
}

/// Where a rule sends a case.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Route {
    /// The report names the receiving actor.
    To {
        #[schema(value_type = String)]
        actor: ActorId,
        /// The purpose the person must have consented to; `None` where the route needs no
        /// consent (child protection, an ex officio crime report).
        consent: Option<Purpose>,
        source: Source,
        also: Vec<Source>,
    },
    /// The report does not say who does this.
    Undefined { reason: String },
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PathwayRule {
    pub id: String,
    pub action: ReferralAction,
    pub when: Conditions,
    pub route: Route,
    pub deadline_days: Option<u32>,
    pub deadline: Option<String>,
    pub note: Option<String>,
}

/// One country's referral pathway.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Pathway {
    #[schema(value_type = String)]
    pub country: CountryCode,
    pub coordinator: Coordinator,
    pub rules: Vec<PathwayRule>,
}

impl Pathway {
    pub fn rule(&self, id: &str) -> Option<&PathwayRule> {
        self.rules.iter().find(|r| r.id == id)
    }
    /// The rules whose route the report leaves undefined.
    pub fn undefined(&self) -> impl Iterator<Item = (&PathwayRule, &str)> {
        self.rules.iter().filter_map(|r| match &r.route {
            Route::Undefined { reason } => Some((r, reason.as_str())),
            Route::To { .. } => None,
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    format: Spanned<u32>,
    country: Spanned<String>,
    coordinator: Spanned<RawCoordinator>,
    #[serde(default)]
    rules: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCoordinator {
    actor: String,
    role: CoordinatorRole,
    source: RawSource,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    action: ReferralAction,
    to: Option<String>,
    consent: Option<String>,
    #[serde(default)]
    when: Conditions,
    deadline_days: Option<u32>,
    deadline: Option<String>,
    note: Option<String>,
    source: Option<RawSource>,
    #[serde(default)]
    also: Vec<RawSource>,
    undefined: Option<String>,
}

/// The shipped pathway files as (repository path, text), sorted.
pub fn embedded_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = EMBEDDED
        .files()
        .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
        .map(|f| {
            (
                format!("data/pathways/{}", f.path().display()),
                f.contents_utf8().unwrap_or_default().to_string(),
            )
        })
        .collect();
    files.sort();
    files
}

/// Every shipped pathway, validated against `atlas`.
pub fn embedded_pathways(atlas: &Atlas) -> Result<Vec<Pathway>, DataErrors> {
    parse_all(&embedded_files(), atlas)
}

/// Parses and validates several files; all problems of all files, or all pathways.
pub fn parse_all(files: &[(String, String)], atlas: &Atlas) -> Result<Vec<Pathway>, DataErrors> {
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut countries = HashSet::new();
    for (name, text) in files {
        match parse(name, text, atlas) {
            Ok(p) => {
                if !countries.insert(p.country.to_string()) {
                    errors.push(crate::screening::DataError {
                        file: name.clone(),
                        line: 1,
                        item: None,
                        reason: format!("a second pathway for {}", p.country),
                    });
                }
                out.push(p)
            }
            Err(e) => errors.extend(e.0),
        }
    }
    if errors.is_empty() {
        out.sort_by(|a, b| a.country.cmp(&b.country));
        Ok(out)
    } else {
        Err(DataErrors(errors))
    }
}

/// Parses one pathway file and checks it against the atlas and the report.
pub fn parse(name: &str, text: &str, atlas: &Atlas) -> Result<Pathway, DataErrors> {
    let mut c = Checker::new(name, text);
    if text.len() > MAX_FILE_BYTES {
        c.error(
            &(0..0),
            None,
            format!(
                "the file has {} bytes; at most {MAX_FILE_BYTES} are allowed",
                text.len()
            ),
        );
        return Err(DataErrors(c.errors));
    }
    let raw: RawFile = crate::screening::file::parse_toml(name, text)?;
    if *raw.format.get_ref() != FORMAT {
        c.error(
            &raw.format.span(),
            None,
            format!(
                "format {} is not read by this version (format = {FORMAT})",
                raw.format.get_ref()
            ),
        );
    }
    let Some(country) = atlas.country(raw.country.get_ref()) else {
        c.error(
            &raw.country.span(),
            None,
            "`country` is not a country of the atlas",
        );
        return Err(DataErrors(c.errors));
    };
    let code = country.country.code.clone();
    let prefer = chapter_lines(code.as_str());
    let actor =
        |c: &mut Checker<'_>, span: &Range<usize>, item: &str, id: &str| -> Option<ActorId> {
            match FactId::parse(id) {
                Ok(fid) if country.actor(&fid).is_some() => Some(fid),
                _ => {
                    c.error(
                        span,
                        Some(item),
                        format!("`{id}` is not an actor of {code} in the atlas"),
                    );
                    None
                }
            }
        };
    let rc = raw.coordinator.get_ref();
    let cspan = raw.coordinator.span();
    let coordinator_actor = actor(&mut c, &cspan, "coordinator", &rc.actor);
    let coordinator_source = c.source(&cspan, "coordinator", &rc.source, prefer);
    if raw.rules.len() > MAX_RULES {
        c.error(
            &(0..0),
            None,
            format!("{} rules; at most {MAX_RULES}", raw.rules.len()),
        );
    }
    let prefix = format!("{}-", code.as_str().to_lowercase());
    let mut ids = HashSet::new();
    let mut rules = Vec::new();
    for r in &raw.rules {
        let span = r.span();
        let r = r.get_ref();
        let item = r.id.as_str();
        if !r.id.starts_with(&prefix)
            || r.id.len() > 80
            || !r
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            c.error(
                &span,
                Some(item),
                format!(
                    "a rule id is lower-case letters, digits and '-', starting with `{prefix}`"
                ),
            );
        }
        if !ids.insert(r.id.clone()) {
            c.error(&span, Some(item), "a second rule with this id");
        }
        let route = match (&r.undefined, &r.to, &r.source) {
            (Some(reason), None, None) => {
                if reason.trim().is_empty() {
                    c.error(&span, Some(item), "say why the route is undefined");
                }
                if r.consent.is_some() || !r.also.is_empty() || r.deadline_days.is_some() {
                    c.error(
                        &span,
                        Some(item),
                        "an undefined route has no consent, sources or deadline",
                    );
                }
                Route::Undefined {
                    reason: reason.clone(),
                }
            }
            (None, Some(to), Some(s)) => {
                let consent = match r.consent.as_deref() {
                    Some("none") => None,
                    Some(p) => match p.parse::<Purpose>() {
                        Ok(p) => Some(p),
                        Err(_) => {
                            c.error(
                                &span,
                                Some(item),
                                format!("`consent` must be a purpose or \"none\", not `{p}`"),
                            );
                            None
                        }
                    },
                    None => {
                        c.error(
                            &span,
                            Some(item),
                            "say which consent the route needs (`consent`, or \"none\")",
                        );
                        None
                    }
                };
                let Some(target) = actor(&mut c, &span, item, to) else {
                    continue;
                };
                Route::To {
                    actor: target,
                    consent,
                    source: c.source(&span, item, s, prefer),
                    also: r
                        .also
                        .iter()
                        .map(|a| c.source(&span, item, a, prefer))
                        .collect(),
                }
            }
            _ => {
                c.error(&span, Some(item), "a rule has either `to` and `source`, or `undefined` (a route the report leaves open)");
                continue;
            }
        };
        rules.push(PathwayRule {
            id: r.id.clone(),
            action: r.action,
            when: r.when.clone(),
            route,
            deadline_days: r.deadline_days,
            deadline: r.deadline.clone(),
            note: r.note.clone(),
        });
    }
    match coordinator_actor {
        Some(actor) => c.finish(Pathway {
            country: code,
            coordinator: Coordinator {
                actor,
                role: rc.role,
                source: coordinator_source,
            },
            rules,
        }),
        None => Err(DataErrors(c.errors)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        Atlas::embedded().expect("atlas")
    }

    #[test]
    fn every_shipped_pathway_is_valid_and_there_is_one_per_country() {
        let atlas = atlas();
        let p = embedded_pathways(&atlas).unwrap_or_else(|e| panic!("{e}"));
        let have: Vec<_> = p.iter().map(|p| p.country.to_string()).collect();
        let want: Vec<_> = {
            let mut v: Vec<_> = atlas
                .countries
                .iter()
                .map(|c| c.country.code.to_string())
                .collect();
            v.sort();
            v
        };
        assert_eq!(have, want);
        for p in &p {
            assert!(
                p.rules.iter().any(|r| matches!(r.route, Route::To { .. })),
                "{} has no defined route",
                p.country
            );
        }
    }

    #[test]
    fn problems_are_reported_with_file_and_line() {
        let text = "format = 1\ncountry = \"DK\"\n[coordinator]\nactor = \"dk-cmm\"\nrole = \"closest\"\nsource = { section = \"x\", quote = \"not in the report at all, surely\" }\n\n[[rules]]\nid = \"dk-a\"\naction = \"investigate\"\nto = \"dk-nobody\"\nconsent = \"police_contact\"\nsource = { section = \"x\", quote = \"Out of ten Danish respondents\" }\n";
        let e = parse("dk.toml", text, &atlas())
            .expect_err("errors")
            .to_string();
        assert!(
            e.contains("dk.toml:3: coordinator: the quote is not verbatim"),
            "{e}"
        );
        assert!(
            e.contains("dk.toml:8: dk-a: `dk-nobody` is not an actor of DK"),
            "{e}"
        );
    }

    #[test]
    fn a_rule_is_either_routed_with_a_source_or_undefined() {
        let text = "format = 1\ncountry = \"DK\"\n[coordinator]\nactor = \"dk-cmm\"\nrole = \"closest\"\nsource = { section = \"x\", quote = \"Out of ten Danish respondents\" }\n[[rules]]\nid = \"dk-a\"\naction = \"investigate\"\nto = \"dk-cmm\"\n";
        let e = parse("dk.toml", text, &atlas())
            .expect_err("errors")
            .to_string();
        assert!(
            e.contains("either `to` and `source`, or `undefined`"),
            "{e}"
        );
        let bad_vocab = text.replace("investigate", "arrest");
        assert!(parse("dk.toml", &bad_vocab, &atlas()).is_err());
    }
}
