//! Properties of the combination rules, checked exhaustively where the space is small
//! (every strength count, every pattern of positive dimensions) and with generated
//! answer sets where it is not: more evidence never lowers a result, weak indicators
//! alone never suffice, "unknown" never counts as yes, and turning "unknown" into "no"
//! never raises a result.

use opennrm_domain::screening::{
    Answer, Answers, DimensionStatus, ILO_EC_2009, ILO_EC_2009_RULES, ILO_FORCED_LABOUR_2012,
    Instrument, Level, Population, RuleSet, ScreeningResult, Strength, StrengthCounts, screen,
};
use proptest::prelude::*;

struct Fixture {
    instrument: Instrument,
    rules: RuleSet,
}

fn fixture(instrument: &str, rules: &str) -> Fixture {
    Fixture {
        instrument: Instrument::embedded(instrument).unwrap_or_else(|e| panic!("{e}")),
        rules: RuleSet::embedded(rules).unwrap_or_else(|e| panic!("{e}")),
    }
}

fn delphi() -> Fixture {
    fixture(ILO_EC_2009, ILO_EC_2009_RULES)
}

fn forced_labour() -> Fixture {
    fixture(ILO_FORCED_LABOUR_2012, ILO_FORCED_LABOUR_2012)
}

impl Fixture {
    /// One optional answer per indicator of the instrument, in file order.
    fn answers(&self, slots: &[Option<Answer>]) -> Answers {
        self.instrument
            .indicators
            .iter()
            .zip(slots)
            .filter_map(|(i, a)| a.map(|a| (i.id.clone(), a)))
            .collect()
    }

    fn run(&self, answers: &Answers, population: Population) -> ScreeningResult {
        screen(&self.instrument, &self.rules, answers, population).unwrap_or_else(|e| panic!("{e}"))
    }

    fn statuses(&self, result: &ScreeningResult) -> Vec<DimensionStatus> {
        self.instrument
            .dimensions
            .iter()
            .map(|d| {
                result
                    .status(d.id.as_str())
                    .unwrap_or(DimensionStatus::Negative)
            })
            .collect()
    }
}

/// The ILO/EC rule as the publication words it.
fn ilo_rule(strong: u32, medium: u32, weak: u32) -> bool {
    strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1)
}

fn answer() -> impl Strategy<Value = Option<Answer>> {
    prop_oneof![
        Just(None),
        Just(Some(Answer::Yes)),
        Just(Some(Answer::No)),
        Just(Some(Answer::Unknown))
    ]
}

fn population() -> impl Strategy<Value = Population> {
    prop_oneof![Just(Population::Adult), Just(Population::Child)]
}

/// Answer sets over the ILO/EC instrument (67 indicators), biased toward few "yes" so
/// that every level of the continuum is reached often.
fn delphi_slots() -> impl Strategy<Value = Vec<Option<Answer>>> {
    let biased = prop_oneof![
        4 => Just(None),
        2 => Just(Some(Answer::No)),
        2 => Just(Some(Answer::Unknown)),
        1 => Just(Some(Answer::Yes)),
    ];
    prop::collection::vec(biased, 67)
}

#[test]
fn a_dimension_is_positive_exactly_when_the_ilo_ec_rule_says_so() {
    let rules = delphi().rules;
    for strong in 0..=6 {
        for medium in 0..=8 {
            for weak in 0..=6 {
                let counts = StrengthCounts([strong, medium, weak, 0]);
                assert_eq!(
                    rules.positive_by(&counts).is_some(),
                    ilo_rule(strong, medium, weak),
                    "{strong} strong, {medium} medium, {weak} weak"
                );
            }
        }
    }
}

#[test]
fn weak_indicators_alone_never_make_a_dimension_positive_for_any_count() {
    let rules = delphi().rules;
    for weak in 0..=20 {
        assert!(
            rules
                .positive_by(&StrengthCounts([0, 0, weak, 0]))
                .is_none()
        );
    }
}

/// Answers that make exactly the chosen dimensions positive and settle every other
/// indicator as "no".
fn answers_making_positive(f: &Fixture, chosen: &[bool], population: Population) -> Answers {
    let mut answers = Answers::new();
    for (d, &on) in f.instrument.dimensions.iter().zip(chosen) {
        let mut listed: Vec<_> = f
            .instrument
            .indicators_of(d.id.as_str(), population)
            .collect();
        listed.sort_by_key(|(_, l)| l.strength);
        // Strongest first until the rule is met: with at least two strong, or a strong and
        // a medium, or three medium, every dimension of both lists can be made positive.
        let mut counts = StrengthCounts::default();
        for (indicator, listing) in listed {
            let yes = on && f.rules.positive_by(&counts).is_none();
            if yes {
                counts.add(listing.strength, 1);
            }
            answers.set(
                indicator.id.clone(),
                if yes { Answer::Yes } else { Answer::No },
            );
        }
        assert_eq!(
            f.rules.positive_by(&counts).is_some(),
            on,
            "could not make {} positive",
            d.id
        );
    }
    answers
}

