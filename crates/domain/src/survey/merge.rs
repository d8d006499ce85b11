//! From answers to atlas facts. A completed response proposes changes to facts:
//! a respondent who answers for an atlas actor proposes ties to the partners it ticks and
//! the mandates it ticks; any respondent proposes the national mechanisms it says exist.
//! The coordinator reviews each (accept — possibly in another kind of cooperation or
//! another grade of mechanism than proposed, an edit recorded as such — or reject), and
//! an accepted change enters the atlas as a new revision whose fact cites the survey
//! response (`survey:<CC>-<wave>/<position>/<question>`) beside the report's quotes. A
//! wave's limitation counts are reviewed as one proposal per alternative
//! (`survey:<CC>-<wave>/limitations/<alternative>`).
//!
//! Several responses can speak to one fact: they share a `group`, and a response that
//! answers the same question without naming the fact speaks against it (`speaks_against`)
//! — the review shows both sides. Accepting two responses for one fact gives one fact with
//! two sources; a reviewer's different reading (another kind of cooperation) becomes a
//! fact of its own and never overwrites the first.

use serde::Serialize;
use utoipa::ToSchema;

use super::questionnaire::{AnswerKind, Form};
use super::response::Answers;
use crate::atlas::vocabulary::{
    Capability, CooperationKind, Focus, LimitationCategory, MechanismKind, MechanismStatus,
    TieDirection, vocabulary,
};
use crate::atlas::{
    ActorId, Cooperation, CountryAtlas, FactId, Limitation, Mandate, Mechanism, Source,
};

/// The kind a proposed tie carries until the reviewer says better: the answer names the
/// partner, not how the two cooperate (that is in its free text).
pub const PROPOSED_KIND: CooperationKind = CooperationKind::Other;

/// The grade a mechanism a respondent says exists is proposed in; the reviewer may read
/// the answer as a functional equivalent instead (an edit).
pub const PROPOSED_STATUS: MechanismStatus = MechanismStatus::Formal;

vocabulary!(
    /// Which kind of atlas fact a response's proposal changes (a wave's limitation counts
    /// are proposals of the wave, not of one response).
    ProposalFact { Tie, Mandate, Mechanism }
);

/// One change an answer proposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Proposal {
    /// The question it comes from.
    pub question: String,
    pub fact: ProposalFact,
    /// The partner's actor id (tie), the capability (mandate) or the mechanism kind
    /// (mechanism).
    pub target: String,
    /// The respondent's actor (ties and mandates).
    pub actor: Option<String>,
    /// What the atlas holds now: the kinds in which it ties the two (tie), `held` or
    /// `denied` (mandate), the grades of the country's mechanisms of that kind (mechanism).
    pub existing: Vec<String>,
    /// The fact it is about: responses proposing the same fact share it.
    pub group: String,
}

fn answered<'a>(
    form: &'a Form,
    answers: &'a Answers,
    kind: AnswerKind,
) -> impl Iterator<Item = (&'a str, &'a [String])> {
    form.questions
        .iter()
        .filter(move |q| q.answer == kind)
        .filter_map(|q| {
            answers
                .get(&q.id)
                .map(|a| (q.id.as_str(), a.choices.as_slice()))
        })
        .filter(|(_, c)| !c.is_empty())
}

/// Each value once, in the order first seen.
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        if !out.iter().any(|x| x == v) {
            out.push(v.to_string());
        }
    }
    out
}

/// The group key of a tie: the same for either direction.
fn tie_group(a: &str, b: &str) -> String {
    let (x, y) = if a <= b { (a, b) } else { (b, a) };
    format!("tie:{x}|{y}")
}

