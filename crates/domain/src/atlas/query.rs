//! Questions asked of the atlas by pages, the API and the CLI. Pure functions over
//! `Atlas`, so every interface answers the same question the same way.

use serde::Serialize;

use super::Atlas;
use super::model::*;
use super::vocabulary::*;

/// Filters for actor search; every field is optional and they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorFilter {
    pub country: Option<CountryCode>,
    pub sector: Option<Sector>,
    pub capability: Option<Capability>,
    pub study_status: Option<StudyStatus>,
    /// Text matched, ignoring case and accents, against name, native name, acronym and aliases.
    pub text: Option<String>,
}

impl ActorFilter {
    pub fn is_empty(&self) -> bool {
        *self == ActorFilter::default()
    }
}

/// An actor found by a search, with the mandates that made it match a capability filter.
#[derive(Debug, Clone, Serialize)]
pub struct ActorHit<'a> {
    pub country: &'a Country,
    pub actor: &'a Actor,
    pub matching_mandates: Vec<&'a Mandate>,
}

/// Case- and accent-insensitive form for matching: "Udlændingestyrelsen" is found by
/// "udlaendingestyrelsen", "Alþýðusamband" by "althydusamband", "Россия" by "rossiia".
/// Both the query and the names are folded, so typing the accents works too.
fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

fn text_matches(actor: &Actor, needle: &str) -> bool {
    let fields = std::iter::once(actor.name.as_str())
        .chain(actor.native_name.as_deref())
        .chain(actor.acronym.as_deref())
        .chain(actor.aliases.iter().map(String::as_str));
    // Every word must appear somewhere: "labour inspectorate estonia" style queries work.
    let hay: String = fields.map(fold).collect::<Vec<_>>().join(" \u{1f} ");
    needle.split_whitespace().all(|w| hay.contains(&fold(w)))
}

/// "Who determines victim status in Denmark?" = `capability = determine_victim_status, country = DK`.
pub fn find_actors<'a>(atlas: &'a Atlas, filter: &ActorFilter) -> Vec<ActorHit<'a>> {
    let needle = filter
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let mut hits = Vec::new();
    for c in &atlas.countries {
        if filter
            .country
            .as_ref()
            .is_some_and(|code| *code != c.country.code)
        {
            continue;
        }
        for a in &c.actors {
            if filter.sector.is_some_and(|s| s != a.sector)
                || filter.study_status.is_some_and(|s| s != a.study_status)
            {
                continue;
            }
            if needle.is_some_and(|n| !text_matches(a, n)) {
                continue;
            }
            let matching_mandates: Vec<&Mandate> = match filter.capability {
                // A denied mandate ("may not inspect wages") is never a match: the actor
                // does not hold the capability.
                Some(cap) => a
                    .mandates
                    .iter()
                    .filter(|m| m.capability == cap && m.is_held())
                    .collect(),
                None => Vec::new(),
            };
            if filter.capability.is_some() && matching_mandates.is_empty() {
                continue;
            }
            hits.push(ActorHit {
                country: &c.country,
                actor: a,
                matching_mandates,
            });
        }
    }
    hits
}

/// What the atlas records about one mechanism kind in one country: the strongest grade
/// of its mechanisms of that kind, or that the report says nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MechanismState {
    /// At least one mechanism of this kind is a post or body so named.
    Formal,
    /// None is formal, but one works as such ("comes closest to", "a coordinating role").
    FunctionalEquivalent,
    /// The only ones recorded have ended (an action plan whose period is over).
    Expired,
    /// The report records that there is none.
    Absent,
    /// The report says nothing either way.
    NotRecorded,
}

impl MechanismState {
    pub fn as_str(self) -> &'static str {
        match self {
            MechanismState::Formal => "formal",
            MechanismState::FunctionalEquivalent => "functional_equivalent",
            MechanismState::Expired => "expired",
            MechanismState::Absent => "absent",
            MechanismState::NotRecorded => "not_recorded",
        }
    }
    /// The sign the matrix and the reports show for the state.
    pub fn symbol(self) -> &'static str {
        match self {
            MechanismState::Formal => "✓",
            MechanismState::FunctionalEquivalent => "≈",
            MechanismState::Expired => "○",
            MechanismState::Absent => "✗",
            MechanismState::NotRecorded => "–",
        }
    }
    /// Strength order: a formal mechanism outweighs a functional equivalent, which
    /// outweighs an expired one, which outweighs a recorded absence.
    fn rank(self) -> u8 {
        match self {
            MechanismState::Formal => 4,
            MechanismState::FunctionalEquivalent => 3,
            MechanismState::Expired => 2,
            MechanismState::Absent => 1,
            MechanismState::NotRecorded => 0,
        }
    }
    /// Every state, strongest first (the order of the home page's legend).
    pub fn all() -> [MechanismState; 5] {
        [
            MechanismState::Formal,
            MechanismState::FunctionalEquivalent,
            MechanismState::Expired,
            MechanismState::Absent,
            MechanismState::NotRecorded,
        ]
    }
}

