//! Referral, part 1 (capability 4): cases, the consent ledger, routing through the
//! country's pathway, sending referrals and moving them through their lifecycle.
//!
//! Need to know is decided here, per case, by `domain::platform::case_view`: the owner
//! (identifying organisation) sees the whole case; an organisation it was referred to sees
//! the situation and, of the persons referred to it, only the fields its action needs; the
//! national coordinator sees every case of the country without personal data; nobody else
//! sees anything, and a case that is not visible is "not found" (its reference is not
//! confirmed). Personal values are sealed per field before they reach the store and opened
//! only for a caller entitled to them; every opening writes an audit row naming the fields,
//! never their values. Nothing personal goes into an audit row, a log line or an error.

use std::collections::{BTreeMap, BTreeSet};

use opennrm_domain::atlas::model::ActorId;
use opennrm_domain::platform::{Action, CaseAccess, CaseView, Identity, case_view, require};
use opennrm_domain::referral::lifecycle::{self, ReferralState, Side, Transition};
use opennrm_domain::referral::{
    AgeGroup, ConsentMethod, ExploitationType, Gender, NationalityGroup, Pathway, PersonalField,
    Proposal, Purpose, ReferralAction, ResidenceStatus, Situation, WorkSector, propose,
};
use opennrm_domain::screening::{Level, ScreeningRequest};
use opennrm_store::{
    CaseRecord, CaseScreeningRecord, ConsentRecord, NewCase, NoteRecord, PersonRecord, Plan,
    ReferralEventRecord, ReferralRecord,
};
use serde::{Deserialize, Serialize};

use crate::{ServiceError, Services, crypto};

mod assistance;
mod inspection;
pub use assistance::{NewTask, ProviderTask, TaskSummary};
pub use inspection::{
    FindingDetail, InspectionCase, InspectionDetail, InspectionSummary, NewFinding, NewInspection,
    Participant, is_inspection_reference,
};

/// Bounds on what a case holds: enough for a crew, not for a database dump.
pub const MAX_PERSON_ROWS: usize = 50;
pub const MAX_PERSONS_PER_ROW: i64 = 500;
pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_NOTE_CHARS: usize = 4000;
pub const MAX_MESSAGE_CHARS: usize = 2000;
pub const MAX_REGION_CHARS: usize = 100;
/// Cases or referrals a list returns at most.
pub const LIST_LIMIT: i64 = 200;

/// One person (or a group of persons sharing a route) as the officer enters them.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewPerson {
    pub residence: ResidenceStatus,
    pub age: AgeGroup,
    /// Counted by the statistics; kept after retention.
    #[serde(default = "unknown_gender")]
    pub gender: Gender,
    /// Coarse group beside the (sealed) nationality, for the statistics; kept after retention.
    #[serde(default = "unknown_group")]
    pub nationality_group: NationalityGroup,
    /// Persons sharing this route (a crew); 1 for one person.
    #[serde(default = "one")]
    pub count: i64,
    #[serde(default)]
    pub name: Option<String>,
    /// YYYY-MM-DD
    #[serde(default)]
    pub birth_date: Option<String>,
    #[serde(default)]
    pub nationality: Option<String>,
    #[serde(default)]
    pub contact: Option<String>,
}

fn one() -> i64 {
    1
}

fn unknown_gender() -> Gender {
    Gender::Unknown
}

fn unknown_group() -> NationalityGroup {
    NationalityGroup::Unknown
}

/// A case as the officer opens it.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCaseInput {
    pub exploitation: ExploitationType,
    #[serde(default)]
    pub work_sector: Option<WorkSector>,
    #[serde(default)]
    pub region: Option<String>,
    pub persons: Vec<NewPerson>,
    /// A screening to attach (its result can open the case directly).
    #[serde(default)]
    pub screening: Option<ScreeningRequest>,
    /// The joint inspection the case comes from (its reference); the caller's agency
    /// must take part in it.
    #[serde(default)]
    pub inspection: Option<String>,
}