/// The changes `answers` propose, for a respondent answering for `respondent` (an atlas
/// actor) or for an organisation the atlas does not hold (`None`: mechanisms only).
pub fn proposals(
    country: &CountryAtlas,
    respondent: Option<&ActorId>,
    form: &Form,
    answers: &Answers,
) -> Vec<Proposal> {
    let mut out = Vec::new();
    if let Some(r) = respondent {
        for (question, choices) in answered(form, answers, AnswerKind::Partners) {
            for partner in choices {
                if partner == r.as_str() || country.actors.iter().all(|x| x.id.as_str() != partner)
                {
                    continue;
                }
                let existing = distinct(
                    country
                        .cooperation
                        .iter()
                        .filter(|t| {
                            (t.from == *r && t.to.as_str() == partner)
                                || (t.to == *r && t.from.as_str() == partner)
                        })
                        .map(|t| t.kind.as_str()),
                );
                out.push(Proposal {
                    question: question.to_string(),
                    fact: ProposalFact::Tie,
                    target: partner.clone(),
                    actor: Some(r.to_string()),
                    existing,
                    group: tie_group(r.as_str(), partner),
                });
            }
        }
        let held = country
            .actor(r)
            .map(|a| a.mandates.as_slice())
            .unwrap_or_default();
        for (question, choices) in answered(form, answers, AnswerKind::Capabilities) {
            for c in choices.iter().filter_map(|c| c.parse::<Capability>().ok()) {
                let existing = distinct(
                    held.iter()
                        .filter(|m| m.capability == c)
                        .map(|m| if m.denied { "denied" } else { "held" }),
                );
                out.push(Proposal {
                    question: question.to_string(),
                    fact: ProposalFact::Mandate,
                    target: c.as_str().to_string(),
                    actor: Some(r.to_string()),
                    existing,
                    group: format!("mandate:{r}:{c}"),
                });
            }
        }
    }
    for (question, choices) in answered(form, answers, AnswerKind::Mechanisms) {
        for k in choices
            .iter()
            .filter_map(|c| c.parse::<MechanismKind>().ok())
        {
            let existing = distinct(
                country
                    .mechanisms
                    .iter()
                    .filter(|m| m.kind == k)
                    .map(|m| m.status.as_str()),
            );
            out.push(Proposal {
                question: question.to_string(),
                fact: ProposalFact::Mechanism,
                target: k.as_str().to_string(),
                actor: None,
                existing,
                group: format!("mechanism:{k}"),
            });
        }
    }
    out
}

/// Whether a response speaks against `p`: its respondent could have named the fact (an
/// end of the tie, the mandate's actor, anyone for a mechanism), answered the question
/// `p` comes from by ticking something, and did not tick it.
pub fn speaks_against(
    respondent: Option<&ActorId>,
    form: &Form,
    answers: &Answers,
    p: &Proposal,
) -> bool {
    let r = respondent.map(ActorId::as_str);
    let (kind, named) = match p.fact {
        ProposalFact::Tie => {
            let other = if r == p.actor.as_deref() {
                p.target.as_str()
            } else if r == Some(p.target.as_str()) {
                p.actor.as_deref().unwrap_or_default()
            } else {
                return false;
            };
            (AnswerKind::Partners, other)
        }
        ProposalFact::Mandate if r.is_some() && r == p.actor.as_deref() => {
            (AnswerKind::Capabilities, p.target.as_str())
        }
        ProposalFact::Mechanism => (AnswerKind::Mechanisms, p.target.as_str()),
        ProposalFact::Mandate => return false,
    };
    let mut any = false;
    for (_, choices) in answered(form, answers, kind) {
        any = true;
        if choices.iter().any(|c| c == named) {
            return false;
        }
    }
    any
}

/// The record a response's fact cites: `survey:DK-1/3/partners` (country and wave
/// number, the invitee's position, the question).
pub fn record_of(country: &str, wave: i64, position: i64, question: &str) -> String {
    format!("survey:{country}-{wave}/{position}/{question}")
}

/// The record a wave's count cites: `survey:DK-1/limitations/corruption`.
pub fn count_record_of(country: &str, wave: i64, question: &str, target: &str) -> String {
    format!("survey:{country}-{wave}/{question}/{target}")
}

