//! Gap analysis: named, documented rules run on one country of the atlas, each finding
//! with the facts (and their quotes) that make it fire and the actors to involve. The
//! rules say what the report's Conclusions say by hand, so the 2013 data must reproduce
//! them (tests below, one per chapter) and any later revision can be compared with it.
//!
//! To add a rule: write a `fn(&CountryAtlas) -> Vec<Draft>` and list it in `RULES`.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::matrix::{self, Seat};
use crate::atlas::Atlas;
use crate::atlas::model::*;
use crate::atlas::query::{self, MechanismState};
use crate::atlas::vocabulary::*;

/// How much a finding says.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The atlas records the absence or the shortcoming (a mechanism stated absent, a
    /// mandate stated denied, a focus stated as sexual exploitation only).
    Gap,
    /// The atlas records nothing that would satisfy the rule: a gap, or the report's
    /// silence. Shown apart so silence is never presented as a statement.
    Unrecorded,
    /// Not a gap: what the data says most prominently (the most-chosen limitation).
    Information,
}

/// A fact a finding rests on: its reference (the forms of `Ambiguity::concerns`: an id,
/// `actor/capability`, `tie/a/b`, `limitation/category`) and its source quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Evidence {
    pub fact: String,
    pub source: Source,
}

/// Whom to involve in closing a gap: an actor of the atlas, or a kind of actor where the
/// atlas holds none fitting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Involve {
    pub actor: Option<ActorId>,
    pub name: String,
    pub sector: Option<Sector>,
}

/// One finding of one rule in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[schema(as = GapFinding)]
pub struct Finding {
    /// The id of the rule (`no-mou`).
    pub rule: String,
    pub country: CountryCode,
    pub severity: Severity,
    /// What the finding is about within its rule (an actor id, a sector, a group, or
    /// `country`): with `rule` and `country` it keys the finding across revisions.
    pub subject: String,
    /// One sentence in plain words.
    pub sentence: String,
    pub evidence: Vec<Evidence>,
    pub involve: Vec<Involve>,
    /// Positions of the ambiguities (`#ambiguity-N`) that concern any of the evidence.
    pub contested: Vec<usize>,
}

/// What a rule's check returns; `evaluate` adds the rule id, the country and the
/// ambiguities.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub severity: Severity,
    pub subject: String,
    pub sentence: String,
    pub evidence: Vec<Evidence>,
    pub involve: Vec<Involve>,
}

/// A sentence of the report a rule stands on, and the chapter it is from.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct ReportQuote {
    pub country: &'static str,
    pub quote: &'static str,
}

const fn q(country: &'static str, quote: &'static str) -> ReportQuote {
    ReportQuote { country, quote }
}

/// A named rule of the gap analysis.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub title: &'static str,
    /// What it checks and why.
    pub description: &'static str,
    /// The report's own wording the rule stands on (verbatim; a test checks each).
    pub report: &'static [ReportQuote],
    #[serde(skip)]
    pub check: fn(&CountryAtlas) -> Vec<Draft>,
}

/// Every rule, in the order findings are listed.
pub fn rules() -> &'static [Rule] {
    RULES
}

/// Every finding of every rule for one country: rules in `rules()` order, each rule's
/// findings in the order it makes them (vocabulary and file order), so the list is stable.
pub fn evaluate(c: &CountryAtlas) -> Vec<Finding> {
    RULES
        .iter()
        .flat_map(|rule| {
            (rule.check)(c).into_iter().map(move |d| {
                let mut contested: Vec<usize> = d
                    .evidence
                    .iter()
                    .flat_map(|e| c.contested(&e.fact))
                    .collect();
                contested.sort_unstable();
                contested.dedup();
                Finding {
                    rule: rule.id.to_string(),
                    country: c.country.code.clone(),
                    severity: d.severity,
                    subject: d.subject,
                    sentence: capitalised(d.sentence),
                    evidence: d.evidence,
                    involve: d.involve,
                    contested,
                }
            })
        })
        .collect()
}

/// Every finding for every country of an atlas revision, countries in the atlas's order.
pub fn evaluate_atlas(atlas: &Atlas) -> Vec<Finding> {
    atlas.countries.iter().flat_map(evaluate).collect()
}

/// "The 2013 baseline against today": findings paired by rule, country and subject.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Comparison {
    /// In the old list, not in the new: the gap closed (or the data no longer shows it).
    pub closed: Vec<Finding>,
    /// In the new list only.
    pub opened: Vec<Finding>,
    /// In both; the new finding (its sentence and evidence may have changed).
    pub kept: Vec<Finding>,
}

fn key(f: &Finding) -> (&str, &CountryCode, &str) {
    (&f.rule, &f.country, &f.subject)
}

pub fn compare(old: &[Finding], new: &[Finding]) -> Comparison {
    let old_keys: BTreeSet<_> = old.iter().map(key).collect();
    let new_keys: BTreeSet<_> = new.iter().map(key).collect();
    Comparison {
        closed: old
            .iter()
            .filter(|f| !new_keys.contains(&key(f)))
            .cloned()
            .collect(),
        opened: new
            .iter()
            .filter(|f| !old_keys.contains(&key(f)))
            .cloned()
            .collect(),
        kept: new
            .iter()
            .filter(|f| old_keys.contains(&key(f)))
            .cloned()
            .collect(),
    }
}

// ---------------------------------------------------------------------------------------
// The rules
// ---------------------------------------------------------------------------------------

