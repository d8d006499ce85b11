//! Realistic situations, written from what the CBSS 2013 report
//! (data/report/cbss-2013-actors-against-thb-labour.txt) and the ILO describe, each with
//! the level of the continuum and the dimension statuses a labour inspector should get.
//! They pin down the shipped instruments and rule sets: a change of weight or rule that
//! moves one of these cases must be a deliberate one.
//!
//! Indicator ids are written with a short prefix for their dimension:
//! DR deceptive recruitment, CR coercive recruitment, RV recruitment by abuse of
//! vulnerability, EX exploitative conditions of work, CD coercion at destination,
//! VD abuse of vulnerability at destination.

use opennrm_domain::atlas::vocabulary::Capability;
use opennrm_domain::screening::{
    Answer, Answers, DimensionStatus, ILO_EC_2009, ILO_EC_2009_RULES, ILO_FORCED_LABOUR_2012,
    Instrument, Level, Population, RuleSet, ScreeningResult, screen,
};

use DimensionStatus::{InsufficientInformation as Open, Negative, Positive};

const DR: &str = "deceptive_recruitment";
const CR: &str = "coercive_recruitment";
const RV: &str = "recruitment_abuse_of_vulnerability";
const EX: &str = "exploitative_conditions";
const CD: &str = "coercion_at_destination";
const VD: &str = "abuse_of_vulnerability_at_destination";

fn expand(short: &str) -> String {
    let (prefix, name) = short.split_once('.').unwrap_or(("", short));
    let dimension = match prefix {
        "DR" => DR,
        "CR" => CR,
        "RV" => RV,
        "EX" => EX,
        "CD" => CD,
        "VD" => VD,
        _ => return short.to_string(),
    };
    format!("{dimension}.{name}")
}

/// A situation as the officer recorded it.
struct Vignette {
    instrument: Instrument,
    rules: RuleSet,
    population: Population,
    answers: Answers,
}

impl Vignette {
    fn delphi(population: Population) -> Vignette {
        Vignette::with(ILO_EC_2009, ILO_EC_2009_RULES, population)
    }

    fn forced_labour() -> Vignette {
        Vignette::with(
            ILO_FORCED_LABOUR_2012,
            ILO_FORCED_LABOUR_2012,
            Population::Adult,
        )
    }

    fn with(instrument: &str, rules: &str, population: Population) -> Vignette {
        Vignette {
            instrument: Instrument::embedded(instrument).unwrap_or_else(|e| panic!("{e}")),
            rules: RuleSet::embedded(rules).unwrap_or_else(|e| panic!("{e}")),
            population,
            answers: Answers::new(),
        }
    }

    fn answer(mut self, answer: Answer, ids: &[&str]) -> Vignette {
        for id in ids {
            let id = expand(id);
            let indicator = self
                .instrument
                .indicator(&id)
                .unwrap_or_else(|| panic!("no indicator {id}"));
            self.answers.set(indicator.id.clone(), answer);
        }
        self
    }

    fn yes(self, ids: &[&str]) -> Vignette {
        self.answer(Answer::Yes, ids)
    }

    fn unknown(self, ids: &[&str]) -> Vignette {
        self.answer(Answer::Unknown, ids)
    }

    /// Every indicator of the dimension not answered yet is answered "no".
    fn rest_no(mut self, dimension: &str) -> Vignette {
        let ids: Vec<_> = self
            .instrument
            .indicators
            .iter()
            .filter(|i| i.dimension.as_str() == dimension)
            .map(|i| i.id.clone())
            .collect();
        for id in ids {
            if self.answers.get(id.as_str()).is_none() {
                self.answers.set(id, Answer::No);
            }
        }
        self
    }

