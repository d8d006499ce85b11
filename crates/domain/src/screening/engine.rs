//! The screening engine: answers in, a reasoned result out. Pure: no IO, no clock, no
//! randomness — the same instrument, rule set and answers always give the same result.
//!
//! A dimension's status is decided by counting "yes" answers per strength against the rule
//! set's alternatives:
//! - positive: an alternative is met by the "yes" answers;
//! - insufficient information: not met now, but would be met if some of the unanswered
//!   ("unknown" or not asked) indicators turned out to be yes;
//! - negative: not met even if every unanswered indicator were yes.
//!
//! Only "yes" counts, so "unknown" can never make anything positive, and turning an
//! "unknown" into "no" can only move a dimension from insufficient to negative.

use std::collections::BTreeMap;

use serde::Serialize;

use super::answers::{Answer, Answers};
use super::error::ScreeningError;
use super::ids::{DimensionId, IndicatorId};
use super::instrument::{Dimension, Indicator, Instrument, Listing, Population, Strength};
use super::level::Level;
use super::rules::{LevelRule, RuleSet, StrengthCounts};
use crate::atlas::vocabulary::Capability;

/// Shown with every result, in every interface.
pub const NOTICE: &str = "This screening is guidance for referral to the actor with the mandate to act. It is never a legal determination: only the competent authorities decide whether a person is a victim of trafficking or of forced labour.";

/// The longest list of indicators written out in one sentence; the rest are counted.
const MAX_LISTED: usize = 6;

crate::atlas::vocabulary::vocabulary!(
    /// What one sentence of a result's explanation says. The codes are stable (the API
    /// carries them); each is said in every language by the UI's message
    /// `screening-why-<code>` (in English exactly as `reasoning`, which a test checks).
    ExplanationCode {
    /// Which instrument, rule set and list were used.
    ScreenedWith,
    /// A dimension is positive: the rule alternative met and the indicators answered yes.
    DimensionPositive,
    /// None of a dimension's questions was answered.
    DimensionNotAssessed,
    /// A dimension is not established: what is yes so far, and how many unanswered
    /// indicators could still make it positive.
    DimensionOpen,
    /// A dimension is negative, and whether every indicator was answered.
    DimensionNegative,
    /// Some answers were "unknown", which never counts as yes.
    UnknownAnswers,
    /// Answers to indicators not on the population's list were left out.
    IgnoredAnswers,
    /// No rule for a level above "no indication" is met.
    LevelNone,
    /// The level reached, and the rule set's reason.
    LevelReached,
    /// Indicators that counted are not verified against the source publication.
    Unverified,
    /// The conclusion: the level reached, its advice, whether more answers could raise it.
    Conclusion,
    /// What a way to a higher level still needs: the level and the parts below, said
    /// one after the other (`parts`).
    Toward,
    /// Part of a way: one of the dimensions is positive.
    StepPositive,
    /// Part of a way: the dimensions are negative, so this way is closed.
    StepClosed,
    /// Part of a way: no question of the dimensions is answered yet; what to ask about.
    StepNotAssessed,
    /// Part of a way: the dimensions are not yet positive; the indicators still open.
    StepOpen,
    /// Part of a way: no indicator of the dimensions is yes and none is unanswered.
    StepNoneLeft,
    /// Part of a way: no indicator of the dimensions is yes yet; those still open.
    StepNoneYet,
    }
);

/// One sentence of a result's explanation as data: its code and its arguments (names,
/// lists already written out, numbers as digits, `yes`/`no` for flags). Dimension
/// arguments come with the dimension's id (`dimension_id`), so a page can name the
/// dimension in its own language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Explanation {
    pub code: ExplanationCode,
    pub args: BTreeMap<String, String>,
}

impl Explanation {
    fn new<const N: usize>(code: ExplanationCode, args: [(&str, String); N]) -> Explanation {
        Explanation {
            code,
            args: args.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
        }
    }
}

fn flag(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

crate::atlas::vocabulary::vocabulary!(
    /// Ordered: `Negative < InsufficientInformation < Positive`, so "more evidence never
    /// lowers a status" can be stated with `>=`.
    DimensionStatus {
    Negative,
    InsufficientInformation,
    Positive,
    }
);

/// Which instrument or rule set, in which version, produced a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DataRef {
    pub id: String,
    pub version: String,
    pub title: String,
}

