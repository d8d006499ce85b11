//! Joint inspections: a coordinator or a labour inspectorate plans a workplace inspection
//! with other agencies of the atlas, each on its own legal basis; on the day each agency
//! records its findings (the text sealed like a note) and opens cases with the inspection
//! as their origin; closing it records the cooperation in the atlas as a new revision
//! whose joint-inspection ties cite the inspection (`domain::referral::inspection`).
//! Agencies outside the inspection see nothing of it; the coordinator sees the plan and
//! the counts, not the findings' text.

use opennrm_domain::platform::{
    InspectionAccess, InspectionView, inspection_view, may_close_inspection, may_see_inspections,
};
use opennrm_domain::referral::inspection::{
    InspectionState, check_participants, eligible, record_of, record_ties, source_of,
};
use opennrm_store::{FindingRecord, InspectionRecord, ParticipantRecord};

use super::*;

/// Inspections a list returns at most; findings one agency records on one inspection.
const INSPECTION_LIMIT: i64 = 200;
pub const MAX_FINDINGS_PER_AGENCY: usize = 50;
pub const MAX_WORKERS: i64 = 10_000;

/// An agency taking part, with the legal basis it inspects on.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Atlas actor id.
    pub actor: String,
    /// e.g. "Working Environment Act, access to registered workplaces".
    pub legal_basis: String,
}

/// An inspection as it is planned.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInspection {
    /// YYYY-MM-DD
    pub date: String,
    pub work_sector: WorkSector,
    /// A region or town, never an address of a person.
    #[serde(default)]
    pub region: Option<String>,
    pub participants: Vec<Participant>,
}