impl From<MechanismStatus> for MechanismState {
    fn from(s: MechanismStatus) -> MechanismState {
        match s {
            MechanismStatus::Formal => MechanismState::Formal,
            MechanismStatus::FunctionalEquivalent => MechanismState::FunctionalEquivalent,
            MechanismStatus::Expired => MechanismState::Expired,
            MechanismStatus::Absent => MechanismState::Absent,
        }
    }
}

/// One cell per mechanism kind for a country, in vocabulary order (the home page's glance).
pub fn mechanism_states(country: &CountryAtlas) -> Vec<(MechanismKind, MechanismState)> {
    MechanismKind::all()
        .map(|kind| {
            let state = country
                .mechanisms
                .iter()
                .filter(|m| m.kind == kind)
                .map(|m| MechanismState::from(m.status))
                .max_by_key(|s| s.rank())
                .unwrap_or(MechanismState::NotRecorded);
            (kind, state)
        })
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MechanismFilter {
    pub country: Option<CountryCode>,
    pub kind: Option<MechanismKind>,
    pub status: Option<MechanismStatus>,
}

pub fn find_mechanisms<'a>(atlas: &'a Atlas, f: &MechanismFilter) -> Vec<&'a Mechanism> {
    atlas
        .countries
        .iter()
        .filter(|c| {
            f.country
                .as_ref()
                .is_none_or(|code| *code == c.country.code)
        })
        .flat_map(|c| &c.mechanisms)
        .filter(|m| f.kind.is_none_or(|k| k == m.kind) && f.status.is_none_or(|s| s == m.status))
        .collect()
}

/// The documents that grant or regulate `capability` (in `country`, if given): "who
/// grants a reflection period" is answered by mandates *and* by laws and regulations
/// (Norway's reflection period is a regulation, Finland's a mandate).
pub fn documents_governing<'a>(
    atlas: &'a Atlas,
    capability: Capability,
    country: Option<&CountryCode>,
) -> Vec<(&'a CountryAtlas, &'a Document)> {
    atlas
        .countries
        .iter()
        .filter(|c| country.is_none_or(|code| *code == c.country.code))
        .flat_map(|c| c.documents.iter().map(move |d| (c, d)))
        .filter(|(_, d)| d.capabilities.contains(&capability))
        .collect()
}

/// The recommendations that address `country` (its chapter's, and the report-wide ones
/// naming it or all countries) and `sector` (naming it among the kinds of actors they
/// address), report-wide first.
pub fn recommendations<'a>(
    atlas: &'a Atlas,
    country: Option<&CountryCode>,
    sector: Option<Sector>,
) -> Vec<&'a Recommendation> {
    atlas
        .report
        .recommendations
        .iter()
        .chain(atlas.countries.iter().flat_map(|c| &c.recommendations))
        .filter(|r| country.is_none_or(|c| r.countries.is_empty() || r.countries.contains(c)))
        .filter(|r| sector.is_none_or(|s| r.addresses.contains(&s)))
        .collect()
}

/// "Which country has the oldest action plan?": the mechanisms of `kind` with a year,
/// oldest first (ties in file order), whatever their status (an expired plan is old too).
pub fn oldest_mechanisms(atlas: &Atlas, kind: MechanismKind) -> Vec<&Mechanism> {
    let mut found: Vec<&Mechanism> = atlas
        .countries
        .iter()
        .flat_map(|c| &c.mechanisms)
        .filter(|m| m.kind == kind && m.year.is_some())
        .collect();
    found.sort_by_key(|m| m.year);
    found
}

/// The actors who hold `capability` in one country, with the held mandate; denied
/// mandates are left out (the actor does *not* hold it).
pub fn holders(country: &CountryAtlas, capability: Capability) -> Vec<(&Actor, &Mandate)> {
    country
        .actors
        .iter()
        .flat_map(|a| a.mandates.iter().map(move |m| (a, m)))
        .filter(|(_, m)| m.capability == capability && m.is_held())
        .collect()
}

/// The mandates the report says an actor lacks, each with its actor.
pub fn denied_mandates(country: &CountryAtlas) -> Vec<(&Actor, &Mandate)> {
    country
        .actors
        .iter()
        .flat_map(|a| a.mandates.iter().map(move |m| (a, m)))
        .filter(|(_, m)| m.denied)
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CooperationFilter {
    pub country: Option<CountryCode>,
    pub kind: Option<CooperationKind>,
    /// Ties where this actor is either end.
    pub actor: Option<ActorId>,
    /// One end of this sector and study status, the other of `other_*` ("trade union →
    /// labour inspectorate"); a mutual tie matches either way round, a one-way tie only
    /// from this end to the other.
    pub sector: Option<Sector>,
    pub study_status: Option<StudyStatus>,
    pub other_sector: Option<Sector>,
    pub other_study_status: Option<StudyStatus>,
}

/// A tie with both of its ends, as the API answers "which ties join a trade union and a
/// labour inspectorate".
pub struct TieEnds<'a> {
    pub tie: &'a Cooperation,
    pub from: &'a Actor,
    pub to: &'a Actor,
}

