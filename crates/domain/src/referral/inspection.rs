//! Joint inspections: several agencies inspect one workplace together, each on its own
//! legal basis. The report finds them where cooperation works — in Denmark "Joint
//! inspections have taken place, where WEA, the Tax Administration, as well as the
//! National Police have participated", in Latvia they "are conducted by the State Border
//! Guard, the Office of Citizenship and Migration Affairs, and the Labour Inspectorate",
//! in Sweden WEA inspects with "the Police as well as Social Services" — and recommends
//! them as "one way of coordinating efforts as well as enhancing the understanding for
//! the work of other actors". Pure: which actors may take part, what the atlas learns from
//! a held inspection (a joint-inspection tie per pair, citing the inspection).

use crate::atlas::model::{Actor, ActorId, Cooperation, CountryAtlas, Source};
use crate::atlas::vocabulary::{CooperationKind, Sector, TieDirection, vocabulary};

vocabulary!(
    /// Where an inspection is: planned (findings and cases can be recorded on the day),
    /// closed (held; its cooperation is in the atlas).
    InspectionState { Planned, Closed }
);

/// The sectors whose actors inspect workplaces together in the report: labour
/// inspectorates, tax, police and border guards, immigration, trade unions, and the
/// municipalities' social services (Sweden).
pub const PARTICIPANT_SECTORS: &[Sector] = &[
    Sector::LabourInspection,
    Sector::Tax,
    Sector::Police,
    Sector::BorderGuard,
    Sector::Immigration,
    Sector::TradeUnion,
    Sector::Municipality,
];

/// An inspection is joint with two agencies or more; twelve is a raid, not an inspection.
pub const MIN_PARTICIPANTS: usize = 2;
pub const MAX_PARTICIPANTS: usize = 12;
/// The legal basis an agency inspects on ("the Working Environment Act § 76").
pub const MAX_LEGAL_BASIS_CHARS: usize = 300;

/// What an inspection asks of the atlas: its record name, used as `Source::record`.
pub fn record_of(reference: &str) -> String {
    format!("inspection:{reference}")
}

/// Actors of the country that can take part, in the atlas's order; groups ("Trade unions
/// (generic)") are left out, since a group cannot sign up to a date.
pub fn eligible(country: &CountryAtlas) -> impl Iterator<Item = &Actor> {
    country
        .actors
        .iter()
        .filter(|a| !a.group && PARTICIPANT_SECTORS.contains(&a.sector))
}

/// Why a list of participants is refused: (field, sentence).
pub fn check_participants(
    country: &CountryAtlas,
    participants: &[(ActorId, String)],
) -> Result<(), (&'static str, String)> {
    if !(MIN_PARTICIPANTS..=MAX_PARTICIPANTS).contains(&participants.len()) {
        return Err((
            "participants",
            format!(
                "a joint inspection has {MIN_PARTICIPANTS} to {MAX_PARTICIPANTS} participating agencies"
            ),
        ));
    }
    for (i, (id, basis)) in participants.iter().enumerate() {
        if participants[..i].iter().any(|(other, _)| other == id) {
            return Err(("participants", format!("{id} is listed twice")));
        }
        let Some(actor) = country.actor(id) else {
            return Err((
                "participants",
                format!("{id} is not an actor of {}", country.country.name),
            ));
        };
        if actor.group || !PARTICIPANT_SECTORS.contains(&actor.sector) {
            return Err((
                "participants",
                format!(
                    "{} does not inspect workplaces (the report's joint inspections bring together labour inspectorates, tax, police, border guards, immigration, trade unions and social services)",
                    actor.name
                ),
            ));
        }
        let basis = basis.trim();
        if basis.is_empty() {
            return Err((
                "legal_basis",
                format!("give the legal basis {} inspects on", actor.name),
            ));
        }
        if basis.chars().count() > MAX_LEGAL_BASIS_CHARS {
            return Err((
                "legal_basis",
                format!("at most {MAX_LEGAL_BASIS_CHARS} characters"),
            ));
        }
    }
    Ok(())
}

/// The source a held inspection gives the atlas: OpenNRM's summary of the record (who,
/// when, which sector), never a finding or a person.
pub fn source_of(reference: &str, date: &str, sector: &str, names: &[&str]) -> Source {
    let who = match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    };
    Source::of_record(
        format!("OpenNRM joint inspection {reference}"),
        format!("Joint inspection on {date} ({sector}) by {who}."),
        record_of(reference),
    )
}

