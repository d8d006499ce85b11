//! The baseline against today for the comparative matrix: every cell whose verdict
//! changed between two revisions — a mechanism that became formal, a sector that got a
//! seat, a capability that lost its holder — with what it was and what it is.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::{CapabilityCell, LimitationCell, Matrix, MechanismCell, SectorCell};
use crate::atlas::CountryCode;
use crate::atlas::query::MechanismState;

/// The four tables of the matrix (the `table` column of its CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatrixTable {
    Mechanism,
    Capability,
    Sector,
    Limitation,
}

impl MatrixTable {
    pub fn as_str(self) -> &'static str {
        match self {
            MatrixTable::Mechanism => "mechanism",
            MatrixTable::Capability => "capability",
            MatrixTable::Sector => "sector",
            MatrixTable::Limitation => "limitation",
        }
    }
}

/// A cell reduced to what a comparison reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = MatrixCellState)]
pub struct CellState {
    /// Mechanism: its state (`formal`, `functional_equivalent`, `expired`, `absent`,
    /// `not_recorded`). Capability: how many actors hold it. Sector: `absent` (no actor
    /// of the sector recorded), `seated` (one sits in a mechanism in place) or
    /// `left_out`. Limitation: the largest number of respondents, `stated` where the
    /// report gives no number, `not_stated`.
    pub value: String,
    /// Mechanism: the foci at that state. Capability: the holders' ids. Sector: the ids of
    /// the seated actors. Limitation: empty.
    pub detail: Vec<String>,
}

/// Which way a cell moved, where the matrix can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
#[schema(as = MatrixTrend)]
pub enum Trend {
    /// A stronger mechanism, more holders of a capability, a sector seated that was left
    /// out.
    Stronger,
    /// The reverse.
    Weaker,
    /// Changed without a direction: another focus, other holders of the same number, a
    /// different count of respondents, a country only one revision has.
    Changed,
}

/// A cell of the matrix whose state differs between two revisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = MatrixCellChange)]
pub struct CellChange {
    pub table: MatrixTable,
    /// The row's vocabulary value (`mou`, `determine_victim_status`, `trade_union`, …).
    pub row: String,
    pub country: CountryCode,
    /// `None` where the country is not in the older revision.
    pub from: Option<CellState>,
    /// `None` where the country is not in the newer revision.
    pub to: Option<CellState>,
    pub trend: Trend,
}

type Key = (MatrixTable, usize, CountryCode);

/// Every cell of `base` (the older matrix) and `now` whose state differs, in table order,
/// then row (vocabulary) order, then the newer matrix's country order (a country only the
/// older one has comes after).
pub fn compare(base: &Matrix, now: &Matrix) -> Vec<CellChange> {
    let old: BTreeMap<Key, (String, CellState)> = states(base)
        .into_iter()
        .map(|(k, row, s)| (k, (row, s)))
        .collect();
    let new = states(now);
    let new_keys: std::collections::BTreeSet<&Key> = new.iter().map(|(k, _, _)| k).collect();
    let mut changes: Vec<(usize, CellChange)> = Vec::new();
    for (key, row, state) in &new {
        let before = old.get(key).map(|(_, s)| s);
        if before == Some(state) {
            continue;
        }
        let column = now
            .countries
            .iter()
            .position(|c| *c == key.2)
            .unwrap_or(usize::MAX);
        changes.push((
            column,
            CellChange {
                table: key.0,
                row: row.clone(),
                country: key.2.clone(),
                from: before.cloned(),
                to: Some(state.clone()),
                trend: before.map_or(Trend::Changed, |b| trend(key.0, b, state)),
            },
        ));
    }
    for (key, (row, state)) in &old {
        if !new_keys.contains(key) {
            changes.push((
                usize::MAX,
                CellChange {
                    table: key.0,
                    row: row.clone(),
                    country: key.2.clone(),
                    from: Some(state.clone()),
                    to: None,
                    trend: Trend::Changed,
                },
            ));
        }
    }
    let row_index = |c: &CellChange| row_position(c.table, &c.row);
    changes.sort_by(|(ca, a), (cb, b)| {
        (a.table, row_index(a), *ca, &a.country).cmp(&(b.table, row_index(b), *cb, &b.country))
    });
    changes.into_iter().map(|(_, c)| c).collect()
}

fn row_position(table: MatrixTable, row: &str) -> usize {
    use crate::atlas::vocabulary::{Capability, LimitationCategory, MechanismKind, Sector};
    match table {
        MatrixTable::Mechanism => MechanismKind::all().position(|k| k.as_str() == row),
        MatrixTable::Capability => Capability::all().position(|k| k.as_str() == row),
        MatrixTable::Sector => Sector::all().position(|k| k.as_str() == row),
        MatrixTable::Limitation => LimitationCategory::all().position(|k| k.as_str() == row),
    }
    .unwrap_or(usize::MAX)
}

