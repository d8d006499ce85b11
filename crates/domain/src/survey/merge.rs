//! From answers to atlas facts. A respondent who answers for an atlas actor and ticks
//! cooperation partners proposes ties between the two; the coordinator reviews each
//! (accept with the kind of cooperation, possibly changing the one proposed — an edit,
//! recorded as such — or reject), and an accepted tie enters the atlas as a new revision
//! whose fact cites the survey response (`survey:<wave>/<position>/<question>`) beside the
//! report's quotes: a pair the atlas already ties in that kind gets the response as one
//! more source, any other pair a new tie.

use serde::Serialize;
use utoipa::ToSchema;

use super::questionnaire::{AnswerKind, Form};
use super::response::Answers;
use crate::atlas::vocabulary::{CooperationKind, TieDirection};
use crate::atlas::{ActorId, Cooperation, CountryAtlas, Source};

/// The kind a proposed tie carries until the reviewer says better: the answer names the
/// partner, not how the two cooperate (that is in its free text).
pub const PROPOSED_KIND: CooperationKind = CooperationKind::Other;

/// One tie an answer proposes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ProposedTie {
    /// The question it comes from.
    pub question: String,
    /// The respondent's actor.
    pub from: String,
    /// The partner ticked.
    pub to: String,
    /// The kinds in which the atlas already ties the two (either way).
    pub existing: Vec<CooperationKind>,
}

/// The ties `answers` propose for a respondent answering for `respondent`.
pub fn proposed_ties(
    country: &CountryAtlas,
    respondent: &ActorId,
    form: &Form,
    answers: &Answers,
) -> Vec<ProposedTie> {
    let mut out = Vec::new();
    for q in form
        .questions
        .iter()
        .filter(|q| q.answer == AnswerKind::Partners)
    {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        for partner in &a.choices {
            if partner == respondent.as_str()
                || country.actors.iter().all(|x| x.id.as_str() != partner)
            {
                continue;
            }
            let existing = country
                .cooperation
                .iter()
                .filter(|t| {
                    (t.from == *respondent && t.to.as_str() == partner)
                        || (t.to == *respondent && t.from.as_str() == partner)
                })
                .map(|t| t.kind)
                .collect();
            out.push(ProposedTie {
                question: q.id.clone(),
                from: respondent.to_string(),
                to: partner.clone(),
                existing,
            });
        }
    }
    out
}

/// The record a response's fact cites: `survey:DK-1/3/partners` (country and wave
/// number, the invitee's position, the question).
pub fn record_of(country: &str, wave: i64, position: i64, question: &str) -> String {
    format!("survey:{country}-{wave}/{position}/{question}")
}

/// The source of a fact from a survey response: OpenNRM's summary, not the answer's
/// words (they stay with the coordinator), and the record.
pub fn source_of(record: &str, wave_label: &str, respondent: &str, partner: &str) -> Source {
    Source::of_record(
        format!("OpenNRM survey, {wave_label}"),
        format!(
            "{respondent} named {partner} as a cooperation partner in the survey ({wave_label})."
        ),
        record.to_string(),
    )
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
    let cites = |s: &Source| s.record.as_deref() == record;
    let existing = country.cooperation.iter_mut().find(|t| {
        t.kind == kind && ((t.from == *from && t.to == *to) || (t.from == *to && t.to == *from))
    });
    match existing {
        Some(t) if cites(&t.source) || t.also.iter().any(cites) => false,
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
                note: Some("Recorded by OpenNRM from a survey response, reviewed by the national coordinator.".into()),
                source: source.clone(),
                also: Vec::new(),
                read: Vec::new(),
            });
            true
        }
    }
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
        let ties = proposed_ties(&dk, &f, form, &answers);
        assert_eq!(ties.len(), 2, "not a tie to itself: {ties:?}");
        assert_eq!(
            ties[0].existing,
            vec![CooperationKind::Membership],
            "the report ties 3F and CMM"
        );
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
}