    fn screen(&self) -> ScreeningResult {
        screen(
            &self.instrument,
            &self.rules,
            &self.answers,
            self.population,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    }
}

fn assert_statuses(result: &ScreeningResult, expected: &[(&str, DimensionStatus)]) {
    for (dimension, status) in expected {
        assert_eq!(
            result.status(dimension),
            Some(*status),
            "{dimension}\n{}",
            result.reasoning.join("\n")
        );
    }
}

fn missing_toward(result: &ScreeningResult, level: Level) -> Vec<&str> {
    result
        .missing
        .iter()
        .filter(|m| m.toward == level)
        .map(|m| m.sentence.as_str())
        .collect()
}

/// Report, Germany: migrant workers "seconded" to building sites through recruitment
/// agencies; Russia: labour migrants whose passports are taken. The ILO: recruitment
/// debts that cannot be paid off. Recruited with promises of good pay and housing, the
/// men work 12-hour days for a fraction of it, sleep in a container on site, and the
/// foreman keeps their passports "until the travel debt is paid".
#[test]
fn construction_workers_with_withheld_passports_and_debts_are_presumed_trafficked() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["DR.wages", "DR.conditions_of_work", "DR.housing"])
        .yes(&[
            "EX.excessive_hours",
            "EX.low_or_no_salary",
            "EX.bad_living_conditions",
        ])
        .yes(&["CD.confiscation_of_documents", "CD.debt_bondage"])
        .screen();
    assert_eq!(result.level, Level::PresumedTrafficking);
    assert_statuses(
        &result,
        &[
            (DR, Positive),
            (EX, Positive),
            (CD, Positive),
            (CR, Open),
            (VD, Open),
        ],
    );
    assert!(
        result
            .capabilities
            .contains(&Capability::DetermineVictimStatus)
    );
    assert!(
        result
            .reasoning
            .iter()
            .any(|s| s.contains("Confiscation of documents (strong)"))
    );
}

/// Report, Sweden: berry pickers exploited in the north of Sweden. Paid by the kilo far
/// below what the agency promised, long days, crowded camp; but they keep their passports,
/// owe nothing, are not threatened and may leave.
#[test]
fn berry_pickers_paid_less_than_promised_but_free_to_leave_are_exploited_not_forced() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["DR.wages"])
        .yes(&[
            "EX.excessive_hours",
            "EX.low_or_no_salary",
            "EX.bad_living_conditions",
        ])
        .rest_no(CD)
        .yes(&[
            "VD.economic_reasons",
            "VD.difficulty_to_live_in_unknown_area",
        ])
        .rest_no(VD)
        .screen();
    assert_eq!(result.level, Level::LabourExploitation);
    assert_statuses(
        &result,
        &[(DR, Open), (EX, Positive), (CD, Negative), (VD, Negative)],
    );
    assert!(result.capabilities.contains(&Capability::InspectWorkplaces));
    assert!(!result.capabilities.contains(&Capability::InvestigateCrime));
    // Forced labour is ruled out by the answers given, not merely unknown.
    assert!(
        result
            .missing
            .iter()
            .filter(|m| m.toward == Level::ForcedLabour)
            .all(|m| m.blocked)
    );
}

/// Report, Norway: social dumping in cleaning — underpaid migrant workers without
/// contracts. This cleaner, in the country irregularly, works 70-hour weeks; the owner
/// says he will call immigration if she complains, holds back two months' pay, and
/// threatens her with night shifts. Her recruitment was not discussed.
#[test]
fn a_cleaner_working_excessive_hours_under_threat_of_denunciation_is_in_forced_labour() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&[
            "EX.excessive_hours",
            "EX.low_or_no_salary",
            "EX.no_social_protection",
        ])
        .yes(&[
            "CD.threat_of_denunciation",
            "CD.withholding_of_wages",
            "CD.threat_of_worse_conditions",
        ])
        .yes(&["VD.relationship_with_authorities"])
        .screen();
    assert_eq!(result.level, Level::ForcedLabour);
    assert_statuses(
        &result,
        &[
            (EX, Positive),
            (CD, Positive),
            (VD, Open),
            (DR, Open),
            (CR, Open),
            (RV, Open),
        ],
    );
    let toward = missing_toward(&result, Level::PresumedTrafficking);
    assert_eq!(toward.len(), 1);
    assert!(toward[0].contains("not assessed yet"), "{}", toward[0]);
    assert!(result.capabilities.contains(&Capability::InvestigateCrime));
}