static RULES: &[Rule] = &[
    Rule {
        id: "no-national-coordinator",
        title: "No national coordinator",
        description: "Fires when no national coordinator is formal: none recorded, one \
            recorded absent or expired, or only a body that works as one (a functional \
            equivalent, which the report grades apart). Suggests the body that already \
            coordinates, else a ministry.",
        report: &[q(
            "FI",
            "Creating a lead agency or a coordinating body could free capacity with other actors as well as serve as a capacity-building function for its partnering institutions.",
        )],
        check: no_national_coordinator,
    },
    Rule {
        id: "coordinator-not-for-labour",
        title: "The coordinator covers sexual exploitation only",
        description: "Fires when every national coordinator or lead agency in place is \
            focused on sexual exploitation: trafficking for labour then has no one \
            coordinating it.",
        report: &[q(
            "SE",
            "the mandate of the National Coordinator needs to be expanded to all forms of human trafficking and not only sexual exploitation.",
        )],
        check: coordinator_not_for_labour,
    },
    Rule {
        id: "no-independent-rapporteur",
        title: "No independent national rapporteur",
        description: "Fires when no national rapporteur is in place, or when the one in \
            place is held by the body that also holds the national coordinator, so the \
            coordinator reports on itself.",
        report: &[q(
            "PL",
            "MoI has a coordinating function and, to some extent, a monitoring function in Poland, but there is no independent National Rapporteur.",
        )],
        check: no_independent_rapporteur,
    },
    Rule {
        id: "no-mou",
        title: "No memorandum of understanding",
        description: "Fires when no MoU is in place; and, where bilateral or local MoUs exist \
            but the report records that the all-encompassing one is missing, fires for that \
            (subject `comprehensive`). An MoU specifies the roles of each actor.",
        report: &[q(
            "NO",
            "An MoU which specifies the roles of each actor, as well as policy and legislation distinguishing trafficking for labour from social dumping more clearly, are examples of measures which could be taken to improve referral procedures and cooperation.",
        )],
        check: no_mou,
    },
    Rule {
        id: "referral-system-absent-or-sexual-only",
        title: "No referral system for trafficking for labour",
        description: "Fires when no referral system is in place, when every one in place is \
            focused on sexual exploitation, or when the report records a referral system \
            for labour cases as missing.",
        report: &[
            q(
                "NO",
                "There still seems to be a lack of structure for the referral of such cases",
            ),
            q(
                "DK",
                "referral mechanisms are a vital tool to enable an observation to be passed on to the actor which has the mandate to initiate an investigation and/or intervene.",
            ),
        ],
        check: referral_system,
    },
    Rule {
        id: "no-action-plan-for-labour",
        title: "No action plan covering trafficking for labour",
        description: "Fires when no national action plan in place covers labour (focus \
            `labour` or `all`): none, an expired one, or one on sexual exploitation.",
        report: &[q(
            "RU",
            "There is no National Action Plan on trafficking for labour exploitation specifically.",
        )],
        check: no_action_plan_for_labour,
    },
    Rule {
        id: "no-specialised-unit-for-labour",
        title: "No specialised unit on trafficking for labour",
        description: "Fires when no specialised unit is in place (a `gap` where the report \
            records none), or, beside units in place, when the report records a unit on \
            trafficking for labour as missing (subject `labour`).",
        report: &[q(
            "IS",
            "There are currently no specialised units with authorities focusing on trafficking in persons in general, nor on trafficking for labour exploitation specifically.",
        )],
        check: no_specialised_unit_for_labour,
    },
    Rule {
        id: "labour-inspectorate-without-labour-mandate",
        title: "Labour inspectorate without a mandate on labour trafficking",
        description: "Fires for each labour-inspection body none of whose held mandates is \
            stated to cover trafficking for labour. A `gap` when the report limits it (a \
            denied mandate, or one stated not to cover labour trafficking), `unrecorded` \
            when it only does not say.",
        report: &[q(
            "DK",
            "they do not have the authority to look into matters such as wages and contracts of employees, which makes the identification of labour exploitation difficult.",
        )],
        check: labour_inspectorate_without_labour_mandate,
    },
    Rule {
        id: "labour-actor-outside-mechanisms",
        title: "Labour actors in no formal mechanism",
        description: "For trade unions, the tax authority, employers' organisations and the \
            labour inspectorate (the report's labour actors): fires when none of the \
            sector's actors holds or sits in a mechanism in place (a specialised unit \
            inside an agency does not count: it is no place at a table with others), when \
            their only seats are in mechanisms the report leaves unclear (an ambiguity concerns them), or \
            (`unrecorded`) when the atlas has no actor of the sector at all.",
        report: &[
            q(
                "DE",
                "Actors such as trade unions, the labour inspectorate, and employer's organisations need to be included in the work on trafficking for labour exploitation.",
            ),
            q(
                "IS",
                "Civil society actors such as trade unions and employers' organisations are not formally included in the current cooperation mechanisms.",
            ),
        ],
        check: labour_actor_outside_mechanisms,
    },
    Rule {
        id: "victim-status-group-uncovered",
        title: "No actor determines victim status for some group",
        description: "Reads the scopes of the held `determine_victim_status` mandates. Where \
            they split the task by group (legal residents / irregular migrants, nationals / \
            foreigners, minors / adults), fires for a group no scope covers and no unscoped \
            mandate covers. Fires (`unrecorded`) when no actor holds the mandate at all.",
        report: &[
            q(
                "DK",
                "CMM is further in charge of determining whether legal residents in Denmark are victims of trafficking.",
            ),
            q(
                "NO",
                "An additional suggestion put forward in the survey was for the government to consider establishing a central authority, responsible for verifying the status of victims.",
            ),
        ],
        check: victim_status_group_uncovered,
    },
    Rule {
        id: "ngos-only-in-prevention",
        title: "NGOs only in prevention, not in referral",
        description: "Fires when NGOs hold prevention or awareness-raising mandates but no \
            NGO identifies or refers victims, sits in a referral system, or is an end of a \
            referral tie.",
        report: &[q(
            "LV",
            "There have been cooperation efforts between civil society actors and governmental agencies, mainly on prevention activities, such as awareness-raising.",
        )],
        check: ngos_only_in_prevention,
    },
    Rule {
        id: "civil-society-outside-working-groups",
        title: "Civil society in no national working group",
        description: "Fires when no NGO, trade union or employers' organisation holds or sits \
            in a working group in place.",
        report: &[q(
            "LT",
            "actors are not included in the interdepartmental working group, which naturally limits their influence and their ability to contribute with knowledge and experience.",
        )],
        check: civil_society_outside_working_groups,
    },
    Rule {
        id: "sparse-government-civil-cooperation",
        title: "Sparse cooperation between government and civil society",
        description: "Counts the pairs of a governmental actor and a civil-society actor \
            (NGO, trade union, employers' organisation) joined by at least one tie, against \
            all such pairs. Fires below SPARSE_DENSITY (0.10: fewer than one pair in ten \
            tied), or (`unrecorded`) when either side has no actor.",
        report: &[q(
            "SE",
            "Cooperation between government authorities and civil society actors, such as NGOs and trade unions, also needs to be developed further.",
        )],
        check: sparse_government_civil_cooperation,
    },
    Rule {
        id: "most-chosen-limitation",
        title: "The limitation respondents chose most often",
        description: "Information, not a gap: the limitation category with the largest \
            number of respondents the chapter gives (ties listed together). Silent where \
            the chapter gives no numbers.",
        report: &[q(
            "NO",
            "Respondents mentioned the lack of capacity, knowledge, and policy as the main problems currently limiting their work.",
        )],
        check: most_chosen_limitation,
    },
];

/// Density of government–civil-society ties below which cooperation counts as sparse.
/// Chosen after looking at the 2013 data: the chapters range from 0.013 (Finland, Denmark)
/// to 0.129 (Latvia, whose chapter reports "cooperation efforts between civil society
/// actors and governmental agencies"); 0.10 is "fewer than one pair in ten". A plain
/// density falls as a country's atlas names more actors, so it is a crude measure; the
/// network module's density will replace this count.
pub const SPARSE_DENSITY: f64 = 0.10;

// ---------------------------------------------------------------------------------------
// Helpers: evidence and suggestions from the atlas
// ---------------------------------------------------------------------------------------

/// The country's name as a sentence uses it: "the Russian Federation" takes the article
/// (the report writes "in the Russian Federation"); `evaluate` capitalises sentence starts.
fn in_sentence(c: &CountryAtlas) -> String {
    let name = &c.country.name;
    if name.starts_with("Russian Federation") {
        format!("the {name}")
    } else {
        name.clone()
    }
}

fn capitalised(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(chars).collect(),
        _ => s,
    }
}

fn ev_mechanism(m: &Mechanism) -> Evidence {
    Evidence {
        fact: m.id.to_string(),
        source: m.source.clone(),
    }
}

fn ev_actor(a: &Actor) -> Evidence {
    Evidence {
        fact: a.id.to_string(),
        source: a.source.clone(),
    }
}

fn ev_mandate(a: &Actor, m: &Mandate) -> Evidence {
    Evidence {
        fact: format!("{}/{}", a.id, m.capability),
        source: m.source.clone(),
    }
}

fn ev_tie(t: &Cooperation) -> Evidence {
    Evidence {
        fact: format!("tie/{}/{}", t.from, t.to),
        source: t.source.clone(),
    }
}

fn involve(a: &Actor) -> Involve {
    Involve {
        actor: Some(a.id.clone()),
        name: a.name.clone(),
        sector: Some(a.sector),
    }
}

fn involve_kind(sector: Sector, name: &str) -> Involve {
    Involve {
        actor: None,
        name: name.to_string(),
        sector: Some(sector),
    }
}

fn of_kind(c: &CountryAtlas, kind: MechanismKind) -> Vec<&Mechanism> {
    c.mechanisms.iter().filter(|m| m.kind == kind).collect()
}

fn state(c: &CountryAtlas, kind: MechanismKind) -> MechanismState {
    query::mechanism_states(c)
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map_or(MechanismState::NotRecorded, |(_, s)| s)
}

fn in_place(c: &CountryAtlas, kind: MechanismKind) -> Vec<&Mechanism> {
    of_kind(c, kind)
        .into_iter()
        .filter(|m| m.status.is_in_place())
        .collect()
}

/// The holders of the mechanisms given, as actors, without repeats.
fn holders_of<'a>(c: &'a CountryAtlas, ms: &[&Mechanism]) -> Vec<&'a Actor> {
    let mut out: Vec<&Actor> = Vec::new();
    for m in ms {
        if let Some(a) = m.holder.as_ref().and_then(|h| c.actor(h))
            && !out.iter().any(|x| x.id == a.id)
        {
            out.push(a);
        }
    }
    out
}

/// Who coordinates today: the holder of a coordinator or lead agency in place, else
/// the governmental holders of a `coordinate` mandate.
fn coordinators(c: &CountryAtlas) -> Vec<&Actor> {
    let mut ms = in_place(c, MechanismKind::NationalCoordinator);
    ms.extend(in_place(c, MechanismKind::LeadAgency));
    let found = holders_of(c, &ms);
    if !found.is_empty() {
        return found;
    }
    query::holders(c, Capability::Coordinate)
        .into_iter()
        .map(|(a, _)| a)
        .filter(|a| a.sector.is_governmental())
        .fold(Vec::new(), |mut v, a| {
            if !v.iter().any(|x: &&Actor| x.id == a.id) {
                v.push(a);
            }
            v
        })
}

fn involve_coordinators(c: &CountryAtlas) -> Vec<Involve> {
    let found = coordinators(c);
    if found.is_empty() {
        vec![involve_kind(Sector::Ministry, "a ministry")]
    } else {
        found.into_iter().map(involve).collect()
    }
}

fn mechanisms_evidence(c: &CountryAtlas, kind: MechanismKind) -> Vec<Evidence> {
    of_kind(c, kind).into_iter().map(ev_mechanism).collect()
}

fn is_civil_society(s: Sector) -> bool {
    matches!(s, Sector::Ngo | Sector::TradeUnion | Sector::EmployersOrg)
}