/// The case as one caller may see it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseDetail {
    /// `owner`, `receiver` or `oversight`: what of the case this caller sees.
    pub view: &'static str,
    pub reference: String,
    pub country: String,
    /// The identifying organisation (atlas actor id).
    pub organisation: String,
    pub exploitation: String,
    pub work_sector: Option<String>,
    pub region: Option<String>,
    pub persons_total: i64,
    pub level: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// When retention destroyed the case's personal data (names, contacts, notes, messages).
    pub anonymised_at: Option<String>,
    /// The joint inspection the case was opened from (its reference).
    pub inspection: Option<String>,
    pub persons: Vec<PersonDetail>,
    pub screenings: Vec<ScreeningSummary>,
    pub notes: Vec<NoteDetail>,
    pub consents: Vec<ConsentDetail>,
    /// The assistance plan: tasks given to service providers (no personal data).
    pub tasks: Vec<TaskSummary>,
    pub referrals: Vec<ReferralDetail>,
    /// Who has read personal data of this case (owner only), newest first.
    pub seen_by: Vec<SeenBy>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonDetail {
    pub id: String,
    pub position: i64,
    pub residence: String,
    pub age_group: String,
    pub count: i64,
    pub gender: String,
    pub nationality_group: String,
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub nationality: Option<String>,
    pub contact: Option<String>,
    /// Fields this caller may not see (need to know).
    pub withheld: Vec<PersonalField>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ScreeningSummary {
    pub level: String,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NoteDetail {
    pub organisation: String,
    pub at: String,
    pub body: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ConsentDetail {
    pub id: String,
    pub person_id: String,
    pub purpose: String,
    pub organisation: Option<String>,
    pub method: String,
    pub recorded_by: String,
    pub recorded_at: String,
    pub withdrawn_at: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReferralDetail {
    pub id: String,
    pub person_id: String,
    pub rule_id: String,
    pub action: String,
    pub from_org: String,
    pub to_org: String,
    pub consent_purpose: Option<String>,
    pub state: String,
    pub message: Option<String>,
    pub deadline_at: Option<String>,
    pub created_at: String,
    pub events: Vec<EventDetail>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EventDetail {
    pub at: String,
    pub by_org: String,
    pub kind: String,
    pub to_state: String,
    /// The JSON detail (outcome, end date, purpose withdrawn).
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SeenBy {
    pub at: String,
    /// `user:<id>` or `cli`.
    pub who: String,
    /// The user's name and organisation, where the user still exists.
    pub name: Option<String>,
    #[schema(value_type = Object)]
    pub what: serde_json::Value,
}

/// A line of a case list.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseSummary {
    pub reference: String,
    pub exploitation: String,
    pub persons_total: i64,
    pub level: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A line of an inbox (or of the coordinator's list).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InboxEntry {
    pub referral: String,
    pub reference: String,
    pub action: String,
    pub from_org: String,
    pub to_org: String,
    pub state: String,
    pub created_at: String,
    pub updated_at: String,
    pub deadline_at: Option<String>,
}

/// The proposals for one person of a case.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PersonProposals {
    pub person_id: String,
    pub position: i64,
    pub proposals: Vec<Proposal>,
}

/// One referral to send: the person, the pathway rule, and the officer's message.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReferralPick {
    pub person_id: String,
    pub rule_id: String,
}

/// Consent as recorded.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewConsent {
    pub person_id: String,
    pub purpose: Purpose,
    /// For `share_with_organisation`: the organisation (atlas actor id).
    #[serde(default)]
    pub organisation: Option<String>,
    pub method: ConsentMethod,
}

/// What `opennrm retention run` found and did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Retention {
    /// Cases unchanged since this time (and with no open referral) qualified.
    pub before: String,
    /// Their references, oldest first.
    pub cases: Vec<String>,
    /// How many were anonymised now (0 on a dry run).
    pub anonymised: usize,
}

/// Cases read per round of retention.
const RETENTION_ROUND: i64 = 500;

/// What `keys rotate` did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Rotation {
    pub active_key: String,
    pub values: usize,
    /// Values a rotation re-seals: wrapped case keys and case-less values not under the
    /// active key, and case values not yet under their case's own key.
    pub pending: usize,
    pub resealed: u64,
    pub by_key_before: BTreeMap<String, usize>,
}

/// Where a sealed value lives: binds the ciphertext to its table, column and row.
fn place(table: &str, column: &str, row: &str) -> String {
    format!("{table}.{column}#{row}")
}

fn case_object(reference: &str) -> String {
    format!("case:{reference}")
}

/// A reference nobody can guess or count: the country code and 20 random bits-of-base32 ×4
/// groups (80 bits), e.g. `FI-7KQ2-M9XD-4RTA-PZ3C`. Letters that read alike are left out.
fn new_reference(country: &str) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let bytes = crypto::random_bytes(16);
    let chars: Vec<char> = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % 32] as char)
        .collect();
    format!(
        "{country}-{}-{}-{}-{}",
        chars[0..4].iter().collect::<String>(),
        chars[4..8].iter().collect::<String>(),
        chars[8..12].iter().collect::<String>(),
        chars[12..16].iter().collect::<String>()
    )
}

/// A reference has exactly the shape `new_reference` issues; anything else is not looked up.
pub fn is_reference(s: &str) -> bool {
    s.len() == 22
        && s.bytes().enumerate().all(|(i, b)| match i {
            0 | 1 => b.is_ascii_uppercase(),
            2 | 7 | 12 | 17 => b == b'-',
            _ => b.is_ascii_digit() || b.is_ascii_uppercase(),
        })
}

pub(crate) fn bounded(
    field: &'static str,
    value: Option<&str>,
    max: usize,
) -> Result<Option<String>, ServiceError> {
    match value.map(str::trim) {
        None | Some("") => Ok(None),
        Some(v) if v.chars().count() > max => Err(ServiceError::invalid(
            field,
            format!("at most {max} characters"),
        )),
        // Line breaks and tabs are text (a browser sends a textarea's lines as CR LF).
        Some(v)
            if v.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) =>
        {
            Err(ServiceError::invalid(
                field,
                "control characters are not allowed",
            ))
        }
        Some(v) => Ok(Some(v.to_string())),
    }
}

/// Which personal fields of a person (by id) the caller may see.
type FieldsOf = Box<dyn Fn(&str) -> Vec<PersonalField> + Send + Sync>;

struct Loaded {
    case: CaseRecord,
    referrals: Vec<ReferralRecord>,
    view: CaseView,
}

impl Services {
    /// Whether `who` may work on cases at all (lists, forms): handlers ask first, so a
    /// caller without the right is refused before any input is read.
    pub fn may_work_on_cases(&self, who: &Identity) -> Result<(), ServiceError> {
        Ok(require(who, &Action::WorkOnCases)?)
    }

    /// The pathway of a country (public: the report's routes).
    pub fn pathway(&self, who: &Identity, country: &str) -> Result<&Pathway, ServiceError> {
        require(who, &Action::ReadPublic)?;
        self.0
            .pathways
            .iter()
            .find(|p| p.country.as_str().eq_ignore_ascii_case(country))
            .ok_or(ServiceError::NotFound("pathway"))
    }

    /// Seals an optional value at its place: under the case's own key (`key`), or under
    /// the keyring for values that belong to no case (`None`: inspection findings).
    pub(crate) fn seal_opt(
        &self,
        value: Option<String>,
        key: Option<&crypto::CaseKey>,
        table: &str,
        column: &str,
        row: &str,
    ) -> Result<Option<String>, ServiceError> {
        let at = |v: String| {
            let at = place(table, column, row);
            match key {
                Some(k) => k.seal(v.as_bytes(), &at),
                None => self.0.case_keys.seal(v.as_bytes(), &at),
            }
            .map_err(ServiceError::Internal)
        };
        value.map(at).transpose()
    }

    /// Opens an optional sealed value at its place, with the case's key where it has one.
    pub(crate) fn open_opt(
        &self,
        sealed: Option<&str>,
        key: Option<&crypto::CaseKey>,
        table: &str,
        column: &str,
        row: &str,
    ) -> Result<Option<String>, ServiceError> {
        sealed
            .map(|s| {
                crypto::open_case_value(&self.0.case_keys, key, s, &place(table, column, row))
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
                    .map_err(|e| ServiceError::Internal(format!("{table}.{column}: {e}")))
            })
            .transpose()
    }

    /// Case `case_id`'s own key, unwrapped; `None` once retention discarded it (or for a
    /// case opened before cases had keys that has not been given one yet).
    pub(crate) async fn case_key(
        &self,
        case_id: &str,
    ) -> Result<Option<crypto::CaseKey>, ServiceError> {
        self.store()
            .case_key(case_id)
            .await?
            .map(|w| crypto::CaseKey::unwrap(&self.0.case_keys, &w, case_id))
            .transpose()
            .map_err(|e| ServiceError::Internal(format!("case_key.wrapped: {e}")))
    }