/// An indicator answered yes, as it counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct IndicatorRef {
    pub id: IndicatorId,
    pub wording: String,
    pub strength: Strength,
    pub verified: bool,
}

/// An indicator still worth asking about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Ask {
    pub id: IndicatorId,
    pub wording: String,
    pub question: String,
    pub strength: Strength,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DimensionResult {
    pub id: DimensionId,
    pub name: String,
    pub status: DimensionStatus,
    /// The rule alternative that made it positive.
    pub met: Option<String>,
    /// The indicators answered yes: those that made it positive, when it is.
    pub yes: Vec<IndicatorRef>,
    pub no: Vec<IndicatorId>,
    pub unknown: Vec<IndicatorId>,
    pub not_asked: Vec<IndicatorId>,
    /// Unanswered indicators that could still make the dimension positive, strongest
    /// first. Empty unless the status is insufficient information.
    pub could_make_positive: Vec<Ask>,
}

/// What one way to a higher level still needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Need {
    /// At least one of these dimensions must become positive (or, for `any_yes`, have an
    /// indicator answered yes).
    pub any_of: Vec<DimensionId>,
    pub any_yes: bool,
    /// False when no indicator of these dimensions was answered at all.
    pub assessed: bool,
    /// True when the answers already given rule it out (every dimension negative).
    pub blocked: bool,
    pub ask: Vec<Ask>,
}

/// One way to a level above the one reached, and what is missing for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MissingStep {
    pub toward: Level,
    pub population: Option<Population>,
    pub blocked: bool,
    pub needs: Vec<Need>,
    /// In English.
    pub sentence: String,
    /// The sentence as data: `Toward` (level, population) and its parts, each a code
    /// with arguments (`dimensions`: the dimension ids a part names, `names` their short
    /// names joined with "or").
    pub explained: Explanation,
    pub parts: Vec<Explanation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ScreeningResult {
    pub instrument: DataRef,
    pub rule_set: DataRef,
    pub population: Population,
    pub level: Level,
    pub conclusion: String,
    pub dimensions: Vec<DimensionResult>,
    /// The explanation, as plain sentences in reading order (English).
    pub reasoning: Vec<String>,
    /// The same sentences as codes with arguments, one per sentence of `reasoning`, for
    /// saying them in another language.
    pub explanation: Vec<Explanation>,
    /// The conclusion as a code with arguments.
    pub conclusion_explained: Explanation,
    pub missing: Vec<MissingStep>,
    /// Atlas capabilities of the actors who can act at this level.
    pub capabilities: Vec<Capability>,
    /// Indicators answered yes whose wording or weight is not verified against the
    /// source publication (see the instrument file).
    pub unverified_indicators: Vec<IndicatorId>,
    /// Answered indicators that are not on this population's list, and so were left out.
    pub ignored_answers: Vec<IndicatorId>,
    pub notice: String,
}

impl ScreeningResult {
    pub fn dimension(&self, id: &str) -> Option<&DimensionResult> {
        self.dimensions.iter().find(|d| d.id.as_str() == id)
    }

    pub fn status(&self, id: &str) -> Option<DimensionStatus> {
        self.dimension(id).map(|d| d.status)
    }
}

