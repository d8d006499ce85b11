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
                Some(cap) => a.mandates.iter().filter(|m| m.capability == cap).collect(),
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

/// What the atlas records about one mechanism kind in one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MechanismState {
    /// At least one mechanism of this kind exists.
    Present,
    /// The report records that there is none.
    Absent,
    /// The report says nothing either way.
    NotRecorded,
}

impl MechanismState {
    pub fn as_str(self) -> &'static str {
        match self {
            MechanismState::Present => "present",
            MechanismState::Absent => "absent",
            MechanismState::NotRecorded => "not_recorded",
        }
    }
}

/// One cell per mechanism kind for a country, in vocabulary order (the home page's glance).
pub fn mechanism_states(country: &CountryAtlas) -> Vec<(MechanismKind, MechanismState)> {
    MechanismKind::all()
        .map(|kind| {
            let of_kind = country.mechanisms.iter().filter(|m| m.kind == kind);
            let mut state = MechanismState::NotRecorded;
            for m in of_kind {
                if m.exists {
                    state = MechanismState::Present;
                } else if state == MechanismState::NotRecorded {
                    state = MechanismState::Absent;
                }
            }
            (kind, state)
        })
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MechanismFilter {
    pub country: Option<CountryCode>,
    pub kind: Option<MechanismKind>,
    pub exists: Option<bool>,
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
        .filter(|m| f.kind.is_none_or(|k| k == m.kind) && f.exists.is_none_or(|e| e == m.exists))
        .collect()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CooperationFilter {
    pub country: Option<CountryCode>,
    pub kind: Option<CooperationKind>,
    /// Ties where this actor is either end.
    pub actor: Option<ActorId>,
}

pub fn find_cooperation<'a>(atlas: &'a Atlas, f: &CooperationFilter) -> Vec<&'a Cooperation> {
    atlas
        .countries
        .iter()
        .filter(|c| {
            f.country
                .as_ref()
                .is_none_or(|code| *code == c.country.code)
        })
        .flat_map(|c| &c.cooperation)
        .filter(|t| f.kind.is_none_or(|k| k == t.kind))
        .filter(|t| f.actor.as_ref().is_none_or(|a| *a == t.from || *a == t.to))
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
    pub mandates: usize,
    pub cooperation: usize,
    pub mechanisms: usize,
    pub limitations: usize,
    pub documents: usize,
}

pub fn counts(c: &CountryAtlas) -> CountryCounts {
    CountryCounts {
        actors: c.actors.len(),
        mandates: c.mandate_count(),
        cooperation: c.cooperation.len(),
        mechanisms: c.mechanisms.len(),
        limitations: c.limitations.len(),
        documents: c.documents.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_ignores_case_and_accents_on_both_sides() {
        assert_eq!(fold("Udlændingestyrelsen"), "udlaendingestyrelsen");
        assert_eq!(fold("Alþýðusamband Íslands"), "althydusamband islands");
        assert!(fold("Skattecenter København").contains(&fold("kobenhavn")));
        assert!(fold("Skattecenter København").contains(&fold("KØBENHAVN")));
    }
}
