//! Routing: which referrals a country's pathway requires for one person of a case, each
//! with the reason it applies, its source in the report, and whether the consent it needs
//! has been given. A route the report leaves undefined goes to the country's coordinator
//! (or the body the report names as closest) and says so.

use serde::Serialize;

use super::pathway::{Conditions, Pathway, Route};
use super::{AgeGroup, ExploitationType, Purpose, ReferralAction, ResidenceStatus};
use crate::atlas::model::{ActorId, Source};
use crate::atlas::vocabulary::Sector;
use crate::screening::Level;

/// What routing looks at: the case's situation and one person's route-relevant facts.
#[derive(Debug, Clone)]
pub struct Situation<'a> {
    pub referring_sector: Option<Sector>,
    pub exploitation: ExploitationType,
    pub level: Option<Level>,
    pub region: Option<&'a str>,
    pub residence: ResidenceStatus,
    pub age: AgeGroup,
}

/// Who a proposal goes to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RouteTarget {
    /// The actor the report names for this route.
    Actor {
        #[schema(value_type = String)]
        actor: ActorId,
    },
    /// The report leaves the route undefined: the coordinator is offered instead.
    Coordinator {
        #[schema(value_type = String)]
        actor: ActorId,
        undefined: String,
    },
}

impl RouteTarget {
    pub fn actor(&self) -> &ActorId {
        match self {
            RouteTarget::Actor { actor } | RouteTarget::Coordinator { actor, .. } => actor,
        }
    }
}

/// One referral the pathway proposes.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Proposal {
    pub rule_id: String,
    pub action: ReferralAction,
    pub target: RouteTarget,
    /// The consent the referral needs (`None`: none needed on this route).
    pub consent: Option<Purpose>,
    /// Whether that consent is on record now; a referral without it is refused.
    pub consent_given: bool,
    /// Why the rule applies, one clause per condition it matched ("age group: minor").
    pub because: Vec<String>,
    pub source: Option<Source>,
    pub deadline_days: Option<u32>,
    pub deadline: Option<String>,
    pub note: Option<String>,
}

/// The purpose an undefined route's referral to the coordinator needs: sharing the
/// person's data with that (named) organisation.
pub const COORDINATOR_PURPOSE: Purpose = Purpose::ShareWithOrganisation;

/// The proposals for one person; `consented(purpose, to)` says whether the person's
/// consent for `purpose` is on record (for `share_with_organisation`: with `to`).
pub fn propose(
    pathway: &Pathway,
    s: &Situation<'_>,
    consented: impl Fn(Purpose, &ActorId) -> bool,
) -> Vec<Proposal> {
    let mut out: Vec<Proposal> = pathway
        .rules
        .iter()
        .filter_map(|rule| {
            let because = matches(&rule.when, s)?;
            let (target, consent, source) = match &rule.route {
                Route::To {
                    actor,
                    consent,
                    source,
                    ..
                } => (
                    RouteTarget::Actor {
                        actor: actor.clone(),
                    },
                    *consent,
                    Some(source.clone()),
                ),
                Route::Undefined { reason } => (
                    RouteTarget::Coordinator {
                        actor: pathway.coordinator.actor.clone(),
                        undefined: reason.clone(),
                    },
                    Some(COORDINATOR_PURPOSE),
                    Some(pathway.coordinator.source.clone()),
                ),
            };
            let consent_given = consent.is_none_or(|p| consented(p, target.actor()));
            Some(Proposal {
                rule_id: rule.id.clone(),
                action: rule.action,
                target,
                consent,
                consent_given,
                because,
                source,
                deadline_days: rule.deadline_days,
                deadline: rule.deadline.clone(),
                note: rule.note.clone(),
            })
        })
        .collect();
    // An undefined route stands only where no defined rule covers the same action: a
    // sector the report gives no route of its own still reaches whoever the general rule
    // names, not the coordinator as well.
    let defined: Vec<ReferralAction> = out
        .iter()
        .filter(|p| matches!(p.target, RouteTarget::Actor { .. }))
        .map(|p| p.action)
        .collect();
    out.retain(|p| matches!(p.target, RouteTarget::Actor { .. }) || !defined.contains(&p.action));
    out.sort_by_key(|p| p.action.step());
    out
}