/// Screens one situation: checks that the rule set fits the instrument, that the
/// instrument has a list for the population and that every answered id exists; then
/// assesses each dimension, places the situation on the continuum and says what is
/// missing to go further.
pub fn screen(
    instrument: &Instrument,
    rules: &RuleSet,
    answers: &Answers,
    population: Population,
) -> Result<ScreeningResult, ScreeningError> {
    rules.check_against(instrument)?;
    if !instrument.covers(population) {
        return Err(ScreeningError::PopulationNotCovered {
            instrument: instrument.id.to_string(),
            population,
        });
    }
    instrument.check_answers(answers)?;

    let evals: Vec<DimEval<'_>> = instrument
        .dimensions
        .iter()
        .map(|d| DimEval::new(instrument, rules, answers, population, d))
        .collect();
    let by_id: BTreeMap<&str, &DimEval<'_>> =
        evals.iter().map(|e| (e.dimension.id.as_str(), e)).collect();

    let met: Vec<&LevelRule> = rules
        .level_rules(population)
        .filter(|r| holds(r, &by_id))
        .collect();
    let level = met
        .iter()
        .map(|r| r.level)
        .max()
        .unwrap_or(Level::NoIndication);
    let missing = missing_steps(rules, population, level, &by_id);

    let ignored_answers: Vec<IndicatorId> = answers
        .iter()
        .filter(|(id, _)| {
            instrument
                .indicator(id.as_str())
                .is_some_and(|i| i.listing(population).is_none())
        })
        .map(|(id, _)| id.clone())
        .collect();
    let unverified_indicators: Vec<IndicatorId> = evals
        .iter()
        .flat_map(|e| &e.yes)
        .filter(|(_, l)| !l.verified)
        .map(|(i, _)| i.id.clone())
        .collect();

    use ExplanationCode as E;
    let mut reasoning = vec![format!(
        "Screened with \"{}\" {} and the rule set \"{}\" {}, on the {} list.",
        instrument.title, instrument.version, rules.id, rules.version, population
    )];
    let mut explanation = vec![Explanation::new(
        E::ScreenedWith,
        [
            ("instrument", instrument.title.clone()),
            ("version", instrument.version.to_string()),
            ("rules", rules.id.to_string()),
            ("rules_version", rules.version.to_string()),
            ("population", population.as_str().to_string()),
        ],
    )];
    for e in &evals {
        reasoning.push(e.sentence());
        explanation.push(e.explanation());
    }
    let unknown_count: usize = evals.iter().map(|e| e.unknown.len()).sum();
    if unknown_count > 0 {
        reasoning.push(format!(
            "{unknown_count} {} \"unknown\"; unknown never counts as yes.",
            plural(unknown_count, "answer is", "answers are")
        ));
        explanation.push(Explanation::new(
            E::UnknownAnswers,
            [("count", unknown_count.to_string())],
        ));
    }
    if !ignored_answers.is_empty() {
        reasoning.push(format!(
            "Answers to indicators that are not on the {population} list were left out: {}.",
            join_ids(&ignored_answers)
        ));
        explanation.push(Explanation::new(
            E::IgnoredAnswers,
            [
                ("population", population.as_str().to_string()),
                ("indicators", join_ids(&ignored_answers)),
            ],
        ));
    }
    let reached: Vec<&&LevelRule> = met.iter().filter(|r| r.level == level).collect();
    if reached.is_empty() {
        reasoning.push("Level: no indication — no rule of the rule set for a higher level is met by the answers given.".to_string());
        explanation.push(Explanation::new(E::LevelNone, []));
    } else {
        for r in reached {
            reasoning.push(format!("Level: {} — {}", level.label(), r.because));
            explanation.push(Explanation::new(
                E::LevelReached,
                [
                    ("level", level.as_str().to_string()),
                    ("because", r.because.clone()),
                ],
            ));
        }
    }
    if !unverified_indicators.is_empty() {
        reasoning.push(format!(
            "{} of the indicators that counted {} not yet verified against the source publication (see the instrument file): {}.",
            unverified_indicators.len(),
            if unverified_indicators.len() == 1 { "is" } else { "are" },
            join_ids(&unverified_indicators)
        ));
        explanation.push(Explanation::new(
            E::Unverified,
            [
                ("count", unverified_indicators.len().to_string()),
                ("indicators", join_ids(&unverified_indicators)),
            ],
        ));
    }

    let open = missing.iter().any(|m| !m.blocked);
    let conclusion_explained = Explanation::new(
        E::Conclusion,
        [("level", level.as_str().to_string()), ("open", flag(open))],
    );
    let conclusion = format!(
        "{}: {}{}",
        capitalise(level.label()),
        level.advice(),
        if open {
            " More answers could raise the level; see what is missing."
        } else {
            ""
        }
    );

    Ok(ScreeningResult {
        instrument: DataRef {
            id: instrument.id.to_string(),
            version: instrument.version.to_string(),
            title: instrument.title.clone(),
        },
        rule_set: DataRef {
            id: rules.id.to_string(),
            version: rules.version.to_string(),
            title: rules.title.clone(),
        },
        population,
        level,
        conclusion,
        dimensions: evals.iter().map(DimEval::result).collect(),
        reasoning,
        explanation,
        conclusion_explained,
        missing,
        capabilities: level.capabilities().to_vec(),
        unverified_indicators,
        ignored_answers,
        notice: NOTICE.to_string(),
    })
}