/// Report, Norway: police units working on begging (STOP in Oslo, EXIT in Bergen); the
/// ILO child list. A 12-year-old brought by an "uncle" who promised school and work in a
/// shop begs ten hours a day instead of going to school, is beaten when the takings are
/// low and does what the uncle says.
#[test]
fn a_child_in_forced_begging_is_presumed_trafficked_without_a_means_element() {
    let result = Vignette::delphi(Population::Child)
        .yes(&["DR.education", "DR.nature_of_job"])
        .yes(&["EX.excessive_hours", "EX.no_access_to_education"])
        .yes(&["CD.under_strong_influence", "CD.violence_on_victims"])
        .screen();
    assert_eq!(result.level, Level::PresumedTrafficking);
    assert_statuses(&result, &[(DR, Positive), (EX, Positive), (CD, Positive)]);
    assert!(
        result
            .reasoning
            .iter()
            .any(|s| s.contains("means element is not required"))
    );
    // Without coercion at destination the child's case is still presumed trafficking:
    // for children the means element is not required.
    let no_means = Vignette::delphi(Population::Child)
        .yes(&["DR.education", "DR.nature_of_job"])
        .yes(&["EX.excessive_hours", "EX.no_access_to_education"])
        .screen();
    assert_eq!(no_means.level, Level::PresumedTrafficking);
    // An adult with the same answers needs a means at destination as well.
    let adult = Vignette::delphi(Population::Adult)
        .yes(&["DR.nature_of_job", "DR.wages"])
        .yes(&["EX.excessive_hours", "EX.low_or_no_salary"])
        .screen();
    assert_eq!(adult.level, Level::LabourExploitation);
}

/// The same child, seen only begging long hours and out of school, with nothing yet
/// known of how the child came: exploitation is positive, but the act (recruitment,
/// transport) is part of child trafficking too, so the result asks about it first.
#[test]
fn a_child_kept_from_school_by_long_hours_is_exploited_and_the_recruitment_is_asked_next() {
    let result = Vignette::delphi(Population::Child)
        .yes(&["EX.excessive_hours", "EX.no_access_to_education"])
        .screen();
    assert_eq!(result.level, Level::LabourExploitation);
    assert_statuses(&result, &[(EX, Positive), (CD, Open), (DR, Open)]);
    let next = missing_toward(&result, Level::PresumedTrafficking);
    assert!(
        !next.is_empty(),
        "the step toward presumed trafficking is explained"
    );
    let step = result
        .missing
        .iter()
        .find(|m| m.toward == Level::PresumedTrafficking)
        .expect("a step");
    assert!(
        !step.blocked,
        "recruitment is still open, so trafficking is not ruled out"
    );
    assert!(
        step.needs
            .iter()
            .any(|n| n.any_of.iter().any(|d| d.as_str() == DR))
    );
}

/// Report, Denmark: the agency that processes au pair residence permits also inspects.
/// An au pair works 45 hours a week instead of 30; the family deducts "board" from her
/// pocket money. Her permit depends on the family, but she is not threatened, keeps her
/// passport and goes out freely.
#[test]
fn an_au_pair_working_far_beyond_the_agreed_hours_is_a_case_of_labour_exploitation() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["EX.excessive_hours", "EX.wage_manipulation"])
        .unknown(&["DR.conditions_of_work"])
        .rest_no(CD)
        .yes(&["VD.dependency_on_exploiters"])
        .rest_no(VD)
        .screen();
    assert_eq!(result.level, Level::LabourExploitation);
    assert_statuses(
        &result,
        &[(EX, Positive), (CD, Negative), (VD, Negative), (DR, Open)],
    );
    assert!(
        result
            .reasoning
            .iter()
            .any(|s| s.contains("unknown never counts as yes"))
    );
}