/// The source of a fact from a survey: OpenNRM's one-line summary (`what`), never the
/// answer's words (they stay with the coordinator), and the record.
pub fn survey_source(record: &str, wave_label: &str, what: String) -> Source {
    Source::of_record(
        format!("OpenNRM survey, {wave_label}"),
        what,
        record.to_string(),
    )
}

/// The source of a tie from a survey response.
pub fn source_of(record: &str, wave_label: &str, respondent: &str, partner: &str) -> Source {
    survey_source(
        record,
        wave_label,
        format!(
            "{respondent} named {partner} as a cooperation partner in the survey ({wave_label})."
        ),
    )
}

/// A vocabulary value as words ("refer_victims" → "refer victims").
pub fn words(value: &str) -> String {
    value.replace('_', " ")
}

/// The English name of a mechanism kind, for a mechanism the survey adds.
pub fn mechanism_name(kind: MechanismKind) -> &'static str {
    match kind {
        MechanismKind::NationalCoordinator => "National coordinator",
        MechanismKind::NationalRapporteur => "National rapporteur",
        MechanismKind::LeadAgency => "Lead agency",
        MechanismKind::ReferralSystem => "Referral system",
        MechanismKind::Mou => "Memorandum of Understanding",
        MechanismKind::WorkingGroup => "Working group",
        MechanismKind::SpecialisedUnit => "Specialised unit",
        MechanismKind::Network => "Network",
        MechanismKind::NationalActionPlan => "National action plan",
        MechanismKind::LocalCoordinator => "Local coordinator",
    }
}

const REVIEWED: &str = "reviewed by the national coordinator";

/// The note on a fact a survey response added to the atlas.
fn recorded() -> String {
    format!("Recorded by OpenNRM from a survey response, {REVIEWED}.")
}

fn cites(facts: (&Source, &[Source]), record: Option<&str>) -> bool {
    std::iter::once(facts.0)
        .chain(facts.1)
        .any(|s| s.record.is_some() && s.record.as_deref() == record)
}

/// Adds the accepted tie: one more source on a tie of that kind between the two, or a
/// new tie reported by the respondent. False when the response is already cited there (a
/// retried acceptance changes nothing).
pub fn merge_tie(
    country: &mut CountryAtlas,
    from: &ActorId,
    to: &ActorId,
    kind: CooperationKind,
    source: &Source,
) -> bool {
    let record = source.record.as_deref();
    let existing = country.cooperation.iter_mut().find(|t| {
        t.kind == kind && ((t.from == *from && t.to == *to) || (t.from == *to && t.to == *from))
    });
    match existing {
        Some(t) if cites((&t.source, &t.also), record) => false,
        Some(t) => {
            t.also.push(source.clone());
            true
        }
        None => {
            country.cooperation.push(Cooperation {
                country: country.country.code.clone(),
                from: from.clone(),
                to: to.clone(),
                kind,
                direction: TieDirection::Mutual,
                reported_by: Some(from.clone()),
                note: Some(recorded()),
                source: source.clone(),
                also: Vec::new(),
                read: Vec::new(),
            });
            true
        }
    }
}

/// Adds the accepted mandate to `actor`: one more source on a mandate held in that
/// capability; a mandate the report states as denied becomes held, its quote kept beside
/// the response's (and the note says so); otherwise a new mandate.
pub fn merge_mandate(
    country: &mut CountryAtlas,
    actor: &ActorId,
    capability: Capability,
    source: &Source,
) -> bool {
    let record = source.record.as_deref();
    let Some(a) = country.actors.iter_mut().find(|a| a.id == *actor) else {
        return false;
    };
    if a.mandates
        .iter()
        .any(|m| m.capability == capability && cites((&m.source, &m.also), record))
    {
        return false;
    }
    if let Some(m) = a
        .mandates
        .iter_mut()
        .find(|m| m.capability == capability && !m.denied)
    {
        m.also.push(source.clone());
    } else if let Some(m) = a
        .mandates
        .iter_mut()
        .find(|m| m.capability == capability && m.denied)
    {
        let old = std::mem::replace(&mut m.source, source.clone());
        m.also.insert(0, old);
        m.denied = false;
        m.note = Some(format!(
            "The report (2013) states that the actor lacked this mandate; a later survey response states that it holds it ({REVIEWED}). The report's quote is kept beside it."
        ));
    } else {
        a.mandates.push(Mandate {
            capability,
            denied: false,
            scope: None,
            labour_mandate: None,
            note: Some(recorded()),
            source: source.clone(),
            also: Vec::new(),
            read: Vec::new(),
        });
    }
    true
}

