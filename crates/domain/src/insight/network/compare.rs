//! The baseline against today for the cooperation network: which ties and actors a later
//! revision added or lost, how the densities moved, and whose place in the network
//! changed notably. Both networks are computed as usual (`country_network`,
//! `region_network`); this only pairs them, by actor id and by tied pair.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use utoipa::ToSchema;

use super::{Edge, Network, NodeMetrics};
use crate::atlas::vocabulary::Sector;
use crate::atlas::{ActorId, CountryCode};

/// A betweenness change smaller than this is not "notable": a tie far away moves every
/// value a little.
/// One hundredth of the pairs an actor could lie between.
pub const NOTABLE_BETWEENNESS: f64 = 0.01;

/// An actor that entered or left the network (gained its first tie or lost its last,
/// or entered or left the atlas).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct NetworkActor {
    pub id: ActorId,
    pub name: String,
    pub country: CountryCode,
    pub sector: Sector,
    pub degree: usize,
}

impl NetworkActor {
    fn of(n: &NodeMetrics) -> NetworkActor {
        NetworkActor {
            id: n.id.clone(),
            name: n.name.clone(),
            country: n.country.clone(),
            sector: n.sector,
            degree: n.degree,
        }
    }
}

/// A pair tied in both revisions whose ties changed (their number, kinds or direction).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct TieChange {
    pub from: Edge,
    pub to: Edge,
}

/// An actor in both networks whose degree changed, or whose betweenness moved by at
/// least `NOTABLE_BETWEENNESS`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CentralityChange {
    pub id: ActorId,
    pub name: String,
    pub country: CountryCode,
    pub degree_from: usize,
    pub degree_to: usize,
    pub betweenness_from: f64,
    pub betweenness_to: f64,
    pub broker_from: bool,
    pub broker_to: bool,
}

impl CentralityChange {
    pub fn betweenness_change(&self) -> f64 {
        self.betweenness_to - self.betweenness_from
    }
}

/// A measure of the whole network in both revisions.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, ToSchema)]
pub struct Measure<T> {
    pub from: T,
    pub to: T,
}

impl<T: PartialEq> Measure<T> {
    pub fn changed(&self) -> bool {
        self.from != self.to
    }
}

/// One network as of two revisions: what was added, what was lost, what moved.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct NetworkComparison {
    /// The country, or `None` for the region.
    pub country: Option<CountryCode>,
    /// Pairs tied now and not before, by (source, target).
    pub ties_added: Vec<Edge>,
    /// Pairs tied before and not now.
    pub ties_removed: Vec<Edge>,
    /// Pairs tied in both, with other ties between them.
    pub ties_changed: Vec<TieChange>,
    /// Actors in the network now and not before, by id.
    pub actors_added: Vec<NetworkActor>,
    /// Actors in the network before and not now (as they were before).
    pub actors_removed: Vec<NetworkActor>,
    /// Actors in both whose place changed notably, largest betweenness change first.
    pub centrality: Vec<CentralityChange>,
    pub nodes: Measure<usize>,
    pub edges: Measure<usize>,
    pub density: Measure<f64>,
    pub gov_civil_ties: Measure<usize>,
    pub gov_civil_density: Measure<Option<f64>>,
    pub components: Measure<usize>,
    pub communities: Measure<usize>,
    pub brokers: Measure<usize>,
}

impl NetworkComparison {
    /// Whether the two networks have the same actors, ties and measures.
    pub fn is_empty(&self) -> bool {
        self.ties_added.is_empty()
            && self.ties_removed.is_empty()
            && self.ties_changed.is_empty()
            && self.actors_added.is_empty()
            && self.actors_removed.is_empty()
            && self.centrality.is_empty()
            && !self.density.changed()
            && !self.gov_civil_density.changed()
            && !self.components.changed()
            && !self.communities.changed()
    }
}

impl Network {
    /// A network without actors: what a country had before the atlas recorded it.
    pub fn empty(country: Option<CountryCode>) -> Network {
        Network {
            country,
            nodes: Vec::new(),
            edges: Vec::new(),
            components: Vec::new(),
            communities: Vec::new(),
            brokers: Vec::new(),
            untied: Vec::new(),
            density: 0.0,
            gov_civil_ties: 0,
            gov_civil_density: None,
        }
    }
}

