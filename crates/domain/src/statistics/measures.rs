//! What the rapporteur's statistics count, and by what: a *measure* (persons identified,
//! cases, referrals, decisions) counted by one *dimension* at a time (year, sector of work,
//! age group, …) against the country. Each measure is published as one family of linked
//! tables (`publish_linked`): every table of a family counts the same units, so they share
//! their country totals and grand total, and those are hidden in all or in none.
//!
//! One dimension against the country, never two dimensions crossed: a cross-table (sector
//! × age group × country) shares body cells with the one-way tables, and no bridge
//! argument protects overlapping tables of that kind. Year is a dimension like the others
//! for the same reason — a year filter would publish every table again on a subset.
//!
//! Units are built by the service layer from stored cases; they carry no identifier, only
//! a weight (the persons a case row stands for) and a value per dimension.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{Published, Table, TableError, publish_linked};
use crate::atlas::vocabulary::{Sector, vocabulary};
use crate::referral::{
    AgeGroup, ExploitationType, Gender, NationalityGroup, Outcome, ReferralAction, ReferralState,
    ResidenceStatus, WorkSector,
};
use crate::screening::Level;

vocabulary!(
    /// What is counted.
    #[schema(as = StatisticsMeasure)]
    Measure {
        /// Persons identified: every person of every case (a crew of twelve counts 12).
        Persons,
        /// Cases opened.
        Cases,
        /// Referrals sent, by what they asked for (assistance included) and where they are.
        Referrals,
        /// Decisions recorded on referrals: victim status, reflection periods, permits.
        Decisions,
    }
);

vocabulary!(
    /// What a measure is counted by (each against the country).
    #[schema(as = StatisticsDimension)]
    Dimension {
        Year, WorkSector, Exploitation, AgeGroup, Gender, NationalityGroup, Residence,
        /// The sector of the identifying organisation (police, labour inspection, NGO, …).
        ReferringSector,
        /// Days from the case's opening to the person's first referral.
        DaysToReferral,
        /// Days from the case's opening to the first decision on one of the person's referrals.
        DaysToDecision,
        ScreeningLevel, Action, State, Outcome,
    }
);

/// The row of a unit that has no value for a dimension (a case opened without a sector).
pub const NOT_RECORDED: &str = "not_recorded";
/// The row of a case without a screening.
pub const NOT_SCREENED: &str = "not_screened";
/// The row of a person not referred yet, or without a decision yet.
pub const NOT_REFERRED: &str = "not_referred";
pub const NO_DECISION: &str = "no_decision";

/// Time bands, in days, for `DaysToReferral` and `DaysToDecision`.
const BANDS: [(i64, &str); 5] = [
    (0, "same_day"),
    (7, "1_to_7_days"),
    (30, "8_to_30_days"),
    (90, "31_to_90_days"),
    (i64::MAX, "over_90_days"),
];

/// The band a number of days falls in (`none` when there is no such event yet).
pub fn days_band(days: Option<i64>, none: &'static str) -> &'static str {
    match days {
        None => none,
        Some(d) => BANDS
            .iter()
            .find(|(upto, _)| d <= *upto)
            .map_or("over_90_days", |(_, band)| band),
    }
}

impl Measure {
    /// The dimensions a measure is published by, in page order.
    pub fn dimensions(self) -> &'static [Dimension] {
        use Dimension::*;
        match self {
            Measure::Persons => &[
                Year,
                WorkSector,
                Exploitation,
                AgeGroup,
                Gender,
                NationalityGroup,
                Residence,
                ReferringSector,
                DaysToReferral,
                DaysToDecision,
            ],
            Measure::Cases => &[
                Year,
                WorkSector,
                Exploitation,
                ReferringSector,
                ScreeningLevel,
            ],
            Measure::Referrals => &[Year, Action, State, ReferringSector],
            Measure::Decisions => &[Year, Outcome, Action],
        }
    }
}