/// Adds the accepted mechanism: one more source on a mechanism of that kind in place; a
/// mechanism the report records as absent or expired takes the reviewed grade, its quote
/// kept beside the response's (the note says what the report found); otherwise a new
/// mechanism named by its kind.
pub fn merge_mechanism(
    country: &mut CountryAtlas,
    kind: MechanismKind,
    status: MechanismStatus,
    source: &Source,
) -> bool {
    let record = source.record.as_deref();
    if country
        .mechanisms
        .iter()
        .any(|m| m.kind == kind && cites((&m.source, &m.also), record))
    {
        return false;
    }
    if let Some(m) = country
        .mechanisms
        .iter_mut()
        .find(|m| m.kind == kind && m.status.is_in_place())
    {
        m.also.push(source.clone());
    } else if let Some(m) = country.mechanisms.iter_mut().find(|m| m.kind == kind) {
        let found = words(m.status.as_str());
        let old = std::mem::replace(&mut m.source, source.clone());
        m.also.insert(0, old);
        m.status = status;
        m.note = Some(format!(
            "Recorded as {found} by the report (2013); a later survey response states that it exists ({REVIEWED}). The report's quote is kept beside it."
        ));
    } else {
        let cc = country.country.code.as_str().to_lowercase();
        let base = format!("{cc}-{}-survey", kind.as_str().replace('_', "-"));
        let taken = |id: &str| country.mechanisms.iter().any(|m| m.id.as_str() == id);
        let id = std::iter::once(base.clone())
            .chain((2..).map(|n| format!("{base}-{n}")))
            .find(|id| !taken(id))
            .unwrap_or(base);
        let Ok(id) = FactId::parse(&id) else {
            return false;
        };
        country.mechanisms.push(Mechanism {
            id,
            country: country.country.code.clone(),
            kind,
            name: mechanism_name(kind).to_string(),
            status,
            holder: None,
            members: Vec::new(),
            year: None,
            frequency: None,
            focus: Focus::Unclear,
            note: Some(format!(
                "Not recorded by the report (2013); recorded by OpenNRM from a survey response, {REVIEWED}."
            )),
            source: source.clone(),
            also: Vec::new(),
            read: Vec::new(),
        });
    }
    true
}

