//! The published statistics in the shape of the Human Trafficking Case Data Standard
//! (HTCDS 2.0, IOM, `HTCDS Field Standards 2.0.ods`), where its fields match ours; the
//! mapping, value by value, with what is lost, is documented in docs/STATISTICS.md.
//!
//! HTCDS describes records; we publish counts. So the export is one row per HTCDS field,
//! HTCDS value and country with the count of the published table it comes from. Several
//! of our values can map onto one HTCDS value (agriculture, forestry and fishing are all
//! ISIC section A): their sum is shown only when every part is shown — a sum of shown
//! counts tells nothing new, a sum that includes a hidden count could.

use serde::Serialize;

use super::measures::{Dimension, Family, Measure};

/// One of our dimensions as an HTCDS field: our value → the HTCDS value. Values not
/// listed have no HTCDS equivalent and are left out of the export.
pub struct FieldMap {
    pub dimension: Dimension,
    pub field: &'static str,
    pub values: &'static [(&'static str, &'static str)],
}

/// Every mapped dimension.
pub const FIELDS: &[FieldMap] = &[
    FieldMap {
        dimension: Dimension::Year,
        // Not an HTCDS field: the CTDC Global Dataset's year of registration.
        field: "yearOfRegistration",
        values: &[],
    },
    FieldMap {
        dimension: Dimension::Gender,
        field: "prs_Gender",
        values: &[
            ("female", "Feminine"),
            ("male", "Masculine"),
            ("other", "NonConforming"),
            ("unknown", "NonSpecifiedUnknown"),
        ],
    },
    FieldMap {
        dimension: Dimension::Exploitation,
        field: "vic_TypeOfExploitation",
        values: &[
            ("labour_exploitation", "ForcedLabour"),
            ("forced_labour", "ForcedLabour"),
            ("forced_begging", "ForcedBegging"),
            ("forced_criminality", "Other"),
            ("domestic_servitude", "Servitude"),
            ("sexual_exploitation", "SexualExploitation"),
            ("other", "Other"),
        ],
    },
    FieldMap {
        dimension: Dimension::WorkSector,
        field: "vic_ForcedLabourIndustry",
        values: &[
            ("agriculture", "A_AgricultureForestryAndFishing"),
            ("forestry", "A_AgricultureForestryAndFishing"),
            ("fishing", "A_AgricultureForestryAndFishing"),
            ("manufacturing", "C_Manufacturing"),
            ("construction", "F_Construction"),
            ("transport", "H_TransportationAndStorage"),
            ("hospitality", "I_AccommodationAndFoodServiceActivities"),
            ("cleaning", "N_AdministrativeAndSupportServiceActivities"),
            ("care", "Q_HumanHealthAndSocialWorkActivities"),
            ("domestic_work", "T_ActivitiesOfHouseholdsAsEmployers"),
        ],
    },
    FieldMap {
        dimension: Dimension::ReferringSector,
        field: "org_Type",
        values: &[
            ("police", "LawEnforcement"),
            ("border_guard", "LawEnforcement"),
            ("immigration", "ImmigrationService"),
            ("labour_inspection", "CentralGovernmentOrganisation"),
            ("tax", "CentralGovernmentOrganisation"),
            ("ministry", "CentralGovernmentOrganisation"),
            ("municipality", "LocalGovernmentOrganisation"),
            ("ngo", "NGO"),
            ("company", "CorporateBusiness"),
        ],
    },
    FieldMap {
        dimension: Dimension::Outcome,
        field: "vic_TraffickingStatus",
        values: &[
            ("presumed_victim", "PossibleVictimOfTrafficking"),
            ("confirmed_victim", "ActualVictimOfTrafficking"),
            ("not_a_victim", "NotAVictimOfTrafficking"),
        ],
    },
    FieldMap {
        dimension: Dimension::Action,
        field: "cas_ReasonForOutgoingReferral",
        values: &[
            ("provide_assistance", "AdditionalServicesRequired"),
            ("repatriation", "MigrationOrChangeOfLocation"),
            ("investigate", "Other"),
            ("inspect", "Other"),
            ("determine_victim_status", "Other"),
            ("grant_reflection_period", "Other"),
            ("decide_residence_permit", "Other"),
            ("child_protection", "Other"),
        ],
    },
];

/// One row of the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub measure: Measure,
    pub field: &'static str,
    pub value: String,
    /// ISO 3166-1 alpha-2, as HTCDS records countries.
    pub country: String,
    /// None: suppressed (below k, or would give such a count away).
    pub count: Option<u64>,
}

/// The family's tables, where HTCDS has the field, as HTCDS rows.
pub fn rows(family: &Family) -> Vec<Row> {
    let mut out = Vec::new();
    for t in &family.tables {
        let Some(map) = FIELDS.iter().find(|m| m.dimension == t.dimension) else {
            continue;
        };
        let p = &t.table;
        // The HTCDS values in first-seen order, each with the rows of ours it sums.
        let mut targets: Vec<(String, Vec<usize>)> = Vec::new();
        for (i, ours) in p.rows.iter().enumerate() {
            let theirs = if map.values.is_empty() {
                Some(ours.clone()) // a year is a year
            } else {
                map.values
                    .iter()
                    .find(|(o, _)| o == ours)
                    .map(|(_, h)| (*h).to_string())
            };
            let Some(theirs) = theirs else { continue };
            match targets.iter_mut().find(|(v, _)| *v == theirs) {
                Some((_, rows)) => rows.push(i),
                None => targets.push((theirs, vec![i])),
            }
        }
        for (value, rows) in targets {
            for (j, country) in p.columns.iter().enumerate() {
                let count = rows
                    .iter()
                    .map(|&i| p.cells[i][j].shown())
                    .sum::<Option<u64>>();
                out.push(Row {
                    measure: family.measure,
                    field: map.field,
                    value: value.clone(),
                    country: country.clone(),
                    count,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statistics::measures::{Frame, Unit, family};

    #[test]
    fn values_mapped_together_are_summed_only_when_every_part_is_shown() {
        let unit = |sector: &str, n: u64| Unit {
            country: "DK".into(),
            weight: n,
            values: [(Dimension::WorkSector, sector.to_string())]
                .into_iter()
                .collect(),
        };
        let frame = Frame {
            countries: vec!["DK".into()],
            years: vec!["2026".into()],
        };
        // Agriculture 30 and forestry 40 are shown; fishing 3 is hidden, so section A is.
        let units = [
            unit("agriculture", 30),
            unit("forestry", 40),
            unit("construction", 50),
        ];
        let f = family(Measure::Cases, &units, &frame, 11).expect("family");
        let a = rows(&f)
            .into_iter()
            .find(|r| r.value == "A_AgricultureForestryAndFishing")
            .expect("section A");
        assert_eq!(a.count, Some(70));
        let with_fishing = [
            unit("agriculture", 30),
            unit("forestry", 40),
            unit("fishing", 3),
            unit("construction", 50),
            unit("cleaning", 45),
        ];
        let f = family(Measure::Cases, &with_fishing, &frame, 11).expect("family");
        let a = rows(&f)
            .into_iter()
            .find(|r| r.value == "A_AgricultureForestryAndFishing")
            .expect("section A");
        assert_eq!(a.count, None);
        assert!(
            rows(&f)
                .iter()
                .all(|r| r.field != "vic_ForcedLabourIndustry" || r.value != "other")
        );
    }
}
