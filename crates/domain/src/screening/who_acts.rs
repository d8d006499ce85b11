//! Who acts: the atlas actors of one country whose mandates fit a screening's level, each
//! with the mandate's source — the step from "what is this?" to "who can act on it?".

use serde::Serialize;

use super::level::Level;
use crate::atlas::vocabulary::{Capability, Sector};
use crate::atlas::{ActorId, CountryAtlas, Source};

/// One actor holding one of the capabilities a level calls for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Responder {
    pub actor: ActorId,
    pub name: String,
    pub sector: Sector,
    pub capability: Capability,
    /// Limits of the mandate, e.g. "legal residents only".
    pub scope: Option<String>,
    /// Whether the mandate covers trafficking for labour exploitation; `None` where the
    /// report does not say.
    pub labour_mandate: Option<bool>,
    pub source: Source,
}

/// The actors who can act at a level, and the capabilities no actor of the country holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct WhoActs {
    pub level: Level,
    pub responders: Vec<Responder>,
    /// Capabilities the level calls for that no actor in the atlas holds: a gap to show,
    /// not to hide.
    pub uncovered: Vec<Capability>,
}

/// Lists, in the order of the level's capabilities, the actors whose mandates fit.
/// Within a capability, actors whose mandate explicitly covers labour trafficking come
/// first, then those where the report is silent, then those where it excludes it.
pub fn who_acts(country: &CountryAtlas, level: Level) -> WhoActs {
    let mut responders = Vec::new();
    let mut uncovered = Vec::new();
    for &capability in level.capabilities() {
        let mut found: Vec<Responder> = country
            .actors
            .iter()
            .flat_map(|actor| {
                actor
                    .mandates
                    .iter()
                    // A denied mandate is the opposite of a fit: never suggested.
                    .filter(|m| m.capability == capability && m.is_held())
                    .map(|m| Responder {
                        actor: actor.id.clone(),
                        name: actor.name.clone(),
                        sector: actor.sector,
                        capability,
                        scope: m.scope.clone(),
                        labour_mandate: m.labour_mandate,
                        source: m.source.clone(),
                    })
            })
            .collect();
        if found.is_empty() {
            uncovered.push(capability);
        }
        let rank = |r: &Responder| match r.labour_mandate {
            Some(true) => 0,
            None => 1,
            Some(false) => 2,
        };
        found.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| a.name.cmp(&b.name)));
        responders.extend(found);
    }
    WhoActs {
        level,
        responders,
        uncovered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;

    #[test]
    fn a_denied_mandate_is_never_suggested() {
        let atlas = Atlas::embedded().unwrap_or_else(|e| panic!("embedded atlas: {e:?}"));
        let mut checked = 0;
        for c in &atlas.countries {
            for level in [
                Level::LabourLawViolation,
                Level::LabourExploitation,
                Level::ForcedLabour,
                Level::PresumedTrafficking,
            ] {
                let w = who_acts(c, level);
                for r in &w.responders {
                    let actor = c.actor(&r.actor).expect("responder is an actor");
                    // The suggested mandate is one the actor holds, never a denial.
                    assert!(
                        actor.mandates.iter().any(|m| m.capability == r.capability
                            && m.is_held()
                            && m.source == r.source),
                        "{} suggested for a denied {}",
                        r.actor,
                        r.capability
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 0);
        // Sweden's Migration Board may not verify victim status: not suggested for it.
        let se = atlas.country("SE").expect("Sweden");
        let w = who_acts(se, Level::ForcedLabour);
        assert!(
            !w.responders
                .iter()
                .any(|r| r.actor.as_str() == "se-migration-board"
                    && r.capability == Capability::DetermineVictimStatus)
        );
    }
}