/// Only `sexual` among the foci (an unclear focus is not counted as sexual).
fn sexual_only(ms: &[&Mechanism]) -> bool {
    !ms.is_empty() && ms.iter().all(|m| m.focus == Focus::Sexual)
}

// ---------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------

fn no_national_coordinator(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::NationalCoordinator;
    let name = &in_sentence(c);
    let (severity, sentence) = match state(c, kind) {
        MechanismState::Formal => return Vec::new(),
        MechanismState::FunctionalEquivalent => {
            let who: Vec<String> = holders_of(c, &in_place(c, kind))
                .iter()
                .map(|a| a.name.clone())
                .collect();
            (
                Severity::Gap,
                format!(
                    "{name} has no formal national coordinator; {} works as one.",
                    if who.is_empty() {
                        "a body".to_string()
                    } else {
                        who.join(" and ")
                    }
                ),
            )
        }
        MechanismState::Expired | MechanismState::Absent => (
            Severity::Gap,
            format!("{name} has no national coordinator."),
        ),
        MechanismState::NotRecorded => (
            Severity::Unrecorded,
            format!("The atlas records no national coordinator for {name}."),
        ),
    };
    vec![Draft {
        severity,
        subject: "country".into(),
        sentence,
        evidence: mechanisms_evidence(c, kind),
        involve: involve_coordinators(c),
    }]
}

fn coordinator_not_for_labour(c: &CountryAtlas) -> Vec<Draft> {
    let mut ms = in_place(c, MechanismKind::NationalCoordinator);
    ms.extend(in_place(c, MechanismKind::LeadAgency));
    if !sexual_only(&ms) {
        return Vec::new();
    }
    let mut involve_list: Vec<Involve> = holders_of(c, &ms).into_iter().map(involve).collect();
    involve_list.extend(
        c.actors
            .iter()
            .filter(|a| a.sector == Sector::LabourInspection && !a.group)
            .map(involve),
    );
    vec![Draft {
        severity: Severity::Gap,
        subject: "country".into(),
        sentence: format!(
            "The national coordination in {} covers trafficking for sexual exploitation only, not for labour.",
            in_sentence(c)
        ),
        evidence: ms.into_iter().map(ev_mechanism).collect(),
        involve: involve_list,
    }]
}

fn no_independent_rapporteur(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::NationalRapporteur;
    let name = &in_sentence(c);
    let rapporteurs = in_place(c, kind);
    let coordinator_holders: Vec<&ActorId> = in_place(c, MechanismKind::NationalCoordinator)
        .iter()
        .filter_map(|m| m.holder.as_ref())
        .collect();
    let independent = rapporteurs.iter().any(|m| {
        m.status == MechanismStatus::Formal
            && m.holder
                .as_ref()
                .is_none_or(|h| !coordinator_holders.contains(&h))
    });
    if independent {
        return Vec::new();
    }
    let mut evidence = mechanisms_evidence(c, kind);
    let (severity, sentence) = if let Some(m) = rapporteurs.first() {
        evidence.extend(
            in_place(c, MechanismKind::NationalCoordinator)
                .into_iter()
                .map(ev_mechanism),
        );
        let who = m
            .holder
            .as_ref()
            .and_then(|h| c.actor(h))
            .map_or_else(|| "a body".to_string(), |a| a.name.clone());
        (
            Severity::Gap,
            format!(
                "{name} has no independent national rapporteur; {who} reports, and also coordinates."
            ),
        )
    } else if of_kind(c, kind).is_empty() {
        (
            Severity::Unrecorded,
            format!("The atlas records no national rapporteur for {name}."),
        )
    } else {
        (
            Severity::Gap,
            format!("{name} has no independent national rapporteur."),
        )
    };
    // Rapporteur bodies that already monitor and report, other than the coordinator, else the kind.
    let mut involve_list: Vec<Involve> = Vec::new();
    for (a, _) in query::holders(c, Capability::MonitorAndReport) {
        if !coordinator_holders.contains(&&a.id)
            && !involve_list.iter().any(|i| i.actor.as_ref() == Some(&a.id))
            && a.sector == Sector::Rapporteur
        {
            involve_list.push(involve(a));
        }
    }
    if involve_list.is_empty() {
        involve_list.push(involve_kind(
            Sector::Rapporteur,
            "an independent body (an ombudsman or a national rapporteur)",
        ));
    }
    vec![Draft {
        severity,
        subject: "country".into(),
        sentence,
        evidence,
        involve: involve_list,
    }]
}

fn no_mou(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::Mou;
    let name = &in_sentence(c);
    let all = of_kind(c, kind);
    let placed = in_place(c, kind);
    // Who would convene one: the coordinator, else the holder of the largest working group.
    let mut involve_list = involve_coordinators(c);
    if coordinators(c).is_empty()
        && let Some(a) = in_place(c, MechanismKind::WorkingGroup)
            .into_iter()
            .filter(|m| m.holder.is_some())
            .max_by_key(|m| m.members.len())
            .and_then(|m| m.holder.as_ref())
            .and_then(|h| c.actor(h))
    {
        involve_list = vec![involve(a)];
    }
    if placed.is_empty() {
        let (severity, sentence) = if all.is_empty() {
            (
                Severity::Unrecorded,
                format!("The atlas records no MoU for {name}."),
            )
        } else {
            (
                Severity::Gap,
                format!("{name} has no MoU specifying the roles of the actors."),
            )
        };
        return vec![Draft {
            severity,
            subject: "country".into(),
            sentence,
            evidence: all.into_iter().map(ev_mechanism).collect(),
            involve: involve_list,
        }];
    }
    let missing: Vec<&Mechanism> = all
        .iter()
        .copied()
        .filter(|m| m.status == MechanismStatus::Absent)
        .collect();
    if missing.is_empty() {
        return Vec::new();
    }
    let mut evidence: Vec<Evidence> = missing.into_iter().map(ev_mechanism).collect();
    evidence.extend(placed.into_iter().map(ev_mechanism));
    vec![Draft {
        severity: Severity::Gap,
        subject: "comprehensive".into(),
        sentence: format!(
            "{name} has only partial MoUs; the report records no all-encompassing one."
        ),
        evidence,
        involve: involve_list,
    }]
}

fn referral_system(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::ReferralSystem;
    let name = &in_sentence(c);
    let all = of_kind(c, kind);
    let placed = in_place(c, kind);
    let mut involve_list = involve_coordinators(c);
    involve_list.extend(
        c.actors
            .iter()
            .filter(|a| a.sector == Sector::LabourInspection && !a.group)
            .map(involve),
    );
    let mut out = Vec::new();
    if placed.is_empty() {
        let (severity, sentence) = if all.is_empty() {
            (
                Severity::Unrecorded,
                format!("The atlas records no referral system for {name}."),
            )
        } else {
            (Severity::Gap, format!("{name} has no referral system."))
        };
        out.push(Draft {
            severity,
            subject: "absent".into(),
            sentence,
            evidence: all.iter().copied().map(ev_mechanism).collect(),
            involve: involve_list.clone(),
        });
    } else if sexual_only(&placed) {
        out.push(Draft {
            severity: Severity::Gap,
            subject: "sexual-only".into(),
            sentence: format!(
                "The referral system of {name} is focused on trafficking for sexual exploitation only."
            ),
            evidence: placed.iter().copied().map(ev_mechanism).collect(),
            involve: involve_list.clone(),
        });
    }
    // A referral system for labour cases the report records as missing, beside one in place.
    let labour_missing: Vec<&Mechanism> = all
        .iter()
        .copied()
        .filter(|m| m.status == MechanismStatus::Absent && m.focus == Focus::Labour)
        .collect();
    if !placed.is_empty() && !labour_missing.is_empty() {
        out.push(Draft {
            severity: Severity::Gap,
            subject: "labour".into(),
            sentence: format!(
                "{name} has no referral structure for cases of trafficking for labour."
            ),
            evidence: labour_missing
                .into_iter()
                .chain(placed.iter().copied())
                .map(ev_mechanism)
                .collect(),
            involve: involve_list,
        });
    }
    out
}

fn no_action_plan_for_labour(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::NationalActionPlan;
    let name = &in_sentence(c);
    let all = of_kind(c, kind);
    let placed = in_place(c, kind);
    if placed
        .iter()
        .any(|m| matches!(m.focus, Focus::Labour | Focus::All))
    {
        return Vec::new();
    }
    let (severity, sentence) = if !placed.is_empty() && sexual_only(&placed) {
        (
            Severity::Gap,
            format!("The national action plan of {name} is focused on sexual exploitation."),
        )
    } else if !placed.is_empty() {
        (
            Severity::Unrecorded,
            format!(
                "The atlas does not record whether the national action plan of {name} covers trafficking for labour."
            ),
        )
    } else if all.is_empty() {
        (
            Severity::Unrecorded,
            format!("The atlas records no national action plan for {name}."),
        )
    } else {
        (
            Severity::Gap,
            format!("{name} has no national action plan in force covering trafficking for labour."),
        )
    };
    let mut involve_list: Vec<Involve> = holders_of(c, &placed).into_iter().map(involve).collect();
    if involve_list.is_empty() {
        involve_list = involve_coordinators(c);
    }
    vec![Draft {
        severity,
        subject: "country".into(),
        sentence,
        evidence: all.into_iter().map(ev_mechanism).collect(),
        involve: involve_list,
    }]
}