/// One dimension, assessed.
struct DimEval<'a> {
    dimension: &'a Dimension,
    yes: Vec<(&'a Indicator, &'a Listing)>,
    no: Vec<&'a Indicator>,
    unknown: Vec<(&'a Indicator, &'a Listing)>,
    not_asked: Vec<(&'a Indicator, &'a Listing)>,
    yes_counts: StrengthCounts,
    status: DimensionStatus,
    met: Option<&'a str>,
    could_make_positive: Vec<(&'a Indicator, &'a Listing)>,
}

impl<'a> DimEval<'a> {
    fn new(
        instrument: &'a Instrument,
        rules: &'a RuleSet,
        answers: &Answers,
        population: Population,
        dimension: &'a Dimension,
    ) -> DimEval<'a> {
        let (mut yes, mut no, mut unknown, mut not_asked) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for (indicator, listing) in instrument.indicators_of(dimension.id.as_str(), population) {
            match answers.get(indicator.id.as_str()) {
                Some(Answer::Yes) => yes.push((indicator, listing)),
                Some(Answer::No) => no.push(indicator),
                Some(Answer::Unknown) => unknown.push((indicator, listing)),
                None => not_asked.push((indicator, listing)),
            }
        }
        let count = |list: &[(&Indicator, &Listing)]| {
            let mut c = StrengthCounts::default();
            list.iter().for_each(|(_, l)| c.add(l.strength, 1));
            c
        };
        let yes_counts = count(&yes);
        let open: Vec<(&Indicator, &Listing)> = unknown.iter().chain(&not_asked).copied().collect();
        let open_counts = count(&open);
        let met = rules.positive_by(&yes_counts).map(|a| a.label.as_str());
        let status = if met.is_some() {
            DimensionStatus::Positive
        } else if rules.positive_by(&yes_counts.plus(open_counts)).is_some() {
            DimensionStatus::InsufficientInformation
        } else {
            DimensionStatus::Negative
        };
        let mut could_make_positive = Vec::new();
        if status == DimensionStatus::InsufficientInformation {
            let useful = useful_strengths(rules, yes_counts, open_counts);
            could_make_positive = open
                .into_iter()
                .filter(|(_, l)| useful[l.strength.index()])
                .collect();
            // Strongest first: the questions most likely to settle the dimension.
            could_make_positive.sort_by_key(|(_, l)| l.strength);
        }
        DimEval {
            dimension,
            yes,
            no,
            unknown,
            not_asked,
            yes_counts,
            status,
            met,
            could_make_positive,
        }
    }

    fn answered(&self) -> bool {
        !(self.yes.is_empty() && self.no.is_empty() && self.unknown.is_empty())
    }

    fn asks(&self) -> Vec<Ask> {
        self.could_make_positive
            .iter()
            .map(|(i, l)| Ask {
                id: i.id.clone(),
                wording: i.wording.clone(),
                question: i.question.clone(),
                strength: l.strength,
            })
            .collect()
    }

    fn result(&self) -> DimensionResult {
        DimensionResult {
            id: self.dimension.id.clone(),
            name: self.dimension.name.clone(),
            status: self.status,
            met: self.met.map(str::to_string),
            yes: self
                .yes
                .iter()
                .map(|(i, l)| IndicatorRef {
                    id: i.id.clone(),
                    wording: i.wording.clone(),
                    strength: l.strength,
                    verified: l.verified,
                })
                .collect(),
            no: self.no.iter().map(|i| i.id.clone()).collect(),
            unknown: self.unknown.iter().map(|(i, _)| i.id.clone()).collect(),
            not_asked: self.not_asked.iter().map(|(i, _)| i.id.clone()).collect(),
            could_make_positive: self.asks(),
        }
    }

    /// `sentence` as a code with arguments.
    fn explanation(&self) -> Explanation {
        use ExplanationCode as E;
        let dimension = capitalise(&self.dimension.short);
        let id = self.dimension.id.as_str().to_string();
        let yes = describe(
            self.yes
                .iter()
                .map(|(i, l)| (i.wording.as_str(), l.strength)),
        );
        let yes_count = self.yes.len().to_string();
        match self.status {
            DimensionStatus::Positive => Explanation::new(
                E::DimensionPositive,
                [
                    ("dimension", dimension),
                    ("dimension_id", id),
                    ("rule", self.met.unwrap_or_default().to_string()),
                    ("indicators", yes),
                ],
            ),
            DimensionStatus::InsufficientInformation if !self.answered() => Explanation::new(
                E::DimensionNotAssessed,
                [("dimension", dimension), ("dimension_id", id)],
            ),
            DimensionStatus::InsufficientInformation => Explanation::new(
                E::DimensionOpen,
                [
                    ("dimension", dimension),
                    ("dimension_id", id),
                    ("yes", yes_count),
                    ("indicators", yes),
                    ("count", self.could_make_positive.len().to_string()),
                ],
            ),
            DimensionStatus::Negative => Explanation::new(
                E::DimensionNegative,
                [
                    ("dimension", dimension),
                    ("dimension_id", id),
                    ("yes", yes_count),
                    ("indicators", yes),
                    (
                        "complete",
                        flag(self.unknown.is_empty() && self.not_asked.is_empty()),
                    ),
                ],
            ),
        }
    }

    fn sentence(&self) -> String {
        let name = capitalise(&self.dimension.short);
        let yes = || {
            describe(
                self.yes
                    .iter()
                    .map(|(i, l)| (i.wording.as_str(), l.strength)),
            )
        };
        match self.status {
            DimensionStatus::Positive => format!(
                "{name} is positive ({}): yes to {}.",
                self.met.unwrap_or_default(),
                yes()
            ),
            DimensionStatus::InsufficientInformation if !self.answered() => {
                format!("{name} was not assessed: none of its questions was answered.")
            }
            DimensionStatus::InsufficientInformation => {
                let so_far = if self.yes.is_empty() {
                    "no indicator answered yes so far".to_string()
                } else {
                    format!("so far yes to {}", yes())
                };
                let n = self.could_make_positive.len();
                format!(
                    "{name} is not established: {so_far}; {n} unanswered {} could still make it positive.",
                    plural(n, "indicator", "indicators")
                )
            }
            DimensionStatus::Negative => {
                let so_far = if self.yes.is_empty() {
                    "no indicator answered yes".to_string()
                } else {
                    format!("yes only to {}", yes())
                };
                let rest = if self.unknown.is_empty() && self.not_asked.is_empty() {
                    "every indicator is answered and no rule is met"
                } else {
                    "the unanswered indicators could not make it positive"
                };
                format!("{name} is negative: {so_far}; {rest}.")
            }
        }
    }
}