/// Every cell's key, row value and state, in matrix order.
fn states(m: &Matrix) -> Vec<(Key, String, CellState)> {
    let mut out = Vec::new();
    let mut table = |t: MatrixTable, rows: Vec<Vec<(&CountryCode, &'static str, CellState)>>| {
        for (r, row) in rows.into_iter().enumerate() {
            for (country, value, state) in row {
                out.push(((t, r, country.clone()), value.to_string(), state));
            }
        }
    };
    table(
        MatrixTable::Mechanism,
        map_rows(&m.mechanisms, |c| {
            (&c.country, c.kind.as_str(), mechanism_state(c))
        }),
    );
    table(
        MatrixTable::Capability,
        map_rows(&m.capabilities, |c| {
            (&c.country, c.capability.as_str(), capability_state(c))
        }),
    );
    table(
        MatrixTable::Sector,
        map_rows(&m.sectors, |c| {
            (&c.country, c.sector.as_str(), sector_state(c))
        }),
    );
    table(
        MatrixTable::Limitation,
        map_rows(&m.limitations, |c| {
            (&c.country, c.category.as_str(), limitation_state(c))
        }),
    );
    out
}

fn map_rows<'a, T, U>(rows: &'a [Vec<T>], f: impl Fn(&'a T) -> U) -> Vec<Vec<U>> {
    rows.iter()
        .map(|row| row.iter().map(&f).collect())
        .collect()
}

fn mechanism_state(c: &MechanismCell) -> CellState {
    // The focus of a mechanism recorded absent says nothing (the matrix does not show it).
    let none = matches!(
        c.state,
        MechanismState::Absent | MechanismState::NotRecorded
    );
    CellState {
        value: c.state.as_str().to_owned(),
        detail: if none {
            Vec::new()
        } else {
            c.focus.iter().map(|f| f.as_str().to_owned()).collect()
        },
    }
}

fn capability_state(c: &CapabilityCell) -> CellState {
    let mut holders: Vec<String> = c.holders.iter().map(|h| h.actor.to_string()).collect();
    holders.sort();
    holders.dedup();
    CellState {
        value: holders.len().to_string(),
        detail: holders,
    }
}

fn sector_state(c: &SectorCell) -> CellState {
    CellState {
        value: c.state().to_owned(),
        detail: c
            .actors
            .iter()
            .filter(|a| !a.seats.is_empty())
            .map(|a| a.actor.to_string())
            .collect(),
    }
}

fn limitation_state(c: &LimitationCell) -> CellState {
    let value = match c.respondents {
        Some(n) => n.to_string(),
        None if !c.statements.is_empty() => "stated".to_owned(),
        None => "not_stated".to_owned(),
    };
    CellState {
        value,
        detail: Vec::new(),
    }
}

/// Strength of a mechanism state: in place beats expired beats none; a recorded absence
/// and the report's silence are both "none".
fn mechanism_strength(value: &str) -> u8 {
    match value {
        s if s == MechanismState::Formal.as_str() => 3,
        s if s == MechanismState::FunctionalEquivalent.as_str() => 2,
        s if s == MechanismState::Expired.as_str() => 1,
        _ => 0,
    }
}

fn sector_strength(value: &str) -> Option<u8> {
    match value {
        "seated" => Some(1),
        "left_out" => Some(0),
        // No actor of the sector: neither seated nor left out.
        _ => None,
    }
}

