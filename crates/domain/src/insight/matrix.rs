//! The comparative matrix: the report's eleven chapters side by side, so a rapporteur's
//! comparative question ("which countries lack an MoU?", "where does the labour
//! inspectorate sit in no formal mechanism?") is one lookup. Every cell names the facts
//! behind it (ids the pages link to) and whether an ambiguity of the report contests them.

use serde::Serialize;
use utoipa::ToSchema;

use crate::atlas::Atlas;
use crate::atlas::model::*;
use crate::atlas::query::{self, MechanismState};
use crate::atlas::vocabulary::*;

mod compare;
pub use compare::{CellChange, CellState, MatrixTable, Trend, compare};

/// One mechanism of a cell, with its own grade (a cell holds the strongest).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MechanismRef {
    pub id: FactId,
    pub name: String,
    pub status: MechanismStatus,
    pub focus: Focus,
}

/// Mechanism kind × country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = MatrixMechanismCell)]
pub struct MechanismCell {
    pub country: CountryCode,
    pub kind: MechanismKind,
    /// The strongest grade recorded (`atlas::query::mechanism_states`).
    pub state: MechanismState,
    /// The foci of the mechanisms at that grade, in vocabulary order: Sweden's formal
    /// coordinator is `[sexual]`, Denmark's working groups `[labour, unclear]`.
    pub focus: Vec<Focus>,
    /// Every mechanism of the kind, whatever its grade, strongest first (file order
    /// within a grade): an expired action plan stays visible beside the current one.
    pub mechanisms: Vec<MechanismRef>,
    /// Positions of the ambiguities (`#ambiguity-N`) that concern any of them.
    pub contested: Vec<usize>,
}

/// An actor holding (or stated to lack) a capability, with what the mandate says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct MandateRef {
    pub actor: ActorId,
    pub name: String,
    pub sector: Sector,
    pub scope: Option<String>,
    pub labour_mandate: Option<bool>,
    /// Ambiguities concerning `actor/capability`.
    pub contested: Vec<usize>,
}

/// A document granting or regulating a capability.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct DocumentRef {
    pub id: FactId,
    pub title: String,
    pub kind: DocumentKind,
}

/// Capability × country: who holds it, who the report says lacks it, which laws grant it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct CapabilityCell {
    pub country: CountryCode,
    pub capability: Capability,
    /// One entry per held mandate (an actor with two scopes appears twice).
    pub holders: Vec<MandateRef>,
    pub denied: Vec<MandateRef>,
    pub documents: Vec<DocumentRef>,
}

/// Whether an actor heads a mechanism or sits in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SeatRole {
    Holder,
    Member,
}

/// A place of an actor in a mechanism that is in place (formal or functional equivalent).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Seat {
    pub mechanism: FactId,
    pub kind: MechanismKind,
    pub status: MechanismStatus,
    pub role: SeatRole,
}

/// An actor of a sector and its seats (empty: it sits in no mechanism in place).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SeatedActor {
    pub actor: ActorId,
    pub name: String,
    /// A generic group ("NGOs"), not one body.
    pub group: bool,
    pub seats: Vec<Seat>,
}

/// Sector × country: the sector's actors, and where they sit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct SectorCell {
    pub country: CountryCode,
    pub sector: Sector,
    /// Every actor of the sector in the country, in file order.
    pub actors: Vec<SeatedActor>,
}

impl SectorCell {
    /// Whether the atlas records actors of the sector in this country at all.
    pub fn present(&self) -> bool {
        !self.actors.is_empty()
    }
    /// Whether at least one of them sits in a mechanism in place.
    pub fn seated(&self) -> bool {
        self.actors.iter().any(|a| !a.seats.is_empty())
    }
    /// The cell as the CSV and the comparison name it: `absent` (no actor of the sector),
    /// `seated` (one sits in a mechanism in place), `left_out` (none does).
    pub fn state(&self) -> &'static str {
        if !self.present() {
            "absent"
        } else if self.seated() {
            "seated"
        } else {
            "left_out"
        }
    }
    /// "Where the labour inspectorate sits in no formal mechanism": actors present, none seated.
    pub fn left_out(&self) -> bool {
        self.present() && !self.seated()
    }
}