pub fn find_cooperation<'a>(atlas: &'a Atlas, f: &CooperationFilter) -> Vec<TieEnds<'a>> {
    let fits = |a: &Actor, sector: Option<Sector>, status: Option<StudyStatus>| {
        sector.is_none_or(|s| s == a.sector) && status.is_none_or(|s| s == a.study_status)
    };
    atlas
        .countries
        .iter()
        .filter(|c| {
            f.country
                .as_ref()
                .is_none_or(|code| *code == c.country.code)
        })
        .flat_map(|c| {
            c.cooperation.iter().filter_map(move |t| {
                Some(TieEnds {
                    tie: t,
                    from: c.actor(&t.from)?,
                    to: c.actor(&t.to)?,
                })
            })
        })
        .filter(|e| f.kind.is_none_or(|k| k == e.tie.kind))
        .filter(|e| {
            f.actor
                .as_ref()
                .is_none_or(|a| *a == e.tie.from || *a == e.tie.to)
        })
        .filter(|e| {
            let forward = fits(e.from, f.sector, f.study_status)
                && fits(e.to, f.other_sector, f.other_study_status);
            let backward = e.tie.direction == TieDirection::Mutual
                && fits(e.to, f.sector, f.study_status)
                && fits(e.from, f.other_sector, f.other_study_status);
            forward || backward
        })
        .collect()
}

/// Everything the actor page shows besides the actor itself.
pub struct ActorRelations<'a> {
    pub outgoing: Vec<(&'a Cooperation, &'a Actor)>,
    pub incoming: Vec<(&'a Cooperation, &'a Actor)>,
    pub holds: Vec<&'a Mechanism>,
    pub member_of: Vec<&'a Mechanism>,
    pub parent: Option<&'a Actor>,
    pub children: Vec<&'a Actor>,
}

pub fn actor_relations<'a>(country: &'a CountryAtlas, actor: &Actor) -> ActorRelations<'a> {
    let find = |id: &ActorId| country.actor(id);
    ActorRelations {
        outgoing: country
            .cooperation
            .iter()
            .filter(|t| t.from == actor.id)
            .filter_map(|t| find(&t.to).map(|a| (t, a)))
            .collect(),
        incoming: country
            .cooperation
            .iter()
            .filter(|t| t.to == actor.id)
            .filter_map(|t| find(&t.from).map(|a| (t, a)))
            .collect(),
        holds: country
            .mechanisms
            .iter()
            .filter(|m| m.holder.as_ref() == Some(&actor.id))
            .collect(),
        member_of: country
            .mechanisms
            .iter()
            .filter(|m| m.members.contains(&actor.id))
            .collect(),
        parent: actor.parent.as_ref().and_then(find),
        children: country
            .actors
            .iter()
            .filter(|a| a.parent.as_ref() == Some(&actor.id))
            .collect(),
    }
}

/// Actors of a country grouped by sector, sectors in vocabulary order, empty ones left out.
pub fn actors_by_sector(country: &CountryAtlas) -> Vec<(Sector, Vec<&Actor>)> {
    Sector::all()
        .filter_map(|s| {
            let mut of: Vec<&Actor> = country.actors.iter().filter(|a| a.sector == s).collect();
            of.sort_by_key(|a| a.name.to_lowercase());
            (!of.is_empty()).then_some((s, of))
        })
        .collect()
}

/// Per-country totals shown on the home page and in the closing notes.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct CountryCounts {
    pub actors: usize,
    /// Mandates held (denied ones are in `denied_mandates`).
    pub mandates: usize,
    pub denied_mandates: usize,
    pub cooperation: usize,
    pub mechanisms: usize,
    pub limitations: usize,
    pub documents: usize,
    /// Questionnaires sent, as the respondents list them (declined and unanswered included).
    pub respondents: usize,
    /// Respondents that completed the full or the alternative questionnaire.
    pub completed: usize,
    pub recommendations: usize,
}

