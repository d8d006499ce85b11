//! Anonymised statistics for the national rapporteur and, where the configuration says so,
//! the public: the counts of `domain::statistics::measures` over every stored case, each
//! measure published as one family of linked tables with small counts suppressed. What
//! leaves here is only ever a `Family` — counts or "suppressed", never a record, a
//! reference or a date finer than a year.

use std::collections::BTreeMap;

use opennrm_domain::platform::{Action, Identity, require};
use opennrm_domain::statistics::measures::{
    Dimension, Family, Frame, Measure, NO_DECISION, NOT_REFERRED, NOT_SCREENED, Unit, days_band,
    family,
};
use opennrm_store::days_between;

use crate::{ServiceError, Services};

impl Services {
    /// Whether `who` may read the statistics at all (handlers ask before reading input,
    /// so a caller without access learns nothing about what it sent).
    pub fn may_read_statistics(&self, who: &Identity) -> Result<(), ServiceError> {
        Ok(require(
            who,
            &Action::ReadStatistics {
                public: self.policy().statistics_public,
            },
        )?)
    }

    /// `measure` as it may be published. Reads every case row, so the web layer rate
    /// limits it like any read; cases are counted whatever their consent ledger says, as
    /// nothing about a person can be read from a suppressed table.
    pub async fn statistics(
        &self,
        who: &Identity,
        measure: Measure,
    ) -> Result<Family, ServiceError> {
        self.may_read_statistics(who)?;
        let atlas = self.atlas();
        let sector = |org: &str| {
            atlas
                .atlas
                .actor(org)
                .map(|(_, a)| a.sector.as_str().to_string())
        };
        let year = |at: &str| at.get(..4).unwrap_or("").to_string();
        let store = self.store();
        let units: Vec<Unit> = match measure {
            Measure::Persons => store
                .person_facts()
                .await?
                .into_iter()
                .map(|f| {
                    let to_referral = f
                        .first_referral_at
                        .as_deref()
                        .and_then(|at| days_between(&f.created_at, at));
                    let to_decision = f
                        .first_decision_at
                        .as_deref()
                        .and_then(|at| days_between(&f.created_at, at));
                    let mut v = values([
                        (Dimension::Year, Some(year(&f.created_at))),
                        (Dimension::WorkSector, f.work_sector),
                        (Dimension::Exploitation, Some(f.exploitation)),
                        (Dimension::AgeGroup, Some(f.age_group)),
                        (Dimension::Gender, Some(f.gender)),
                        (Dimension::NationalityGroup, Some(f.nationality_group)),
                        (Dimension::Residence, Some(f.residence)),
                        (Dimension::ReferringSector, sector(&f.organisation_id)),
                    ]);
                    v.insert(
                        Dimension::DaysToReferral,
                        days_band(to_referral, NOT_REFERRED).into(),
                    );
                    v.insert(
                        Dimension::DaysToDecision,
                        days_band(to_decision, NO_DECISION).into(),
                    );
                    unit(f.country_code, f.count, v)
                })
                .collect(),
            Measure::Cases => store
                .case_facts()
                .await?
                .into_iter()
                .map(|f| {
                    let v = values([
                        (Dimension::Year, Some(year(&f.created_at))),
                        (Dimension::WorkSector, f.work_sector),
                        (Dimension::Exploitation, Some(f.exploitation)),
                        (Dimension::ReferringSector, sector(&f.organisation_id)),
                        (
                            Dimension::ScreeningLevel,
                            Some(f.level.unwrap_or_else(|| NOT_SCREENED.into())),
                        ),
                    ]);
                    unit(f.country_code, 1, v)
                })
                .collect(),
            Measure::Referrals => store
                .referral_facts()
                .await?
                .into_iter()
                .map(|f| {
                    let v = values([
                        (Dimension::Year, Some(year(&f.created_at))),
                        (Dimension::Action, Some(f.action)),
                        (Dimension::State, Some(f.state)),
                        (Dimension::ReferringSector, sector(&f.organisation_id)),
                    ]);
                    unit(f.country_code, 1, v)
                })
                .collect(),
            Measure::Decisions => store
                .decision_facts()
                .await?
                .into_iter()
                .map(|f| {
                    let outcome = serde_json::from_str::<serde_json::Value>(&f.detail)
                        .ok()
                        .and_then(|d| d.get("outcome")?.as_str().map(str::to_string));
                    let v = values([
                        (Dimension::Year, Some(year(&f.at))),
                        (Dimension::Outcome, outcome),
                        (Dimension::Action, Some(f.action)),
                    ]);
                    unit(f.country_code, 1, v)
                })
                .collect(),
        };
        let frame = Frame {
            countries: atlas
                .atlas
                .countries
                .iter()
                .map(|c| c.country.code.as_str().to_string())
                .collect(),
            years: years(&units),
        };
        family(measure, &units, &frame, self.policy().statistics_k)
            .map_err(|e| ServiceError::Internal(format!("statistics: {e}")))
    }
}

fn values<const N: usize>(pairs: [(Dimension, Option<String>); N]) -> BTreeMap<Dimension, String> {
    pairs
        .into_iter()
        .filter_map(|(d, v)| v.map(|v| (d, v)))
        .collect()
}

fn unit(country: String, count: i64, values: BTreeMap<Dimension, String>) -> Unit {
    Unit {
        country,
        weight: u64::try_from(count).unwrap_or(0),
        values,
    }
}

/// The years the `Year` tables list: from the earliest counted year to this year, every
/// year in between (a year nobody was counted in is a shown zero).
fn years(units: &[Unit]) -> Vec<String> {
    let this_year: i32 = opennrm_store::now()
        .get(..4)
        .and_then(|y| y.parse().ok())
        .unwrap_or(2026);
    let first = units
        .iter()
        .filter_map(|u| u.values.get(&Dimension::Year)?.parse::<i32>().ok())
        .min()
        .unwrap_or(this_year)
        .min(this_year);
    (first..=this_year).map(|y| y.to_string()).collect()
}