impl Dimension {
    /// The rows every table of this dimension lists, whatever the data (a row nobody falls
    /// in is a shown zero, so the table's shape says nothing about the cases). Years are
    /// given by the caller.
    fn fixed_rows(self) -> Vec<&'static str> {
        fn all<T: Into<&'static str>>(values: impl Iterator<Item = T>) -> Vec<&'static str> {
            values.map(Into::into).collect()
        }
        let mut rows = match self {
            Dimension::Year => Vec::new(),
            Dimension::WorkSector => all(WorkSector::all()),
            Dimension::Exploitation => all(ExploitationType::all()),
            Dimension::AgeGroup => all(AgeGroup::all()),
            Dimension::Gender => all(Gender::all()),
            Dimension::NationalityGroup => all(NationalityGroup::all()),
            Dimension::Residence => all(ResidenceStatus::all()),
            Dimension::ReferringSector => all(Sector::all()),
            Dimension::DaysToReferral => std::iter::once(NOT_REFERRED)
                .chain(BANDS.iter().map(|(_, b)| *b))
                .collect(),
            Dimension::DaysToDecision => std::iter::once(NO_DECISION)
                .chain(BANDS.iter().map(|(_, b)| *b))
                .collect(),
            Dimension::ScreeningLevel => {
                let mut rows = vec![NOT_SCREENED];
                rows.extend(all(Level::all()));
                rows
            }
            Dimension::Action => all(ReferralAction::all()),
            Dimension::State => all(ReferralState::all()),
            Dimension::Outcome => all(Outcome::all()),
        };
        if matches!(self, Dimension::WorkSector) {
            rows.push(NOT_RECORDED);
        }
        rows
    }
}

/// One counted thing: a case row of persons, a case, a referral, a decision. No
/// identifier; `values` holds its value for each dimension of its measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub country: String,
    pub weight: u64,
    pub values: BTreeMap<Dimension, String>,
}

/// What a family is counted over: the columns (every country, counted or not) and the
/// years the `Year` tables list.
#[derive(Debug, Clone)]
pub struct Frame {
    pub countries: Vec<String>,
    pub years: Vec<String>,
}

/// One published table of a family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct DimensionTable {
    pub dimension: Dimension,
    pub table: Published,
}

/// A measure as published: one table per dimension, all counted against the countries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Family {
    pub measure: Measure,
    pub k: u64,
    pub countries: Vec<String>,
    pub tables: Vec<DimensionTable>,
}

/// The raw counts of `measure` by each of its dimensions (never published as such).
pub fn tables(measure: Measure, units: &[Unit], frame: &Frame) -> Result<Vec<Table>, TableError> {
    let column = |country: &str| frame.countries.iter().position(|c| c == country);
    for u in units {
        if column(&u.country).is_none() {
            return Err(TableError::UnknownColumn(u.country.clone()));
        }
    }
    Ok(measure
        .dimensions()
        .iter()
        .map(|&dim| {
            let mut rows: Vec<String> = if dim == Dimension::Year {
                frame.years.clone()
            } else {
                dim.fixed_rows().into_iter().map(String::from).collect()
            };
            // A value outside the vocabulary (a row written by a newer version) still
            // counts, in a row of its own after the known ones.
            let extra: BTreeSet<&str> = units
                .iter()
                .map(|u| value(u, dim))
                .filter(|v| !rows.iter().any(|r| r == v))
                .collect();
            rows.extend(extra.into_iter().map(String::from));
            let mut counts = vec![vec![0u64; frame.countries.len()]; rows.len()];
            for u in units {
                let (Some(i), Some(j)) = (
                    rows.iter().position(|r| r == value(u, dim)),
                    column(&u.country),
                ) else {
                    continue; // both exist by construction
                };
                counts[i][j] += u.weight;
            }
            Table {
                rows,
                columns: frame.countries.clone(),
                counts,
            }
        })
        .collect())
}