/// Adds a wave's accepted count for one limitation alternative as a limitation of its
/// own (a category can hold several: the report's counts stay as they are).
pub fn merge_limitation(
    country: &mut CountryAtlas,
    category: LimitationCategory,
    respondents: i64,
    note: String,
    source: &Source,
) -> bool {
    let record = source.record.as_deref();
    if country
        .limitations
        .iter()
        .any(|l| cites((&l.source, &l.also), record))
    {
        return false;
    }
    country.limitations.push(Limitation {
        category,
        respondents: Some(respondents),
        note: Some(note),
        source: source.clone(),
        also: Vec::new(),
        read: Vec::new(),
    });
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;
    use crate::survey::{Answer, FormKind, embedded_questionnaires};

    #[test]
    fn ticked_partners_become_ties_that_cite_the_response_once() {
        let mut dk = Atlas::embedded()
            .expect("atlas")
            .country("DK")
            .expect("DK")
            .clone();
        let form = embedded_questionnaires().expect("q")[0]
            .form(FormKind::Full)
            .expect("full");
        let mut answers = Answers::new();
        answers.insert(
            "partners".into(),
            Answer {
                choices: vec!["dk-cmm".into(), "dk-dis".into(), "dk-3f".into()],
                ..Answer::default()
            },
        );
        let f = ActorId::parse("dk-3f").expect("id");
        let ties = proposals(&dk, Some(&f), form, &answers);
        assert_eq!(ties.len(), 2, "not a tie to itself: {ties:?}");
        assert_eq!(
            ties[0].existing,
            vec!["membership"],
            "the report ties 3F and CMM"
        );
        assert_eq!(ties[0].group, "tie:dk-3f|dk-cmm");
        assert!(ties[1].existing.is_empty());
        let dis = ActorId::parse("dk-dis").expect("id");
        let record = record_of("DK", 1, 1, "partners");
        let source = source_of(&record, "2027 update", "3F", "Danish Immigration Service");
        let before = dk.cooperation.len();
        assert!(merge_tie(
            &mut dk,
            &f,
            &dis,
            CooperationKind::InformationExchange,
            &source
        ));
        assert_eq!(dk.cooperation.len(), before + 1);
        assert!(
            !merge_tie(
                &mut dk,
                &f,
                &dis,
                CooperationKind::InformationExchange,
                &source
            ),
            "once"
        );
        // An existing tie of that kind gets the response as one more source.
        let cmm = ActorId::parse("dk-cmm").expect("id");
        assert!(merge_tie(
            &mut dk,
            &f,
            &cmm,
            CooperationKind::Membership,
            &source
        ));
        assert_eq!(dk.cooperation.len(), before + 1);
        let t = dk
            .cooperation
            .iter()
            .find(|t| t.kind == CooperationKind::Membership && t.to == cmm)
            .expect("tie");
        assert!(
            t.source.record.is_none()
                && t.also
                    .iter()
                    .any(|s| s.record.as_deref() == Some(record.as_str())),
            "the report stays the first source"
        );
    }

    #[test]
    fn two_respondents_naming_one_pair_merge_into_one_tie_and_a_conflicting_kind_stays_apart() {
        let mut dk = Atlas::embedded()
            .expect("atlas")
            .country("DK")
            .expect("DK")
            .clone();
        let (f, dis) = (
            ActorId::parse("dk-3f").expect("id"),
            ActorId::parse("dk-dis").expect("id"),
        );
        let before = dk.cooperation.len();
        // 3F names DIS, and DIS names 3F: the same pair, the same kind accepted twice.
        let first = source_of(
            &record_of("DK", 1, 1, "partners"),
            "2027 update",
            "3F",
            "Danish Immigration Service",
        );
        let second = source_of(
            &record_of("DK", 1, 4, "partners"),
            "2027 update",
            "Danish Immigration Service",
            "3F",
        );
        assert!(merge_tie(
            &mut dk,
            &f,
            &dis,
            CooperationKind::InformationExchange,
            &first
        ));
        assert!(merge_tie(
            &mut dk,
            &dis,
            &f,
            CooperationKind::InformationExchange,
            &second
        ));
        assert_eq!(dk.cooperation.len(), before + 1, "one tie, not two");
        let t = dk.cooperation.last().expect("tie");
        assert_eq!(
            (t.source.record.as_deref(), t.also.len()),
            (Some("survey:DK-1/1/partners"), 1),
            "the second response is its second source"
        );
        // A reviewer who reads a third answer as another kind of cooperation records it as
        // a tie of that kind: the two readings stay side by side, neither overwrites the other.
        let third = source_of(
            &record_of("DK", 1, 5, "partners"),
            "2027 update",
            "3F",
            "Danish Immigration Service",
        );
        assert!(merge_tie(
            &mut dk,
            &f,
            &dis,
            CooperationKind::Referral,
            &third
        ));
        assert_eq!(dk.cooperation.len(), before + 2);
        assert!(
            dk.cooperation
                .iter()
                .any(|t| t.kind == CooperationKind::InformationExchange && t.also.len() == 1)
        );
    }

    fn country(code: &str) -> CountryAtlas {
        Atlas::embedded()
            .expect("atlas")
            .country(code)
            .expect("country")
            .clone()
    }

    fn ticked(question: &str, choices: &[&str]) -> Answers {
        let mut answers = Answers::new();
        answers.insert(
            question.into(),
            Answer {
                choices: choices.iter().map(|c| c.to_string()).collect(),
                ..Answer::default()
            },
        );
        answers
    }

    #[test]
    fn a_mechanism_the_report_found_absent_becomes_in_place_with_both_sources() {
        // Finland: the report records no MoU ("absent"); a 2027 respondent says one exists.
        let mut fi = country("FI");
        let form = embedded_questionnaires().expect("q")[0]
            .form(FormKind::Full)
            .expect("full");
        let answers = ticked("mechanisms", &["mou", "local_coordinator"]);
        let ps = proposals(&fi, None, form, &answers);
        assert_eq!(
            ps.iter()
                .map(|p| (p.target.as_str(), p.existing.clone()))
                .collect::<Vec<_>>(),
            vec![
                ("mou", vec!["absent".to_string()]),
                ("local_coordinator", vec![])
            ],
            "a respondent outside the atlas proposes mechanisms only"
        );
        let before = fi
            .mechanisms
            .iter()
            .find(|m| m.kind == MechanismKind::Mou)
            .expect("the report's MoU")
            .clone();
        let record = record_of("FI", 1, 2, "mechanisms");
        let source = survey_source(&record, "2027 wave", "X stated that an MoU exists.".into());
        assert!(merge_mechanism(
            &mut fi,
            MechanismKind::Mou,
            MechanismStatus::Formal,
            &source
        ));
        let after = fi
            .mechanisms
            .iter()
            .find(|m| m.id == before.id)
            .expect("the same fact");
        assert_eq!(after.status, MechanismStatus::Formal);
        assert_eq!(after.source.record.as_deref(), Some(record.as_str()));
        assert_eq!(
            after.also[0], before.source,
            "the report's quote stays beside it"
        );
        assert!(after.note.as_deref().is_some_and(|n| n.contains("absent")));
        assert!(
            !merge_mechanism(
                &mut fi,
                MechanismKind::Mou,
                MechanismStatus::Formal,
                &source
            ),
            "once"
        );
        // A kind the report does not record at all becomes a new mechanism.
        let n = fi.mechanisms.len();
        let other = survey_source(
            &record_of("FI", 1, 3, "mechanisms"),
            "2027 wave",
            "Y.".into(),
        );
        assert!(merge_mechanism(
            &mut fi,
            MechanismKind::LocalCoordinator,
            MechanismStatus::FunctionalEquivalent,
            &other
        ));
        assert_eq!(fi.mechanisms.len(), n + 1);
        let added = fi.mechanisms.last().expect("added");
        assert_eq!(
            (added.id.as_str(), added.status),
            (
                "fi-local-coordinator-survey",
                MechanismStatus::FunctionalEquivalent
            )
        );
    }

    #[test]
    fn a_ticked_mandate_is_added_or_confirmed_and_a_denied_one_changes_with_its_quote_kept() {
        let mut dk = country("DK");
        let form = embedded_questionnaires().expect("q")[0]
            .form(FormKind::Full)
            .expect("full");
        let wea = ActorId::parse("dk-wea").expect("id");
        let answers = ticked("mandates", &["inspect_workplaces", "training"]);
        let ps = proposals(&dk, Some(&wea), form, &answers);
        let inspect = ps
            .iter()
            .find(|p| p.target == "inspect_workplaces")
            .expect("proposed");
        assert_eq!(
            inspect.existing,
            vec!["held", "denied"],
            "WEA holds it for safety, not for wages"
        );
        let count = |c: &CountryAtlas| c.actor(&wea).expect("wea").mandates.len();
        let n = count(&dk);
        let s1 = survey_source(&record_of("DK", 1, 1, "mandates"), "w", "a".into());
        assert!(merge_mandate(
            &mut dk,
            &wea,
            Capability::InspectWorkplaces,
            &s1
        ));
        assert_eq!(count(&dk), n, "confirmed, not added");
        assert!(merge_mandate(&mut dk, &wea, Capability::Training, &s1));
        assert_eq!(count(&dk), n + 1);
        assert!(
            !merge_mandate(&mut dk, &wea, Capability::Training, &s1),
            "once"
        );
        // A mandate the report states as denied, and nothing held beside it.
        let m = &mut dk
            .actors
            .iter_mut()
            .find(|a| a.id == wea)
            .expect("wea")
            .mandates;
        m.retain(|m| m.capability != Capability::InspectWorkplaces || m.denied);
        let denied = m
            .iter()
            .find(|m| m.capability == Capability::InspectWorkplaces)
            .expect("denied")
            .source
            .clone();
        let s2 = survey_source(&record_of("DK", 1, 2, "mandates"), "w", "b".into());
        assert!(merge_mandate(
            &mut dk,
            &wea,
            Capability::InspectWorkplaces,
            &s2
        ));
        let now = dk
            .actor(&wea)
            .expect("wea")
            .mandates
            .iter()
            .find(|m| m.capability == Capability::InspectWorkplaces)
            .expect("mandate");
        assert!(!now.denied && now.also[0] == denied && now.source == s2);
    }

    #[test]
    fn a_response_that_answers_without_naming_a_fact_speaks_against_it() {
        let dk = country("DK");
        let form = embedded_questionnaires().expect("q")[0]
            .form(FormKind::Full)
            .expect("full");
        let (f, cmm) = (
            ActorId::parse("dk-3f").expect("id"),
            ActorId::parse("dk-cmm").expect("id"),
        );
        let mut a = ticked("partners", &["dk-cmm"]);
        a.extend(ticked("mechanisms", &["national_rapporteur"]));
        let ps = proposals(&dk, Some(&f), form, &a);
        let tie = ps
            .iter()
            .find(|p| p.fact == ProposalFact::Tie)
            .expect("tie");
        let rapporteur = ps
            .iter()
            .find(|p| p.fact == ProposalFact::Mechanism)
            .expect("mechanism");
        // CMM answers both questions without naming 3F or a rapporteur.
        let b = {
            let mut b = ticked("partners", &["dk-dis"]);
            b.extend(ticked("mechanisms", &["mou"]));
            b
        };
        assert!(speaks_against(Some(&cmm), form, &b, tie));
        assert!(speaks_against(Some(&cmm), form, &b, rapporteur));
        // Naming it is support, not dissent; not answering is silence.
        let c = ticked("partners", &["dk-3f"]);
        assert!(!speaks_against(Some(&cmm), form, &c, tie));
        assert!(!speaks_against(Some(&cmm), form, &c, rapporteur));
        // A third actor cannot speak to the tie between 3F and CMM.
        let dis = ActorId::parse("dk-dis").expect("id");
        assert!(!speaks_against(Some(&dis), form, &b, tie));
        // A wave's count is a limitation of its own, added once.
        let mut dk2 = dk.clone();
        let src = survey_source(
            &count_record_of("DK", 1, "limitations", "corruption"),
            "w",
            "2 of 3".into(),
        );
        assert!(merge_limitation(
            &mut dk2,
            LimitationCategory::Corruption,
            2,
            "n".into(),
            &src
        ));
        assert!(!merge_limitation(
            &mut dk2,
            LimitationCategory::Corruption,
            2,
            "n".into(),
            &src
        ));
        assert_eq!(dk2.limitations.len(), dk.limitations.len() + 1);
        assert_eq!(
            dk2.limitations.last().map(|x| (x.category, x.respondents)),
            Some((LimitationCategory::Corruption, Some(2)))
        );
    }
}