/// Records a held inspection in the country's atlas: every pair of participants is tied
/// by joint inspection. A pair the atlas already ties so (from the report or an earlier
/// inspection) gets the inspection as one more source; another pair gets a new mutual tie.
/// Returns how many ties it added or extended; 0 when the inspection is already recorded
/// (a retried close changes nothing).
pub fn record_ties(country: &mut CountryAtlas, participants: &[ActorId], source: &Source) -> usize {
    let record = source.record.as_deref();
    let cites = |s: &Source| s.record.as_deref() == record;
    let mut changed = 0;
    for (i, a) in participants.iter().enumerate() {
        for b in &participants[i + 1..] {
            let existing = country.cooperation.iter_mut().find(|t| {
                t.kind == CooperationKind::JointInspection
                    && ((&t.from, &t.to) == (a, b) || (&t.from, &t.to) == (b, a))
            });
            match existing {
                Some(t) if cites(&t.source) || t.also.iter().any(cites) => {}
                Some(t) => {
                    t.also.push(source.clone());
                    changed += 1;
                }
                None => {
                    country.cooperation.push(Cooperation {
                        country: country.country.code.clone(),
                        from: a.clone(),
                        to: b.clone(),
                        kind: CooperationKind::JointInspection,
                        direction: TieDirection::Mutual,
                        reported_by: None,
                        note: Some(
                            "Recorded by OpenNRM from a joint inspection held by both.".into(),
                        ),
                        source: source.clone(),
                        also: Vec::new(),
                        read: Vec::new(),
                    });
                    changed += 1;
                }
            }
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;

    fn dk() -> CountryAtlas {
        Atlas::embedded()
            .expect("atlas")
            .country("DK")
            .expect("DK")
            .clone()
    }

    fn id(s: &str) -> ActorId {
        ActorId::parse(s).expect("id")
    }

    fn basis(ids: &[&str]) -> Vec<(ActorId, String)> {
        ids.iter().map(|i| (id(i), "its own act".into())).collect()
    }

    #[test]
    fn the_reports_danish_agencies_are_eligible_and_shelters_are_not() {
        let c = dk();
        let ids: Vec<&str> = eligible(&c).map(|a| a.id.as_str()).collect();
        for want in ["dk-wea", "dk-skat", "dk-national-police", "dk-3f"] {
            assert!(ids.contains(&want), "{want} missing from {ids:?}");
        }
        assert!(!ids.contains(&"dk-cmm") && !ids.contains(&"dk-trade-unions"));
        assert_eq!(
            check_participants(&c, &basis(&["dk-wea", "dk-skat", "dk-national-police"])),
            Ok(())
        );
        let refused = |ids: &[&str]| check_participants(&c, &basis(ids)).expect_err("refused").1;
        assert!(refused(&["dk-wea"]).contains("2 to 12"));
        assert!(refused(&["dk-wea", "dk-wea"]).contains("twice"));
        assert!(refused(&["dk-wea", "dk-cmm"]).contains("does not inspect"));
        assert!(refused(&["dk-wea", "se-wea"]).contains("not an actor of Denmark"));
        let mut no_basis = basis(&["dk-wea", "dk-skat"]);
        no_basis[1].1 = "  ".into();
        assert_eq!(
            check_participants(&c, &no_basis).expect_err("refused").0,
            "legal_basis"
        );
    }

    #[test]
    fn a_held_inspection_ties_every_pair_once_citing_itself() {
        let mut c = dk();
        let before = c.cooperation.len();
        let who = [
            id("dk-wea"),
            id("dk-skat"),
            id("dk-national-police"),
            id("dk-3f"),
        ];
        let src = source_of(
            "JI-DK-TEST",
            "2027-03-02",
            "construction",
            &["A", "B", "C", "D"],
        );
        assert_eq!(
            src.quote,
            "Joint inspection on 2027-03-02 (construction) by A, B, C and D."
        );
        // Six pairs: the report already ties WEA, the Tax Administration and the National
        // Police by joint inspection (three pairs, extended); the union's three are new.
        assert_eq!(record_ties(&mut c, &who, &src), 6);
        assert_eq!(c.cooperation.len(), before + 3);
        let cites = |t: &Cooperation| {
            t.source.record == src.record || t.also.iter().any(|s| s.record == src.record)
        };
        assert_eq!(c.cooperation.iter().filter(|t| cites(t)).count(), 6);
        let reported = c
            .cooperation
            .iter()
            .find(|t| (t.from.as_str(), t.to.as_str()) == ("dk-wea", "dk-skat"))
            .expect("the report's tie");
        assert!(
            reported.source.record.is_none(),
            "the report stays the first source"
        );
        // Recording it again changes nothing.
        let again = c.clone();
        assert_eq!(record_ties(&mut c, &who, &src), 0);
        assert_eq!(c, again);
    }
}