/// `base` (the older network, e.g. the 2013 baseline) against `now`. Ties are paired by
/// their two ends, actors by id; a network of another country (or the region against a
/// country) is compared all the same, and simply shares nothing.
pub fn compare(base: &Network, now: &Network) -> NetworkComparison {
    let pair = |e: &Edge| (e.source.clone(), e.target.clone());
    let old_edges: BTreeMap<(ActorId, ActorId), &Edge> =
        base.edges.iter().map(|e| (pair(e), e)).collect();
    let new_edges: BTreeMap<(ActorId, ActorId), &Edge> =
        now.edges.iter().map(|e| (pair(e), e)).collect();
    let ties_added = now
        .edges
        .iter()
        .filter(|e| !old_edges.contains_key(&pair(e)))
        .cloned()
        .collect();
    let ties_removed = base
        .edges
        .iter()
        .filter(|e| !new_edges.contains_key(&pair(e)))
        .cloned()
        .collect();
    let ties_changed = now
        .edges
        .iter()
        .filter_map(|e| {
            let old = old_edges.get(&pair(e))?;
            (*old != e).then(|| TieChange {
                from: (*old).clone(),
                to: e.clone(),
            })
        })
        .collect();

    let old_nodes: BTreeMap<&ActorId, &NodeMetrics> =
        base.nodes.iter().map(|n| (&n.id, n)).collect();
    let new_ids: BTreeSet<&ActorId> = now.nodes.iter().map(|n| &n.id).collect();
    let actors_added = now
        .nodes
        .iter()
        .filter(|n| !old_nodes.contains_key(&n.id))
        .map(NetworkActor::of)
        .collect();
    let actors_removed = base
        .nodes
        .iter()
        .filter(|n| !new_ids.contains(&n.id))
        .map(NetworkActor::of)
        .collect();
    let mut centrality: Vec<CentralityChange> = now
        .nodes
        .iter()
        .filter_map(|n| {
            let old = old_nodes.get(&n.id)?;
            let moved = (n.betweenness - old.betweenness).abs() >= NOTABLE_BETWEENNESS;
            (moved || n.degree != old.degree || n.broker != old.broker).then(|| CentralityChange {
                id: n.id.clone(),
                name: n.name.clone(),
                country: n.country.clone(),
                degree_from: old.degree,
                degree_to: n.degree,
                betweenness_from: old.betweenness,
                betweenness_to: n.betweenness,
                broker_from: old.broker,
                broker_to: n.broker,
            })
        })
        .collect();
    centrality.sort_by(|a, b| {
        b.betweenness_change()
            .abs()
            .total_cmp(&a.betweenness_change().abs())
            .then_with(|| a.id.cmp(&b.id))
    });

    NetworkComparison {
        country: now.country.clone(),
        ties_added,
        ties_removed,
        ties_changed,
        actors_added,
        actors_removed,
        centrality,
        nodes: Measure {
            from: base.nodes.len(),
            to: now.nodes.len(),
        },
        edges: Measure {
            from: base.edges.len(),
            to: now.edges.len(),
        },
        density: Measure {
            from: base.density,
            to: now.density,
        },
        gov_civil_ties: Measure {
            from: base.gov_civil_ties,
            to: now.gov_civil_ties,
        },
        gov_civil_density: Measure {
            from: base.gov_civil_density,
            to: now.gov_civil_density,
        },
        components: Measure {
            from: base.components.len(),
            to: now.components.len(),
        },
        communities: Measure {
            from: base.communities.len(),
            to: now.communities.len(),
        },
        brokers: Measure {
            from: base.brokers.len(),
            to: now.brokers.len(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::{country_network, region_network};
    use super::*;
    use crate::atlas::vocabulary::{CooperationKind, TieDirection};
    use crate::atlas::{Atlas, Cooperation, CountryAtlas, Source};

    fn atlas() -> &'static Atlas {
        static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
        ATLAS.get_or_init(|| Atlas::embedded().expect("the shipped atlas is valid"))
    }

    fn country(code: &str) -> CountryAtlas {
        atlas()
            .country(code)
            .expect("a country of the atlas")
            .clone()
    }

    fn tie(c: &CountryAtlas, from: &str, to: &str, kind: CooperationKind) -> Cooperation {
        let id = |s: &str| {
            c.actors
                .iter()
                .find(|a| a.id.as_str() == s)
                .map(|a| a.id.clone())
                .expect("an actor of the country")
        };
        Cooperation {
            country: c.country.code.clone(),
            from: id(from),
            to: id(to),
            kind,
            direction: TieDirection::Mutual,
            reported_by: None,
            note: None,
            source: Source::new("test".into(), "test".into(), None),
            also: Vec::new(),
            read: Vec::new(),
        }
    }

    /// An actor of `c` without any tie, and one with many.
    fn untied_and_hub(c: &CountryAtlas) -> (String, String) {
        let net = country_network(c);
        let untied = net.untied.first().expect("an untied actor").to_string();
        let hub = net
            .nodes
            .iter()
            .max_by_key(|n| (n.degree, std::cmp::Reverse(n.id.clone())))
            .expect("a node")
            .id
            .to_string();
        (untied, hub)
    }

    #[test]
    fn a_network_compared_with_itself_has_no_change() {
        let net = country_network(&country("DK"));
        let same = compare(&net, &net);
        assert!(same.is_empty(), "{same:?}");
        assert_eq!(
            same.nodes,
            Measure {
                from: net.nodes.len(),
                to: net.nodes.len()
            }
        );
        let region = region_network(atlas());
        assert!(compare(&region, &region).is_empty());
    }

    #[test]
    fn a_new_tie_to_an_untied_actor_adds_the_actor_the_tie_and_moves_the_hub() {
        let before = country("DK");
        let (untied, hub) = untied_and_hub(&before);
        let mut after = before.clone();
        after
            .cooperation
            .push(tie(&after, &hub, &untied, CooperationKind::Referral));
        let (old, new) = (country_network(&before), country_network(&after));
        let cmp = compare(&old, &new);
        assert_eq!(cmp.ties_added.len(), 1, "{cmp:?}");
        let added = &cmp.ties_added[0];
        let ends: BTreeSet<&str> = [added.source.as_str(), added.target.as_str()].into();
        assert_eq!(ends, BTreeSet::from([hub.as_str(), untied.as_str()]));
        assert!(cmp.ties_removed.is_empty() && cmp.ties_changed.is_empty());
        let ids: Vec<&str> = cmp.actors_added.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, vec![untied.as_str()]);
        assert!(cmp.actors_removed.is_empty());
        assert_eq!(
            (cmp.nodes.from + 1, cmp.edges.from + 1),
            (cmp.nodes.to, cmp.edges.to)
        );
        // The hub gained a neighbour it alone connects: its degree grew and it became
        // (or stayed) a broker.
        let h = cmp
            .centrality
            .iter()
            .find(|c| c.id.as_str() == hub)
            .expect("the hub's place changed");
        assert_eq!(h.degree_to, h.degree_from + 1);
        assert!(h.broker_to);
        assert!(cmp.density.changed());
        // Largest betweenness change first.
        assert!(
            cmp.centrality
                .windows(2)
                .all(|w| w[0].betweenness_change().abs() >= w[1].betweenness_change().abs())
        );
    }

    #[test]
    fn losing_every_tie_of_an_actor_removes_it_and_its_ties() {
        let before = country("DK");
        let (_, hub) = untied_and_hub(&before);
        let mut after = before.clone();
        after
            .cooperation
            .retain(|t| t.from.as_str() != hub && t.to.as_str() != hub);
        let (old, new) = (country_network(&before), country_network(&after));
        let cmp = compare(&old, &new);
        let hub_degree = old
            .nodes
            .iter()
            .find(|n| n.id.as_str() == hub)
            .map(|n| n.degree)
            .expect("hub");
        assert_eq!(cmp.ties_removed.len(), hub_degree);
        assert!(
            cmp.ties_removed
                .iter()
                .all(|e| e.source.as_str() == hub || e.target.as_str() == hub)
        );
        assert!(cmp.actors_removed.iter().any(|a| a.id.as_str() == hub));
        // Neighbours that only had the hub leave the network with it.
        for a in &cmp.actors_removed {
            assert!(!new.nodes.iter().any(|n| n.id == a.id));
        }
        assert!(cmp.ties_added.is_empty() && cmp.actors_added.is_empty());
        assert!(cmp.edges.to + hub_degree == cmp.edges.from);
    }

    #[test]
    fn another_kind_of_tie_between_a_tied_pair_is_a_changed_tie_not_a_new_one() {
        let before = country("DK");
        let t = before.cooperation[0].clone();
        let mut after = before.clone();
        let kind = if t.kind == CooperationKind::Coordination {
            CooperationKind::Referral
        } else {
            CooperationKind::Coordination
        };
        after
            .cooperation
            .push(tie(&after, t.from.as_str(), t.to.as_str(), kind));
        let cmp = compare(&country_network(&before), &country_network(&after));
        assert!(cmp.ties_added.is_empty() && cmp.ties_removed.is_empty());
        assert_eq!(cmp.ties_changed.len(), 1, "{cmp:?}");
        let change = &cmp.ties_changed[0];
        assert_eq!(change.to.weight, change.from.weight + 1);
        assert!(change.to.kinds.contains(&kind));
        assert!(!cmp.density.changed(), "the same pairs are tied");
    }
}