/// The ILO on fishing: crews recruited abroad through agencies that charge fees, at sea
/// for months. Promised wages and conditions turn out false; the captain holds the
/// passports; the men work 20-hour shifts on deck and are beaten.
#[test]
fn a_fishing_crew_held_at_sea_with_passports_taken_is_presumed_trafficked() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&[
            "DR.wages",
            "DR.conditions_of_work",
            "DR.travel_and_recruitment",
        ])
        .yes(&["CR.debt_bondage"])
        .yes(&[
            "EX.excessive_hours",
            "EX.hazardous_work",
            "EX.low_or_no_salary",
        ])
        .yes(&[
            "CD.confiscation_of_documents",
            "CD.isolation_confinement_surveillance",
            "CD.violence_on_victims",
        ])
        .screen();
    assert_eq!(result.level, Level::PresumedTrafficking);
    assert_statuses(
        &result,
        &[(DR, Positive), (CR, Open), (EX, Positive), (CD, Positive)],
    );
    assert!(
        result
            .capabilities
            .contains(&Capability::GrantReflectionPeriod)
    );
}

/// Report, Sweden: stricter control of employers in the hotel and restaurant sector. A
/// cook paid a fee for a job whose contract differs from the one he signed at home; he
/// works 12-hour days and must pay part of his salary back in cash. His permit is tied to
/// the restaurant, he sends money home, and he depends on the owner for his room.
#[test]
fn a_restaurant_cook_kept_by_his_tied_permit_is_presumed_trafficked_through_abuse_of_vulnerability()
{
    let result = Vignette::delphi(Population::Adult)
        .yes(&["DR.wages", "DR.conditions_of_work", "DR.work_contract"])
        .yes(&[
            "EX.excessive_hours",
            "EX.wage_manipulation",
            "EX.low_or_no_salary",
        ])
        .yes(&["CD.threat_of_denunciation", "CD.withholding_of_wages"])
        .yes(&[
            "VD.dependency_on_exploiters",
            "VD.relationship_with_authorities",
            "VD.economic_reasons",
        ])
        .screen();
    assert_eq!(result.level, Level::PresumedTrafficking);
    assert_statuses(
        &result,
        &[(DR, Positive), (EX, Positive), (CD, Open), (VD, Positive)],
    );
}

/// Report, Norway and Denmark: telling social dumping and bad conditions apart from
/// trafficking. Seasonal vegetable pickers live in overcrowded caravans and have no
/// insurance; hours and pay are within the rules and nobody holds them.
#[test]
fn seasonal_farm_workers_in_crowded_caravans_are_a_labour_law_case() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["EX.bad_living_conditions", "EX.no_social_protection"])
        .rest_no(EX)
        .rest_no(CD)
        .screen();
    assert_eq!(result.level, Level::LabourLawViolation);
    assert_statuses(&result, &[(EX, Negative), (CD, Negative)]);
    assert_eq!(
        result.capabilities,
        vec![
            Capability::InspectWorkplaces,
            Capability::BringLabourCourtCases
        ]
    );
}

/// Report, Germany and Norway: posted workers paid below the collective agreement —
/// "social dumping". Nothing else was asked yet.
#[test]
fn posted_workers_paid_below_the_collective_agreement_are_a_labour_law_case_with_more_to_ask() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["EX.low_or_no_salary"])
        .screen();
    assert_eq!(result.level, Level::LabourLawViolation);
    assert_statuses(&result, &[(EX, Open)]);
    let toward = missing_toward(&result, Level::LabourExploitation);
    assert!(
        toward
            .iter()
            .any(|s| s.contains("Excessive working days or hours (strong)")),
        "{toward:?}"
    );
}

/// A routine inspection where every condition of work is in order.
#[test]
fn workers_with_lawful_conditions_show_no_indication() {
    let result = Vignette::delphi(Population::Adult)
        .rest_no(EX)
        .rest_no(CD)
        .screen();
    assert_eq!(result.level, Level::NoIndication);
    assert_statuses(&result, &[(EX, Negative), (CD, Negative)]);
    assert!(result.capabilities.is_empty());
    assert!(
        result.missing.iter().all(|m| m.blocked),
        "{:?}",
        result.missing
    );
}

/// Deceived by an agency about the job, but the work itself is lawful: deception without
/// exploitation places nothing on the continuum, though the reasoning shows it.
#[test]
fn a_worker_deceived_about_the_job_but_lawfully_employed_shows_no_indication() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["DR.nature_of_job", "DR.wages"])
        .rest_no(EX)
        .screen();
    assert_eq!(result.level, Level::NoIndication);
    assert_statuses(&result, &[(DR, Positive), (EX, Negative)]);
    assert!(
        result
            .reasoning
            .iter()
            .any(|s| s.starts_with("Deceptive recruitment is positive"))
    );
}