pub fn counts(c: &CountryAtlas) -> CountryCounts {
    CountryCounts {
        actors: c.actors.len(),
        mandates: c.mandate_count(),
        denied_mandates: c.denied_mandate_count(),
        cooperation: c.cooperation.len(),
        mechanisms: c.mechanisms.len(),
        limitations: c.limitations.len(),
        documents: c.documents.len(),
        respondents: c.respondents.len(),
        completed: c
            .respondents
            .iter()
            .filter(|r| r.form.is_completed())
            .count(),
        recommendations: c.recommendations.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atlas() -> Atlas {
        Atlas::embedded().unwrap_or_else(|e| panic!("embedded atlas: {e:?}"))
    }

    #[test]
    fn a_denied_mandate_is_never_a_holder_nor_a_search_match() {
        let atlas = atlas();
        let mut denied_seen = 0;
        for c in &atlas.countries {
            for cap in Capability::all() {
                for (a, m) in holders(c, cap) {
                    assert!(!m.denied, "{} holds a denied {cap}", a.id);
                }
                let filter = ActorFilter {
                    country: Some(c.country.code.clone()),
                    capability: Some(cap),
                    ..ActorFilter::default()
                };
                for hit in find_actors(&atlas, &filter) {
                    assert!(!hit.matching_mandates.is_empty());
                    assert!(hit.matching_mandates.iter().all(|m| m.is_held()));
                }
            }
            for (a, m) in denied_mandates(c) {
                denied_seen += 1;
                // An actor with only the denied mandate for a capability is not found by it.
                let holds_it = a
                    .mandates
                    .iter()
                    .any(|h| h.capability == m.capability && h.is_held());
                let found = holders(c, m.capability).iter().any(|(h, _)| h.id == a.id);
                assert_eq!(found, holds_it, "{} {}", a.id, m.capability);
            }
        }
        assert!(
            denied_seen >= 7,
            "the 2013 atlas states {denied_seen} denied mandates"
        );
    }

    #[test]
    fn the_swedish_migration_board_does_not_determine_victim_status() {
        let atlas = atlas();
        let se = atlas.country("SE").expect("Sweden");
        let who: Vec<&str> = holders(se, Capability::DetermineVictimStatus)
            .iter()
            .map(|(a, _)| a.id.as_str())
            .collect();
        assert!(!who.contains(&"se-migration-board"), "{who:?}");
        assert!(!who.contains(&"se-social-services"), "{who:?}");
        assert!(who.contains(&"se-police"), "{who:?}");
        let denied: Vec<&str> = denied_mandates(se)
            .iter()
            .map(|(a, _)| a.id.as_str())
            .collect();
        assert!(denied.contains(&"se-migration-board"), "{denied:?}");
    }

    #[test]
    fn national_coordinators_are_graded_and_the_oldest_action_plan_is_found() {
        let atlas = atlas();
        let coordinators = |status| {
            let mut cc: Vec<String> = find_mechanisms(
                &atlas,
                &MechanismFilter {
                    kind: Some(MechanismKind::NationalCoordinator),
                    status: Some(status),
                    ..MechanismFilter::default()
                },
            )
            .iter()
            .map(|m| m.country.to_string())
            .collect();
            cc.sort();
            cc
        };
        assert_eq!(
            coordinators(MechanismStatus::Formal),
            ["EE", "LT", "LV", "SE"]
        );
        assert_eq!(
            coordinators(MechanismStatus::FunctionalEquivalent),
            ["DK", "NO", "PL"]
        );
        let oldest = oldest_mechanisms(&atlas, MechanismKind::NationalActionPlan);
        assert_eq!(oldest[0].id.as_str(), "lt-nap-2002-2004");
        assert_eq!(oldest[0].status, MechanismStatus::Expired);
        assert!(oldest.windows(2).all(|w| w[0].year <= w[1].year));
    }

    #[test]
    fn the_glance_shows_the_strongest_grade_of_a_kind() {
        let atlas = atlas();
        let state = |cc: &str, kind| {
            mechanism_states(atlas.country(cc).expect("country"))
                .into_iter()
                .find(|(k, _)| *k == kind)
                .map(|(_, s)| s)
        };
        // Denmark: CMM "has been given a coordinating role".
        assert_eq!(
            state("DK", MechanismKind::NationalCoordinator),
            Some(MechanismState::FunctionalEquivalent)
        );
        // Sweden: the 2008-2011 plan expired; "There is currently no NAP" is absent, weaker.
        assert_eq!(
            state("SE", MechanismKind::NationalActionPlan),
            Some(MechanismState::Expired)
        );
        // Finland has a formal NAP beside an expired steering group of another kind.
        assert_eq!(
            state("FI", MechanismKind::NationalActionPlan),
            Some(MechanismState::Formal)
        );
    }

    #[test]
    fn search_ignores_case_and_accents_on_both_sides() {
        assert_eq!(fold("Udlændingestyrelsen"), "udlaendingestyrelsen");
        assert_eq!(fold("Alþýðusamband Íslands"), "althydusamband islands");
        assert!(fold("Skattecenter København").contains(&fold("kobenhavn")));
        assert!(fold("Skattecenter København").contains(&fold("KØBENHAVN")));
    }
}