/// Strengths of which one more "yes" can be the one that makes the dimension positive,
/// given what is already yes and what is still open. Found by trying every way to
/// answer the open indicators; counts above the rule's largest threshold change
/// nothing, which keeps the search to a few hundred steps.
fn useful_strengths(
    rules: &RuleSet,
    yes: StrengthCounts,
    open: StrengthCounts,
) -> [bool; Strength::COUNT] {
    let cap = rules.max_threshold();
    let limits: Vec<u32> = open.0.iter().map(|&n| n.min(cap)).collect();
    let mut useful = [false; Strength::COUNT];
    let mut added = [0u32; Strength::COUNT];
    loop {
        let with = yes.plus(StrengthCounts(added));
        if rules.positive_by(&with).is_some() {
            for k in 0..Strength::COUNT {
                if added[k] > 0 {
                    let mut without = with;
                    without.0[k] -= 1;
                    if rules.positive_by(&without).is_none() {
                        useful[k] = true;
                    }
                }
            }
        }
        // Next combination, like an odometer with per-digit limits.
        let mut k = 0;
        loop {
            if k == Strength::COUNT {
                return useful;
            }
            if added[k] < limits[k] {
                added[k] += 1;
                break;
            }
            added[k] = 0;
            k += 1;
        }
    }
}