/// The ILO and the report on source countries (Latvia, Lithuania): men recruited from
/// homelessness and poverty, who did not know the job or the country, kept in a guarded
/// house near a car wash and told they owe for the journey.
#[test]
fn men_recruited_from_homelessness_into_a_car_wash_are_presumed_trafficked_through_recruitment_by_abuse_of_vulnerability()
 {
    let result = Vignette::delphi(Population::Adult)
        .yes(&[
            "RV.personal_situation",
            "RV.economic_reasons",
            "RV.lack_of_information",
        ])
        .yes(&["EX.excessive_hours", "EX.low_or_no_salary"])
        .yes(&["CD.isolation_confinement_surveillance", "CD.debt_bondage"])
        .screen();
    assert_eq!(result.level, Level::PresumedTrafficking);
    assert_statuses(
        &result,
        &[(RV, Positive), (DR, Open), (EX, Positive), (CD, Positive)],
    );
}

/// Report, Russia: labour migrants turn to their embassies "to be issued a new passport
/// when this has been taken from them". Builders whose passports the employer took and
/// whose wages are months late; nobody asked how they were recruited.
#[test]
fn construction_migrants_whose_passports_were_taken_are_in_forced_labour() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["CD.confiscation_of_documents", "CD.withholding_of_wages"])
        .yes(&["EX.excessive_hours", "EX.low_or_no_salary"])
        .screen();
    assert_eq!(result.level, Level::ForcedLabour);
    assert_statuses(
        &result,
        &[
            (CD, Positive),
            (EX, Positive),
            (DR, Open),
            (CR, Open),
            (RV, Open),
        ],
    );
}

/// The ILO on shipping: seafarers abandoned in a Baltic port — no wages for months, no
/// heating or food on board, the agent holds their documents and they may not go ashore.
/// They were recruited lawfully through a licensed agency.
#[test]
fn seafarers_abandoned_in_port_are_in_forced_labour_but_not_trafficked() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&[
            "EX.low_or_no_salary",
            "EX.bad_living_conditions",
            "EX.very_bad_working_conditions",
        ])
        .yes(&[
            "CD.withholding_of_wages",
            "CD.confiscation_of_documents",
            "CD.isolation_confinement_surveillance",
        ])
        .rest_no(DR)
        .rest_no(CR)
        .yes(&["RV.economic_reasons"])
        .rest_no(RV)
        .screen();
    assert_eq!(result.level, Level::ForcedLabour);
    assert_statuses(
        &result,
        &[
            (EX, Positive),
            (CD, Positive),
            (DR, Negative),
            (CR, Negative),
            (RV, Negative),
        ],
    );
    let toward: Vec<_> = result
        .missing
        .iter()
        .filter(|m| m.toward == Level::PresumedTrafficking)
        .collect();
    assert!(toward.iter().all(|m| m.blocked));
}

/// The brief's example: a first visit to a building site. Long days and low pay are
/// established; nothing about means at destination was asked yet.
#[test]
fn a_first_visit_says_to_ask_about_documents_debts_and_threats_next() {
    let result = Vignette::delphi(Population::Adult)
        .yes(&["EX.excessive_hours", "EX.low_or_no_salary"])
        .screen();
    assert_eq!(result.level, Level::LabourExploitation);
    let toward = missing_toward(&result, Level::ForcedLabour);
    assert_eq!(toward.len(), 1);
    let sentence = toward[0];
    assert!(
        sentence.contains("exploitative conditions of work is positive"),
        "{sentence}"
    );
    assert!(
        sentence.contains("not assessed yet — ask about documents, debts"),
        "{sentence}"
    );
    assert!(
        sentence.contains("Confiscation of documents (strong)")
            && sentence.contains("Debt bondage (strong)"),
        "{sentence}"
    );
}