fn value(u: &Unit, dim: Dimension) -> &str {
    u.values.get(&dim).map_or(NOT_RECORDED, String::as_str)
}

/// `measure` over `units` as it may be published with threshold `k`.
pub fn family(
    measure: Measure,
    units: &[Unit],
    frame: &Frame,
    k: u64,
) -> Result<Family, TableError> {
    let raw = tables(measure, units, frame)?;
    let published = publish_linked(&raw, k)?;
    Ok(Family {
        measure,
        k,
        countries: frame.countries.clone(),
        tables: measure
            .dimensions()
            .iter()
            .zip(published)
            .map(|(&dimension, table)| DimensionTable { dimension, table })
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::Cell;

    fn unit(country: &str, weight: u64, values: &[(Dimension, &str)]) -> Unit {
        Unit {
            country: country.into(),
            weight,
            values: values.iter().map(|(d, v)| (*d, (*v).to_string())).collect(),
        }
    }

    fn frame() -> Frame {
        Frame {
            countries: vec!["DK".into(), "FI".into()],
            years: vec!["2025".into(), "2026".into()],
        }
    }

    #[test]
    fn bands_cover_every_number_of_days() {
        assert_eq!(days_band(None, NOT_REFERRED), NOT_REFERRED);
        assert_eq!(days_band(Some(0), NOT_REFERRED), "same_day");
        assert_eq!(days_band(Some(7), NOT_REFERRED), "1_to_7_days");
        assert_eq!(days_band(Some(8), NOT_REFERRED), "8_to_30_days");
        assert_eq!(days_band(Some(91), NOT_REFERRED), "over_90_days");
    }

    #[test]
    fn every_vocabulary_row_is_listed_and_missing_values_are_not_recorded() {
        let units = [
            unit(
                "DK",
                12,
                &[
                    (Dimension::Year, "2026"),
                    (Dimension::WorkSector, "construction"),
                ],
            ),
            unit("FI", 3, &[(Dimension::Year, "2025")]),
        ];
        let t = tables(Measure::Cases, &units, &frame()).expect("tables");
        let sector = &t[1];
        assert_eq!(sector.rows.len(), WorkSector::all().count() + 1);
        let at = |row: &str| sector.rows.iter().position(|r| r == row).expect("row");
        assert_eq!(sector.counts[at("construction")], vec![12, 0]);
        assert_eq!(sector.counts[at(NOT_RECORDED)], vec![0, 3]);
        let years = &t[0];
        assert_eq!(years.rows, vec!["2025", "2026"]);
        assert_eq!(years.counts, vec![vec![0, 3], vec![12, 0]]);
    }

    #[test]
    fn a_unit_of_an_unknown_country_is_refused() {
        let units = [unit("XX", 1, &[])];
        assert_eq!(
            tables(Measure::Cases, &units, &frame()),
            Err(TableError::UnknownColumn("XX".into()))
        );
    }

    #[test]
    fn a_country_total_hidden_in_one_table_is_hidden_in_all() {
        // Finland's 3 persons are one small count in every table: its column total is
        // hidden everywhere, never shown by a table that could afford to show it.
        let mut units = vec![unit("FI", 3, &[(Dimension::Year, "2025")])];
        for sector in ["construction", "agriculture", "cleaning"] {
            units.push(unit(
                "DK",
                20,
                &[(Dimension::Year, "2026"), (Dimension::WorkSector, sector)],
            ));
        }
        let f = family(Measure::Cases, &units, &frame(), 11).expect("family");
        let hidden: Vec<Vec<bool>> = f
            .tables
            .iter()
            .map(|t| {
                t.table
                    .column_totals
                    .iter()
                    .map(|c| *c == Cell::Suppressed)
                    .chain([t.table.total == Cell::Suppressed])
                    .collect()
            })
            .collect();
        assert!(hidden.iter().all(|h| *h == hidden[0]), "{hidden:?}");
        assert!(hidden[0][1], "Finland's total is hidden");
    }
}
