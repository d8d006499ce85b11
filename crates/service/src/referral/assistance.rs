//! A person's assistance plan: the case owner gives tasks (accommodation, legal aid, …) to
//! service providers whose atlas mandate fits, once the person has consented to support
//! services; a provider sees its tasks and, of the person, only what each task needs
//! (`AssistanceKind::needs`) — never the case, its notes, screenings or referrals — and
//! moves them on. Every read of personal data by a provider is audited on the case, so the
//! owner's "who has seen personal data" lists it.

use opennrm_domain::referral::assistance::{
    AssistanceKind, Provider, TaskState, TaskStep, next_task_state, providers,
};
use opennrm_store::TaskRecord;

use super::*;

/// A task to give.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTask {
    pub person_id: String,
    pub kind: AssistanceKind,
    /// The provider (atlas actor id); one of `GET …/providers?kind=`.
    pub provider: String,
}

/// A task of the case's plan, as the case's viewers see it (no personal data).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct TaskSummary {
    pub id: String,
    /// The person row's position in the case.
    pub person: i64,
    pub kind: String,
    pub provider: String,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
}

/// A task as its provider sees it: the task and what it needs of the person, nothing else.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProviderTask {
    pub id: String,
    pub kind: String,
    pub state: String,
    /// The organisation that gave the task (the case's identifying organisation).
    pub from_organisation: String,
    pub created_at: String,
    pub updated_at: String,
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub nationality: Option<String>,
    pub contact: Option<String>,
}

/// Tasks one provider lists at most.
const TASK_LIMIT: i64 = 200;