fn holds(rule: &LevelRule, dims: &BTreeMap<&str, &DimEval<'_>>) -> bool {
    let positive = |d: &DimensionId| {
        dims.get(d.as_str())
            .is_some_and(|e| e.status == DimensionStatus::Positive)
    };
    let has_yes = |d: &DimensionId| {
        dims.get(d.as_str())
            .is_some_and(|e| e.yes_counts.total() > 0)
    };
    rule.all_positive
        .iter()
        .all(|group| group.iter().any(positive))
        && (rule.any_yes_in.is_empty() || rule.any_yes_in.iter().any(has_yes))
}

/// For every way to a level above the one reached: which parts hold, which are missing,
/// and which unanswered questions could supply them.
fn missing_steps(
    rules: &RuleSet,
    population: Population,
    reached: Level,
    dims: &BTreeMap<&str, &DimEval<'_>>,
) -> Vec<MissingStep> {
    let mut rule_list: Vec<&LevelRule> = rules
        .level_rules(population)
        .filter(|r| r.level > reached)
        .collect();
    rule_list.sort_by_key(|r| r.level);
    let lookup = |ids: &[DimensionId]| -> Vec<&DimEval<'_>> {
        ids.iter()
            .filter_map(|d| dims.get(d.as_str()).copied())
            .collect()
    };
    let names = |evals: &[&DimEval<'_>]| {
        evals
            .iter()
            .map(|e| e.dimension.short.as_str())
            .collect::<Vec<_>>()
            .join(" or ")
    };
    let ids = |evals: &[&DimEval<'_>]| {
        evals
            .iter()
            .map(|e| e.dimension.id.as_str())
            .collect::<Vec<_>>()
            .join(",")
    };
    // A part of a way as data: its code, the dimensions it names, the indicators still
    // open (`asks`, empty for none).
    let part = |code: ExplanationCode, evals: &[&DimEval<'_>], asks: &[Ask], topics: String| {
        Explanation::new(
            code,
            [
                ("names", names(evals)),
                ("dimensions", ids(evals)),
                ("asks", list_asks(asks).trim_start_matches(": ").to_string()),
                ("asked", flag(!asks.is_empty())),
                ("topics", topics),
            ],
        )
    };

    rule_list
        .into_iter()
        .map(|rule| {
            use ExplanationCode as E;
            let mut parts = Vec::new();
            let mut explained = Vec::new();
            let mut needs = Vec::new();
            for group in &rule.all_positive {
                let evals = lookup(group);
                if let Some(e) = evals.iter().find(|e| e.status == DimensionStatus::Positive) {
                    parts.push(format!("{} is positive", e.dimension.short));
                    explained.push(part(E::StepPositive, &[*e], &[], String::new()));
                    continue;
                }
                let blocked = evals.iter().all(|e| e.status == DimensionStatus::Negative);
                let assessed = evals.iter().any(|e| e.answered());
                let mut ask: Vec<Ask> = evals.iter().flat_map(|e| e.asks()).collect();
                // Strongest first across the group: those settle it with the fewest questions.
                ask.sort_by_key(|a| a.strength);
                let state = if blocked {
                    explained.push(part(E::StepClosed, &evals, &[], String::new()));
                    format!(
                        "{} is negative — this way is closed unless answers change",
                        names(&evals)
                    )
                } else if !assessed {
                    let topics: Vec<&str> = evals
                        .iter()
                        .map(|e| e.dimension.ask_about.as_str())
                        .collect();
                    explained.push(part(E::StepNotAssessed, &evals, &ask, topics.join("; ")));
                    format!(
                        "{} is not assessed yet — ask about {}{}",
                        names(&evals),
                        topics.join("; "),
                        list_asks(&ask)
                    )
                } else {
                    explained.push(part(E::StepOpen, &evals, &ask, String::new()));
                    format!(
                        "{} is not yet positive — still open{}",
                        names(&evals),
                        list_asks(&ask)
                    )
                };
                parts.push(state);
                needs.push(Need {
                    any_of: group.clone(),
                    any_yes: false,
                    assessed,
                    blocked,
                    ask,
                });
            }
            if !rule.any_yes_in.is_empty()
                && !rule.any_yes_in.iter().any(|d| {
                    dims.get(d.as_str())
                        .is_some_and(|e| e.yes_counts.total() > 0)
                })
            {
                let evals = lookup(&rule.any_yes_in);
                let ask: Vec<Ask> = evals
                    .iter()
                    .flat_map(|e| e.unknown.iter().chain(&e.not_asked))
                    .map(|(i, l)| Ask {
                        id: i.id.clone(),
                        wording: i.wording.clone(),
                        question: i.question.clone(),
                        strength: l.strength,
                    })
                    .collect();
                let blocked = ask.is_empty();
                let assessed = evals.iter().any(|e| e.answered());
                explained.push(if blocked {
                    part(E::StepNoneLeft, &evals, &[], String::new())
                } else {
                    part(E::StepNoneYet, &evals, &ask, String::new())
                });
                parts.push(if blocked {
                    format!(
                        "no indicator of {} is yes and none is left unanswered",
                        names(&evals)
                    )
                } else {
                    format!(
                        "no indicator of {} is yes yet — still open{}",
                        names(&evals),
                        list_asks(&ask)
                    )
                });
                needs.push(Need {
                    any_of: rule.any_yes_in.clone(),
                    any_yes: true,
                    assessed,
                    blocked,
                    ask,
                });
            }
            let blocked = needs.iter().any(|n| n.blocked);
            let population = rule
                .population
                .map(|p| format!(" ({p})"))
                .unwrap_or_default();
            MissingStep {
                toward: rule.level,
                population: rule.population,
                blocked,
                sentence: format!(
                    "Toward {}{population}: {}.",
                    rule.level.label(),
                    parts.join("; ")
                ),
                explained: Explanation::new(
                    E::Toward,
                    [
                        ("level", rule.level.as_str().to_string()),
                        (
                            "population",
                            rule.population
                                .map_or_else(String::new, |p| p.as_str().to_string()),
                        ),
                    ],
                ),
                parts: explained,
                needs,
            }
        })
        .collect()
}