/// What one agency found on the day.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewFinding {
    pub workers_met: i64,
    /// Workers screened with the ILO/EC indicators (a screening that points to
    /// trafficking opens a case from the inspection).
    #[serde(default)]
    pub workers_screened: i64,
    /// Sealed; seen by the participating agencies only.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InspectionSummary {
    pub reference: String,
    pub date: String,
    pub work_sector: String,
    pub region: Option<String>,
    pub state: String,
    pub planned_by: String,
    pub participants: Vec<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FindingDetail {
    pub organisation: String,
    pub workers_met: i64,
    pub workers_screened: i64,
    /// Withheld (None) from the coordinator.
    pub note: Option<String>,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InspectionDetail {
    /// `participant` or `oversight`.
    pub view: &'static str,
    pub reference: String,
    pub country: String,
    pub date: String,
    pub work_sector: String,
    pub region: Option<String>,
    pub state: String,
    pub planned_by: String,
    pub participants: Vec<Participant>,
    pub findings: Vec<FindingDetail>,
    /// Cases opened from the inspection: (reference, identifying organisation).
    pub cases: Vec<InspectionCase>,
    /// The atlas revision that records its cooperation, once closed.
    pub atlas_revision: Option<i64>,
    /// The caller may close it now (planner or coordinator, still planned).
    pub may_close: bool,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InspectionCase {
    pub reference: String,
    pub organisation: String,
}

/// An inspection reference: "JI-" and a case-shaped reference.
pub fn is_inspection_reference(s: &str) -> bool {
    s.strip_prefix("JI-").is_some_and(is_reference)
}

fn inspection_object(reference: &str) -> String {
    format!("inspection:{reference}")
}

struct LoadedInspection {
    record: InspectionRecord,
    participants: Vec<ParticipantRecord>,
    access: InspectionAccess,
    view: InspectionView,
}

impl LoadedInspection {
    /// Whether `who` may close it: the planner or the coordinator.
    fn may_close(&self, who: &Identity) -> bool {
        who.principal()
            .is_some_and(|p| may_close_inspection(p, &self.access))
    }
}

impl Services {
    /// Whether `who` may plan joint inspections (the form is offered before input is read).
    pub fn may_plan_inspection(&self, who: &Identity) -> Result<(), ServiceError> {
        let labour_inspectorate = who.principal().is_some_and(|p| {
            self.atlas()
                .atlas
                .actor(p.organisation.as_str())
                .is_some_and(|(_, a)| {
                    a.sector == opennrm_domain::atlas::vocabulary::Sector::LabourInspection
                })
        });
        Ok(require(
            who,
            &Action::PlanInspection {
                labour_inspectorate,
            },
        )?)
    }

    /// The agencies of the caller's country that can take part: (actor id, name, sector).
    pub fn inspection_agencies(
        &self,
        who: &Identity,
    ) -> Result<Vec<(String, String, String)>, ServiceError> {
        self.may_plan_inspection(who)?;
        let (_, _, country) = self.principal_org(who)?;
        let view = self.atlas();
        let c = view
            .atlas
            .country(&country)
            .ok_or(ServiceError::NotFound("country"))?;
        Ok(eligible(c)
            .map(|a| {
                (
                    a.id.to_string(),
                    a.name.clone(),
                    a.sector.as_str().to_string(),
                )
            })
            .collect())
    }

    /// Plans a joint inspection in the caller's country; returns its reference.
    pub async fn plan_inspection(
        &self,
        who: &Identity,
        input: &NewInspection,
    ) -> Result<String, ServiceError> {
        self.may_plan_inspection(who)?;
        let (user, org, country) = self.principal_org(who)?;
        if !lifecycle::is_date(&input.date) {
            return Err(ServiceError::invalid("date", "a date written YYYY-MM-DD"));
        }
        let region = bounded("region", input.region.as_deref(), MAX_REGION_CHARS)?;
        if input.participants.len() > opennrm_domain::referral::inspection::MAX_PARTICIPANTS {
            return Err(ServiceError::invalid(
                "participants",
                "too many participants",
            ));
        }
        let mut parsed = Vec::new();
        for p in &input.participants {
            let id = ActorId::parse(p.actor.trim())
                .map_err(|_| ServiceError::invalid("participants", "not an atlas actor id"))?;
            let basis = bounded(
                "legal_basis",
                Some(&p.legal_basis),
                opennrm_domain::referral::inspection::MAX_LEGAL_BASIS_CHARS,
            )?
            .unwrap_or_default();
            parsed.push((id, basis));
        }
        {
            let view = self.atlas();
            let c = view
                .atlas
                .country(&country)
                .ok_or(ServiceError::NotFound("country"))?;
            check_participants(c, &parsed).map_err(|(f, m)| ServiceError::invalid(f, m))?;
        }
        let now = opennrm_store::now();
        let id = crypto::ordered_id();
        let reference = format!("JI-{}", new_reference(&country));
        let record = InspectionRecord {
            id: id.clone(),
            reference: reference.clone(),
            country_code: country,
            planned_by: org,
            planner_id: user,
            held_on: input.date.clone(),
            work_sector: input.work_sector.as_str().into(),
            region,
            state: InspectionState::Planned.as_str().into(),
            revision_id: None,
            created_at: now.clone(),
            updated_at: now,
        };
        let participants: Vec<ParticipantRecord> = parsed
            .iter()
            .enumerate()
            .map(|(i, (a, basis))| ParticipantRecord {
                inspection_id: id.clone(),
                position: i as i64 + 1,
                org: a.to_string(),
                legal_basis: basis.clone(),
            })
            .collect();
        let label = who.audit_label();
        let object = inspection_object(&reference);
        let detail = serde_json::json!({ "participants": participants.iter().map(|p| &p.org).collect::<Vec<_>>() });
        let audit = self.audited(
            &label,
            "inspection.planned",
            Some(&object),
            "ok",
            None,
            detail,
        );
        self.write(Plan::insert_inspection(&record, &participants, &audit))
            .await?;
        Ok(reference)
    }

    async fn load_inspection(
        &self,
        who: &Identity,
        reference: &str,
    ) -> Result<LoadedInspection, ServiceError> {
        if !is_inspection_reference(reference) {
            return Err(ServiceError::NotFound("inspection"));
        }
        let record = self
            .store()
            .inspection_by_reference(reference)
            .await?
            .ok_or(ServiceError::NotFound("inspection"))?;
        let participants = self.store().participants(&record.id).await?;
        let parse = |s: &str| ActorId::parse(s).map_err(|e| ServiceError::Internal(e.to_string()));
        let access = InspectionAccess {
            country: opennrm_domain::atlas::CountryCode::try_from(record.country_code.clone())
                .map_err(|e| ServiceError::Internal(e.to_string()))?,
            planned_by: parse(&record.planned_by)?,
            participants: participants
                .iter()
                .map(|p| parse(&p.org))
                .collect::<Result<_, _>>()?,
        };
        // An inspection the caller may not see is "not found", as a case is.
        let view = inspection_view(who, &access).map_err(|e| match e {
            opennrm_domain::platform::Denied::Forbidden => ServiceError::NotFound("inspection"),
            other => other.into(),
        })?;
        Ok(LoadedInspection {
            record,
            participants,
            access,
            view,
        })
    }

    /// The caller's inspections (the coordinator: the country's), newest first.
    pub async fn inspections(
        &self,
        who: &Identity,
    ) -> Result<Vec<InspectionSummary>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let p = who
            .principal()
            .ok_or(opennrm_domain::platform::Denied::Forbidden)?;
        // The roles `inspection_view` lets in: a service provider of a taking-part
        // organisation is not one of them.
        if !may_see_inspections(p) {
            return Ok(Vec::new());
        }
        let org = (!p.has(opennrm_domain::platform::Role::NationalCoordinator))
            .then(|| p.organisation.to_string());
        let list = self
            .store()
            .inspections_of(p.country.as_str(), org.as_deref(), INSPECTION_LIMIT)
            .await?;
        let mut out = Vec::new();
        for i in list {
            let participants = self
                .store()
                .participants(&i.id)
                .await?
                .into_iter()
                .map(|p| p.org)
                .collect();
            out.push(InspectionSummary {
                reference: i.reference,
                date: i.held_on,
                work_sector: i.work_sector,
                region: i.region,
                state: i.state,
                planned_by: i.planned_by,
                participants,
            });
        }
        Ok(out)
    }

    /// One inspection as the caller may see it.
    pub async fn inspection(
        &self,
        who: &Identity,
        reference: &str,
    ) -> Result<InspectionDetail, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load_inspection(who, reference).await?;
        let i = &l.record;
        let mut findings = Vec::new();
        let mut opened = 0;
        for f in self.store().findings(&i.id).await? {
            let note = match l.view {
                InspectionView::Participant => {
                    let n = self.open_opt(
                        f.body_ct.as_deref(),
                        None,
                        "inspection_finding",
                        "body_ct",
                        &f.id,
                    )?;
                    opened += usize::from(n.is_some());
                    n
                }
                InspectionView::Oversight => None,
            };
            findings.push(FindingDetail {
                organisation: f.org,
                workers_met: f.workers_met,
                workers_screened: f.workers_screened,
                note,
                at: f.created_at,
            });
        }
        if opened > 0 {
            let label = who.audit_label();
            let object = inspection_object(&i.reference);
            let audit = self.audited(
                &label,
                "inspection.findings_read",
                Some(&object),
                "ok",
                None,
                serde_json::json!({ "notes": opened }),
            );
            self.write(Plan::audit_only(&audit)).await?;
        }
        let cases = self
            .store()
            .inspection_cases(&i.id)
            .await?
            .into_iter()
            .map(|(reference, organisation)| InspectionCase {
                reference,
                organisation,
            })
            .collect();
        Ok(InspectionDetail {
            view: match l.view {
                InspectionView::Participant => "participant",
                InspectionView::Oversight => "oversight",
            },
            reference: i.reference.clone(),
            country: i.country_code.clone(),
            date: i.held_on.clone(),
            work_sector: i.work_sector.clone(),
            region: i.region.clone(),
            state: i.state.clone(),
            planned_by: i.planned_by.clone(),
            participants: l
                .participants
                .iter()
                .map(|p| Participant {
                    actor: p.org.clone(),
                    legal_basis: p.legal_basis.clone(),
                })
                .collect(),
            findings,
            cases,
            atlas_revision: i.revision_id,
            may_close: i.state == InspectionState::Planned.as_str() && l.may_close(who),
        })
    }

    /// Records the caller's agency's findings on a planned inspection.
    pub async fn record_finding(
        &self,
        who: &Identity,
        reference: &str,
        f: &NewFinding,
    ) -> Result<(), ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load_inspection(who, reference).await?;
        if l.view != InspectionView::Participant {
            return Err(opennrm_domain::platform::Denied::Forbidden.into());
        }
        if l.record.state != InspectionState::Planned.as_str() {
            return Err(ServiceError::Conflict("the inspection is closed".into()));
        }
        if !(0..=MAX_WORKERS).contains(&f.workers_met)
            || !(0..=f.workers_met).contains(&f.workers_screened)
        {
            return Err(ServiceError::invalid(
                "workers_screened",
                format!("workers met between 0 and {MAX_WORKERS}, and no more screened than met"),
            ));
        }
        let (user, org, _) = self.principal_org(who)?;
        let mine = self
            .store()
            .findings(&l.record.id)
            .await?
            .iter()
            .filter(|x| x.org == org)
            .count();
        if mine >= MAX_FINDINGS_PER_AGENCY {
            return Err(ServiceError::invalid(
                "findings",
                format!("at most {MAX_FINDINGS_PER_AGENCY} findings per agency"),
            ));
        }
        let id = crypto::ordered_id();
        let body = bounded("note", f.note.as_deref(), MAX_NOTE_CHARS)?;
        let record = FindingRecord {
            // An inspection is no case: its findings are sealed under the keyring.
            body_ct: self.seal_opt(body, None, "inspection_finding", "body_ct", &id)?,
            id,
            inspection_id: l.record.id.clone(),
            org,
            author_id: user,
            workers_met: f.workers_met,
            workers_screened: f.workers_screened,
            created_at: opennrm_store::now(),
        };
        let label = who.audit_label();
        let object = inspection_object(reference);
        let detail = serde_json::json!({ "workers_met": f.workers_met, "workers_screened": f.workers_screened, "note": record.body_ct.is_some() });
        let audit = self.audited(
            &label,
            "inspection.finding",
            Some(&object),
            "ok",
            None,
            detail,
        );
        if !self
            .write(Plan::insert_finding(&record, &audit))
            .await?
            .is_done()
        {
            return Err(ServiceError::Conflict("the inspection is closed".into()));
        }
        Ok(())
    }

    /// Closes a held inspection (the planner or the coordinator): the atlas gets a new
    /// revision tying every pair of participants by joint inspection, citing it. Safe to
    /// retry: an inspection the atlas already cites adds no second revision.
    pub async fn close_inspection(
        &self,
        who: &Identity,
        reference: &str,
    ) -> Result<i64, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load_inspection(who, reference).await?;
        if !l.may_close(who) {
            return Err(opennrm_domain::platform::Denied::Forbidden.into());
        }
        if l.record.state != InspectionState::Planned.as_str() {
            return Err(ServiceError::Conflict(
                "the inspection is already closed".into(),
            ));
        }
        if l.record.held_on.as_str() > &opennrm_store::now()[..10] {
            return Err(ServiceError::invalid(
                "date",
                "an inspection is closed once it has been held",
            ));
        }
        let revision = self.record_inspection_in_atlas(who, &l).await?;
        let label = who.audit_label();
        let object = inspection_object(reference);
        let audit = self.audited(
            &label,
            "inspection.closed",
            Some(&object),
            "ok",
            None,
            serde_json::json!({ "atlas_revision": revision }),
        );
        let at = opennrm_store::now();
        self.write(Plan::close_inspection(&l.record.id, revision, &at, &audit))
            .await?;
        Ok(revision)
    }

    /// Adds the revision that records the inspection, computed from the current atlas;
    /// recomputed if another revision lands meanwhile. Returns the revision that cites it.
    async fn record_inspection_in_atlas(
        &self,
        who: &Identity,
        l: &LoadedInspection,
    ) -> Result<i64, ServiceError> {
        let i = &l.record;
        let ids: Vec<ActorId> = l
            .participants
            .iter()
            .map(|p| ActorId::parse(&p.org).map_err(|e| ServiceError::Internal(e.to_string())))
            .collect::<Result<_, _>>()?;
        let sector = i.work_sector.replace('_', " ");
        let record = record_of(&i.reference);
        let object = inspection_object(&i.reference);
        let title = format!("Joint inspection {}", i.reference);
        let revision = crate::atlas::RecordRevision {
            country: &i.country_code,
            record: &record,
            object: &object,
            origin: "inspection",
            title: &title,
            detail: serde_json::json!({ "origin": "joint_inspection", "participants": ids.len() }),
        };
        self.revise_from_record(who, &revision, |country| {
            let names: Vec<String> = ids
                .iter()
                .map(|id| {
                    country
                        .actor(id)
                        .map_or_else(|| id.to_string(), |a| a.name.clone())
                })
                .collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            let source = source_of(&i.reference, &i.held_on, &sector, &names);
            record_ties(country, &ids, &source) > 0
        })
        .await
    }

    /// The inspection a new case opens from: the caller's agency must take part in it.
    pub(super) async fn inspection_origin(
        &self,
        who: &Identity,
        reference: Option<&str>,
    ) -> Result<Option<String>, ServiceError> {
        let Some(reference) = reference.map(str::trim).filter(|r| !r.is_empty()) else {
            return Ok(None);
        };
        let unknown = || {
            ServiceError::invalid(
                "inspection",
                "no inspection your agency takes part in has this reference",
            )
        };
        let l = self
            .load_inspection(who, reference)
            .await
            .map_err(|e| match e {
                ServiceError::NotFound(_) => unknown(),
                e => e,
            })?;
        if l.view != InspectionView::Participant {
            return Err(unknown());
        }
        Ok(Some(l.record.id))
    }
}