#[test]
fn the_whole_case_rule_holds_for_every_pattern_of_positive_dimensions() {
    let f = delphi();
    // Dimension order: deceptive, coercive, vulnerability at recruitment, exploitation,
    // coercion at destination, vulnerability at destination.
    for population in [Population::Adult, Population::Child] {
        for mask in 0u32..64 {
            let chosen: Vec<bool> = (0..6).map(|b| mask & (1 << b) != 0).collect();
            let result = f.run(
                &answers_making_positive(&f, &chosen, population),
                population,
            );
            let positive: Vec<bool> = f
                .statuses(&result)
                .iter()
                .map(|s| *s == DimensionStatus::Positive)
                .collect();
            assert_eq!(positive, chosen);
            let recruitment = chosen[0] || chosen[1] || chosen[2];
            let exploitation = chosen[3];
            let means_at_destination = chosen[4] || chosen[5];
            let expected = match population {
                Population::Adult if recruitment && exploitation && means_at_destination => {
                    Level::PresumedTrafficking
                }
                // For children the means element is not required; the act (a recruitment
                // dimension) still is.
                Population::Child if recruitment && exploitation => Level::PresumedTrafficking,
                _ if exploitation && means_at_destination => Level::ForcedLabour,
                _ if exploitation => Level::LabourExploitation,
                _ => Level::NoIndication,
            };
            assert_eq!(
                result.level, expected,
                "{population} with positive dimensions {chosen:?}"
            );
        }
    }
}

fn slots_with(
    slots: &[Option<Answer>],
    from: Option<Answer>,
    to: Option<Answer>,
) -> Vec<Option<Answer>> {
    slots
        .iter()
        .map(|a| if *a == from { to } else { *a })
        .collect()
}

fn adding_a_yes(
    slots: Vec<Option<Answer>>,
    index: usize,
    population: Population,
) -> Result<(), TestCaseError> {
    let f = delphi();
    let before = f.run(&f.answers(&slots), population);
    let mut more = slots;
    more[index] = Some(Answer::Yes);
    let after = f.run(&f.answers(&more), population);
    prop_assert!(
        after.level >= before.level,
        "{:?} -> {:?}",
        before.level,
        after.level
    );
    for (b, a) in f.statuses(&before).iter().zip(f.statuses(&after)) {
        prop_assert!(a >= *b);
    }
    Ok(())
}

fn weak_alone(slots: Vec<Option<Answer>>, population: Population) -> Result<(), TestCaseError> {
    let f = delphi();
    // Keep "yes" only on indicators that are weak on this population's list.
    let weak_only: Vec<Option<Answer>> = f
        .instrument
        .indicators
        .iter()
        .zip(&slots)
        .map(|(i, a)| {
            let weak = i
                .listing(population)
                .is_some_and(|l| l.strength == Strength::Weak);
            match a {
                Some(Answer::Yes) if !weak => Some(Answer::No),
                other => *other,
            }
        })
        .collect();
    let result = f.run(&f.answers(&weak_only), population);
    prop_assert!(
        result
            .dimensions
            .iter()
            .all(|d| d.status != DimensionStatus::Positive)
    );
    prop_assert!(result.level <= Level::LabourLawViolation);
    Ok(())
}

fn unknown_is_not_yes(
    slots: Vec<Option<Answer>>,
    population: Population,
) -> Result<(), TestCaseError> {
    let f = delphi();
    let with_unknown = f.run(&f.answers(&slots), population);
    let as_no = slots_with(&slots, Some(Answer::Unknown), Some(Answer::No));
    let as_not_asked = slots_with(&slots, Some(Answer::Unknown), None);
    for other in [as_no, as_not_asked] {
        let other = f.run(&f.answers(&other), population);
        prop_assert_eq!(other.level, with_unknown.level);
        for (a, b) in with_unknown.dimensions.iter().zip(&other.dimensions) {
            let positive = |s| s == DimensionStatus::Positive;
            prop_assert_eq!(positive(a.status), positive(b.status));
            prop_assert_eq!(&a.yes, &b.yes);
        }
    }
    Ok(())
}