fn no_specialised_unit_for_labour(c: &CountryAtlas) -> Vec<Draft> {
    let kind = MechanismKind::SpecialisedUnit;
    let name = &in_sentence(c);
    let all = of_kind(c, kind);
    let placed = in_place(c, kind);
    // Units sit with police, prosecutors and inspectorates: involve the labour inspectorate.
    let mut involve_list: Vec<Involve> = c
        .actors
        .iter()
        .filter(|a| a.sector == Sector::LabourInspection && !a.group)
        .map(involve)
        .collect();
    if involve_list.is_empty() {
        involve_list.push(involve_kind(
            Sector::LabourInspection,
            "the labour inspectorate",
        ));
    }
    if placed.is_empty() {
        let (severity, sentence) = if all.is_empty() {
            (
                Severity::Unrecorded,
                format!("The atlas records no specialised unit in {name}."),
            )
        } else {
            (
                Severity::Gap,
                format!("{name} has no specialised unit on trafficking in persons."),
            )
        };
        return vec![Draft {
            severity,
            subject: "country".into(),
            sentence,
            evidence: all.into_iter().map(ev_mechanism).collect(),
            involve: involve_list,
        }];
    }
    let missing: Vec<&Mechanism> = all
        .into_iter()
        .filter(|m| m.status == MechanismStatus::Absent && m.focus == Focus::Labour)
        .collect();
    if missing.is_empty() || placed.iter().any(|m| m.focus == Focus::Labour) {
        return Vec::new();
    }
    vec![Draft {
        severity: Severity::Gap,
        subject: "labour".into(),
        sentence: format!("{name} has no specialised unit on trafficking for labour."),
        evidence: missing.into_iter().map(ev_mechanism).collect(),
        involve: involve_list,
    }]
}

fn labour_inspectorate_without_labour_mandate(c: &CountryAtlas) -> Vec<Draft> {
    c.actors
        .iter()
        .filter(|a| a.sector == Sector::LabourInspection)
        .filter(|a| {
            !a.mandates
                .iter()
                .any(|m| m.is_held() && m.labour_mandate == Some(true))
        })
        .map(|a| {
            let limited: Vec<&Mandate> = a
                .mandates
                .iter()
                .filter(|m| m.denied || m.labour_mandate == Some(false))
                .collect();
            let (severity, sentence) = if limited.is_empty() {
                (
                    Severity::Unrecorded,
                    format!(
                        "The atlas records no mandate of {} that covers trafficking for labour.",
                        a.name
                    ),
                )
            } else {
                let what: Vec<String> = limited
                    .iter()
                    .map(|m| {
                        let scope = m.scope.as_deref().unwrap_or(m.capability.as_str());
                        if m.denied {
                            format!("may not: {scope}")
                        } else {
                            format!("only: {scope}")
                        }
                    })
                    .collect();
                (
                    Severity::Gap,
                    format!(
                        "{} has no mandate on trafficking for labour ({}).",
                        a.name,
                        what.join("; ")
                    ),
                )
            };
            let mut evidence: Vec<Evidence> = limited.iter().map(|m| ev_mandate(a, m)).collect();
            if evidence.is_empty() {
                evidence = a.mandates.iter().map(|m| ev_mandate(a, m)).collect();
            }
            if evidence.is_empty() {
                evidence.push(ev_actor(a));
            }
            Draft {
                severity,
                subject: a.id.to_string(),
                sentence,
                evidence,
                involve: vec![involve(a)],
            }
        })
        .collect()
}

/// The report's labour actors, as a sentence names them, with the verb that agrees.
const LABOUR_SECTORS: [(Sector, &str, &str); 4] = [
    (Sector::TradeUnion, "trade unions", "sit"),
    (Sector::Tax, "the tax authority", "sits"),
    (Sector::EmployersOrg, "employers' organisations", "sit"),
    (Sector::LabourInspection, "the labour inspectorate", "sits"),
];

fn labour_actor_outside_mechanisms(c: &CountryAtlas) -> Vec<Draft> {
    let name = &in_sentence(c);
    let mut out = Vec::new();
    for (sector, label, verb) in LABOUR_SECTORS {
        let cell = matrix::sector_cell(c, sector);
        let actors: Vec<&Actor> = c.actors.iter().filter(|a| a.sector == sector).collect();
        if actors.is_empty() {
            out.push(Draft {
                severity: Severity::Unrecorded,
                subject: sector.to_string(),
                sentence: format!("The atlas records none of {label} in {name}."),
                evidence: Vec::new(),
                involve: vec![involve_kind(sector, label)],
            });
            continue;
        }
        // A specialised unit is a unit inside an agency, not a place at a table with others.
        let seats: Vec<&Seat> = cell
            .actors
            .iter()
            .flat_map(|a| &a.seats)
            .filter(|s| s.kind != MechanismKind::SpecialisedUnit)
            .collect();
        let firm = seats
            .iter()
            .any(|s| c.contested(s.mechanism.as_str()).is_empty());
        if firm {
            continue;
        }
        let mut evidence: Vec<Evidence> = actors.iter().map(|a| ev_actor(a)).collect();
        let sentence = if seats.is_empty() {
            format!("In {name}, {label} {verb} in no formal mechanism.")
        } else {
            let unclear: Vec<&Mechanism> = c
                .mechanisms
                .iter()
                .filter(|m| seats.iter().any(|s| s.mechanism == m.id))
                .collect();
            evidence.extend(unclear.iter().map(|m| ev_mechanism(m)));
            let names: Vec<&str> = unclear.iter().map(|m| m.name.as_str()).collect();
            format!(
                "In {name}, {label} {verb} in no formal mechanism the report is clear about (only: {}).",
                names.join("; ")
            )
        };
        let mut bodies: Vec<&Actor> = actors.iter().copied().filter(|a| !a.group).collect();
        if bodies.is_empty() {
            bodies = actors;
        }
        out.push(Draft {
            severity: Severity::Gap,
            subject: sector.to_string(),
            sentence,
            evidence,
            involve: bodies.into_iter().map(involve).collect(),
        });
    }
    out
}

/// The groups a victim-status mandate can be split by, in pairs that together cover
/// everyone: (name, words naming it in a scope). A scope naming neither side of a pair
/// covers both.
const STATUS_GROUPS: [[(&str, &[&str]); 2]; 3] = [
    [
        ("legal residents", &["legal resident", "lawful resident"]),
        (
            "irregular migrants",
            &[
                "irregular",
                "not legally resident",
                "undocumented",
                "asylum",
            ],
        ),
    ],
    [
        ("nationals", &["nationals", "citizens"]),
        ("foreigners", &["foreign", "third-country", "non-eu"]),
    ],
    [("minors", &["minor", "child"]), ("adults", &["adult"])],
];

fn names_group(scope: &str, words: &[&str]) -> bool {
    let folded = deunicode::deunicode(scope).to_lowercase();
    words.iter().any(|w| folded.contains(w))
}

fn victim_status_group_uncovered(c: &CountryAtlas) -> Vec<Draft> {
    let name = &in_sentence(c);
    let held = query::holders(c, Capability::DetermineVictimStatus);
    if held.is_empty() {
        let denied: Vec<Evidence> = query::denied_mandates(c)
            .into_iter()
            .filter(|(_, m)| m.capability == Capability::DetermineVictimStatus)
            .map(|(a, m)| ev_mandate(a, m))
            .collect();
        // Those who identify victims are the nearest to the task.
        let mut involve_list: Vec<Involve> = Vec::new();
        for (a, _) in query::holders(c, Capability::IdentifyVictims) {
            if a.sector.is_governmental()
                && !a.group
                && !involve_list.iter().any(|i| i.actor.as_ref() == Some(&a.id))
            {
                involve_list.push(involve(a));
            }
        }
        if involve_list.is_empty() {
            involve_list.push(involve_kind(Sector::Immigration, "an authority"));
        }
        return vec![Draft {
            severity: Severity::Unrecorded,
            subject: "anyone".into(),
            sentence: format!(
                "The atlas records no actor in {name} that determines victim status."
            ),
            evidence: denied,
            involve: involve_list,
        }];
    }
    let scope_of = |m: &Mandate| m.scope.clone().unwrap_or_default();
    let mut out = Vec::new();
    for pair in STATUS_GROUPS {
        let covers = |m: &Mandate, words: &[&str]| names_group(&scope_of(m), words);
        let split = held
            .iter()
            .any(|(_, m)| pair.iter().any(|(_, w)| covers(m, w)));
        if !split {
            continue;
        }
        for (group, words) in pair {
            let covered = held
                .iter()
                .any(|(_, m)| covers(m, words) || pair.iter().all(|(_, w)| !covers(m, w)));
            if covered {
                continue;
            }
            out.push(Draft {
                severity: Severity::Gap,
                subject: group.replace(' ', "-"),
                sentence: format!("No actor in {name} determines victim status for {group}."),
                evidence: held.iter().map(|(a, m)| ev_mandate(a, m)).collect(),
                involve: held.iter().map(|(a, _)| involve(a)).collect(),
            });
        }
    }
    out
}

