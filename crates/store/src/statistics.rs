//! What the rapporteur's statistics are counted from: one row per case row of persons,
//! per case, per referral and per decision, with the values the statistics count by and
//! no identifier, no sealed column and no free text. The service layer turns them into
//! units; nothing here leaves the server as such.

use crate::{Store, StoreError, with_pool};

/// A case row of persons (`count` persons sharing one route) with its case's situation.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct PersonFacts {
    pub country_code: String,
    pub created_at: String,
    pub work_sector: Option<String>,
    pub exploitation: String,
    pub organisation_id: String,
    pub residence: String,
    pub age_group: String,
    pub gender: String,
    pub nationality_group: String,
    pub count: i64,
    /// When the first referral of these persons was sent.
    pub first_referral_at: Option<String>,
    /// When the first decision on one of their referrals was recorded.
    pub first_decision_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct CaseFacts {
    pub country_code: String,
    pub created_at: String,
    pub work_sector: Option<String>,
    pub exploitation: String,
    pub organisation_id: String,
    pub level: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ReferralFacts {
    pub country_code: String,
    pub created_at: String,
    pub action: String,
    pub state: String,
    /// The identifying organisation (the case's owner).
    pub organisation_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct DecisionFacts {
    pub country_code: String,
    pub at: String,
    pub action: String,
    /// The event's JSON detail (`outcome`, `until`): no personal data.
    pub detail: String,
}

impl Store {
    pub async fn person_facts(&self) -> Result<Vec<PersonFacts>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, PersonFacts>(
                "SELECT c.country_code, c.created_at, c.work_sector, c.exploitation, c.organisation_id, \
                        p.residence, p.age_group, p.gender, p.nationality_group, p.count, \
                        (SELECT MIN(r.created_at) FROM referral r WHERE r.person_id = p.id) AS first_referral_at, \
                        (SELECT MIN(e.at) FROM referral_event e JOIN referral r ON r.id = e.referral_id \
                          WHERE r.person_id = p.id AND e.kind = 'decide') AS first_decision_at \
                 FROM case_person p JOIN referral_case c ON c.id = p.case_id",
            )
            .fetch_all(p)
            .await?
        }))
    }

    pub async fn case_facts(&self) -> Result<Vec<CaseFacts>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, CaseFacts>(
                "SELECT country_code, created_at, work_sector, exploitation, organisation_id, level FROM referral_case",
            )
            .fetch_all(p)
            .await?
        }))
    }

    pub async fn referral_facts(&self) -> Result<Vec<ReferralFacts>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, ReferralFacts>(
                "SELECT c.country_code, r.created_at, r.action, r.state, c.organisation_id \
                 FROM referral r JOIN referral_case c ON c.id = r.case_id",
            )
            .fetch_all(p)
            .await?
        }))
    }

    pub async fn decision_facts(&self) -> Result<Vec<DecisionFacts>, StoreError> {
        Ok(with_pool!(self, p => {
            sqlx::query_as::<_, DecisionFacts>(
                "SELECT c.country_code, e.at, r.action, e.detail \
                 FROM referral_event e JOIN referral r ON r.id = e.referral_id \
                 JOIN referral_case c ON c.id = r.case_id WHERE e.kind = 'decide'",
            )
            .fetch_all(p)
            .await?
        }))
    }
}

/// Whole days from `from` to `to` (both as the store writes times), by calendar date;
/// None if either cannot be read.
pub fn days_between(from: &str, to: &str) -> Option<i64> {
    let date = |s: &str| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .ok()
            .map(|t| t.date())
    };
    Some((date(to)? - date(from)?).whole_days())
}

#[cfg(test)]
mod tests {
    use super::days_between;

    #[test]
    fn days_are_counted_by_calendar_date() {
        assert_eq!(
            days_between("2026-01-31T23:59:00Z", "2026-02-01T00:01:00Z"),
            Some(1)
        );
        assert_eq!(
            days_between("2026-01-01T00:00:00Z", "2026-01-01T12:00:00Z"),
            Some(0)
        );
        assert_eq!(
            days_between("2025-12-01T00:00:00Z", "2026-03-01T00:00:00Z"),
            Some(90)
        );
        assert_eq!(days_between("garbage", "2026-03-01T00:00:00Z"), None);
    }
}