fn list_asks(asks: &[Ask]) -> String {
    if asks.is_empty() {
        return String::new();
    }
    format!(
        ": {}",
        describe(asks.iter().map(|a| (a.wording.as_str(), a.strength)))
    )
}

/// "Debt bondage (strong), Withholding of wages (medium) and 3 more".
fn describe<'s>(items: impl Iterator<Item = (&'s str, Strength)>) -> String {
    let items: Vec<String> = items
        .map(|(w, s)| {
            if s == Strength::Unweighted {
                w.to_string()
            } else {
                format!("{w} ({s})")
            }
        })
        .collect();
    if items.len() > MAX_LISTED {
        format!(
            "{} and {} more",
            items[..MAX_LISTED].join(", "),
            items.len() - MAX_LISTED
        )
    } else {
        items.join(", ")
    }
}

fn join_ids(ids: &[IndicatorId]) -> String {
    ids.iter()
        .map(IndicatorId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

fn plural<'s>(n: usize, one: &'s str, many: &'s str) -> &'s str {
    if n == 1 { one } else { many }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn delphi() -> RuleSet {
        match RuleSet::embedded("ilo-ec-2009-delphi") {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn useful_strengths_name_only_answers_that_can_complete_a_rule() {
        let rules = delphi();
        let counts = |s, m, w| StrengthCounts([s, m, w, 0]);
        // One strong already: any further medium or weak completes it, as would a strong.
        assert_eq!(
            useful_strengths(&rules, counts(1, 0, 0), counts(1, 1, 1)),
            [true, true, true, false]
        );
        // Nothing yet and only weak ones open: weak alone never suffices.
        assert_eq!(
            useful_strengths(&rules, counts(0, 0, 0), counts(0, 0, 5)),
            [false; 4]
        );
        // Two medium yes: a third medium or a weak completes it.
        assert_eq!(
            useful_strengths(&rules, counts(0, 2, 0), counts(0, 1, 1)),
            [false, true, true, false]
        );
    }
}