fn ngos_only_in_prevention(c: &CountryAtlas) -> Vec<Draft> {
    let ngos: Vec<&Actor> = c
        .actors
        .iter()
        .filter(|a| a.sector == Sector::Ngo)
        .collect();
    let prevention: Vec<(&Actor, &Mandate)> = ngos
        .iter()
        .flat_map(|a| a.mandates.iter().map(move |m| (*a, m)))
        .filter(|(_, m)| {
            m.is_held() && matches!(m.capability, Capability::Prevention | Capability::Training)
        })
        .collect();
    if prevention.is_empty() {
        return Vec::new();
    }
    let refers = ngos.iter().any(|a| {
        a.mandates.iter().any(|m| {
            m.is_held()
                && matches!(
                    m.capability,
                    Capability::IdentifyVictims | Capability::ReferVictims
                )
        })
    });
    let in_referral = in_place(c, MechanismKind::ReferralSystem).iter().any(|m| {
        ngos.iter()
            .any(|a| m.members.contains(&a.id) || m.holder.as_ref() == Some(&a.id))
    });
    let referral_tie = c.cooperation.iter().any(|t| {
        t.kind == CooperationKind::Referral && ngos.iter().any(|a| a.id == t.from || a.id == t.to)
    });
    if refers || in_referral || referral_tie {
        return Vec::new();
    }
    vec![Draft {
        severity: Severity::Gap,
        subject: "country".into(),
        sentence: format!(
            "NGOs in {} work on prevention but none identifies or refers victims.",
            in_sentence(c)
        ),
        evidence: prevention.iter().map(|(a, m)| ev_mandate(a, m)).collect(),
        involve: prevention.iter().fold(Vec::new(), |mut v, (a, _)| {
            if !v.iter().any(|i: &Involve| i.actor.as_ref() == Some(&a.id)) {
                v.push(involve(a));
            }
            v
        }),
    }]
}

fn civil_society_outside_working_groups(c: &CountryAtlas) -> Vec<Draft> {
    let groups = in_place(c, MechanismKind::WorkingGroup);
    let civil_in = groups.iter().any(|m| {
        m.holder
            .iter()
            .chain(&m.members)
            .filter_map(|id| c.actor(id))
            .any(|a| is_civil_society(a.sector))
    });
    if civil_in {
        return Vec::new();
    }
    let (severity, sentence) = if groups.is_empty() {
        (
            Severity::Unrecorded,
            format!(
                "The atlas records no working group in place in {}.",
                in_sentence(c)
            ),
        )
    } else {
        (
            Severity::Gap,
            format!(
                "No NGO, trade union or employers' organisation sits in a working group in {}.",
                in_sentence(c)
            ),
        )
    };
    let mut involve_list: Vec<Involve> = c
        .actors
        .iter()
        .filter(|a| is_civil_society(a.sector) && !a.group)
        .map(involve)
        .collect();
    if involve_list.is_empty() {
        involve_list.push(involve_kind(Sector::Ngo, "NGOs"));
    }
    vec![Draft {
        severity,
        subject: "country".into(),
        sentence,
        evidence: groups.into_iter().map(ev_mechanism).collect(),
        involve: involve_list,
    }]
}

/// (tied pairs, possible pairs) of a governmental and a civil-society actor.
pub fn government_civil_pairs(c: &CountryAtlas) -> (usize, usize) {
    let gov = c
        .actors
        .iter()
        .filter(|a| a.sector.is_governmental())
        .count();
    let civil = c
        .actors
        .iter()
        .filter(|a| is_civil_society(a.sector))
        .count();
    (government_civil_ties(c).0.len(), gov * civil)
}

/// The distinct government–civil-society pairs tied, and one tie per pair.
fn government_civil_ties(c: &CountryAtlas) -> (BTreeSet<(ActorId, ActorId)>, Vec<&Cooperation>) {
    let sector = |id: &ActorId| c.actor(id).map(|a| a.sector);
    let mut pairs = BTreeSet::new();
    let mut ties = Vec::new();
    for t in &c.cooperation {
        let (Some(a), Some(b)) = (sector(&t.from), sector(&t.to)) else {
            continue;
        };
        let (g, s) = if a.is_governmental() && is_civil_society(b) {
            (&t.from, &t.to)
        } else if b.is_governmental() && is_civil_society(a) {
            (&t.to, &t.from)
        } else {
            continue;
        };
        if pairs.insert((g.clone(), s.clone())) {
            ties.push(t);
        }
    }
    (pairs, ties)
}

fn sparse_government_civil_cooperation(c: &CountryAtlas) -> Vec<Draft> {
    let name = &in_sentence(c);
    let (tied, possible) = government_civil_pairs(c);
    let (pairs, ties) = government_civil_ties(c);
    let civil: Vec<&Actor> = c
        .actors
        .iter()
        .filter(|a| is_civil_society(a.sector))
        .collect();
    if possible == 0 {
        return vec![Draft {
            severity: Severity::Unrecorded,
            subject: "country".into(),
            sentence: format!(
                "The atlas records no governmental or no civil-society actor in {name}."
            ),
            evidence: Vec::new(),
            involve: vec![involve_kind(Sector::Ngo, "NGOs")],
        }];
    }
    #[allow(clippy::cast_precision_loss)] // counts of actors, far below 2^52
    let density = tied as f64 / possible as f64;
    if density >= SPARSE_DENSITY {
        return Vec::new();
    }
    // Civil-society actors tied to no governmental actor are the ones to bring in; where
    // every one has some tie, all of them (the ties are few, not missing).
    let mut untied: Vec<Involve> = civil
        .iter()
        .filter(|a| !a.group && !pairs.iter().any(|(_, s)| *s == a.id))
        .map(|a| involve(a))
        .collect();
    if untied.is_empty() {
        untied = civil.iter().map(|a| involve(a)).collect();
    }
    vec![Draft {
        severity: Severity::Gap,
        subject: "country".into(),
        sentence: format!(
            "In {name}, {tied} of {possible} possible pairs of a governmental and a civil-society actor cooperate ({:.0} %).",
            density * 100.0
        ),
        evidence: ties.into_iter().map(ev_tie).collect(),
        involve: untied,
    }]
}