/// One statement of a limitation, with its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct LimitationStatement {
    pub respondents: Option<i64>,
    pub note: Option<String>,
    pub source: Source,
}

/// Limitation category × country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct LimitationCell {
    pub country: CountryCode,
    pub category: LimitationCategory,
    /// The largest number of respondents the report gives for the category, or `None`
    /// where it gives none. The largest, not the sum: the chapters state a category
    /// several times ("eight experienced lack of capacity", then "one respondent stated
    /// the work was done without extra resources"), and adding would count people twice.
    pub respondents: Option<i64>,
    pub statements: Vec<LimitationStatement>,
    /// Ambiguities concerning `limitation/<category>`.
    pub contested: Vec<usize>,
}

/// An actor named as a partner by other actors' statements.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct PartnerRank {
    pub country: CountryCode,
    pub actor: ActorId,
    pub name: String,
    pub sector: Sector,
    /// The distinct actors whose statements name it as a partner, sorted.
    pub named_by: Vec<ActorId>,
}

impl PartnerRank {
    pub fn count(&self) -> usize {
        self.named_by.len()
    }
}

/// The whole comparative matrix of an atlas revision: one row per vocabulary value,
/// one cell per country (countries in the atlas's order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct Matrix {
    pub countries: Vec<CountryCode>,
    pub mechanisms: Vec<Vec<MechanismCell>>,
    pub capabilities: Vec<Vec<CapabilityCell>>,
    pub sectors: Vec<Vec<SectorCell>>,
    pub limitations: Vec<Vec<LimitationCell>>,
}

pub fn matrix(atlas: &Atlas) -> Matrix {
    Matrix {
        countries: atlas
            .countries
            .iter()
            .map(|c| c.country.code.clone())
            .collect(),
        mechanisms: rows(atlas, mechanism_row),
        capabilities: rows(atlas, capability_row),
        sectors: rows(atlas, sector_row),
        limitations: rows(atlas, limitation_row),
    }
}

fn rows<T>(atlas: &Atlas, row: fn(&CountryAtlas) -> Vec<T>) -> Vec<Vec<T>> {
    transpose(atlas.countries.iter().map(row).collect())
}

/// Country-major rows to vocabulary-major rows (every country row has one cell per value).
fn transpose<T>(per_country: Vec<Vec<T>>) -> Vec<Vec<T>> {
    let width = per_country.first().map_or(0, Vec::len);
    let mut out: Vec<Vec<T>> = (0..width).map(|_| Vec::new()).collect();
    for row in per_country {
        for (i, cell) in row.into_iter().enumerate() {
            out[i].push(cell);
        }
    }
    out
}

fn status_rank(s: MechanismStatus) -> u8 {
    match s {
        MechanismStatus::Formal => 0,
        MechanismStatus::FunctionalEquivalent => 1,
        MechanismStatus::Expired => 2,
        MechanismStatus::Absent => 3,
    }
}

/// One cell per mechanism kind for a country, in vocabulary order.
pub fn mechanism_row(c: &CountryAtlas) -> Vec<MechanismCell> {
    query::mechanism_states(c)
        .into_iter()
        .map(|(kind, state)| mechanism_cell(c, kind, state))
        .collect()
}

/// The cell of one mechanism kind in one country.
pub fn mechanism_cell(
    c: &CountryAtlas,
    kind: MechanismKind,
    state: MechanismState,
) -> MechanismCell {
    let mut of_kind: Vec<&Mechanism> = c.mechanisms.iter().filter(|m| m.kind == kind).collect();
    of_kind.sort_by_key(|m| status_rank(m.status));
    let mut focus: Vec<Focus> = of_kind
        .iter()
        .filter(|m| MechanismState::from(m.status) == state)
        .map(|m| m.focus)
        .collect();
    focus.sort();
    focus.dedup();
    let mut contested: Vec<usize> = of_kind
        .iter()
        .flat_map(|m| c.contested(m.id.as_str()))
        .collect();
    contested.sort_unstable();
    contested.dedup();
    MechanismCell {
        country: c.country.code.clone(),
        kind,
        state,
        focus,
        mechanisms: of_kind
            .iter()
            .map(|m| MechanismRef {
                id: m.id.clone(),
                name: m.name.clone(),
                status: m.status,
                focus: m.focus,
            })
            .collect(),
        contested,
    }
}