fn unknown_to_no(
    slots: Vec<Option<Answer>>,
    pick: prop::sample::Index,
    population: Population,
) -> Result<(), TestCaseError> {
    let f = delphi();
    let unknown: Vec<usize> = (0..slots.len())
        .filter(|i| slots[*i] == Some(Answer::Unknown))
        .collect();
    prop_assume!(!unknown.is_empty());
    let before = f.run(&f.answers(&slots), population);
    let mut settled = slots;
    settled[unknown[pick.index(unknown.len())]] = Some(Answer::No);
    let after = f.run(&f.answers(&settled), population);
    prop_assert!(after.level <= before.level);
    for (b, a) in f.statuses(&before).iter().zip(f.statuses(&after)) {
        prop_assert!(a <= *b);
    }
    Ok(())
}

fn status_follows_counts(
    slots: Vec<Option<Answer>>,
    population: Population,
) -> Result<(), TestCaseError> {
    let f = delphi();
    let result = f.run(&f.answers(&slots), population);
    for d in &result.dimensions {
        let count = |s| d.yes.iter().filter(|i| i.strength == s).count() as u32;
        let expected = ilo_rule(
            count(Strength::Strong),
            count(Strength::Medium),
            count(Strength::Weak),
        );
        prop_assert_eq!(d.status == DimensionStatus::Positive, expected);
    }
    Ok(())
}

fn suggestions_complete(
    slots: Vec<Option<Answer>>,
    population: Population,
) -> Result<(), TestCaseError> {
    let f = delphi();
    let answers = f.answers(&slots);
    let result = f.run(&answers, population);
    for d in &result.dimensions {
        if d.status != DimensionStatus::InsufficientInformation {
            prop_assert!(d.could_make_positive.is_empty());
            continue;
        }
        prop_assert!(!d.could_make_positive.is_empty());
        let mut more = answers.clone();
        for ask in &d.could_make_positive {
            // Only unanswered or unknown indicators are suggested.
            prop_assert!(matches!(
                answers.get(ask.id.as_str()),
                None | Some(Answer::Unknown)
            ));
            more.set(ask.id.clone(), Answer::Yes);
        }
        let after = f.run(&more, population);
        prop_assert_eq!(after.status(d.id.as_str()), Some(DimensionStatus::Positive));
    }
    Ok(())
}

fn forced_labour_elements(slots: Vec<Option<Answer>>) -> Result<(), TestCaseError> {
    let f = forced_labour();
    let answers = f.answers(&slots);
    let result = f.run(&answers, Population::Adult);
    let yes_in = |dimension: &str| {
        f.instrument
            .indicators
            .iter()
            .filter(|i| i.dimension.as_str() == dimension)
            .any(|i| answers.get(i.id.as_str()) == Some(Answer::Yes))
    };
    let (involuntary, menace) = (yes_in("involuntariness"), yes_in("menace_of_penalty"));
    let expected = match (involuntary, menace) {
        (true, true) => Level::ForcedLabour,
        (false, false) => Level::NoIndication,
        _ => Level::LabourLawViolation,
    };
    prop_assert_eq!(result.level, expected);
    Ok(())
}

fn forced_labour_monotone(slots: Vec<Option<Answer>>, index: usize) -> Result<(), TestCaseError> {
    let f = forced_labour();
    let before = f.run(&f.answers(&slots), Population::Adult);
    let mut more = slots;
    more[index] = Some(Answer::Yes);
    prop_assert!(f.run(&f.answers(&more), Population::Adult).level >= before.level);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn adding_a_yes_never_lowers_a_dimension_or_the_level(
        slots in delphi_slots(), index in 0usize..67, population in population()
    ) {
        adding_a_yes(slots, index, population)?;
    }

    #[test]
    fn weak_answers_alone_never_make_a_dimension_positive(slots in delphi_slots(), population in population()) {
        weak_alone(slots, population)?;
    }

    #[test]
    fn unknown_never_counts_as_yes(slots in delphi_slots(), population in population()) {
        unknown_is_not_yes(slots, population)?;
    }

    #[test]
    fn turning_unknown_into_no_never_raises_anything(
        slots in delphi_slots(), pick in any::<prop::sample::Index>(), population in population()
    ) {
        unknown_to_no(slots, pick, population)?;
    }

    #[test]
    fn every_dimension_status_follows_the_rule_on_its_counts(slots in delphi_slots(), population in population()) {
        status_follows_counts(slots, population)?;
    }

    #[test]
    fn answering_the_suggested_questions_yes_makes_the_dimension_positive(
        slots in delphi_slots(), population in population()
    ) {
        suggestions_complete(slots, population)?;
    }

    #[test]
    fn forced_labour_needs_involuntariness_and_a_menace_of_penalty(slots in prop::collection::vec(answer(), 11)) {
        forced_labour_elements(slots)?;
    }

    #[test]
    fn more_evidence_never_lowers_the_forced_labour_result(
        slots in prop::collection::vec(answer(), 11), index in 0usize..11
    ) {
        forced_labour_monotone(slots, index)?;
    }
}