fn trend(table: MatrixTable, from: &CellState, to: &CellState) -> Trend {
    let by = |a: Option<u8>, b: Option<u8>| match (a, b) {
        (Some(a), Some(b)) if b > a => Trend::Stronger,
        (Some(a), Some(b)) if b < a => Trend::Weaker,
        _ => Trend::Changed,
    };
    match table {
        MatrixTable::Mechanism => by(
            Some(mechanism_strength(&from.value)),
            Some(mechanism_strength(&to.value)),
        ),
        MatrixTable::Sector => by(sector_strength(&from.value), sector_strength(&to.value)),
        MatrixTable::Capability => {
            let n = |s: &CellState| s.detail.len();
            match n(to).cmp(&n(from)) {
                std::cmp::Ordering::Greater => Trend::Stronger,
                std::cmp::Ordering::Less => Trend::Weaker,
                std::cmp::Ordering::Equal => Trend::Changed,
            }
        }
        // More respondents choosing a limitation is neither better nor worse in itself.
        MatrixTable::Limitation => Trend::Changed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::atlas::Atlas;
    use crate::atlas::vocabulary::{Focus, MechanismStatus};
    use crate::insight::matrix::matrix;

    fn atlas() -> &'static Atlas {
        static ATLAS: std::sync::OnceLock<Atlas> = std::sync::OnceLock::new();
        ATLAS.get_or_init(|| Atlas::embedded().expect("the shipped atlas is valid"))
    }

    fn edited(edit: impl FnOnce(&mut Atlas)) -> Atlas {
        let mut a = atlas().clone();
        edit(&mut a);
        a
    }

    fn country_mut<'a>(a: &'a mut Atlas, code: &str) -> &'a mut crate::atlas::CountryAtlas {
        a.countries
            .iter_mut()
            .find(|c| c.country.code.as_str() == code)
            .expect("a country of the atlas")
    }

    #[test]
    fn a_matrix_compared_with_itself_has_no_change() {
        let m = matrix(atlas());
        assert!(compare(&m, &m).is_empty());
    }

    #[test]
    fn an_mou_that_becomes_formal_is_one_stronger_cell() {
        // Norway records no MoU; a later revision records one.
        let after = edited(|a| {
            let no = country_mut(a, "NO");
            let mou = no
                .mechanisms
                .iter_mut()
                .find(|m| m.kind == crate::atlas::vocabulary::MechanismKind::Mou)
                .expect("Norway's recorded absence of an MoU");
            mou.status = MechanismStatus::Formal;
            mou.focus = Focus::All;
        });
        let changes = compare(&matrix(atlas()), &matrix(&after));
        let mou: Vec<&CellChange> = changes
            .iter()
            .filter(|c| c.table == MatrixTable::Mechanism)
            .collect();
        assert_eq!(mou.len(), 1, "{changes:?}");
        let c = mou[0];
        assert_eq!((c.row.as_str(), c.country.as_str()), ("mou", "NO"));
        assert_eq!(c.from.as_ref().map(|s| s.value.as_str()), Some("absent"));
        assert_eq!(
            c.to.as_ref().map(|s| (s.value.as_str(), s.detail.clone())),
            Some(("formal", vec!["all".to_owned()]))
        );
        assert_eq!(c.trend, Trend::Stronger);
        // And back: weaker.
        let back = compare(&matrix(&after), &matrix(atlas()));
        assert!(
            back.iter()
                .any(|c| c.row == "mou" && c.country.as_str() == "NO" && c.trend == Trend::Weaker)
        );
    }

    #[test]
    fn a_sector_seated_in_a_mechanism_and_a_lost_mandate_show_with_their_direction() {
        // The Icelandic Directorate of Labour sits in no mechanism in 2013.
        let is_labour = atlas()
            .country("IS")
            .and_then(|c| {
                c.actors
                    .iter()
                    .find(|a| a.sector == crate::atlas::vocabulary::Sector::LabourInspection)
            })
            .map(|a| a.id.clone())
            .expect("Iceland's labour inspectorate");
        let after = edited(|a| {
            let is = country_mut(a, "IS");
            let m = is
                .mechanisms
                .iter_mut()
                .find(|m| m.status.is_in_place())
                .expect("a mechanism in place in Iceland");
            m.members.push(is_labour.clone());
            // Denmark's CMM loses every mandate to determine victim status.
            let dk = country_mut(a, "DK");
            for actor in &mut dk.actors {
                actor.mandates.retain(|m| {
                    m.capability != crate::atlas::vocabulary::Capability::DetermineVictimStatus
                });
            }
        });
        let changes = compare(&matrix(atlas()), &matrix(&after));
        let seated = changes
            .iter()
            .find(|c| c.table == MatrixTable::Sector && c.country.as_str() == "IS")
            .expect("Iceland's labour inspection row changed");
        assert_eq!(seated.row, "labour_inspection");
        assert_eq!(seated.trend, Trend::Stronger);
        assert_eq!(
            seated.to.as_ref().map(|s| s.detail.clone()),
            Some(vec![is_labour.to_string()])
        );
        let lost = changes
            .iter()
            .find(|c| c.table == MatrixTable::Capability && c.country.as_str() == "DK")
            .expect("Denmark's victim status row changed");
        assert_eq!(lost.row, "determine_victim_status");
        assert_eq!(lost.trend, Trend::Weaker);
        assert_eq!(lost.to.as_ref().map(|s| s.value.as_str()), Some("0"));
        // Nothing else moved, and the order is table, then row, then country.
        assert!(
            changes
                .iter()
                .all(|c| ["IS", "DK"].contains(&c.country.as_str()))
        );
        assert!(changes.windows(2).all(|w| w[0].table <= w[1].table));
    }

    #[test]
    fn a_country_only_one_revision_has_is_all_changes_without_direction() {
        let after = edited(|a| a.countries.retain(|c| c.country.code.as_str() != "LT"));
        let changes = compare(&matrix(atlas()), &matrix(&after));
        assert!(!changes.is_empty());
        assert!(changes.iter().all(|c| c.country.as_str() == "LT"
            && c.to.is_none()
            && c.from.is_some()
            && c.trend == Trend::Changed));
        let m = matrix(atlas());
        let cells =
            m.mechanisms.len() + m.capabilities.len() + m.sectors.len() + m.limitations.len();
        assert_eq!(
            changes.len(),
            cells,
            "one change per row of the dropped country"
        );
    }
}