fn mandate_ref(c: &CountryAtlas, a: &Actor, m: &Mandate) -> MandateRef {
    MandateRef {
        actor: a.id.clone(),
        name: a.name.clone(),
        sector: a.sector,
        scope: m.scope.clone(),
        labour_mandate: m.labour_mandate,
        contested: c.contested(&format!("{}/{}", a.id, m.capability)),
    }
}

/// One cell per capability for a country, in vocabulary order.
pub fn capability_row(c: &CountryAtlas) -> Vec<CapabilityCell> {
    Capability::all()
        .map(|cap| capability_cell(c, cap))
        .collect()
}

pub fn capability_cell(c: &CountryAtlas, capability: Capability) -> CapabilityCell {
    CapabilityCell {
        country: c.country.code.clone(),
        capability,
        holders: query::holders(c, capability)
            .into_iter()
            .map(|(a, m)| mandate_ref(c, a, m))
            .collect(),
        denied: query::denied_mandates(c)
            .into_iter()
            .filter(|(_, m)| m.capability == capability)
            .map(|(a, m)| mandate_ref(c, a, m))
            .collect(),
        documents: c
            .documents
            .iter()
            .filter(|d| d.capabilities.contains(&capability))
            .map(|d| DocumentRef {
                id: d.id.clone(),
                title: d.title.clone(),
                kind: d.kind,
            })
            .collect(),
    }
}

/// The actor's places in mechanisms that are in place (formal or functional equivalent):
/// absent and expired mechanisms seat nobody.
pub fn seats(c: &CountryAtlas, actor: &ActorId) -> Vec<Seat> {
    c.mechanisms
        .iter()
        .filter(|m| m.status.is_in_place())
        .filter_map(|m| {
            let role = if m.holder.as_ref() == Some(actor) {
                SeatRole::Holder
            } else if m.members.contains(actor) {
                SeatRole::Member
            } else {
                return None;
            };
            Some(Seat {
                mechanism: m.id.clone(),
                kind: m.kind,
                status: m.status,
                role,
            })
        })
        .collect()
}

/// One cell per sector for a country, in vocabulary order.
pub fn sector_row(c: &CountryAtlas) -> Vec<SectorCell> {
    Sector::all().map(|s| sector_cell(c, s)).collect()
}

pub fn sector_cell(c: &CountryAtlas, sector: Sector) -> SectorCell {
    SectorCell {
        country: c.country.code.clone(),
        sector,
        actors: c
            .actors
            .iter()
            .filter(|a| a.sector == sector)
            .map(|a| SeatedActor {
                actor: a.id.clone(),
                name: a.name.clone(),
                group: a.group,
                seats: seats(c, &a.id),
            })
            .collect(),
    }
}

/// One cell per limitation category for a country, in vocabulary order.
pub fn limitation_row(c: &CountryAtlas) -> Vec<LimitationCell> {
    LimitationCategory::all()
        .map(|cat| limitation_cell(c, cat))
        .collect()
}

pub fn limitation_cell(c: &CountryAtlas, category: LimitationCategory) -> LimitationCell {
    let statements: Vec<LimitationStatement> = c
        .limitations
        .iter()
        .filter(|l| l.category == category)
        .map(|l| LimitationStatement {
            respondents: l.respondents,
            note: l.note.clone(),
            source: l.source.clone(),
        })
        .collect();
    LimitationCell {
        country: c.country.code.clone(),
        category,
        // The 2012 study's count: countries are compared on the report's figures, and a
        // later survey wave's count (a statement of its own) is not mixed in.
        respondents: c
            .limitations
            .iter()
            .filter(|l| l.category == category && l.wave().is_none())
            .filter_map(|l| l.respondents)
            .max(),
        statements,
        contested: c.contested(&format!("limitation/{category}")),
    }
}