    /// Case `case_id`'s key to seal a new value with, giving the case one if it has none
    /// (cases opened before cases had keys).
    pub(crate) async fn case_key_for_sealing(
        &self,
        case_id: &str,
    ) -> Result<crypto::CaseKey, ServiceError> {
        if let Some(k) = self.case_key(case_id).await? {
            return Ok(k);
        }
        let (_, wrapped) = crypto::CaseKey::generate(&self.0.case_keys, case_id)
            .map_err(ServiceError::Internal)?;
        let stored = self
            .store()
            .ensure_case_key(case_id, &wrapped, &opennrm_store::now())
            .await?;
        crypto::CaseKey::unwrap(&self.0.case_keys, &stored, case_id)
            .map_err(|e| ServiceError::Internal(format!("case_key.wrapped: {e}")))
    }

    pub(crate) fn principal_org(
        &self,
        who: &Identity,
    ) -> Result<(String, String, String), ServiceError> {
        let p = who
            .principal()
            .ok_or(opennrm_domain::platform::Denied::Forbidden)?;
        Ok((
            p.user_id.to_string(),
            p.organisation.to_string(),
            p.country.to_string(),
        ))
    }

    /// Opens a case for the caller's organisation; returns its reference.
    pub async fn open_case(
        &self,
        who: &Identity,
        input: &NewCaseInput,
    ) -> Result<String, ServiceError> {
        require(who, &Action::OpenCase)?;
        let (user, org, country) = self.principal_org(who)?;
        if input.persons.is_empty() || input.persons.len() > MAX_PERSON_ROWS {
            return Err(ServiceError::invalid(
                "persons",
                format!("between 1 and {MAX_PERSON_ROWS} persons or groups"),
            ));
        }
        let region = bounded("region", input.region.as_deref(), MAX_REGION_CHARS)?;
        let inspection_id = self
            .inspection_origin(who, input.inspection.as_deref())
            .await?;
        let now = opennrm_store::now();
        let id = crypto::ordered_id();
        let reference = new_reference(&country);
        let (key, wrapped_key) =
            crypto::CaseKey::generate(&self.0.case_keys, &id).map_err(ServiceError::Internal)?;
        let key = Some(&key);
        let mut persons = Vec::new();
        let mut total = 0;
        for (i, p) in input.persons.iter().enumerate() {
            if !(1..=MAX_PERSONS_PER_ROW).contains(&p.count) {
                return Err(ServiceError::invalid(
                    "count",
                    format!("between 1 and {MAX_PERSONS_PER_ROW}"),
                ));
            }
            if p.count > 1 && (p.name.is_some() || p.birth_date.is_some() || p.contact.is_some()) {
                return Err(ServiceError::invalid(
                    "persons",
                    "a group of several persons holds no name, date of birth or contact; enter a person who needs them on their own",
                ));
            }
            let birth = bounded("birth_date", p.birth_date.as_deref(), 10)?;
            if let Some(b) = &birth
                && !lifecycle::is_date(b)
            {
                return Err(ServiceError::invalid(
                    "birth_date",
                    "a date written YYYY-MM-DD",
                ));
            }
            total += p.count;
            let pid = crypto::ordered_id();
            persons.push(PersonRecord {
                case_id: id.clone(),
                position: i as i64 + 1,
                residence: p.residence.as_str().into(),
                age_group: p.age.as_str().into(),
                count: p.count,
                gender: p.gender.as_str().into(),
                nationality_group: p.nationality_group.as_str().into(),
                name_ct: self.seal_opt(
                    bounded("name", p.name.as_deref(), MAX_NAME_CHARS)?,
                    key,
                    "case_person",
                    "name_ct",
                    &pid,
                )?,
                birth_date_ct: self.seal_opt(birth, key, "case_person", "birth_date_ct", &pid)?,
                nationality_ct: self.seal_opt(
                    bounded("nationality", p.nationality.as_deref(), 80)?,
                    key,
                    "case_person",
                    "nationality_ct",
                    &pid,
                )?,
                contact_ct: self.seal_opt(
                    bounded("contact", p.contact.as_deref(), MAX_NAME_CHARS)?,
                    key,
                    "case_person",
                    "contact_ct",
                    &pid,
                )?,
                created_at: now.clone(),
                id: pid,
            });
        }
        let mut screenings = Vec::new();
        let mut level = None;
        if let Some(req) = &input.screening {
            let (clean, l) = self.screen_for_case(req)?;
            level = Some(l);
            screenings.push(CaseScreeningRecord {
                id: crypto::ordered_id(),
                case_id: id.clone(),
                request: clean,
                level: l.as_str().into(),
                created_by: user.clone(),
                created_at: now.clone(),
            });
        }
        let case = CaseRecord {
            id,
            reference: reference.clone(),
            country_code: country,
            organisation_id: org,
            officer_id: user,
            work_sector: input.work_sector.map(|s| s.as_str().to_string()),
            region,
            exploitation: input.exploitation.as_str().into(),
            persons: total,
            level: level.map(|l| l.as_str().to_string()),
            created_at: now.clone(),
            updated_at: now,
            anonymised_at: None,
            inspection_id,
        };
        let label = who.audit_label();
        let object = case_object(&reference);
        let detail = serde_json::json!({ "person_rows": persons.len(), "persons": total, "screened": !screenings.is_empty(), "from_inspection": case.inspection_id.is_some() });
        let audit = self.audited(&label, "case.opened", Some(&object), "ok", None, detail);
        self.write(Plan::insert_case(
            &NewCase {
                case: &case,
                persons: &persons,
                screenings: &screenings,
                wrapped_key: &wrapped_key,
            },
            &audit,
        ))
        .await?;
        Ok(reference)
    }

    /// Runs a screening request for a case: the normalised request (JSON) and its level.
    fn screen_for_case(&self, req: &ScreeningRequest) -> Result<(String, Level), ServiceError> {
        let atlas = self.atlas();
        let (clean, outcome) = req
            .normalised_and_run(&atlas.atlas)
            .map_err(|e| ServiceError::invalid(e.field, e.message))?;
        let json =
            serde_json::to_string(&clean).map_err(|e| ServiceError::Internal(e.to_string()))?;
        Ok((json, outcome.result.level))
    }

