//! A rule set: when a dimension is positive, and which level of the exploitation continuum
//! a pattern of dimensions reaches. Rule sets are versioned data
//! (data/screening/rules/); a country can adopt another one without a code change.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::error::{DataErrors, ScreeningError};
use super::file::{Checker, parse_toml};
use super::ids::{DimensionId, InstrumentId, RuleSetId, Version};
use super::instrument::{Instrument, Population, Source, Strength};
use super::level::Level;

/// How many "yes" answers a dimension has per strength.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
pub struct StrengthCounts(pub [u32; Strength::COUNT]);

impl StrengthCounts {
    pub fn get(&self, s: Strength) -> u32 {
        self.0[s.index()]
    }

    pub fn add(&mut self, s: Strength, n: u32) {
        self.0[s.index()] += n;
    }

    pub fn plus(mut self, other: StrengthCounts) -> StrengthCounts {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a += b;
        }
        self
    }

    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }
}

/// At least `at_least` indicators whose strength is one of `of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub at_least: u32,
    pub of: Vec<Strength>,
}

impl Requirement {
    pub fn met_by(&self, counts: &StrengthCounts) -> bool {
        self.of.iter().map(|s| counts.get(*s)).sum::<u32>() >= self.at_least
    }
}

/// One way for a dimension to be positive: every requirement met at once. The strength
/// sets of its requirements do not overlap (checked on load), so no answer counts twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub label: String,
    pub requires: Vec<Requirement>,
}

impl Alternative {
    pub fn met_by(&self, counts: &StrengthCounts) -> bool {
        self.requires.iter().all(|r| r.met_by(counts))
    }
}

/// One way to reach a level of the continuum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LevelRule {
    pub level: Level,
    /// `None`: applies to adults and children.
    pub population: Option<Population>,
    /// The plain sentence shown when this way is met.
    pub because: String,
    /// Every group needs at least one positive dimension.
    pub all_positive: Vec<Vec<DimensionId>>,
    /// When not empty: at least one indicator of these dimensions answered yes.
    pub any_yes_in: Vec<DimensionId>,
}