fn most_chosen_limitation(c: &CountryAtlas) -> Vec<Draft> {
    let row = matrix::limitation_row(c);
    let Some(top) = row.iter().filter_map(|cell| cell.respondents).max() else {
        return Vec::new();
    };
    let chosen: Vec<&matrix::LimitationCell> = row
        .iter()
        .filter(|cell| cell.respondents == Some(top))
        .collect();
    let names: Vec<String> = chosen
        .iter()
        .map(|cell| cell.category.as_str().replace('_', " "))
        .collect();
    vec![Draft {
        severity: Severity::Information,
        subject: chosen
            .iter()
            .map(|cell| cell.category.as_str())
            .collect::<Vec<_>>()
            .join("+"),
        sentence: format!(
            "Respondents in {} chose {} most often ({top} respondent{}).",
            in_sentence(c),
            names.join(", "),
            if top == 1 { "" } else { "s" }
        ),
        evidence: chosen
            .iter()
            .flat_map(|cell| {
                cell.statements
                    .iter()
                    .filter(|s| s.respondents == Some(top))
                    .map(|s| Evidence {
                        fact: format!("limitation/{}", cell.category),
                        source: s.source.clone(),
                    })
            })
            .collect(),
        involve: Vec::new(),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Report;

    /// Parsed once for all tests (a debug build takes about a second per parse).
    fn atlas() -> &'static Atlas {
        static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
        ATLAS.get_or_init(|| Atlas::embedded().unwrap_or_else(|e| panic!("embedded atlas: {e:?}")))
    }

    /// A copy the test may edit.
    fn country(code: &str) -> CountryAtlas {
        atlas()
            .countries
            .iter()
            .find(|c| c.country.code.as_str() == code)
            .cloned()
            .unwrap_or_else(|| panic!("no {code}"))
    }

    fn id(s: &str) -> FactId {
        FactId::parse(s).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The finding of `rule` about `subject`, if the rule fired for it.
    fn found<'a>(fs: &'a [Finding], rule: &str, subject: &str) -> Option<&'a Finding> {
        assert!(
            RULES.iter().any(|r| r.id == rule),
            "no rule {rule}: the test is wrong"
        );
        fs.iter().find(|f| f.rule == rule && f.subject == subject)
    }

    fn fires<'a>(fs: &'a [Finding], rule: &str, subject: &str) -> &'a Finding {
        found(fs, rule, subject).unwrap_or_else(|| {
            panic!(
                "{rule}/{subject} did not fire; fired: {:?}",
                fs.iter()
                    .map(|f| format!("{}/{}", f.rule, f.subject))
                    .collect::<Vec<_>>()
            )
        })
    }

    fn silent(fs: &[Finding], rule: &str) {
        let hits: Vec<&Finding> = fs.iter().filter(|f| f.rule == rule).collect();
        assert!(hits.is_empty(), "{rule} fired: {hits:?}");
    }

    fn cites(f: &Finding, fact: &str) -> bool {
        f.evidence.iter().any(|e| e.fact == fact)
    }

    fn involves(f: &Finding, actor: &str) -> bool {
        f.involve
            .iter()
            .any(|i| i.actor.as_ref().is_some_and(|a| a.as_str() == actor))
    }

    // --- the rules themselves -----------------------------------------------------------

    #[test]
    fn rule_ids_are_unique_kebab_case_and_documented() {
        let mut seen = BTreeSet::new();
        for r in rules() {
            assert!(seen.insert(r.id), "duplicate rule id {}", r.id);
            assert!(
                r.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                r.id
            );
            assert!(!r.title.is_empty() && r.description.len() > 40, "{}", r.id);
            assert!(!r.report.is_empty(), "{} quotes no report sentence", r.id);
        }
    }

    #[test]
    fn every_rule_quotes_the_report_verbatim() {
        let report = Report::embedded();
        let atlas = atlas();
        for r in rules() {
            for q in r.report {
                assert!(
                    !report.occurrences(q.quote).is_empty(),
                    "{}: not in the report: {}",
                    r.id,
                    q.quote
                );
                assert!(
                    atlas
                        .countries
                        .iter()
                        .any(|c| c.country.code.as_str() == q.country)
                );
            }
        }
    }

    #[test]
    fn findings_follow_the_rule_order_and_are_stable() {
        let atlas = atlas();
        for c in &atlas.countries {
            let fs = evaluate(c);
            assert_eq!(fs, evaluate(c));
            let order: Vec<usize> = fs
                .iter()
                .map(|f| {
                    RULES
                        .iter()
                        .position(|r| r.id == f.rule)
                        .unwrap_or(usize::MAX)
                })
                .collect();
            assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
            let keys: BTreeSet<_> = fs.iter().map(key).collect();
            assert_eq!(
                keys.len(),
                fs.len(),
                "two findings share a key in {}",
                c.country.code
            );
        }
    }

    #[test]
    fn evidence_quotes_come_from_the_facts_and_ambiguities_are_attached() {
        let atlas = atlas();
        let mut contested = 0;
        for c in &atlas.countries {
            for f in evaluate(c) {
                assert_eq!(f.country, c.country.code);
                for e in &f.evidence {
                    assert!(!e.source.quote.is_empty(), "{}: {}", f.rule, e.fact);
                }
                for n in &f.contested {
                    let a = &c.ambiguities[n - 1];
                    assert!(f.evidence.iter().any(|e| a.concerns.contains(&e.fact)));
                }
                contested += f.contested.len();
                if f.severity != Severity::Information {
                    assert!(!f.involve.is_empty(), "{}: no one to involve", f.rule);
                }
                for i in &f.involve {
                    if let Some(a) = &i.actor {
                        assert!(
                            c.actor(a).is_some(),
                            "{a} is not an actor of {}",
                            c.country.code
                        );
                    }
                }
            }
        }
        assert!(contested > 0, "no finding marked contested at all");
    }

    #[test]
    fn findings_round_trip_through_json() {
        let fs = evaluate(&country("NO"));
        let json = serde_json::to_string(&fs).unwrap_or_else(|e| panic!("{e}"));
        let back: Vec<Finding> = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs, back);
        assert!(json.contains("\"severity\":\"gap\""));
        let rules_json = serde_json::to_string(rules()).unwrap_or_else(|e| panic!("{e}"));
        assert!(rules_json.contains("\"no-mou\""));
    }

    // --- each chapter's Conclusions, reproduced from the 2013 data ----------------------

    #[test]
    fn denmark_conclusions() {
        let fs = evaluate(&country("DK"));
        // "they do not have the authority to look into matters such as wages and contracts"
        let wea = fires(&fs, "labour-inspectorate-without-labour-mandate", "dk-wea");
        assert_eq!(wea.severity, Severity::Gap);
        assert!(cites(wea, "dk-wea/inspect_workplaces"));
        // "These actors, as well as trade unions, all have the potential to identify …"
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
        // "CMM … has been given a coordinating role": a functional equivalent, not a post.
        let coord = fires(&fs, "no-national-coordinator", "country");
        assert!(involves(coord, "dk-cmm"));
        // "Denmark has made a distinct commitment to establish a formal referral system."
        silent(&fs, "referral-system-absent-or-sexual-only");
        silent(&fs, "no-mou");
        silent(&fs, "no-action-plan-for-labour");
    }

    #[test]
    fn estonia_conclusions() {
        let fs = evaluate(&country("EE"));
        // "Actors such as trade unions, employers' organisations and labour market
        // organisations have only recently been invited to participate in discussions"
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
        fires(&fs, "labour-actor-outside-mechanisms", "employers_org");
        // The National Coordinator "has been in place since 2006".
        silent(&fs, "no-national-coordinator");
        assert_eq!(
            fires(&fs, "no-independent-rapporteur", "country").severity,
            Severity::Gap
        );
    }

    #[test]
    fn finland_conclusions() {
        let fs = evaluate(&country("FI"));
        // "Creating a lead agency or a coordinating body could free capacity"
        assert_eq!(
            fires(&fs, "no-national-coordinator", "country").severity,
            Severity::Gap
        );
        // "Trade unions, tax authorities and the Labour Inspectorate may be actors which
        // could be involved more in this work."
        for sector in ["trade_union", "tax", "labour_inspection"] {
            fires(&fs, "labour-actor-outside-mechanisms", sector);
        }
        let li = fires(
            &fs,
            "labour-inspectorate-without-labour-mandate",
            "fi-labour-inspectorate",
        );
        assert_eq!(li.severity, Severity::Gap);
        // The Ombudsman for Minorities is the National Rapporteur.
        silent(&fs, "no-independent-rapporteur");
    }

    #[test]
    fn germany_conclusions() {
        let fs = evaluate(&country("DE"));
        // "Germany does not have an independent national rapporteur … nor does it have a
        // national coordinator"
        assert_eq!(
            fires(&fs, "no-independent-rapporteur", "country").severity,
            Severity::Gap
        );
        assert_eq!(
            fires(&fs, "no-national-coordinator", "country").severity,
            Severity::Gap
        );
        // "Actors such as trade unions, the labour inspectorate, and employer's
        // organisations need to be included"
        for sector in ["trade_union", "labour_inspection", "employers_org"] {
            fires(&fs, "labour-actor-outside-mechanisms", sector);
        }
        // "similar mechanisms at the national level are needed": state agreements only.
        fires(&fs, "no-mou", "comprehensive");
        fires(&fs, "no-action-plan-for-labour", "country");
    }

    #[test]
    fn iceland_conclusions() {
        let fs = evaluate(&country("IS"));
        // "Iceland does not have a national coordinator or an independent rapporteur"
        assert_eq!(
            fires(&fs, "no-national-coordinator", "country").severity,
            Severity::Gap
        );
        assert_eq!(
            fires(&fs, "no-independent-rapporteur", "country").severity,
            Severity::Gap
        );
        // "An MoU with the actors participating in the national coordination team may also
        // be helpful"
        fires(&fs, "no-mou", "country");
        // "trade unions and employers' organisations are not formally included": their
        // only seat is a committee the report itself calls unclear.
        for sector in ["trade_union", "employers_org"] {
            let f = fires(&fs, "labour-actor-outside-mechanisms", sector);
            assert!(!f.contested.is_empty());
            assert!(cites(f, "is-collaborative-committee"));
        }
        // "There are currently no specialised units with authorities focusing on trafficking
        // in persons in general, nor on trafficking for labour exploitation specifically."
        let units = fires(&fs, "no-specialised-unit-for-labour", "country");
        assert_eq!(units.severity, Severity::Gap);
        assert!(cites(units, "is-specialised-units"));
        // "The Directorate of Labour is similarly not included in the coordination team"
        let dl = fires(&fs, "labour-actor-outside-mechanisms", "labour_inspection");
        assert!(involves(dl, "is-dl"));
        // "efforts … have so far focused mainly on trafficking for sexual exploitation.
        // This also goes for the current National Action Plan from 2009"
        let nap = fires(&fs, "no-action-plan-for-labour", "country");
        assert_eq!(nap.severity, Severity::Gap);
        assert!(cites(nap, "is-nap-2009"));
    }

    #[test]
    fn latvia_conclusions() {
        let fs = evaluate(&country("LV"));
        // "Latvia has assigned MoI a coordinating, and to some extent monitoring, function"
        silent(&fs, "no-national-coordinator");
        let rap = fires(&fs, "no-independent-rapporteur", "country");
        assert!(cites(rap, "lv-national-rapporteur") && cites(rap, "lv-national-coordinator"));
        // "Trade Unions and employers' organisations have only recently been invited"
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
        // "the lack of experience, knowledge and resources"
        let lim = fires(
            &fs,
            "most-chosen-limitation",
            "legislation+lack_of_knowledge+lack_of_capacity",
        );
        assert_eq!(lim.severity, Severity::Information);
    }

    #[test]
    fn lithuania_conclusions() {
        let fs = evaluate(&country("LT"));
        // "NGOs and other civil society actors are not included in the interdepartmental
        // working group"
        let wg = fires(&fs, "civil-society-outside-working-groups", "country");
        assert!(cites(wg, "lt-interdepartmental-wg"));
        // "the inadequate cooperation with civil society actors"
        fires(&fs, "sparse-government-civil-cooperation", "country");
        // "this plan has focused mainly on trafficking for the purpose of sexual exploitation"
        let nap = fires(&fs, "no-action-plan-for-labour", "country");
        assert!(cites(nap, "lt-nap-2009-2012"));
        // "This includes, for example, trade unions and employers' organisations."
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
        fires(&fs, "labour-actor-outside-mechanisms", "employers_org");
        silent(&fs, "no-national-coordinator");
    }

    #[test]
    fn norway_conclusions() {
        let fs = evaluate(&country("NO"));
        // "An MoU which specifies the roles of each actor … could be taken"
        let mou = fires(&fs, "no-mou", "country");
        assert_eq!(mou.severity, Severity::Gap);
        assert!(cites(mou, "no-mou"));
        // "There still seems to be a lack of structure for the referral of such cases"
        fires(&fs, "referral-system-absent-or-sexual-only", "labour");
        // "extend cooperation and coordination to include actors such as trade unions, tax
        // administration, and employer's organisations"; the inspectorate sits in KOM's group.
        for sector in ["trade_union", "tax", "employers_org"] {
            fires(&fs, "labour-actor-outside-mechanisms", sector);
        }
        assert!(found(&fs, "labour-actor-outside-mechanisms", "labour_inspection").is_none());
        // "Respondents mentioned the lack of capacity, knowledge, and policy as the main
        // problems": capacity first (eight of nine).
        fires(&fs, "most-chosen-limitation", "lack_of_capacity");
        // "Cooperation and coordination between civil society organisations and
        // governmental agencies needs to be improved"
        fires(&fs, "sparse-government-civil-cooperation", "country");
    }

    #[test]
    fn poland_conclusions() {
        let fs = evaluate(&country("PL"));
        // "MoI has a coordinating function … but there is no independent National Rapporteur."
        assert_eq!(
            fires(&fs, "no-independent-rapporteur", "country").severity,
            Severity::Gap
        );
        let coord = fires(&fs, "no-national-coordinator", "country");
        assert!(involves(coord, "pl-moi"));
        // "an ambitious and comprehensive National Action Plan"
        silent(&fs, "no-action-plan-for-labour");
        // "Trade unions, employer's organisations and other actors also need to be included"
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
        fires(&fs, "labour-actor-outside-mechanisms", "employers_org");
    }

    #[test]
    fn russian_federation_conclusions() {
        let fs = evaluate(&country("RU"));
        // "There is no National Action Plan on trafficking for labour exploitation specifically."
        assert_eq!(
            fires(&fs, "no-action-plan-for-labour", "country").severity,
            Severity::Gap
        );
        // "the cooperation could be formalised as well as expanded"
        fires(&fs, "no-mou", "country");
        fires(&fs, "civil-society-outside-working-groups", "country");
        // "Trade Unions and employer's organisations were neither referred to as cooperation
        // partners by government agencies, nor by NGOs": the atlas names none at all.
        for sector in ["trade_union", "employers_org"] {
            let f = fires(&fs, "labour-actor-outside-mechanisms", sector);
            assert_eq!(f.severity, Severity::Unrecorded);
        }
    }

    #[test]
    fn sweden_conclusions() {
        let fs = evaluate(&country("SE"));
        // "the mandate of the National Coordinator needs to be expanded to all forms of
        // human trafficking and not only sexual exploitation"
        let coord = fires(&fs, "coordinator-not-for-labour", "country");
        assert!(cites(coord, "se-mech-national-coordinator"));
        silent(&fs, "no-national-coordinator");
        silent(&fs, "no-independent-rapporteur");
        // "The Work Environment Authority, for example, has the potential to be more active"
        let wea = fires(&fs, "labour-inspectorate-without-labour-mandate", "se-wea");
        assert_eq!(wea.severity, Severity::Gap);
        // "Cooperation between government authorities and civil society actors, such as NGOs
        // and trade unions, also needs to be developed further."
        fires(&fs, "sparse-government-civil-cooperation", "country");
        fires(&fs, "civil-society-outside-working-groups", "country");
        fires(&fs, "labour-actor-outside-mechanisms", "trade_union");
    }

    // --- each rule on a small edited copy ------------------------------------------------

    fn mechanism<'a>(c: &'a mut CountryAtlas, id: &str) -> &'a mut Mechanism {
        c.mechanisms
            .iter_mut()
            .find(|m| m.id.as_str() == id)
            .unwrap_or_else(|| panic!("no mechanism {id}"))
    }

    fn actor<'a>(c: &'a mut CountryAtlas, id: &str) -> &'a mut Actor {
        c.actors
            .iter_mut()
            .find(|a| a.id.as_str() == id)
            .unwrap_or_else(|| panic!("no actor {id}"))
    }

    fn run(rule: &str, c: &CountryAtlas) -> Vec<Finding> {
        evaluate(c).into_iter().filter(|f| f.rule == rule).collect()
    }

    #[test]
    fn no_national_coordinator_fires_when_the_post_goes() {
        let mut c = country("SE");
        assert!(run("no-national-coordinator", &c).is_empty());
        mechanism(&mut c, "se-mech-national-coordinator").status = MechanismStatus::Absent;
        assert_eq!(
            run("no-national-coordinator", &c)[0].severity,
            Severity::Gap
        );
        c.mechanisms
            .retain(|m| m.kind != MechanismKind::NationalCoordinator);
        assert_eq!(
            run("no-national-coordinator", &c)[0].severity,
            Severity::Unrecorded
        );
    }

    #[test]
    fn a_coordinator_for_all_forms_silences_the_sexual_only_rule() {
        let mut c = country("SE");
        assert_eq!(run("coordinator-not-for-labour", &c).len(), 1);
        mechanism(&mut c, "se-mech-national-coordinator").focus = Focus::All;
        assert!(run("coordinator-not-for-labour", &c).is_empty());
    }

    #[test]
    fn a_rapporteur_held_by_the_coordinator_is_not_independent() {
        let mut c = country("FI");
        assert!(run("no-independent-rapporteur", &c).is_empty());
        let coordinator = mechanism(&mut c, "fi-no-national-coordinator");
        coordinator.status = MechanismStatus::Formal;
        coordinator.holder = Some(id("fi-ombudsman-minorities"));
        let f = run("no-independent-rapporteur", &c);
        assert_eq!(f.len(), 1);
        assert!(f[0].sentence.contains("also coordinates"));
    }

    #[test]
    fn removing_the_mou_makes_the_rule_fire() {
        let mut c = country("DK");
        assert!(run("no-mou", &c).is_empty());
        mechanism(&mut c, "dk-mou").status = MechanismStatus::Absent;
        let f = run("no-mou", &c);
        assert_eq!(
            (f[0].severity, f[0].subject.as_str()),
            (Severity::Gap, "country")
        );
        assert!(cites(&f[0], "dk-mou"));
        c.mechanisms.retain(|m| m.kind != MechanismKind::Mou);
        assert_eq!(run("no-mou", &c)[0].severity, Severity::Unrecorded);
    }

    #[test]
    fn a_referral_system_for_sexual_exploitation_only_fires() {
        let mut c = country("FI");
        assert!(run("referral-system-absent-or-sexual-only", &c).is_empty());
        mechanism(&mut c, "fi-referral-system").focus = Focus::Sexual;
        assert_eq!(
            run("referral-system-absent-or-sexual-only", &c)[0].subject,
            "sexual-only"
        );
        mechanism(&mut c, "fi-referral-system").status = MechanismStatus::Absent;
        let f = run("referral-system-absent-or-sexual-only", &c);
        assert_eq!(
            (f[0].subject.as_str(), f[0].severity),
            ("absent", Severity::Gap)
        );
    }

    #[test]
    fn an_action_plan_on_sexual_exploitation_only_fires() {
        let mut c = country("DK");
        assert!(run("no-action-plan-for-labour", &c).is_empty());
        mechanism(&mut c, "dk-nap-mechanism").focus = Focus::Sexual;
        let f = run("no-action-plan-for-labour", &c);
        assert_eq!(f[0].severity, Severity::Gap);
        assert!(cites(&f[0], "dk-nap-mechanism"));
    }

    #[test]
    fn a_labour_unit_recorded_missing_fires_beside_units_in_place() {
        let mut c = country("SE");
        let rule = "no-specialised-unit-for-labour";
        // Sweden's Border Police unit works on labour.
        assert!(run(rule, &c).is_empty());
        mechanism(&mut c, "se-su-border-police").focus = Focus::All;
        mechanism(&mut c, "se-su-tax-agency").focus = Focus::Labour;
        let f = run(rule, &c);
        assert_eq!(f[0].subject, "labour");
        assert!(cites(&f[0], "se-su-tax-agency"));
        for m in &mut c.mechanisms {
            if m.kind == MechanismKind::SpecialisedUnit {
                m.status = MechanismStatus::Absent;
            }
        }
        assert_eq!(run(rule, &c)[0].subject, "country");
    }

    #[test]
    fn the_whole_atlas_is_every_country_in_order() {
        let all = evaluate_atlas(atlas());
        let by_country: Vec<Finding> = atlas().countries.iter().flat_map(evaluate).collect();
        assert_eq!(all, by_country);
        // The Russian Federation takes the article, and a sentence starts in capitals.
        let ru = evaluate(&country("RU"));
        assert!(
            ru.iter()
                .any(|f| f.sentence.starts_with("The Russian Federation has no"))
        );
        assert!(
            all.iter()
                .all(|f| f.sentence.chars().next().is_some_and(char::is_uppercase))
        );
    }

    #[test]
    fn an_inspectorate_loses_its_labour_mandate() {
        let mut c = country("LT");
        assert!(run("labour-inspectorate-without-labour-mandate", &c).is_empty());
        for m in &mut actor(&mut c, "lt-sli").mandates {
            m.labour_mandate = None;
        }
        let f = run("labour-inspectorate-without-labour-mandate", &c);
        assert_eq!(
            (f[0].subject.as_str(), f[0].severity),
            ("lt-sli", Severity::Unrecorded)
        );
        // Stated as denied, it is a gap.
        actor(&mut c, "lt-sli").mandates[0].denied = true;
        assert_eq!(
            run("labour-inspectorate-without-labour-mandate", &c)[0].severity,
            Severity::Gap
        );
    }

    #[test]
    fn an_inspectorate_taken_out_of_the_working_group_fires() {
        let mut c = country("NO");
        let rule = "labour-actor-outside-mechanisms";
        assert!(found(&run(rule, &c), rule, "labour_inspection").is_none());
        let li = id("no-li");
        for m in &mut c.mechanisms {
            m.members.retain(|x| *x != li);
        }
        let fs = run(rule, &c);
        let f = fires(&fs, rule, "labour_inspection");
        assert!(involves(f, "no-li"));
        assert_eq!(f.severity, Severity::Gap);
    }

    #[test]
    fn victim_status_for_irregular_migrants_uncovered_when_dis_loses_it() {
        let mut c = country("DK");
        let rule = "victim-status-group-uncovered";
        assert!(
            run(rule, &c).is_empty(),
            "legal residents (CMM) and irregular migrants (DIS)"
        );
        actor(&mut c, "dk-dis")
            .mandates
            .retain(|m| m.capability != Capability::DetermineVictimStatus);
        let fs = run(rule, &c);
        let f = fires(&fs, rule, "irregular-migrants");
        assert!(involves(f, "dk-cmm"));
        assert!(found(&fs, rule, "legal-residents").is_none());
        // A mandate that names no group covers everyone.
        actor(&mut c, "dk-cmm")
            .mandates
            .iter_mut()
            .filter(|m| m.capability == Capability::DetermineVictimStatus)
            .for_each(|m| m.scope = None);
        assert!(run(rule, &c).is_empty());
        for a in &mut c.actors {
            a.mandates
                .retain(|m| m.capability != Capability::DetermineVictimStatus);
        }
        assert_eq!(run(rule, &c)[0].subject, "anyone");
    }

    #[test]
    fn ngos_that_only_prevent_fire() {
        let mut c = country("LV");
        let rule = "ngos-only-in-prevention";
        assert!(run(rule, &c).is_empty());
        let ngos: Vec<ActorId> = c
            .actors
            .iter()
            .filter(|a| a.sector == Sector::Ngo)
            .map(|a| a.id.clone())
            .collect();
        for a in c.actors.iter_mut().filter(|a| a.sector == Sector::Ngo) {
            a.mandates.retain(|m| {
                !matches!(
                    m.capability,
                    Capability::IdentifyVictims | Capability::ReferVictims
                )
            });
        }
        c.cooperation.retain(|t| {
            t.kind != CooperationKind::Referral || !(ngos.contains(&t.from) || ngos.contains(&t.to))
        });
        let f = run(rule, &c);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].evidence
                .iter()
                .all(|e| e.fact.ends_with("/prevention") || e.fact.ends_with("/training"))
        );
    }

    #[test]
    fn civil_society_leaving_the_working_groups_fires() {
        let mut c = country("EE");
        let rule = "civil-society-outside-working-groups";
        assert!(run(rule, &c).is_empty());
        let ngos = id("ee-ngos");
        mechanism(&mut c, "ee-coordination-network")
            .members
            .retain(|m| *m != ngos);
        assert_eq!(run(rule, &c).len(), 1);
    }

    #[test]
    fn cooperation_density_crosses_the_threshold() {
        let mut c = country("LV");
        let rule = "sparse-government-civil-cooperation";
        let (tied, possible) = government_civil_pairs(&c);
        assert!(
            tied * 10 >= possible,
            "Latvia is above the threshold: {tied}/{possible}"
        );
        assert!(run(rule, &c).is_empty());
        // Drop ties until fewer than one pair in ten remains tied.
        let gov =
            |c: &CountryAtlas, x: &ActorId| c.actor(x).is_some_and(|a| a.sector.is_governmental());
        let keep = possible / 10 - 1;
        let mut kept = 0;
        let snapshot = c.clone();
        c.cooperation.retain(|t| {
            let crossing = gov(&snapshot, &t.from) != gov(&snapshot, &t.to);
            if !crossing {
                return true;
            }
            kept += 1;
            kept <= keep
        });
        let (tied, _) = government_civil_pairs(&c);
        assert!(tied <= keep);
        let f = run(rule, &c);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].evidence.len(), tied);
    }

    #[test]
    fn the_most_chosen_limitation_follows_the_counts() {
        let mut c = country("NO");
        let rule = "most-chosen-limitation";
        assert_eq!(run(rule, &c)[0].subject, "lack_of_capacity");
        for l in c
            .limitations
            .iter_mut()
            .filter(|l| l.category == LimitationCategory::LackOfKnowledge)
        {
            l.respondents = Some(9);
        }
        let f = run(rule, &c);
        assert_eq!(
            (f[0].subject.as_str(), f[0].severity),
            ("lack_of_knowledge", Severity::Information)
        );
        for l in &mut c.limitations {
            l.respondents = None;
        }
        assert!(run(rule, &c).is_empty(), "no numbers, nothing to rank");
    }

    // --- baseline against today ---------------------------------------------------------

    #[test]
    fn comparison_sees_a_gap_open_and_close() {
        let before = country("DK");
        let mut after = before.clone();
        mechanism(&mut after, "dk-mou").status = MechanismStatus::Absent;
        // …and the labour inspectorate gets a labour mandate.
        actor(&mut after, "dk-wea").mandates[0].labour_mandate = Some(true);
        let (old, new) = (evaluate(&before), evaluate(&after));
        let cmp = compare(&old, &new);
        let keys = |fs: &[Finding]| {
            fs.iter()
                .map(|f| format!("{}/{}", f.rule, f.subject))
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(&cmp.opened), vec!["no-mou/country"]);
        assert!(
            keys(&cmp.closed)
                .contains(&"labour-inspectorate-without-labour-mandate/dk-wea".to_string())
        );
        assert_eq!(cmp.kept.len() + cmp.closed.len(), old.len());
        assert_eq!(cmp.kept.len() + cmp.opened.len(), new.len());
        // Nothing changes, nothing opens or closes.
        let same = compare(&old, &old);
        assert!(same.opened.is_empty() && same.closed.is_empty());
        assert_eq!(same.kept, old);
    }
}