/// The clauses a rule matched, or `None` when one of its conditions does not hold.
fn matches(w: &Conditions, s: &Situation<'_>) -> Option<Vec<String>> {
    let mut because = Vec::new();
    if !w.residence.is_empty() {
        w.residence.contains(&s.residence).then_some(())?;
        because.push(format!(
            "residence status: {}",
            s.residence.as_str().replace('_', " ")
        ));
    }
    if !w.age.is_empty() {
        w.age.contains(&s.age).then_some(())?;
        because.push(format!("age group: {}", s.age.as_str()));
    }
    if !w.exploitation.is_empty() {
        w.exploitation.contains(&s.exploitation).then_some(())?;
        because.push(format!(
            "exploitation: {}",
            s.exploitation.as_str().replace('_', " ")
        ));
    }
    if let Some(min) = w.level {
        (s.level? >= min).then_some(())?;
        because.push(format!("screening level at least {}", min.label()));
    }
    if !w.from_sector.is_empty() {
        let sector = s.referring_sector?;
        w.from_sector.contains(&sector).then_some(())?;
        because.push(format!(
            "referred by: {}",
            sector.as_str().replace('_', " ")
        ));
    }
    if !w.regions.is_empty() {
        let region = s.region?;
        w.regions
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region.trim()))
            .then_some(())?;
        because.push(format!("region: {region}"));
    }
    if because.is_empty() {
        because.push("applies to every case".into());
    }
    Some(because)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;
    use crate::referral::embedded_pathways;
    use std::sync::OnceLock;

    fn atlas() -> &'static Atlas {
        static A: OnceLock<Atlas> = OnceLock::new();
        A.get_or_init(|| Atlas::embedded().expect("atlas"))
    }

    fn pathways() -> &'static [Pathway] {
        static P: OnceLock<Vec<Pathway>> = OnceLock::new();
        P.get_or_init(|| embedded_pathways(atlas()).expect("pathways"))
    }

    fn situation(residence: ResidenceStatus, age: AgeGroup) -> Situation<'static> {
        Situation {
            referring_sector: Some(Sector::LabourInspection),
            exploitation: ExploitationType::LabourExploitation,
            level: Some(Level::PresumedTrafficking),
            region: None,
            residence,
            age,
        }
    }

    #[test]
    fn denmark_routes_victim_status_by_residence() {
        let dk = pathways()
            .iter()
            .find(|p| p.country.as_str() == "DK")
            .expect("DK");
        let to = |r| -> Vec<String> {
            // Referred by the police: the inspectors' own route to CMM (the MoU's "police
            // and CMM") is not what this test is about.
            let s = Situation {
                referring_sector: Some(Sector::Police),
                ..situation(r, AgeGroup::Adult)
            };
            propose(dk, &s, |_, _| true)
                .into_iter()
                .filter(|p| p.action == ReferralAction::DetermineVictimStatus)
                .map(|p| p.target.actor().to_string())
                .collect()
        };
        assert!(to(ResidenceStatus::LegalResident).contains(&"dk-cmm".to_string()));
        let asylum = to(ResidenceStatus::AsylumSeeker);
        assert!(
            !asylum.is_empty() && !asylum.contains(&"dk-cmm".to_string()),
            "{asylum:?}"
        );
    }

    #[test]
    fn a_missing_consent_is_named_and_blocks_only_its_purpose() {
        for p in pathways() {
            let none = propose(
                p,
                &situation(ResidenceStatus::IrregularMigrant, AgeGroup::Adult),
                |_, _| false,
            );
            for prop in &none {
                assert_eq!(
                    prop.consent_given,
                    prop.consent.is_none(),
                    "{}",
                    prop.rule_id
                );
            }
        }
    }

    /// Over the whole (small) space of situations: every proposal of every country names
    /// an atlas actor of that country, has a source (the rule's or the coordinator's) and
    /// a reason, and an undefined route always goes to the coordinator.
    #[test]
    fn every_proposal_is_sourced_and_lands_on_an_actor_of_the_country() {
        let atlas = atlas();
        let mut seen = 0;
        for residence in ResidenceStatus::all() {
            for age in AgeGroup::all() {
                for exploitation in ExploitationType::all() {
                    for level in Level::all().map(Some).chain([None]) {
                        for sector in Sector::all().map(Some).chain([None]) {
                            let s = Situation {
                                referring_sector: sector,
                                exploitation,
                                level,
                                region: None,
                                residence,
                                age,
                            };
                            for p in pathways() {
                                let country = atlas.country(p.country.as_str()).expect("country");
                                for prop in propose(p, &s, |_, _| true) {
                                    seen += 1;
                                    assert!(country.actor(prop.target.actor()).is_some());
                                    assert!(prop.source.is_some());
                                    assert!(!prop.because.is_empty());
                                    if let RouteTarget::Coordinator { actor, .. } = &prop.target {
                                        assert_eq!(actor, &p.coordinator.actor);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(seen > 10_000, "{seen}");
    }
}