    async fn load(&self, who: &Identity, reference: &str) -> Result<Loaded, ServiceError> {
        if !is_reference(reference) {
            return Err(ServiceError::NotFound("case"));
        }
        let store = self.store();
        let case = store
            .case_by_reference(reference)
            .await?
            .ok_or(ServiceError::NotFound("case"))?;
        let referrals = store.case_referrals(&case.id).await?;
        let access = access_of(&case, &referrals)?;
        let view = match case_view(who, &access) {
            Ok(v) => v,
            // Not confirming that the reference exists to whoever may not see it.
            Err(opennrm_domain::platform::Denied::Forbidden) => {
                return Err(ServiceError::NotFound("case"));
            }
            Err(d) => return Err(d.into()),
        };
        Ok(Loaded {
            case,
            referrals,
            view,
        })
    }

    /// The case as `who` may see it. Reading personal data is audited (fields, not values).
    pub async fn case(&self, who: &Identity, reference: &str) -> Result<CaseDetail, ServiceError> {
        require(who, &Action::WorkOnCases).or_else(|e| {
            if matches!(who, Identity::Operator) {
                Ok(())
            } else {
                Err(e)
            }
        })?;
        let l = self.load(who, reference).await?;
        let store = self.store();
        let c = &l.case;
        let my_org = who.principal().map(|p| p.organisation.to_string());
        // Which referrals and persons this caller sees, and which fields of each person.
        let (referrals, person_fields): (Vec<&ReferralRecord>, FieldsOf) = match &l.view {
            CaseView::Owner => (
                l.referrals.iter().collect(),
                Box::new(|_: &str| PersonalField::all().collect()),
            ),
            CaseView::Oversight => (l.referrals.iter().collect(), Box::new(|_: &str| Vec::new())),
            CaseView::Receiver(_) => {
                let mine: Vec<&ReferralRecord> = l
                    .referrals
                    .iter()
                    .filter(|r| Some(&r.to_org) == my_org.as_ref())
                    .collect();
                let needs: Vec<(String, Vec<PersonalField>)> = mine
                    .iter()
                    .map(|r| {
                        let fields = r
                            .action
                            .parse::<ReferralAction>()
                            .map(|a| a.needs().to_vec())
                            .unwrap_or_default();
                        (r.person_id.clone(), fields)
                    })
                    .collect();
                (
                    mine,
                    Box::new(move |pid: &str| {
                        let mut f: BTreeSet<PersonalField> = BTreeSet::new();
                        for (p, fields) in &needs {
                            if p == pid {
                                f.extend(fields.iter().copied());
                            }
                        }
                        f.into_iter().collect()
                    }),
                )
            }
        };
        let visible_persons: Option<BTreeSet<&str>> = match &l.view {
            CaseView::Receiver(_) => Some(referrals.iter().map(|r| r.person_id.as_str()).collect()),
            _ => None,
        };
        let mut opened: BTreeSet<&'static str> = BTreeSet::new();
        let key = self.case_key(&c.id).await?;
        let key = key.as_ref();
        let mut persons = Vec::new();
        for p in store.case_persons(&c.id).await? {
            if visible_persons
                .as_ref()
                .is_some_and(|v| !v.contains(p.id.as_str()))
            {
                continue;
            }
            let fields = person_fields(&p.id);
            let get = |f: PersonalField,
                       v: &Option<String>,
                       col: &str|
             -> Result<Option<String>, ServiceError> {
                if fields.contains(&f) {
                    self.open_opt(v.as_deref(), key, "case_person", col, &p.id)
                } else {
                    Ok(None)
                }
            };
            let d = PersonDetail {
                name: get(PersonalField::Name, &p.name_ct, "name_ct")?,
                birth_date: get(PersonalField::BirthDate, &p.birth_date_ct, "birth_date_ct")?,
                nationality: get(
                    PersonalField::Nationality,
                    &p.nationality_ct,
                    "nationality_ct",
                )?,
                contact: get(PersonalField::Contact, &p.contact_ct, "contact_ct")?,
                withheld: PersonalField::all()
                    .filter(|f| !fields.contains(f))
                    .collect(),
                id: p.id.clone(),
                position: p.position,
                residence: p.residence.clone(),
                age_group: p.age_group.clone(),
                count: p.count,
                gender: p.gender.clone(),
                nationality_group: p.nationality_group.clone(),
            };
            for (f, v) in [
                (PersonalField::Name, &d.name),
                (PersonalField::BirthDate, &d.birth_date),
                (PersonalField::Nationality, &d.nationality),
                (PersonalField::Contact, &d.contact),
            ] {
                if v.is_some() {
                    opened.insert(f.as_str());
                }
            }
            persons.push(d);
        }
        let owner = matches!(l.view, CaseView::Owner);
        let notes = if owner {
            let mut out = Vec::new();
            for n in store.case_notes(&c.id).await? {
                out.push(NoteDetail {
                    body: self
                        .open_opt(Some(&n.body_ct), key, "case_note", "body_ct", &n.id)?
                        .unwrap_or_default(),
                    organisation: n.organisation_id,
                    at: n.created_at,
                });
            }
            if !out.is_empty() {
                opened.insert("notes");
            }
            out
        } else {
            Vec::new()
        };
        let consents = store
            .case_consents(&c.id)
            .await?
            .into_iter()
            .filter(|x| {
                visible_persons
                    .as_ref()
                    .is_none_or(|v| v.contains(x.person_id.as_str()))
            })
            .map(|x| ConsentDetail {
                id: x.id,
                person_id: x.person_id,
                purpose: x.purpose,
                organisation: x.organisation_id,
                method: x.method,
                recorded_by: x.recorded_by,
                recorded_at: x.recorded_at,
                withdrawn_at: x.withdrawn_at,
            })
            .collect();
        let events = store.referral_events(&c.id).await?;
        let mut out_referrals = Vec::new();
        for r in referrals {
            let see_message = !matches!(l.view, CaseView::Oversight);
            let mut evs = Vec::new();
            for e in events.iter().filter(|e| e.referral_id == r.id) {
                let row = format!("{}/{}", e.referral_id, e.seq);
                evs.push(EventDetail {
                    at: e.at.clone(),
                    by_org: e.by_org.clone(),
                    kind: e.kind.clone(),
                    to_state: e.to_state.clone(),
                    detail: serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null),
                    reason: if see_message {
                        self.open_opt(
                            e.reason_ct.as_deref(),
                            key,
                            "referral_event",
                            "reason_ct",
                            &row,
                        )?
                    } else {
                        None
                    },
                });
            }
            let message = if see_message {
                self.open_opt(
                    r.message_ct.as_deref(),
                    key,
                    "referral",
                    "message_ct",
                    &r.id,
                )?
            } else {
                None
            };
            if message.is_some() {
                opened.insert("messages");
            }
            out_referrals.push(ReferralDetail {
                id: r.id.clone(),
                person_id: r.person_id.clone(),
                rule_id: r.rule_id.clone(),
                action: r.action.clone(),
                from_org: r.from_org.clone(),
                to_org: r.to_org.clone(),
                consent_purpose: r.consent_purpose.clone(),
                state: r.state.clone(),
                message,
                deadline_at: r.deadline_at.clone(),
                created_at: r.created_at.clone(),
                events: evs,
            });
        }
        let view_name = match l.view {
            CaseView::Owner => "owner",
            CaseView::Receiver(_) => "receiver",
            CaseView::Oversight => "oversight",
        };
        let object = case_object(&c.reference);
        if !opened.is_empty() {
            let detail = serde_json::json!({ "view": view_name, "fields": opened.iter().collect::<Vec<_>>() });
            self.audit_personal_read(who, &c.reference, detail).await?;
        }
        let seen_by = if owner {
            store
                .audit_of_object(&object, 100)
                .await?
                .into_iter()
                .filter(|a| a.action == "case.personal_data_read")
                .map(|a| SeenBy {
                    at: a.at,
                    who: a.actor,
                    name: None,
                    what: serde_json::from_str(&a.detail).unwrap_or(serde_json::Value::Null),
                })
                .collect::<Vec<_>>()
        } else {
            Vec::new()
        };
        // Staff names for the owner's "who has seen" list (users, not the persons).
        let mut seen_by = seen_by;
        for x in &mut seen_by {
            if let Some(id) = x.who.strip_prefix("user:")
                && let Some(u) = store.user_by_id(id).await?
            {
                let org = self
                    .atlas()
                    .atlas
                    .actor(&u.organisation_id)
                    .map(|(_, a)| a.name.clone())
                    .unwrap_or(u.organisation_id);
                x.name = Some(format!("{} ({org})", u.display_name));
            }
        }
        Ok(CaseDetail {
            view: view_name,
            reference: c.reference.clone(),
            country: c.country_code.clone(),
            organisation: c.organisation_id.clone(),
            exploitation: c.exploitation.clone(),
            work_sector: c.work_sector.clone(),
            region: c.region.clone(),
            persons_total: c.persons,
            level: c.level.clone(),
            created_at: c.created_at.clone(),
            updated_at: c.updated_at.clone(),
            anonymised_at: c.anonymised_at.clone(),
            inspection: match &c.inspection_id {
                Some(id) => store.inspection_by_id(id).await?.map(|i| i.reference),
                None => None,
            },
            persons,
            screenings: store
                .case_screenings(&c.id)
                .await?
                .into_iter()
                .map(|s| ScreeningSummary {
                    level: s.level,
                    at: s.created_at,
                })
                .collect(),
            notes,
            consents,
            tasks: self.tasks_of(&l).await?,
            referrals: out_referrals,
            seen_by,
        })
    }

    /// The cases the caller's organisation opened, newest first.
    pub async fn my_cases(&self, who: &Identity) -> Result<Vec<CaseSummary>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let (_, org, _) = self.principal_org(who)?;
        Ok(self
            .store()
            .cases_of_organisation(&org, LIST_LIMIT)
            .await?
            .into_iter()
            .map(|c| CaseSummary {
                reference: c.reference,
                exploitation: c.exploitation,
                persons_total: c.persons,
                level: c.level,
                created_at: c.created_at,
                updated_at: c.updated_at,
            })
            .collect())
    }

    /// Referrals sent to the caller's organisation; for a national coordinator, every
    /// referral of the country. Open ones first, the longest waiting first.
    pub async fn inbox(&self, who: &Identity) -> Result<Vec<InboxEntry>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let p = who
            .principal()
            .ok_or(opennrm_domain::platform::Denied::Forbidden)?;
        let org = p.organisation.to_string();
        let all = p.has(crate::Role::NationalCoordinator);
        let rows = self
            .store()
            .inbox(
                (!all).then_some(org.as_str()),
                p.country.as_str(),
                LIST_LIMIT,
            )
            .await?;
        Ok(rows
            .into_iter()
            .map(|r| InboxEntry {
                referral: r.referral.id,
                reference: r.reference,
                action: r.referral.action,
                from_org: r.referral.from_org,
                to_org: r.referral.to_org,
                state: r.referral.state,
                created_at: r.referral.created_at,
                updated_at: r.referral.updated_at,
                deadline_at: r.referral.deadline_at,
            })
            .collect())
    }

    /// The audit row of a read that opened personal data of a case: `detail` names the
    /// view and the fields, never their values. The owner's "who has seen" lists these.
    async fn audit_personal_read(
        &self,
        who: &Identity,
        reference: &str,
        detail: serde_json::Value,
    ) -> Result<(), ServiceError> {
        let label = who.audit_label();
        let object = case_object(reference);
        let audit = self.audited(
            &label,
            "case.personal_data_read",
            Some(&object),
            "ok",
            None,
            detail,
        );
        self.write(Plan::audit_only(&audit)).await?;
        Ok(())
    }

    fn owner_only(l: &Loaded) -> Result<(), ServiceError> {
        match l.view {
            CaseView::Owner => Ok(()),
            _ => Err(opennrm_domain::platform::Denied::Forbidden.into()),
        }
    }

    /// Records consent for one purpose of one person.
    pub async fn record_consent(
        &self,
        who: &Identity,
        reference: &str,
        c: &NewConsent,
    ) -> Result<String, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let persons = self.store().case_persons(&l.case.id).await?;
        if !persons.iter().any(|p| p.id == c.person_id) {
            return Err(ServiceError::invalid(
                "person_id",
                "not a person of this case",
            ));
        }
        let org = match (c.purpose, c.organisation.as_deref()) {
            (Purpose::ShareWithOrganisation, Some(o)) => {
                Some(self.actor_of_country(o, &l.case.country_code)?)
            }
            (Purpose::ShareWithOrganisation, None) => {
                return Err(ServiceError::invalid(
                    "organisation",
                    "name the organisation the person agrees to share their data with",
                ));
            }
            (_, Some(_)) => {
                return Err(ServiceError::invalid(
                    "organisation",
                    "only sharing with a named organisation names one",
                ));
            }
            (_, None) => None,
        };
        let (user, _, _) = self.principal_org(who)?;
        let id = crypto::ordered_id();
        let record = ConsentRecord {
            id: id.clone(),
            case_id: l.case.id.clone(),
            person_id: c.person_id.clone(),
            purpose: c.purpose.as_str().into(),
            organisation_id: org,
            method: c.method.as_str().into(),
            recorded_by: user,
            recorded_at: opennrm_store::now(),
            withdrawn_at: None,
            withdrawn_by: None,
        };
        let label = who.audit_label();
        let object = case_object(reference);
        let audit = self.audited(
            &label,
            "case.consent_recorded",
            Some(&object),
            "ok",
            None,
            serde_json::json!({ "purpose": c.purpose.as_str(), "method": c.method.as_str() }),
        );
        self.write(Plan::insert_consent(&record, &audit)).await?;
        Ok(id)
    }

    /// Withdraws a consent at once: no new referral for that purpose, and every
    /// organisation that already received one under it is told (an event on its referral).
    pub async fn withdraw_consent(
        &self,
        who: &Identity,
        reference: &str,
        consent_id: &str,
    ) -> Result<(), ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let consents = self.store().case_consents(&l.case.id).await?;
        let c = consents
            .iter()
            .find(|c| c.id == consent_id)
            .ok_or(ServiceError::NotFound("consent"))?;
        let (user, org, _) = self.principal_org(who)?;
        let label = who.audit_label();
        let object = case_object(reference);
        let audit = self.audited(
            &label,
            "case.consent_withdrawn",
            Some(&object),
            "ok",
            None,
            serde_json::json!({ "purpose": c.purpose }),
        );
        if !self
            .write(Plan::withdraw_consent(
                c,
                &opennrm_store::now(),
                &user,
                &org,
                &audit,
            ))
            .await?
            .is_done()
        {
            return Err(ServiceError::Conflict(
                "this consent was already withdrawn".into(),
            ));
        }
        Ok(())
    }

    fn actor_of_country(&self, id: &str, country: &str) -> Result<String, ServiceError> {
        let atlas = self.atlas();
        match atlas.atlas.actor(id) {
            Some((c, a)) if c.country.code.as_str() == country => Ok(a.id.to_string()),
            _ => Err(ServiceError::invalid(
                "organisation",
                "not an organisation of the case's country",
            )),
        }
    }

    /// Adds a note (sealed: notes may name people).
    pub async fn add_note(
        &self,
        who: &Identity,
        reference: &str,
        body: &str,
    ) -> Result<(), ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let body = bounded("note", Some(body), MAX_NOTE_CHARS)?
            .ok_or_else(|| ServiceError::invalid("note", "write something"))?;
        let (user, org, _) = self.principal_org(who)?;
        let id = crypto::ordered_id();
        let key = self.case_key_for_sealing(&l.case.id).await?;
        let note = NoteRecord {
            body_ct: self
                .seal_opt(Some(body), Some(&key), "case_note", "body_ct", &id)?
                .unwrap_or_default(),
            id,
            case_id: l.case.id.clone(),
            author_id: user,
            organisation_id: org,
            created_at: opennrm_store::now(),
        };
        let label = who.audit_label();
        let object = case_object(reference);
        let audit = self.audited(
            &label,
            "case.note_added",
            Some(&object),
            "ok",
            None,
            serde_json::Value::Null,
        );
        self.write(Plan::insert_note(&note, &audit)).await?;
        Ok(())
    }

    /// Attaches another screening to a case.
    pub async fn attach_screening(
        &self,
        who: &Identity,
        reference: &str,
        req: &ScreeningRequest,
    ) -> Result<Level, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let (clean, level) = self.screen_for_case(req)?;
        let (user, _, _) = self.principal_org(who)?;
        let rec = CaseScreeningRecord {
            id: crypto::ordered_id(),
            case_id: l.case.id.clone(),
            request: clean,
            level: level.as_str().into(),
            created_by: user,
            created_at: opennrm_store::now(),
        };
        let label = who.audit_label();
        let object = case_object(reference);
        let audit = self.audited(
            &label,
            "case.screening_attached",
            Some(&object),
            "ok",
            None,
            serde_json::json!({ "level": level.as_str() }),
        );
        let highest = match l
            .case
            .level
            .as_deref()
            .and_then(|s| s.parse::<Level>().ok())
        {
            Some(old) if old > level => old,
            _ => level,
        };
        self.write(Plan::insert_case_screening(&rec, highest.as_str(), &audit))
            .await?;
        Ok(level)
    }

    /// What the country's pathway proposes for each person of the case, with reasons,
    /// sources and whether the consent each needs is on record.
    pub async fn proposals(
        &self,
        who: &Identity,
        reference: &str,
    ) -> Result<Vec<PersonProposals>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        self.proposals_of(&l).await
    }

    async fn proposals_of(&self, l: &Loaded) -> Result<Vec<PersonProposals>, ServiceError> {
        let c = &l.case;
        let pathway = self
            .0
            .pathways
            .iter()
            .find(|p| p.country.as_str() == c.country_code)
            .ok_or(ServiceError::NotFound("pathway"))?;
        let atlas = self.atlas();
        let sector = atlas.atlas.actor(&c.organisation_id).map(|(_, a)| a.sector);
        let consents = self.store().case_consents(&c.id).await?;
        let exploitation = c
            .exploitation
            .parse::<ExploitationType>()
            .map_err(|_| ServiceError::Internal("stored exploitation type".into()))?;
        let level = c.level.as_deref().and_then(|s| s.parse::<Level>().ok());
        let mut out = Vec::new();
        for p in self.store().case_persons(&c.id).await? {
            let s = Situation {
                referring_sector: sector,
                exploitation,
                level,
                region: c.region.as_deref(),
                residence: p
                    .residence
                    .parse()
                    .map_err(|_| ServiceError::Internal("stored residence".into()))?,
                age: p
                    .age_group
                    .parse()
                    .map_err(|_| ServiceError::Internal("stored age group".into()))?,
            };
            let given = |purpose: Purpose, to: &ActorId| {
                consents.iter().any(|x| {
                    x.person_id == p.id
                        && x.withdrawn_at.is_none()
                        && x.purpose == purpose.as_str()
                        && (purpose != Purpose::ShareWithOrganisation
                            || x.organisation_id.as_deref() == Some(to.as_str()))
                })
            };
            out.push(PersonProposals {
                person_id: p.id.clone(),
                position: p.position,
                proposals: propose(pathway, &s, given),
            });
        }
        Ok(out)
    }

    /// Sends referrals the pathway proposes; a pick whose consent is missing is refused
    /// naming the purpose, and nothing is sent. Returns the new referrals' ids. Once this
    /// returns, the referrals are durably stored.
    pub async fn send_referrals(
        &self,
        who: &Identity,
        reference: &str,
        picks: &[ReferralPick],
        message: Option<&str>,
    ) -> Result<Vec<String>, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        if picks.is_empty() || picks.len() > 64 {
            return Err(ServiceError::invalid(
                "referrals",
                "pick between 1 and 64 referrals",
            ));
        }
        let message = bounded("message", message, MAX_MESSAGE_CHARS)?;
        let l = self.load(who, reference).await?;
        Self::owner_only(&l)?;
        let proposals = self.proposals_of(&l).await?;
        let (user, org, _) = self.principal_org(who)?;
        let now = opennrm_store::now();
        let key = match &message {
            Some(_) => Some(self.case_key_for_sealing(&l.case.id).await?),
            None => None,
        };
        let mut records = Vec::new();
        let mut seen = BTreeSet::new();
        for pick in picks {
            let person = proposals
                .iter()
                .find(|p| p.person_id == pick.person_id)
                .ok_or_else(|| ServiceError::invalid("person_id", "not a person of this case"))?;
            let prop = person
                .proposals
                .iter()
                .find(|p| p.rule_id == pick.rule_id)
                .ok_or_else(|| {
                    ServiceError::invalid(
                        "rule_id",
                        "the pathway does not propose this referral for this person",
                    )
                })?;
            if !prop.consent_given {
                let purpose = prop.consent.map(|p| p.as_str()).unwrap_or_default();
                return Err(ServiceError::Invalid {
                    field: "consent",
                    message: format!(
                        "person {} has not consented to `{purpose}`, which a referral to {} for {} needs; record the consent first (the person can still be counted anonymously)",
                        person.position,
                        prop.target.actor(),
                        prop.action.as_str().replace('_', " ")
                    ),
                });
            }
            let to = prop.target.actor().to_string();
            if !seen.insert((pick.person_id.clone(), to.clone(), prop.action)) {
                continue;
            }
            if l.referrals.iter().any(|r| {
                r.person_id == pick.person_id
                    && r.to_org == to
                    && r.action == prop.action.as_str()
                    && r.state != "closed"
                    && r.state != "declined"
            }) {
                return Err(ServiceError::Conflict(format!(
                    "person {} already has an open referral to {to} for this action",
                    person.position
                )));
            }
            let id = crypto::ordered_id();
            records.push(ReferralRecord {
                message_ct: self.seal_opt(
                    message.clone(),
                    key.as_ref(),
                    "referral",
                    "message_ct",
                    &id,
                )?,
                id,
                case_id: l.case.id.clone(),
                person_id: pick.person_id.clone(),
                rule_id: prop.rule_id.clone(),
                action: prop.action.as_str().into(),
                from_org: org.clone(),
                to_org: to,
                consent_purpose: prop.consent.map(|p| p.as_str().to_string()),
                state: ReferralState::Sent.as_str().into(),
                deadline_at: prop
                    .deadline_days
                    .map(|d| opennrm_store::at_offset(i64::from(d) * 86_400)),
                created_by: user.clone(),
                created_at: now.clone(),
                updated_at: now.clone(),
            });
        }
        let label = who.audit_label();
        let object = case_object(reference);
        let detail = serde_json::json!({
            "referrals": records.iter().map(|r| serde_json::json!({ "id": r.id, "to": r.to_org, "action": r.action, "rule": r.rule_id })).collect::<Vec<_>>()
        });
        let audit = self.audited(&label, "referral.sent", Some(&object), "ok", None, detail);
        self.write(Plan::insert_referrals(&records, &audit)).await?;
        Ok(records.into_iter().map(|r| r.id).collect())
    }

    /// Moves a referral one step, as the receiving or the sending organisation.
    pub async fn transition(
        &self,
        who: &Identity,
        referral_id: &str,
        t: &Transition,
    ) -> Result<String, ServiceError> {
        require(who, &Action::WorkOnCases)?;
        if referral_id.len() != 32 || !referral_id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(ServiceError::NotFound("referral"));
        }
        let store = self.store();
        let r = store
            .referral(referral_id)
            .await?
            .ok_or(ServiceError::NotFound("referral"))?;
        let case = store
            .case_by_id(&r.case_id)
            .await?
            .ok_or(ServiceError::NotFound("referral"))?;
        let l = self.load(who, &case.reference).await.map_err(|e| match e {
            ServiceError::NotFound(_) => ServiceError::NotFound("referral"),
            e => e,
        })?;
        let p = who
            .principal()
            .ok_or(opennrm_domain::platform::Denied::Forbidden)?;
        let org = p.organisation.to_string();
        let side = match &l.view {
            CaseView::Receiver(_) if r.to_org == org => Side::Receiver,
            CaseView::Owner if r.from_org == org => Side::Sender,
            CaseView::Owner if r.to_org == org => Side::Receiver,
            _ => return Err(ServiceError::NotFound("referral")),
        };
        let from: ReferralState = r
            .state
            .parse()
            .map_err(|_| ServiceError::Internal("stored state".into()))?;
        let to = lifecycle::next(from, t, side).map_err(|e| ServiceError::Invalid {
            field: "transition",
            message: e.to_string(),
        })?;
        let now = opennrm_store::now();
        let seq_row = format!("{}/", r.id);
        // A decision ends the wait for it: what is due next is the reflection period's
        // end where one was granted, nothing otherwise.
        let deadline = match t {
            Transition::Decide { until, .. } => {
                Some(until.as_ref().map(|d| format!("{d}T00:00:00Z")))
            }
            _ => None,
        };
        let (detail, reason) = match t {
            Transition::Decline { reason } => {
                (serde_json::json!({}), Some(reason.trim().to_string()))
            }
            Transition::Decide { outcome, until } => (
                serde_json::json!({ "outcome": outcome.as_str(), "until": until }),
                None,
            ),
            _ => (serde_json::json!({}), None),
        };
        // The sealed reason is bound to the referral and this event's seq; the store
        // writes the event at exactly that seq, so a step or a withdrawal written meanwhile
        // makes this one fail (state guard or primary key) instead of mis-binding it.
        let next_seq = store.next_event_seq(&r.id).await?;
        let key = match &reason {
            Some(_) => Some(self.case_key_for_sealing(&case.id).await?),
            None => None,
        };
        let reason_ct = self.seal_opt(
            reason,
            key.as_ref(),
            "referral_event",
            "reason_ct",
            &format!("{seq_row}{next_seq}"),
        )?;
        let event = ReferralEventRecord {
            referral_id: r.id.clone(),
            seq: next_seq,
            at: now,
            by_user: p.user_id.to_string(),
            by_org: org,
            kind: t.kind().into(),
            to_state: to.as_str().into(),
            detail: detail.to_string(),
            reason_ct,
        };
        let label = who.audit_label();
        let object = case_object(&case.reference);
        let audit = self.audited(&label, "referral.transition", Some(&object), "ok", None, serde_json::json!({ "referral": r.id, "from": from.as_str(), "to": to.as_str(), "step": t.kind() }));
        if !self
            .write(Plan::transition_referral(
                from.as_str(),
                &event,
                deadline.as_ref().map(Option::as_deref),
                &audit,
            ))
            .await?
            .is_done()
        {
            return Err(ServiceError::Conflict(
                "the referral was changed meanwhile; reload and try again".into(),
            ));
        }
        Ok(to.as_str().into())
    }

    /// The whole case for a data-subject access request (`opennrm case export`): the
    /// operator only; the export itself is audited.
    pub async fn export_case(
        &self,
        who: &Identity,
        reference: &str,
    ) -> Result<CaseDetail, ServiceError> {
        if !matches!(who, Identity::Operator) {
            return Err(opennrm_domain::platform::Denied::Forbidden.into());
        }
        self.case(who, reference).await
    }

    /// Re-seals every personal value not under the active key (`opennrm keys rotate`).
    /// Destroys the personal data of every case with no open referral that has not
    /// changed for `older_than_days` (see `Plan::anonymise_case`), each with an audit row
    /// `case.anonymised`; with `dry_run`, only lists them. Counts stay for statistics.
    pub async fn apply_retention(
        &self,
        who: &Identity,
        older_than_days: u32,
        dry_run: bool,
    ) -> Result<Retention, ServiceError> {
        require(who, &Action::ApplyRetention)?;
        if older_than_days == 0 {
            return Err(ServiceError::invalid(
                "older_than_days",
                "at least one day: a case closed today may still be reopened",
            ));
        }
        let before = opennrm_store::at_offset(-i64::from(older_than_days) * 86_400);
        let mut out = Retention {
            before: before.clone(),
            ..Retention::default()
        };
        // A page at a time, so memory stays bounded however many cases there are; a case
        // that changed meanwhile is skipped by the plan's guard and not counted.
        let mut after: Option<(String, String)> = None;
        loop {
            let page = self
                .store()
                .retention_candidates(
                    &before,
                    after.as_ref().map(|(a, i)| (a.as_str(), i.as_str())),
                    RETENTION_ROUND,
                )
                .await?;
            let Some(last) = page.last() else {
                break;
            };
            after = Some((last.updated_at.clone(), last.id.clone()));
            for c in page {
                out.cases.push(c.reference.clone());
                if dry_run {
                    continue;
                }
                let label = who.audit_label();
                let object = case_object(&c.reference);
                let audit = self.audited(
                    &label,
                    "case.anonymised",
                    Some(&object),
                    "ok",
                    None,
                    serde_json::json!({ "older_than_days": older_than_days }),
                );
                let now = opennrm_store::now();
                if self
                    .write(Plan::anonymise_case(&c.id, &before, &now, &audit))
                    .await?
                    .is_done()
                {
                    out.anonymised += 1;
                }
            }
        }
        if out.anonymised > 0 {
            self.store().forget_deleted().await?;
        }
        Ok(out)
    }

    /// Rotation under envelope encryption: a case's values stay under the case's own
    /// key, and only the wrapped case keys (and the values that belong to no case) are
    /// re-sealed under the active key. Values sealed before cases had keys are moved into
    /// their case's key (the case gets one if it has none).
    pub async fn rotate_keys(
        &self,
        who: &Identity,
        dry_run: bool,
    ) -> Result<Rotation, ServiceError> {
        require(who, &Action::ManageKeys)?;
        let keys = &self.0.case_keys;
        let values = self.store().sealed_values().await?;
        let mut out = Rotation {
            active_key: keys.active_key().to_string(),
            values: values.len(),
            ..Rotation::default()
        };
        let mut stale = Vec::new();
        for v in values {
            let kid = crypto::Sealer::key_of(&v.sealed);
            *out.by_key_before.entry(kid.to_string()).or_default() += 1;
            let settled =
                kid == crypto::CASE_KEY_ID || (kid == keys.active_key() && v.case_id.is_none());
            if !settled {
                stale.push(v);
            }
        }
        out.pending = stale.len();
        if dry_run {
            return Ok(out);
        }
        let mut case_keys: BTreeMap<String, crypto::CaseKey> = BTreeMap::new();
        let mut changes = Vec::new();
        for v in stale {
            let at = place(v.table, v.column, &v.row);
            let plain = keys
                .open(&v.sealed, &at)
                .map_err(|e| ServiceError::Internal(format!("{}.{}: {e}", v.table, v.column)))?;
            let new = match &v.case_id {
                Some(case_id) => {
                    if !case_keys.contains_key(case_id) {
                        let k = self.case_key_for_sealing(case_id).await?;
                        case_keys.insert(case_id.clone(), k);
                    }
                    case_keys[case_id].seal(&plain, &at)
                }
                None => keys.seal(&plain, &at),
            }
            .map_err(ServiceError::Internal)?;
            changes.push((v, new));
        }
        for chunk in changes.chunks(500) {
            let label = who.audit_label();
            let audit = self.audited(
                &label,
                "keys.rotated",
                None,
                "ok",
                None,
                serde_json::json!({ "values": chunk.len(), "to_key": keys.active_key() }),
            );
            out.resealed += self.store().reseal(chunk, &audit).await?;
        }
        Ok(out)
    }
}

fn access_of(case: &CaseRecord, referrals: &[ReferralRecord]) -> Result<CaseAccess, ServiceError> {
    let id = |s: &str| {
        opennrm_domain::atlas::FactId::parse(s)
            .map_err(|_| ServiceError::Internal("stored organisation id".into()))
    };
    Ok(CaseAccess {
        country: opennrm_domain::atlas::CountryCode::try_from(case.country_code.clone())
            .map_err(|_| ServiceError::Internal("stored country".into()))?,
        owner: id(&case.organisation_id)?,
        receivers: referrals
            .iter()
            .filter_map(|r| {
                Some((
                    id(&r.to_org).ok()?,
                    r.action.parse::<ReferralAction>().ok()?,
                ))
            })
            .collect(),
    })
}