impl Services {
    /// Who may take a task of `kind` in the case's country (the case owner asks).
    pub async fn assistance_providers(
        &self,
        who: &Identity,
        reference: &str,
        kind: AssistanceKind,
    ) -> Result<Vec<Provider>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let atlas = self.atlas();
        let country = atlas
            .atlas
            .country(&l.case.country_code)
            .ok_or(ServiceError::NotFound("country"))?;
        Ok(providers(country, kind))
    }

    /// Gives a task of a person's plan to a provider; returns the task's id.
    pub async fn assign_task(
        &self,
        who: &Identity,
        reference: &str,
        t: &NewTask,
    ) -> Result<String, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let store = self.store();
        let persons = store.case_persons(&l.case.id).await?;
        let person = persons
            .iter()
            .find(|p| p.id == t.person_id)
            .ok_or_else(|| ServiceError::invalid("person_id", "not a person of this case"))?;
        let atlas = self.atlas();
        let country = atlas
            .atlas
            .country(&l.case.country_code)
            .ok_or(ServiceError::NotFound("country"))?;
        if !providers(country, t.kind)
            .iter()
            .any(|p| p.actor == t.provider)
        {
            return Err(ServiceError::invalid(
                "provider",
                "not an organisation of the country whose mandate covers this assistance",
            ));
        }
        let consented = store.case_consents(&l.case.id).await?.iter().any(|c| {
            c.person_id == person.id
                && c.purpose == Purpose::SupportServices.as_str()
                && c.withdrawn_at.is_none()
        });
        if !consented {
            return Err(ServiceError::Invalid {
                field: "consent",
                message: format!(
                    "person {} has not consented to `support_services`, which giving a task to a service provider needs; record the consent first",
                    person.position
                ),
            });
        }
        let (user, _, _) = self.principal_org(who)?;
        let now = opennrm_store::now();
        let task = TaskRecord {
            id: crypto::ordered_id(),
            case_id: l.case.id.clone(),
            person_id: person.id.clone(),
            kind: t.kind.as_str().into(),
            provider_org: t.provider.clone(),
            state: TaskState::Assigned.as_str().into(),
            created_by: user,
            created_at: now.clone(),
            updated_at: now,
        };
        let label = who.audit_label();
        let object = case_object(reference);
        let detail = serde_json::json!({ "task": task.id, "kind": task.kind, "provider": task.provider_org });
        let audit = self.audited(&label, "task.assigned", Some(&object), "ok", None, detail);
        self.write(Plan::insert_task(&task, &audit)).await?;
        Ok(task.id)
    }

    /// The plan of a loaded case (every view: tasks hold no personal data).
    pub(super) async fn tasks_of(&self, l: &Loaded) -> Result<Vec<TaskSummary>, ServiceError> {
        let store = self.store();
        let persons = store.case_persons(&l.case.id).await?;
        Ok(store
            .case_tasks(&l.case.id)
            .await?
            .into_iter()
            .map(|t| TaskSummary {
                person: persons
                    .iter()
                    .find(|p| p.id == t.person_id)
                    .map_or(0, |p| p.position),
                id: t.id,
                kind: t.kind,
                provider: t.provider_org,
                state: t.state,
                created_at: t.created_at,
                updated_at: t.updated_at,
            })
            .collect())
    }

    /// The tasks given to the caller's organisation, with what each needs of its person.
    pub async fn my_tasks(&self, who: &Identity) -> Result<Vec<ProviderTask>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let (_, org, _) = self.principal_org(who)?;
        let store = self.store();
        let mut out = Vec::new();
        for t in store.provider_tasks(&org, TASK_LIMIT).await? {
            let Ok(kind) = t.kind.parse::<AssistanceKind>() else {
                continue;
            };
            let case = store
                .case_by_id(&t.case_id)
                .await?
                .ok_or(ServiceError::NotFound("case"))?;
            let person = store
                .case_persons(&t.case_id)
                .await?
                .into_iter()
                .find(|p| p.id == t.person_id)
                .ok_or(ServiceError::NotFound("person"))?;
            let needs = kind.needs();
            // A finished task no longer needs the person: its data is not opened again.
            let open = !matches!(t.state.as_str(), "completed" | "declined");
            let key = if open && !needs.is_empty() {
                self.case_key(&t.case_id).await?
            } else {
                None
            };
            let get = |f: PersonalField, sealed: &Option<String>, column: &str| {
                if open && needs.contains(&f) {
                    self.open_opt(
                        sealed.as_deref(),
                        key.as_ref(),
                        "case_person",
                        column,
                        &person.id,
                    )
                } else {
                    Ok(None)
                }
            };
            let task = ProviderTask {
                name: get(PersonalField::Name, &person.name_ct, "name_ct")?,
                birth_date: get(
                    PersonalField::BirthDate,
                    &person.birth_date_ct,
                    "birth_date_ct",
                )?,
                nationality: get(
                    PersonalField::Nationality,
                    &person.nationality_ct,
                    "nationality_ct",
                )?,
                contact: get(PersonalField::Contact, &person.contact_ct, "contact_ct")?,
                id: t.id.clone(),
                kind: t.kind.clone(),
                state: t.state.clone(),
                from_organisation: case.organisation_id.clone(),
                created_at: t.created_at.clone(),
                updated_at: t.updated_at.clone(),
            };
            let opened: Vec<&str> = [
                ("name", &task.name),
                ("birth_date", &task.birth_date),
                ("nationality", &task.nationality),
                ("contact", &task.contact),
            ]
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(f, _)| *f)
            .collect();
            if !opened.is_empty() {
                let detail =
                    serde_json::json!({ "view": "provider", "task": t.id, "fields": opened });
                self.audit_personal_read(who, &case.reference, detail)
                    .await?;
            }
            out.push(task);
        }
        Ok(out)
    }

    /// Moves a task of the caller's organisation one step; returns its new state.
    pub async fn move_task(
        &self,
        who: &Identity,
        id: &str,
        step: TaskStep,
    ) -> Result<String, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ServiceError::NotFound("task"));
        }
        let (_, org, _) = self.principal_org(who)?;
        let store = self.store();
        let task = store
            .task(id)
            .await?
            .filter(|t| t.provider_org == org)
            .ok_or(ServiceError::NotFound("task"))?;
        let from = task
            .state
            .parse::<TaskState>()
            .map_err(|_| ServiceError::Internal("a task in an unknown state".into()))?;
        let to = next_task_state(from, step).map_err(|m| ServiceError::Invalid {
            field: "to",
            message: m,
        })?;
        let case = store
            .case_by_id(&task.case_id)
            .await?
            .ok_or(ServiceError::NotFound("case"))?;
        let label = who.audit_label();
        let object = case_object(&case.reference);
        let detail =
            serde_json::json!({ "task": task.id, "from": from.as_str(), "to": to.as_str() });
        let audit = self.audited(&label, "task.moved", Some(&object), "ok", None, detail);
        let now = opennrm_store::now();
        match self
            .write(Plan::move_task(
                &task,
                from.as_str(),
                to.as_str(),
                &now,
                &audit,
            ))
            .await?
        {
            opennrm_store::Applied::Skipped => Err(ServiceError::Conflict(
                "the task was moved meanwhile; reload it".into(),
            )),
            _ => Ok(to.as_str().into()),
        }
    }
}