impl LevelRule {
    pub fn applies_to(&self, population: Population) -> bool {
        self.population.is_none_or(|p| p == population)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleSet {
    pub id: RuleSetId,
    pub version: Version,
    /// The instrument whose dimensions these rules name.
    pub instrument: InstrumentId,
    pub title: String,
    pub notes: Option<String>,
    pub source: Source,
    pub weak_alone_never_suffices: bool,
    pub positive_when: Vec<Alternative>,
    pub levels: Vec<LevelRule>,
}

impl RuleSet {
    /// Parses and checks one rule-set file, reporting every problem with file and line.
    pub fn from_toml(file: &str, text: &str) -> Result<RuleSet, DataErrors> {
        let raw: RawFile = parse_toml(file, text)?;
        build(Checker::new(file, text), raw)
    }

    /// The shipped rule set with this id, in its highest version.
    pub fn embedded(id: &str) -> Result<RuleSet, ScreeningError> {
        super::embedded::highest(super::embedded::rule_sets()?, id)
            .ok_or_else(|| ScreeningError::UnknownRuleSet(id.to_string()))
    }

    /// A shipped rule set in one exact version, for re-running an old screening.
    pub fn embedded_version(id: &str, version: Version) -> Result<RuleSet, ScreeningError> {
        super::embedded::exact(super::embedded::rule_sets()?, id, version)
            .ok_or_else(|| ScreeningError::UnknownRuleSet(format!("{id} {version}")))
    }

    /// Every shipped rule set, sorted by id then version.
    pub fn embedded_all() -> Result<Vec<RuleSet>, DataErrors> {
        super::embedded::rule_sets().cloned()
    }

    /// The first alternative met by these counts, if any.
    pub fn positive_by(&self, counts: &StrengthCounts) -> Option<&Alternative> {
        self.positive_when.iter().find(|a| a.met_by(counts))
    }

    /// The largest `at_least` of any requirement: adding more indicators of one strength
    /// than this never changes which alternatives are met.
    pub fn max_threshold(&self) -> u32 {
        self.positive_when
            .iter()
            .flat_map(|a| &a.requires)
            .map(|r| r.at_least)
            .max()
            .unwrap_or(0)
    }

    pub fn level_rules(&self, population: Population) -> impl Iterator<Item = &LevelRule> {
        self.levels.iter().filter(move |r| r.applies_to(population))
    }

    /// Checks that the rules can be applied to this instrument: same instrument id, and
    /// every dimension they name exists.
    pub fn check_against(&self, instrument: &Instrument) -> Result<(), ScreeningError> {
        let mismatch = |reason: String| ScreeningError::RuleSetMismatch {
            rule_set: self.id.to_string(),
            instrument: instrument.id.to_string(),
            reason,
        };
        if self.instrument != instrument.id {
            return Err(mismatch(format!(
                "the rule set is written for instrument {}",
                self.instrument
            )));
        }
        for rule in &self.levels {
            for d in rule.all_positive.iter().flatten().chain(&rule.any_yes_in) {
                if instrument.dimension(d.as_str()).is_none() {
                    return Err(mismatch(format!(
                        "the rule for level {} names dimension {d}, which the instrument does not have",
                        rule.level
                    )));
                }
            }
        }
        Ok(())
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    rule_set: Spanned<RawHeader>,
    source: Source,
    #[serde(default)]
    positive_when: Vec<Spanned<Alternative>>,
    #[serde(default)]
    level: Vec<Spanned<RawLevel>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: String,
    version: String,
    instrument: String,
    title: String,
    notes: Option<String>,
    #[serde(default)]
    weak_alone_never_suffices: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    level: Level,
    population: Option<Population>,
    because: String,
    #[serde(default)]
    all_positive: Vec<Vec<String>>,
    #[serde(default)]
    any_yes_in: Vec<String>,
}

fn build(mut c: Checker<'_>, raw: RawFile) -> Result<RuleSet, DataErrors> {
    let header_span = raw.rule_set.span();
    let header = raw.rule_set.into_inner();
    let id = RuleSetId::new(header.id)
        .map_err(|e| c.error(&header_span, None, e.to_string()))
        .ok();
    let version = header
        .version
        .parse::<Version>()
        .map_err(|e| c.error(&header_span, None, e.to_string()))
        .ok();
    let instrument = InstrumentId::new(header.instrument)
        .map_err(|e| c.error(&header_span, None, e.to_string()))
        .ok();
    c.require_text(&header_span, None, "title", &header.title);

    if raw.positive_when.is_empty() {
        c.error(
            &header_span,
            None,
            "a rule set needs at least one [[positive_when]] alternative",
        );
    }
    let mut positive_when = Vec::new();
    for a in raw.positive_when {
        let span = a.span();
        let a = a.into_inner();
        let item = Some(a.label.as_str());
        c.require_text(&span, item, "label", &a.label);
        if a.requires.is_empty() {
            c.error(
                &span,
                item,
                "`requires` is empty, so this alternative would make every dimension positive",
            );
        }
        let mut used = HashSet::new();
        for r in &a.requires {
            if r.at_least == 0 {
                c.error(&span, item, "`at_least` must be 1 or more");
            }
            if r.of.is_empty() {
                c.error(&span, item, "`of` must name at least one strength");
            }
            for s in &r.of {
                if !used.insert(*s) {
                    c.error(&span, item, format!("strength {s} appears in two requirements of one alternative, so one answer could count twice"));
                }
            }
        }
        // An alternative can be met by weak answers alone exactly when every one of its
        // requirements accepts weak indicators.
        let weak_only =
            !a.requires.is_empty() && a.requires.iter().all(|r| r.of.contains(&Strength::Weak));
        if header.weak_alone_never_suffices && weak_only {
            c.error(&span, item, "can be met by weak indicators alone, but the rule set says weak_alone_never_suffices = true");
        }
        positive_when.push(a);
    }

    let mut levels = Vec::new();
    for l in raw.level {
        let span = l.span();
        let l = l.into_inner();
        let label = l.level.to_string();
        let item = Some(label.as_str());
        if l.level == Level::NoIndication {
            c.error(
                &span,
                item,
                "no_indication is what a screening gets when no rule is met; it takes no rule",
            );
        }
        c.require_text(&span, item, "because", &l.because);
        if l.all_positive.is_empty() && l.any_yes_in.is_empty() {
            c.error(
                &span,
                item,
                "give `all_positive`, `any_yes_in` or both, or the level would always be reached",
            );
        }
        let dimension = |c: &mut Checker<'_>, name: String| {
            DimensionId::new(name)
                .map_err(|e| c.error(&span, item, e.to_string()))
                .ok()
        };
        let mut all_positive = Vec::new();
        for group in l.all_positive {
            if group.is_empty() {
                c.error(&span, item, "a group in `all_positive` is empty");
            }
            all_positive.push(
                group
                    .into_iter()
                    .filter_map(|d| dimension(&mut c, d))
                    .collect(),
            );
        }
        let any_yes_in = l
            .any_yes_in
            .into_iter()
            .filter_map(|d| dimension(&mut c, d))
            .collect();
        levels.push(LevelRule {
            level: l.level,
            population: l.population,
            because: l.because,
            all_positive,
            any_yes_in,
        });
    }

    let (Some(id), Some(version), Some(instrument)) = (id, version, instrument) else {
        return Err(DataErrors(c.errors));
    };
    let rules = RuleSet {
        id,
        version,
        instrument,
        title: header.title,
        notes: header.notes,
        source: raw.source,
        weak_alone_never_suffices: header.weak_alone_never_suffices,
        positive_when,
        levels,
    };
    c.finish(rules)
}
