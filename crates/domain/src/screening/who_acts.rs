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
                    .filter(|m| m.capability == capability)
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