/// The ILO forced-labour indicators at a farm: workers lured with a false wage, made to
/// work every day, threatened with the police and whose passports the farmer keeps.
#[test]
fn farm_workers_with_passports_kept_and_threats_are_in_forced_labour_on_the_ilo_indicators() {
    let result = Vignette::forced_labour()
        .yes(&[
            "deception",
            "excessive_overtime",
            "intimidation_and_threats",
            "retention_of_identity_documents",
        ])
        .screen();
    assert_eq!(result.level, Level::ForcedLabour);
    assert_statuses(
        &result,
        &[
            ("involuntariness", Positive),
            ("menace_of_penalty", Positive),
        ],
    );
    assert_eq!(result.instrument.id, ILO_FORCED_LABOUR_2012);
}

/// Overtime alone, with every sign of coercion answered "no": a labour-law matter on the
/// ILO forced-labour indicators.
#[test]
fn excessive_overtime_without_coercion_is_a_labour_law_case_on_the_ilo_indicators() {
    let result = Vignette::forced_labour()
        .yes(&["excessive_overtime"])
        .rest_no("menace_of_penalty")
        .screen();
    assert_eq!(result.level, Level::LabourLawViolation);
    assert_statuses(
        &result,
        &[
            ("involuntariness", Positive),
            ("menace_of_penalty", Negative),
        ],
    );
    assert!(result.missing.iter().all(|m| m.blocked));
}

/// A 15-year-old helping at a relative's market stall at weekends for little money; not
/// kept from school, no long hours, nothing dangerous.
#[test]
fn a_teenager_underpaid_at_a_market_stall_is_a_labour_law_case() {
    let result = Vignette::delphi(Population::Child)
        .yes(&["EX.low_or_no_salary"])
        .rest_no(EX)
        .screen();
    assert_eq!(result.level, Level::LabourLawViolation);
    assert_statuses(&result, &[(EX, Negative)]);
}

/// An answer to an indicator that is not on the child list is kept out, and said so.
#[test]
fn an_adult_only_indicator_is_left_out_of_a_child_screening() {
    let result = Vignette::delphi(Population::Child)
        .yes(&["EX.no_social_protection", "EX.excessive_hours"])
        .screen();
    assert_eq!(result.ignored_answers.len(), 1);
    assert_eq!(
        result.ignored_answers[0].as_str(),
        "exploitative_conditions.no_social_protection"
    );
    assert_eq!(result.status(EX), Some(Open));
    assert!(
        result
            .reasoning
            .iter()
            .any(|s| s.contains("not on the child list"))
    );
}

/// Who acts in Norway on the cleaner's case, and on a labour-law case: the atlas actors
/// whose mandates fit each level, with the report passage the mandate comes from.
#[test]
fn the_level_points_to_the_actors_of_the_country_with_the_mandate() {
    let atlas = opennrm_domain::atlas::Atlas::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let norway = atlas.country("NO").expect("Norway is in the atlas");

    let violation = opennrm_domain::screening::who_acts(norway, Level::LabourLawViolation);
    let inspectors: Vec<_> = violation
        .responders
        .iter()
        .filter(|r| r.capability == Capability::InspectWorkplaces)
        .collect();
    assert!(!inspectors.is_empty(), "{violation:?}");
    assert!(inspectors.iter().all(|r| !r.source.quote.is_empty()));
    assert!(violation.responders.iter().all(|r| {
        Level::LabourLawViolation
            .capabilities()
            .contains(&r.capability)
    }));

    let cleaner = Vignette::delphi(Population::Adult)
        .yes(&["EX.excessive_hours", "EX.low_or_no_salary"])
        .yes(&[
            "CD.threat_of_denunciation",
            "CD.withholding_of_wages",
            "CD.threat_of_worse_conditions",
        ])
        .screen();
    let forced = opennrm_domain::screening::who_acts(norway, cleaner.level);
    assert!(
        forced
            .responders
            .iter()
            .any(|r| r.capability == Capability::InvestigateCrime),
        "{forced:?}"
    );
    // Every capability the level calls for is either held by someone or reported as a gap.
    for c in cleaner.level.capabilities() {
        assert!(
            forced.responders.iter().any(|r| r.capability == *c) != forced.uncovered.contains(c)
        );
    }
}