/// "In how many countries did respondents choose lack of knowledge most often?": the
/// limitation cells of every country (of `category` only, if given) that the report
/// states at least once, most respondents first; cells without a number come last, then
/// by country and category.
pub fn limitations_across(
    atlas: &Atlas,
    category: Option<LimitationCategory>,
) -> Vec<LimitationCell> {
    let mut cells: Vec<LimitationCell> = atlas
        .countries
        .iter()
        .flat_map(limitation_row)
        .filter(|cell| !cell.statements.is_empty())
        .filter(|cell| category.is_none_or(|cat| cat == cell.category))
        .collect();
    cells.sort_by(|a, b| {
        b.respondents
            .cmp(&a.respondents)
            .then_with(|| a.country.cmp(&b.country))
            .then_with(|| a.category.cmp(&b.category))
    });
    cells
}

/// Actors ranked by how many other actors name them as a partner: a tie counts for an
/// end when its `reported_by` is another actor (one end naming the other, or a third
/// party describing both), and each reporter counts once however many ties it states.
/// Ties without a reporter say nothing about who named whom and are left out. Most named
/// first, then by country and name; actors nobody names are left out.
pub fn partner_ranking(atlas: &Atlas, country: Option<&CountryCode>) -> Vec<PartnerRank> {
    let mut ranks = Vec::new();
    for c in atlas
        .countries
        .iter()
        .filter(|c| country.is_none_or(|code| *code == c.country.code))
    {
        for a in &c.actors {
            let mut named_by: Vec<ActorId> = c
                .cooperation
                .iter()
                .filter(|t| t.from == a.id || t.to == a.id)
                .filter_map(|t| t.reported_by.clone())
                .filter(|r| *r != a.id)
                .collect();
            named_by.sort();
            named_by.dedup();
            if !named_by.is_empty() {
                ranks.push(PartnerRank {
                    country: c.country.code.clone(),
                    actor: a.id.clone(),
                    name: a.name.clone(),
                    sector: a.sector,
                    named_by,
                });
            }
        }
    }
    ranks.sort_by(|a, b| {
        b.count()
            .cmp(&a.count())
            .then_with(|| a.country.cmp(&b.country))
            .then_with(|| a.name.cmp(&b.name))
    });
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parsed once for all tests (a debug build takes about a second per parse).
    fn atlas() -> &'static Atlas {
        static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
        ATLAS.get_or_init(|| Atlas::embedded().unwrap_or_else(|e| panic!("embedded atlas: {e:?}")))
    }

    fn country<'a>(atlas: &'a Atlas, code: &str) -> &'a CountryAtlas {
        atlas
            .countries
            .iter()
            .find(|c| c.country.code.as_str() == code)
            .unwrap_or_else(|| panic!("no {code}"))
    }

    fn cell<'a, T>(m: &'a Matrix, rows: &'a [Vec<T>], row: usize, code: &str) -> &'a T {
        let col = m
            .countries
            .iter()
            .position(|c| c.as_str() == code)
            .unwrap_or_else(|| panic!("no column {code}"));
        &rows[row][col]
    }

    fn kind_row(kind: MechanismKind) -> usize {
        MechanismKind::all().position(|k| k == kind).unwrap_or(0)
    }

    #[test]
    fn the_matrix_has_one_cell_per_value_and_country() {
        let atlas = atlas();
        let m = matrix(atlas);
        assert_eq!(m.countries.len(), atlas.countries.len());
        assert_eq!(m.mechanisms.len(), MechanismKind::all().count());
        assert_eq!(m.capabilities.len(), Capability::all().count());
        assert_eq!(m.sectors.len(), Sector::all().count());
        assert_eq!(m.limitations.len(), LimitationCategory::all().count());
        for row in &m.mechanisms {
            assert_eq!(row.len(), m.countries.len());
            for (cell, code) in row.iter().zip(&m.countries) {
                assert_eq!(&cell.country, code);
            }
        }
    }

    #[test]
    fn which_countries_lack_an_mou_is_one_row() {
        let atlas = atlas();
        let m = matrix(atlas);
        let row = &m.mechanisms[kind_row(MechanismKind::Mou)];
        // Norway records no MoU ("An MoU which specifies the roles of each actor … could
        // be taken"); Denmark's is formal.
        assert_eq!(
            cell(&m, &m.mechanisms, kind_row(MechanismKind::Mou), "NO").state,
            MechanismState::Absent
        );
        assert_eq!(
            cell(&m, &m.mechanisms, kind_row(MechanismKind::Mou), "DK").state,
            MechanismState::Formal
        );
        // Every state agrees with the atlas query it is built on.
        for cell in row {
            let c = country(atlas, cell.country.as_str());
            let expected = query::mechanism_states(c)
                .into_iter()
                .find(|(k, _)| *k == MechanismKind::Mou)
                .map(|(_, s)| s);
            assert_eq!(Some(cell.state), expected);
            assert_eq!(
                cell.mechanisms.len(),
                c.mechanisms
                    .iter()
                    .filter(|x| x.kind == MechanismKind::Mou)
                    .count()
            );
        }
    }

    #[test]
    fn a_cell_lists_its_mechanisms_strongest_first_and_the_focus_of_the_strongest() {
        let atlas = atlas();
        let m = matrix(atlas);
        let se = cell(
            &m,
            &m.mechanisms,
            kind_row(MechanismKind::NationalCoordinator),
            "SE",
        );
        assert_eq!(se.state, MechanismState::Formal);
        assert_eq!(se.focus, vec![Focus::Sexual]);
        for row in &m.mechanisms {
            for cell in row {
                let ranks: Vec<u8> = cell
                    .mechanisms
                    .iter()
                    .map(|r| status_rank(r.status))
                    .collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] <= w[1]),
                    "{:?}",
                    cell.mechanisms
                );
                if cell.state == MechanismState::NotRecorded {
                    assert!(cell.mechanisms.is_empty() && cell.focus.is_empty());
                } else {
                    assert!(!cell.focus.is_empty());
                }
            }
        }
    }

    #[test]
    fn a_contested_mechanism_marks_its_cell() {
        let atlas = atlas();
        let m = matrix(atlas);
        // Sweden's MoU is the subject of an ambiguity of the data file.
        let se = cell(&m, &m.mechanisms, kind_row(MechanismKind::Mou), "SE");
        let c = country(atlas, "SE");
        assert!(!se.contested.is_empty());
        for n in &se.contested {
            let amb = &c.ambiguities[n - 1];
            assert!(amb.concerns.iter().any(|x| x == "se-mou"));
        }
    }

    #[test]
    fn capability_cells_separate_held_from_denied_mandates() {
        let atlas = atlas();
        let m = matrix(atlas);
        let row = Capability::all()
            .position(|c| c == Capability::InspectWorkplaces)
            .unwrap_or(0);
        let dk = cell(&m, &m.capabilities, row, "DK");
        // "they do not have the authority to look into matters such as wages and contracts"
        assert!(dk.denied.iter().any(|r| r.actor.as_str() == "dk-wea"));
        assert!(dk.holders.iter().any(|r| r.actor.as_str() == "dk-wea"));
        let mut denied_total = 0;
        for row in &m.capabilities {
            for cell in row {
                let c = country(atlas, cell.country.as_str());
                denied_total += cell.denied.len();
                for h in &cell.holders {
                    let a = c.actor(&h.actor).unwrap_or_else(|| panic!("{}", h.actor));
                    assert!(
                        a.mandates
                            .iter()
                            .any(|x| x.capability == cell.capability && !x.denied)
                    );
                }
            }
        }
        let expected: usize = atlas
            .countries
            .iter()
            .map(CountryAtlas::denied_mandate_count)
            .sum();
        assert_eq!(denied_total, expected);
    }

    #[test]
    fn documents_granting_a_capability_sit_in_its_cell() {
        let atlas = atlas();
        let m = matrix(atlas);
        for (cap, row) in Capability::all().zip(&m.capabilities) {
            let in_cells: usize = row.iter().map(|c| c.documents.len()).sum();
            assert_eq!(in_cells, query::documents_governing(atlas, cap, None).len());
        }
    }

    #[test]
    fn the_icelandic_directorate_of_labour_sits_in_no_mechanism() {
        // "The Directorate of Labour is similarly not included in the coordination team"
        let atlas = atlas();
        let m = matrix(atlas);
        let row = Sector::all()
            .position(|s| s == Sector::LabourInspection)
            .unwrap_or(0);
        let is = cell(&m, &m.sectors, row, "IS");
        assert!(is.left_out(), "{is:?}");
        // Norway's labour inspectorate sits in KOM's inter-agency group.
        let no = cell(&m, &m.sectors, row, "NO");
        assert!(no.seated());
        assert!(
            no.actors
                .iter()
                .flat_map(|a| &a.seats)
                .any(|s| s.mechanism.as_str() == "no-kom-inter-agency-group")
        );
    }

    #[test]
    fn an_absent_mechanism_seats_nobody() {
        let atlas = atlas();
        let mut c = country(atlas, "EE").clone();
        let lft = FactId::parse("ee-lft").unwrap_or_else(|e| panic!("{e}"));
        assert!(!seats(&c, &lft).is_empty());
        for m in &mut c.mechanisms {
            m.status = MechanismStatus::Absent;
        }
        assert!(seats(&c, &lft).is_empty());
    }

    #[test]
    fn limitations_are_sorted_by_respondents_and_take_the_largest_statement() {
        let atlas = atlas();
        let all = limitations_across(atlas, None);
        assert!(all.windows(2).all(|w| w[0].respondents >= w[1].respondents));
        // "Out of nine respondents, eight experienced that the lack of capacity provided a
        // limitation" is the largest count of the study.
        assert_eq!(all[0].country.as_str(), "NO");
        assert_eq!(all[0].category, LimitationCategory::LackOfCapacity);
        assert_eq!(all[0].respondents, Some(8));
        assert!(
            all[0].statements.len() > 1,
            "the one-respondent detail is kept as a statement"
        );
        let knowledge = limitations_across(atlas, Some(LimitationCategory::LackOfKnowledge));
        assert!(
            knowledge
                .iter()
                .all(|c| c.category == LimitationCategory::LackOfKnowledge)
        );
        assert!(
            knowledge
                .iter()
                .any(|c| c.country.as_str() == "FI" && c.respondents == Some(4))
        );
    }

    #[test]
    fn partners_are_ranked_by_distinct_reporters_other_than_themselves() {
        let atlas = atlas();
        let ranks = partner_ranking(atlas, None);
        assert!(!ranks.is_empty());
        assert!(ranks.windows(2).all(|w| w[0].count() >= w[1].count()));
        for r in &ranks {
            assert!(!r.named_by.contains(&r.actor));
            assert!(r.named_by.windows(2).all(|w| w[0] < w[1]));
        }
        // Recount one actor by hand from the ties.
        let top = &ranks[0];
        let c = country(atlas, top.country.as_str());
        let mut by: Vec<&ActorId> = c
            .cooperation
            .iter()
            .filter(|t| t.from == top.actor || t.to == top.actor)
            .filter_map(|t| t.reported_by.as_ref())
            .filter(|r| **r != top.actor)
            .collect();
        by.sort();
        by.dedup();
        assert_eq!(by.len(), top.count());
        let dk = CountryCode::try_from("DK".to_string()).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            partner_ranking(atlas, Some(&dk))
                .iter()
                .all(|r| r.country == dk)
        );
    }
}
