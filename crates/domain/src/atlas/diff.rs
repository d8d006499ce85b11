//! What changed in a country between two revisions of the atlas: actors added, retired
//! and renamed, mandates, ties, mechanisms ("MoU: absent → formal"), limitations,
//! participation, documents, findings and ambiguities. Pure, so the diff page, the JSON
//! API and `opennrm diff` report the same changes in the same order.
//!
//! How facts are paired across revisions (the data files give ids to actors, mechanisms
//! and documents only):
//!
//! | fact          | paired by                                   | then, for what is left |
//! |---------------|---------------------------------------------|------------------------|
//! | actor         | id                                          | —                      |
//! | mandate       | actor id, capability, scope, source quote   | actor id, capability, scope |
//! | tie           | from, to, kind, source quote                | from, to, kind         |
//! | mechanism     | id                                          | —                      |
//! | limitation    | category, source quote                      | category               |
//! | participation | source section and quote                    | order in the file      |
//! | document      | id                                          | —                      |
//! | finding       | part, quote                                 | —                      |
//! | ambiguity     | topic, note                                 | topic                  |
//!
//! The first key tells apart facts that share the second one (Denmark has four
//! `legislation` limitations): removing one of them must not be read as every later one
//! changing. Identical facts pair before anything else, as even the first key is not
//! always unique (two Latvian limitations share a category and a quote). Paired facts
//! report one [`FieldChange`] per differing field; unpaired ones are added or removed,
//! so an edit of a key field (a tie's kind, a finding's quote) is a removal and an
//! addition. A mandate belongs to its actor: the mandates of an added or a
//! retired actor travel inside that actor's entry and are not listed again.
//!
//! Order: the new revision's file order (with changed and added facts where they stand),
//! then the removed facts in the old revision's order. A change of a fact's source alone
//! is a change too, but marked `substantive: false`, so a page can show it quietly.
//!
//! Text (CLI): one line per change. `+` added, `-` removed or retired, `~` a substantive
//! change, `·` a change of the source only.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::hash::Hash;

use serde::{Serialize, Serializer};

use super::Atlas;
use super::model::*;
use super::vocabulary::*;

/// A value of a closed vocabulary, with the vocabulary it comes from so an interface can
/// label it. `vocabulary` is the prefix of the label keys in the web's Fluent files
/// (`sector`, `level`, `study_status`, `capability`, `cooperation`, `mechanism`, `focus`,
/// `limitation`, `document`, `finding_part`): `i18n.label(t.vocabulary, t.value)`.
/// Serialised as its plain value (`"trade_union"`), as everywhere else in the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    pub vocabulary: &'static str,
    pub value: &'static str,
}

impl Serialize for Term {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.value)
    }
}

/// Turns a vocabulary value into a [`Term`].
trait Termed: Copy {
    fn term(self) -> Term;
}

macro_rules! termed {
    ($($t:ty => $vocabulary:literal),+ $(,)?) => {
        $(
            impl Termed for $t {
                fn term(self) -> Term {
                    Term { vocabulary: $vocabulary, value: self.as_str() }
                }
            }
            impl ToValue for $t {
                fn to_value(&self) -> Value {
                    Value::Term(self.term())
                }
            }
        )+
    };
}

termed!(
    Sector => "sector",
    Level => "level",
    StudyStatus => "study_status",
    Capability => "capability",
    CooperationKind => "cooperation",
    MechanismKind => "mechanism",
    MechanismStatus => "mechanism_status",
    Focus => "focus",
    LimitationCategory => "limitation",
    DocumentKind => "document",
    FindingPart => "finding_part",
    TieDirection => "tie-direction",
    RespondentForm => "respondent-form",
);

impl ToValue for Vec<Sector> {
    fn to_value(&self) -> Value {
        Value::List(self.iter().map(|v| v.as_str().to_string()).collect())
    }
}

impl ToValue for Vec<Capability> {
    fn to_value(&self) -> Value {
        Value::List(self.iter().map(|v| v.as_str().to_string()).collect())
    }
}

/// The old or new value of a changed field, serialised as the JSON value of its natural
/// type (`null`, `true`, `5`, `"text"`, `["dk-a"]`, a source object, a list of sources),
/// so a client reads `old` and `new` like the fields of the fact itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// The field is not set (`None` in the model).
    Absent,
    Bool(bool),
    Number(i64),
    Text(String),
    /// An actor, mechanism or document id (parent, holder).
    Id(FactId),
    Term(Term),
    /// Aliases, or the ids of a mechanism's members.
    List(Vec<String>),
    Source(Source),
    Sources(Vec<Source>),
}

trait ToValue {
    fn to_value(&self) -> Value;
}

impl<V: ToValue> ToValue for Option<V> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Absent, ToValue::to_value)
    }
}

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Bool(*self)
    }
}

impl ToValue for i64 {
    fn to_value(&self) -> Value {
        Value::Number(*self)
    }
}

impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}

impl ToValue for FactId {
    fn to_value(&self) -> Value {
        Value::Id(self.clone())
    }
}

impl ToValue for Vec<String> {
    fn to_value(&self) -> Value {
        Value::List(self.clone())
    }
}

impl ToValue for Vec<FactId> {
    fn to_value(&self) -> Value {
        Value::List(self.iter().map(|id| id.as_str().to_string()).collect())
    }
}

impl ToValue for Source {
    fn to_value(&self) -> Value {
        Value::Source(self.clone())
    }
}

impl ToValue for Vec<Source> {
    fn to_value(&self) -> Value {
        Value::Sources(self.clone())
    }
}

/// A field of a fact, named as in the data files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, strum::IntoStaticStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    Name,
    NativeName,
    Chapter,
    Acronym,
    Aliases,
    Sector,
    Level,
    StudyStatus,
    Parent,
    LabourMandate,
    /// A mandate stated as held or as denied.
    Denied,
    Kind,
    /// A mechanism's grade: formal, functional equivalent, absent, expired.
    Status,
    Holder,
    Members,
    Year,
    Frequency,
    Focus,
    Respondents,
    Invited,
    Completed,
    Title,
    Note,
    Source,
    /// An ambiguity's readings, each with its quote.
    Sources,
    /// The other places the report states the fact.
    Also,
    /// The fields marked as our reading.
    Read,
    Group,
    Direction,
    ReportedBy,
    Capabilities,
    Actors,
    Mechanisms,
    Concerns,
    Form,
    Reason,
    Footnotes,
    Summary,
    Addresses,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
    /// Whether a change of this field changes what the fact says, rather than where the
    /// report says it. An ambiguity's `sources` are where its readings are stated; what
    /// is contested is its `note`.
    pub fn is_substantive(self) -> bool {
        !matches!(self, Field::Source | Field::Sources | Field::Also)
    }
}

/// One field of a fact present in both revisions, with its old and new value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: Field,
    pub old: Value,
    pub new: Value,
    /// False when only the fact's source changed (see [`Field::is_substantive`]); in the
    /// JSON too, so a client need not know which fields are sources.
    pub substantive: bool,
}

impl FieldChange {
    fn new(field: Field, old: Value, new: Value) -> FieldChange {
        FieldChange {
            field,
            old,
            new,
            substantive: field.is_substantive(),
        }
    }
}

/// The field changes of one paired fact, in the order the fields are checked.
#[derive(Default)]
struct Fields(Vec<FieldChange>);

impl Fields {
    fn check<V: PartialEq + ToValue>(mut self, field: Field, old: &V, new: &V) -> Fields {
        if old != new {
            self.0
                .push(FieldChange::new(field, old.to_value(), new.to_value()));
        }
        self
    }
}

/// A change of a fact that has no lifecycle of its own beyond being there or not.
/// Serialised with a `change` tag (`added`, `removed`, `changed`) next to the fields of
/// the key `K`; an added or removed fact carries the whole fact `T` in `fact`, a changed
/// one the fields of its [`FieldChange`] (`field`, `old`, `new`, `substantive`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change<K, T> {
    Added {
        #[serde(flatten)]
        key: K,
        fact: T,
    },
    Removed {
        #[serde(flatten)]
        key: K,
        fact: T,
    },
    /// One field of a fact in both revisions; a fact with three changed fields gives
    /// three entries, so every entry is one line of the text and one count.
    Changed {
        #[serde(flatten)]
        key: K,
        /// Boxed: two values of a fact's field (sources among them) outweigh the rest.
        #[serde(flatten)]
        field: Box<FieldChange>,
    },
}

impl<K, T> Change<K, T> {
    pub fn key(&self) -> &K {
        match self {
            Change::Added { key, .. }
            | Change::Removed { key, .. }
            | Change::Changed { key, .. } => key,
        }
    }
    /// False only for a change of the source alone.
    pub fn is_substantive(&self) -> bool {
        match self {
            Change::Changed { field, .. } => field.substantive,
            Change::Added { .. } | Change::Removed { .. } => true,
        }
    }
}

/// A change of an actor. An actor is never removed, it is retired: its id stays its own
/// (issue 6), and its page keeps its last facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ActorChange {
    /// With its mandates (they are not listed again under `mandates`).
    Added {
        #[serde(flatten)]
        key: ActorRef,
        fact: Actor,
    },
    /// In the old revision, not in the new one; with its mandates.
    Retired {
        #[serde(flatten)]
        key: ActorRef,
        fact: Actor,
    },
    /// Same id, another name. Kept apart from `changed` because a rename is what a reader
    /// looks for first ("is this still the body I know?").
    Renamed {
        id: ActorId,
        old_name: String,
        new_name: String,
    },
    /// One other field of an actor in both revisions.
    Changed {
        #[serde(flatten)]
        key: ActorRef,
        #[serde(flatten)]
        field: FieldChange,
    },
}

impl ActorChange {
    pub fn id(&self) -> &ActorId {
        match self {
            ActorChange::Added { key, .. }
            | ActorChange::Retired { key, .. }
            | ActorChange::Changed { key, .. } => &key.id,
            ActorChange::Renamed { id, .. } => id,
        }
    }
    /// False only for a change of the source alone.
    pub fn is_substantive(&self) -> bool {
        match self {
            ActorChange::Changed { field, .. } => field.substantive,
            _ => true,
        }
    }
}

/// Which actor a change is about; the name is the one in the revision the entry
/// describes (the new one for a change).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorRef {
    pub id: ActorId,
    pub name: String,
}

/// Which mandate: its actor, capability and scope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MandateRef {
    pub actor: ActorId,
    pub actor_name: String,
    pub capability: Capability,
    pub scope: Option<String>,
}

/// Which cooperation tie. Names are `None` only where a revision names an actor it does
/// not hold (validation refuses such files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TieRef {
    pub from: ActorId,
    pub from_name: Option<String>,
    pub to: ActorId,
    pub to_name: Option<String>,
    pub kind: CooperationKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MechanismRef {
    pub id: FactId,
    pub kind: MechanismKind,
    pub name: String,
}

/// A category can hold several limitations (Denmark states four on legislation); the
/// note tells them apart on a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitationRef {
    pub category: LimitationCategory,
    pub note: Option<String>,
}

/// A reading of participation has no id; the section of the report it comes from
/// names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ParticipationRef {
    pub section: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentRef {
    pub id: FactId,
    pub kind: DocumentKind,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingRef {
    pub part: FindingPart,
    pub quote: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AmbiguityRef {
    pub topic: String,
}

pub type ParticipationChange = Change<ParticipationRef, Participation>;
pub type FindingChange = Change<FindingRef, Finding>;
pub type MandateChange = Change<MandateRef, Mandate>;
pub type TieChange = Change<TieRef, Cooperation>;
pub type MechanismChange = Change<MechanismRef, Mechanism>;
pub type LimitationChange = Change<LimitationRef, Limitation>;
pub type DocumentChange = Change<DocumentRef, Document>;
pub type AmbiguityChange = Change<AmbiguityRef, Ambiguity>;
pub type RespondentChange = Change<RespondentRef, Respondent>;
pub type RecommendationChange = Change<RecommendationRef, Recommendation>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RespondentRef {
    pub id: FactId,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RecommendationRef {
    pub id: FactId,
    pub summary: String,
}

/// Whether the country is in both revisions or only in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    Both,
    /// Only in the new revision: every fact is added.
    Added,
    /// Only in the old revision: every fact is removed, every actor retired.
    Removed,
}

/// Everything that changed in one country between two revisions, per kind of fact, in
/// the order of the data file (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CountryDiff {
    pub code: CountryCode,
    /// The country's name in the new revision (the old one if it has gone).
    pub name: String,
    pub presence: Presence,
    /// The country record itself: name, native name, chapter.
    pub country: Vec<FieldChange>,
    pub participation: Vec<ParticipationChange>,
    pub findings: Vec<FindingChange>,
    pub actors: Vec<ActorChange>,
    /// Mandates of actors in both revisions.
    pub mandates: Vec<MandateChange>,
    pub cooperation: Vec<TieChange>,
    pub mechanisms: Vec<MechanismChange>,
    pub limitations: Vec<LimitationChange>,
    pub documents: Vec<DocumentChange>,
    pub ambiguities: Vec<AmbiguityChange>,
    /// Who answered the questionnaire: the participation as respondents.
    pub respondents: Vec<RespondentChange>,
    pub recommendations: Vec<RecommendationChange>,
}

/// The changes in one country between two revisions. `None` for a side means the
/// country is not in that revision: everything in the other side is then added (or
/// removed). Returns `None` only when the country is in neither — there is nothing to
/// compare, and an interface answers "not found".
pub fn diff_country(old: Option<&CountryAtlas>, new: Option<&CountryAtlas>) -> Option<CountryDiff> {
    let (presence, present) = match (old, new) {
        (None, None) => return None,
        (Some(o), None) => (Presence::Removed, o),
        (None, Some(n)) => (Presence::Added, n),
        (Some(_), Some(n)) => (Presence::Both, n),
    };
    // The missing side is the same country with no facts, so the one comparison below
    // covers all three cases.
    let nothing = CountryAtlas {
        country: present.country.clone(),
        participation: Vec::new(),
        findings: Vec::new(),
        actors: Vec::new(),
        cooperation: Vec::new(),
        mechanisms: Vec::new(),
        limitations: Vec::new(),
        documents: Vec::new(),
        ambiguities: Vec::new(),
        respondents: Vec::new(),
        recommendations: Vec::new(),
    };
    let old = old.unwrap_or(&nothing);
    let new = new.unwrap_or(&nothing);

    let (actors, mandates) = diff_actors(&old.actors, &new.actors);
    Some(CountryDiff {
        code: present.country.code.clone(),
        name: present.country.name.clone(),
        presence,
        country: Fields::default()
            .check(Field::Name, &old.country.name, &new.country.name)
            .check(
                Field::NativeName,
                &old.country.native_name,
                &new.country.native_name,
            )
            .check(Field::Chapter, &old.country.chapter, &new.country.chapter)
            .0,
        participation: diff_facts(
            &old.participation,
            &new.participation,
            |p| (p.source.section.as_str(), p.source.quote.as_str()),
            |_| (),
            participation_ref,
            participation_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Invited, &o.invited, &n.invited)
                    .check(Field::Completed, &o.completed, &n.completed)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        findings: diff_facts(
            &old.findings,
            &new.findings,
            |f| (f.part, f.source.quote.as_str()),
            |f| (f.part, f.source.quote.as_str()),
            finding_ref,
            finding_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Source, &o.source, &n.source)
                    .0
            },
        ),
        actors,
        mandates,
        cooperation: diff_facts(
            &old.cooperation,
            &new.cooperation,
            |t| (&t.from, &t.to, t.kind, t.source.quote.as_str()),
            |t| (&t.from, &t.to, t.kind),
            |t| tie_ref(t, old, new),
            |t| tie_ref(t, new, old),
            |o, n| {
                Fields::default()
                    .check(Field::Direction, &o.direction, &n.direction)
                    .check(Field::ReportedBy, &o.reported_by, &n.reported_by)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Read, &o.read, &n.read)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        mechanisms: diff_facts(
            &old.mechanisms,
            &new.mechanisms,
            |m| &m.id,
            |m| &m.id,
            mechanism_ref,
            mechanism_ref,
            |o, n| {
                // Status first: "MoU: absent → formal" is the news, the rest detail.
                Fields::default()
                    .check(Field::Status, &o.status, &n.status)
                    .check(Field::Kind, &o.kind, &n.kind)
                    .check(Field::Name, &o.name, &n.name)
                    .check(Field::Holder, &o.holder, &n.holder)
                    .check(Field::Members, &o.members, &n.members)
                    .check(Field::Year, &o.year, &n.year)
                    .check(Field::Frequency, &o.frequency, &n.frequency)
                    .check(Field::Focus, &o.focus, &n.focus)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Read, &o.read, &n.read)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        limitations: diff_facts(
            &old.limitations,
            &new.limitations,
            |l| (l.category, l.source.quote.as_str()),
            |l| l.category,
            limitation_ref,
            limitation_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Respondents, &o.respondents, &n.respondents)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Read, &o.read, &n.read)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        documents: diff_facts(
            &old.documents,
            &new.documents,
            |d| &d.id,
            |d| &d.id,
            document_ref,
            document_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Kind, &o.kind, &n.kind)
                    .check(Field::Title, &o.title, &n.title)
                    .check(Field::Year, &o.year, &n.year)
                    .check(Field::Capabilities, &o.capabilities, &n.capabilities)
                    .check(Field::Actors, &o.actors, &n.actors)
                    .check(Field::Mechanisms, &o.mechanisms, &n.mechanisms)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Read, &o.read, &n.read)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        ambiguities: diff_facts(
            &old.ambiguities,
            &new.ambiguities,
            |a| (a.topic.as_str(), a.note.as_str()),
            |a| a.topic.as_str(),
            ambiguity_ref,
            ambiguity_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Concerns, &o.concerns, &n.concerns)
                    .check(Field::Sources, &o.sources, &n.sources)
                    .0
            },
        ),
        respondents: diff_facts(
            &old.respondents,
            &new.respondents,
            |r| &r.id,
            |r| &r.id,
            respondent_ref,
            respondent_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Form, &o.form, &n.form)
                    .check(Field::Name, &o.name, &n.name)
                    .check(Field::Actors, &o.actors, &n.actors)
                    .check(Field::Reason, &o.reason, &n.reason)
                    .check(Field::Footnotes, &o.footnotes, &n.footnotes)
                    .check(Field::Note, &o.note, &n.note)
                    .check(Field::Read, &o.read, &n.read)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
        recommendations: diff_facts(
            &old.recommendations,
            &new.recommendations,
            |r| &r.id,
            |r| &r.id,
            recommendation_ref,
            recommendation_ref,
            |o, n| {
                Fields::default()
                    .check(Field::Summary, &o.summary, &n.summary)
                    .check(Field::Addresses, &o.addresses, &n.addresses)
                    .check(Field::Actors, &o.actors, &n.actors)
                    .check(Field::Source, &o.source, &n.source)
                    .check(Field::Also, &o.also, &n.also)
                    .0
            },
        ),
    })
}

fn respondent_ref(r: &Respondent) -> RespondentRef {
    RespondentRef {
        id: r.id.clone(),
        name: r.name.clone(),
    }
}

fn recommendation_ref(r: &Recommendation) -> RecommendationRef {
    RecommendationRef {
        id: r.id.clone(),
        summary: r.summary.clone(),
    }
}

/// Every country in either atlas, sorted by name (the new revision's name where it has
/// one), unchanged ones included: a reader of "2013 → today" should see that Denmark did
/// not change rather than wonder whether it was compared. Filter with
/// [`CountryDiff::is_empty`] to keep only the changed ones.
pub fn diff_atlas(old: &Atlas, new: &Atlas) -> Vec<CountryDiff> {
    let mut codes: Vec<&CountryCode> = new
        .countries
        .iter()
        .chain(&old.countries)
        .map(|c| &c.country.code)
        .collect();
    codes.sort();
    codes.dedup();
    let mut diffs: Vec<CountryDiff> = codes
        .into_iter()
        .filter_map(|code| diff_country(old.country(code.as_str()), new.country(code.as_str())))
        .collect();
    diffs.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.code.cmp(&b.code)));
    diffs
}

impl CountryDiff {
    /// No change at all (a country present in only one revision is never empty).
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// The number of changes: one per line of the text rendering. The country itself
    /// counts once when it is in only one revision.
    pub fn count(&self) -> usize {
        usize::from(self.presence != Presence::Both)
            + self.country.len()
            + self.participation.len()
            + self.findings.len()
            + self.actors.len()
            + self.mandates.len()
            + self.cooperation.len()
            + self.mechanisms.len()
            + self.limitations.len()
            + self.documents.len()
            + self.ambiguities.len()
            + self.respondents.len()
            + self.recommendations.len()
    }

    /// The changes that are more than a change of source.
    pub fn substantive_count(&self) -> usize {
        fn n<K, T>(l: &[Change<K, T>]) -> usize {
            l.iter().filter(|c| c.is_substantive()).count()
        }
        usize::from(self.presence != Presence::Both)
            + self.country.iter().filter(|c| c.substantive).count()
            + n(&self.participation)
            + n(&self.findings)
            + self.actors.iter().filter(|c| c.is_substantive()).count()
            + n(&self.mandates)
            + n(&self.cooperation)
            + n(&self.mechanisms)
            + n(&self.limitations)
            + n(&self.documents)
            + n(&self.ambiguities)
            + n(&self.respondents)
            + n(&self.recommendations)
    }

    /// One line per change, vocabulary values labelled by `label` (the CLI can pass
    /// `|t| t.value.to_string()`, the web its Fluent labels). Control characters in the
    /// data are shown as spaces, so a line stays one line and cannot drive a terminal.
    pub fn lines_with(&self, label: &dyn Fn(Term) -> String) -> Vec<String> {
        let mut out = Vec::with_capacity(self.count());
        let cc = self.code.as_str();
        match self.presence {
            Presence::Both => {}
            Presence::Added => out.push(format!("+ country {cc} {}", clean(&self.name))),
            Presence::Removed => out.push(format!("- country {cc} {}", clean(&self.name))),
        }
        for f in &self.country {
            out.push(format!(
                "{} country {cc}: {}",
                field_mark(f),
                field_text(f, label)
            ));
        }
        change_lines(&self.participation, label, &mut out);
        change_lines(&self.findings, label, &mut out);
        for a in &self.actors {
            out.push(actor_line(a, label));
        }
        change_lines(&self.mandates, label, &mut out);
        change_lines(&self.cooperation, label, &mut out);
        change_lines(&self.mechanisms, label, &mut out);
        change_lines(&self.limitations, label, &mut out);
        change_lines(&self.documents, label, &mut out);
        change_lines(&self.ambiguities, label, &mut out);
        change_lines(&self.respondents, label, &mut out);
        change_lines(&self.recommendations, label, &mut out);
        out
    }

    /// A heading ("Denmark (DK): 5 changes") and one line per change, vocabulary
    /// values labelled by `label`.
    pub fn to_text_with(&self, label: &dyn Fn(Term) -> String) -> String {
        let n = self.count();
        let mut text = match n {
            0 => format!("{} ({}): no changes\n", clean(&self.name), self.code),
            1 => format!("{} ({}): 1 change\n", clean(&self.name), self.code),
            _ => format!("{} ({}): {n} changes\n", clean(&self.name), self.code),
        };
        for line in self.lines_with(label) {
            text.push_str(&line);
            text.push('\n');
        }
        text
    }
}

/// The text rendering with vocabulary values as written in the data files.
impl fmt::Display for CountryDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text_with(&|t| t.value.to_string()))
    }
}

// --- pairing -------------------------------------------------------------------------

/// Which old fact each new fact is paired with, and the old facts left unpaired.
struct Pairing<'a, T> {
    /// In the new revision's order.
    pairs: Vec<(Option<&'a T>, &'a T)>,
    /// In the old revision's order.
    removed: Vec<&'a T>,
}

/// Pairs facts: first identical facts with the same `strict` key, then facts with the
/// same `strict` key, then what is left by `loose` key. Within a key, the earlier old
/// fact pairs with the earlier new fact, so facts that share a key keep their order.
/// Identical facts go first because keys are not always unique (two Latvian limitations
/// share a category and a quote): an edit of one must not be read as a swap of both.
fn pair<'a, T, S, L>(
    old: &'a [T],
    new: &'a [T],
    strict: impl Fn(&'a T) -> S,
    loose: impl Fn(&'a T) -> L,
) -> Pairing<'a, T>
where
    T: PartialEq,
    S: Eq + Hash,
    L: Eq + Hash,
{
    let mut taken = vec![false; old.len()];
    let mut partner: Vec<Option<usize>> = vec![None; new.len()];
    pair_pass(old, new, &mut taken, &mut partner, &strict, true);
    pair_pass(old, new, &mut taken, &mut partner, &strict, false);
    pair_pass(old, new, &mut taken, &mut partner, &loose, false);
    Pairing {
        pairs: new
            .iter()
            .zip(partner)
            .map(|(n, p)| (p.and_then(|i| old.get(i)), n))
            .collect(),
        removed: old
            .iter()
            .zip(taken)
            .filter(|(_, t)| !t)
            .map(|(o, _)| o)
            .collect(),
    }
}

/// One pass of [`pair`]: each unpaired new fact takes the first unpaired old fact with
/// the same key (and, if `identical`, equal to it). Comparing only within a key keeps
/// this linear for files whose keys are nearly unique.
fn pair_pass<'a, T: PartialEq, K: Eq + Hash>(
    old: &'a [T],
    new: &'a [T],
    taken: &mut [bool],
    partner: &mut [Option<usize>],
    key: impl Fn(&'a T) -> K,
    identical: bool,
) {
    let mut free: HashMap<K, VecDeque<usize>> = HashMap::new();
    for (i, o) in old.iter().enumerate() {
        if !taken[i] {
            free.entry(key(o)).or_default().push_back(i);
        }
    }
    for (j, n) in new.iter().enumerate() {
        if partner[j].is_some() {
            continue;
        }
        let Some(candidates) = free.get_mut(&key(n)) else {
            continue;
        };
        let found = if identical {
            candidates.iter().position(|&i| old.get(i) == Some(n))
        } else if candidates.is_empty() {
            None
        } else {
            Some(0)
        };
        if let Some(i) = found.and_then(|at| candidates.remove(at)) {
            taken[i] = true;
            partner[j] = Some(i);
        }
    }
}

/// The changes of one kind of fact. `key_old` and `key_new` name a fact from the
/// revision it is in (a tie's actor names come from its own revision).
fn diff_facts<'a, T, K, S, L>(
    old: &'a [T],
    new: &'a [T],
    strict: impl Fn(&'a T) -> S,
    loose: impl Fn(&'a T) -> L,
    key_old: impl Fn(&'a T) -> K,
    key_new: impl Fn(&'a T) -> K,
    fields: impl Fn(&'a T, &'a T) -> Vec<FieldChange>,
) -> Vec<Change<K, T>>
where
    T: Clone + PartialEq,
    K: Clone,
    S: Eq + Hash,
    L: Eq + Hash,
{
    let pairing = pair(old, new, strict, loose);
    let mut out = Vec::new();
    for (o, n) in pairing.pairs {
        match o {
            None => out.push(Change::Added {
                key: key_new(n),
                fact: n.clone(),
            }),
            Some(o) => {
                let key = key_new(n);
                out.extend(fields(o, n).into_iter().map(|field| Change::Changed {
                    key: key.clone(),
                    field: Box::new(field),
                }));
            }
        }
    }
    out.extend(pairing.removed.into_iter().map(|o| Change::Removed {
        key: key_old(o),
        fact: o.clone(),
    }));
    out
}

/// Actors by id, and the mandates of the actors in both revisions.
fn diff_actors(old: &[Actor], new: &[Actor]) -> (Vec<ActorChange>, Vec<MandateChange>) {
    let pairing = pair(old, new, |a| &a.id, |a| &a.id);
    let mut actors = Vec::new();
    let mut mandates = Vec::new();
    for (o, n) in pairing.pairs {
        let Some(o) = o else {
            actors.push(ActorChange::Added {
                key: actor_ref(n),
                fact: n.clone(),
            });
            continue;
        };
        if o.name != n.name {
            actors.push(ActorChange::Renamed {
                id: n.id.clone(),
                old_name: o.name.clone(),
                new_name: n.name.clone(),
            });
        }
        let fields = Fields::default()
            .check(Field::Acronym, &o.acronym, &n.acronym)
            .check(Field::NativeName, &o.native_name, &n.native_name)
            .check(Field::Aliases, &o.aliases, &n.aliases)
            .check(Field::Sector, &o.sector, &n.sector)
            .check(Field::Level, &o.level, &n.level)
            .check(Field::StudyStatus, &o.study_status, &n.study_status)
            .check(Field::Parent, &o.parent, &n.parent)
            .check(Field::Group, &o.group, &n.group)
            .check(Field::Note, &o.note, &n.note)
            .check(Field::Read, &o.read, &n.read)
            .check(Field::Source, &o.source, &n.source)
            .check(Field::Also, &o.also, &n.also)
            .0;
        actors.extend(fields.into_iter().map(|field| ActorChange::Changed {
            key: actor_ref(n),
            field,
        }));
        mandates.extend(diff_facts(
            &o.mandates,
            &n.mandates,
            |m| (m.capability, m.scope.as_deref(), m.source.quote.as_str()),
            |m| (m.capability, m.scope.as_deref()),
            |m| mandate_ref(o, m),
            |m| mandate_ref(n, m),
            |om, nm| {
                Fields::default()
                    .check(Field::Denied, &om.denied, &nm.denied)
                    .check(Field::LabourMandate, &om.labour_mandate, &nm.labour_mandate)
                    .check(Field::Note, &om.note, &nm.note)
                    .check(Field::Read, &om.read, &nm.read)
                    .check(Field::Source, &om.source, &nm.source)
                    .check(Field::Also, &om.also, &nm.also)
                    .0
            },
        ));
    }
    actors.extend(pairing.removed.into_iter().map(|o| ActorChange::Retired {
        key: actor_ref(o),
        fact: o.clone(),
    }));
    (actors, mandates)
}

fn actor_ref(a: &Actor) -> ActorRef {
    ActorRef {
        id: a.id.clone(),
        name: a.name.clone(),
    }
}

fn mandate_ref(a: &Actor, m: &Mandate) -> MandateRef {
    MandateRef {
        actor: a.id.clone(),
        actor_name: a.name.clone(),
        capability: m.capability,
        scope: m.scope.clone(),
    }
}

/// Names from the tie's own revision; from the other one if its own lacks the actor.
fn tie_ref(t: &Cooperation, own: &CountryAtlas, other: &CountryAtlas) -> TieRef {
    let name = |id: &ActorId| {
        own.actor(id)
            .or_else(|| other.actor(id))
            .map(|a| a.name.clone())
    };
    TieRef {
        from: t.from.clone(),
        from_name: name(&t.from),
        to: t.to.clone(),
        to_name: name(&t.to),
        kind: t.kind,
    }
}

fn participation_ref(p: &Participation) -> ParticipationRef {
    ParticipationRef {
        section: p.source.section.clone(),
    }
}

fn finding_ref(f: &Finding) -> FindingRef {
    FindingRef {
        part: f.part,
        quote: f.source.quote.clone(),
    }
}

fn mechanism_ref(m: &Mechanism) -> MechanismRef {
    MechanismRef {
        id: m.id.clone(),
        kind: m.kind,
        name: m.name.clone(),
    }
}

fn limitation_ref(l: &Limitation) -> LimitationRef {
    LimitationRef {
        category: l.category,
        note: l.note.clone(),
    }
}

fn document_ref(d: &Document) -> DocumentRef {
    DocumentRef {
        id: d.id.clone(),
        kind: d.kind,
        title: d.title.clone(),
    }
}

fn ambiguity_ref(a: &Ambiguity) -> AmbiguityRef {
    AmbiguityRef {
        topic: a.topic.clone(),
    }
}

// --- text ----------------------------------------------------------------------------

type Labeller<'a> = &'a dyn Fn(Term) -> String;

/// How a kind of fact is named on a line: `{WHAT} {describe}`.
trait Described {
    const WHAT: &'static str;
    fn describe(&self, label: Labeller<'_>) -> String;
}

/// What a line says about an added or removed fact after its name (`""` or `": …"`).
trait Detailed {
    fn detail(&self, _label: Labeller<'_>) -> String {
        String::new()
    }
}

impl Described for ParticipationRef {
    const WHAT: &'static str = "participation";
    fn describe(&self, _: Labeller<'_>) -> String {
        quoted(&self.section)
    }
}

impl Detailed for Participation {
    fn detail(&self, _: Labeller<'_>) -> String {
        let n = |v: Option<i64>| v.map_or_else(|| "(none)".to_string(), |v| v.to_string());
        format!(
            ": invited {}, completed {}",
            n(self.invited),
            n(self.completed)
        )
    }
}

impl Described for FindingRef {
    const WHAT: &'static str = "finding";
    fn describe(&self, label: Labeller<'_>) -> String {
        format!("({}) {}", label(self.part.term()), quoted(&self.quote))
    }
}

impl Detailed for Finding {}

impl Described for MandateRef {
    const WHAT: &'static str = "mandate";
    fn describe(&self, label: Labeller<'_>) -> String {
        match &self.scope {
            Some(scope) => format!(
                "{} {} {}",
                self.actor,
                label(self.capability.term()),
                quoted(scope)
            ),
            None => format!("{} {}", self.actor, label(self.capability.term())),
        }
    }
}

impl Detailed for Mandate {
    fn detail(&self, _: Labeller<'_>) -> String {
        if self.denied {
            ", denied".to_string()
        } else {
            String::new()
        }
    }
}

impl Described for TieRef {
    const WHAT: &'static str = "tie";
    fn describe(&self, label: Labeller<'_>) -> String {
        format!("{} → {} ({})", self.from, self.to, label(self.kind.term()))
    }
}

impl Detailed for Cooperation {}

impl Described for MechanismRef {
    const WHAT: &'static str = "mechanism";
    fn describe(&self, label: Labeller<'_>) -> String {
        format!("{} ({})", self.id, label(self.kind.term()))
    }
}

impl Detailed for Mechanism {
    fn detail(&self, label: Labeller<'_>) -> String {
        format!(
            ": {}, {}",
            clean(&self.name),
            status_text(self.status.term(), label)
        )
    }
}

impl Described for LimitationRef {
    const WHAT: &'static str = "limitation";
    fn describe(&self, label: Labeller<'_>) -> String {
        label(self.category.term())
    }
}

/// The note (or, without one, the quote) tells apart limitations of one category.
impl Detailed for Limitation {
    fn detail(&self, _: Labeller<'_>) -> String {
        let what = quoted(self.note.as_deref().unwrap_or(&self.source.quote));
        match self.respondents {
            Some(1) => format!(": {what}, 1 respondent"),
            Some(n) => format!(": {what}, {n} respondents"),
            None => format!(": {what}"),
        }
    }
}

impl Described for DocumentRef {
    const WHAT: &'static str = "document";
    fn describe(&self, label: Labeller<'_>) -> String {
        format!("{} ({})", self.id, label(self.kind.term()))
    }
}

impl Detailed for Document {
    fn detail(&self, _: Labeller<'_>) -> String {
        format!(": {}", clean(&self.title))
    }
}

impl Described for AmbiguityRef {
    const WHAT: &'static str = "ambiguity";
    fn describe(&self, _: Labeller<'_>) -> String {
        quoted(&self.topic)
    }
}

impl Detailed for Ambiguity {}

impl Described for RespondentRef {
    const WHAT: &'static str = "respondent";
    fn describe(&self, _: Labeller<'_>) -> String {
        format!("{} {}", self.id, quoted(&self.name))
    }
}

impl Detailed for Respondent {
    fn detail(&self, label: Labeller<'_>) -> String {
        format!(": {}", status_text(self.form.term(), label))
    }
}

impl Described for RecommendationRef {
    const WHAT: &'static str = "recommendation";
    fn describe(&self, _: Labeller<'_>) -> String {
        format!("{} {}", self.id, quoted(&self.summary))
    }
}

impl Detailed for Recommendation {}

fn change_lines<K: Described, T: Detailed>(
    changes: &[Change<K, T>],
    label: Labeller<'_>,
    out: &mut Vec<String>,
) {
    for c in changes {
        out.push(match c {
            Change::Added { key, fact } => format!(
                "+ {} {}{}",
                K::WHAT,
                key.describe(label),
                fact.detail(label)
            ),
            Change::Removed { key, fact } => format!(
                "- {} {}{}",
                K::WHAT,
                key.describe(label),
                fact.detail(label)
            ),
            Change::Changed { key, field } => format!(
                "{} {} {}: {}",
                field_mark(field),
                K::WHAT,
                key.describe(label),
                field_text(field, label)
            ),
        });
    }
}

fn actor_line(a: &ActorChange, label: Labeller<'_>) -> String {
    let summary = |fact: &Actor| {
        let n = fact.mandates.len();
        format!(
            "({}, {n} {})",
            label(fact.sector.term()),
            if n == 1 { "mandate" } else { "mandates" }
        )
    };
    match a {
        ActorChange::Added { key, fact } => {
            format!("+ actor {} {} {}", key.id, clean(&key.name), summary(fact))
        }
        ActorChange::Retired { key, fact } => format!(
            "- actor {} {} retired {}",
            key.id,
            clean(&key.name),
            summary(fact)
        ),
        ActorChange::Renamed {
            id,
            old_name,
            new_name,
        } => format!(
            "~ actor {id} renamed: {} → {}",
            clean(old_name),
            clean(new_name)
        ),
        ActorChange::Changed { key, field } => format!(
            "{} actor {}: {}",
            field_mark(field),
            key.id,
            field_text(field, label)
        ),
    }
}

fn field_mark(f: &FieldChange) -> &'static str {
    if f.substantive { "~" } else { "·" }
}

/// A mechanism status as words ("functional equivalent"), whatever the labeller does
/// with underscores.
fn status_text(t: Term, label: Labeller<'_>) -> String {
    label(t).replace('_', " ")
}

fn held(denied: bool) -> &'static str {
    if denied { "denied" } else { "held" }
}

fn field_text(f: &FieldChange, label: Labeller<'_>) -> String {
    let name = f.field.as_str().replace('_', " ");
    match (&f.old, &f.new) {
        (Value::Term(o), Value::Term(n)) if f.field == Field::Status => {
            format!("{} → {}", status_text(*o, label), status_text(*n, label))
        }
        (Value::Bool(o), Value::Bool(n)) if f.field == Field::Denied => {
            format!("{} → {}", held(*o), held(*n))
        }
        (Value::List(o), Value::List(n)) => {
            let mut parts: Vec<String> = n
                .iter()
                .filter(|x| !o.contains(x))
                .map(|x| format!("+{}", clean(x)))
                .collect();
            parts.extend(
                o.iter()
                    .filter(|x| !n.contains(x))
                    .map(|x| format!("-{}", clean(x))),
            );
            if parts.is_empty() {
                format!("{name} reordered")
            } else {
                format!("{name} {}", parts.join(", "))
            }
        }
        (Value::Source(o), Value::Source(n)) => {
            let mut parts = Vec::new();
            if o.section != n.section {
                parts.push(format!(
                    "section {} → {}",
                    quoted(&o.section),
                    quoted(&n.section)
                ));
            }
            if o.quote != n.quote {
                parts.push(format!("quote {} → {}", quoted(&o.quote), quoted(&n.quote)));
            }
            if o.line != n.line {
                let l = |v: Option<u32>| v.map_or_else(|| "(none)".to_string(), |v| v.to_string());
                parts.push(format!("line {} → {}", l(o.line), l(n.line)));
            }
            format!("{name} {}", parts.join(", "))
        }
        (Value::Sources(o), Value::Sources(n)) if o.len() != n.len() => {
            format!("{name} {} → {} quotes", o.len(), n.len())
        }
        (Value::Sources(_), Value::Sources(_)) => format!("{name} changed"),
        (o, n) => format!("{name} {} → {}", value_text(o, label), value_text(n, label)),
    }
}

fn value_text(v: &Value, label: Labeller<'_>) -> String {
    match v {
        Value::Absent => "(none)".to_string(),
        Value::Bool(true) => "yes".to_string(),
        Value::Bool(false) => "no".to_string(),
        Value::Number(n) => n.to_string(),
        Value::Text(s) => quoted(s),
        Value::Id(id) => id.to_string(),
        Value::Term(t) => label(*t),
        Value::List(l) => format!(
            "[{}]",
            l.iter().map(|x| clean(x)).collect::<Vec<_>>().join(", ")
        ),
        Value::Source(s) => quoted(&s.section),
        Value::Sources(s) => format!("{} quotes", s.len()),
    }
}

/// Longest text shown on a line; the JSON carries the whole of it.
const MAX_SHOWN_CHARS: usize = 80;

fn quoted(s: &str) -> String {
    let clean = clean(s);
    if clean.chars().count() > MAX_SHOWN_CHARS {
        let cut: String = clean.chars().take(MAX_SHOWN_CHARS - 1).collect();
        format!("\"{}…\"", cut.trim_end())
    } else {
        format!("\"{clean}\"")
    }
}

/// Control characters (line breaks, terminal escapes) become spaces.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::fmt::Debug;
    use std::sync::OnceLock;

    use proptest::prelude::*;
    use serde_json::json;

    use super::*;

    fn atlas() -> &'static Atlas {
        static ATLAS: OnceLock<Atlas> = OnceLock::new();
        ATLAS.get_or_init(|| match Atlas::embedded() {
            Ok(a) => a,
            Err(e) => panic!("the embedded atlas does not load: {e:?}"),
        })
    }

    fn denmark() -> CountryAtlas {
        atlas()
            .country("DK")
            .cloned()
            .expect("Denmark is in the atlas")
    }

    fn diff(old: &CountryAtlas, new: &CountryAtlas) -> CountryDiff {
        diff_country(Some(old), Some(new)).expect("both sides are given")
    }

    fn lines(d: &CountryDiff) -> Vec<String> {
        d.lines_with(&|t| t.value.to_string())
    }

    fn actor_mut<'a>(c: &'a mut CountryAtlas, id: &str) -> &'a mut Actor {
        c.actors
            .iter_mut()
            .find(|a| a.id.as_str() == id)
            .expect("the actor is in the file")
    }

    fn id(s: &str) -> FactId {
        FactId::parse(s).expect("a valid id")
    }

    /// Denmark as an import of issue 6's "Done when" would change it: one actor
    /// retired, one renamed, one mandate changed, an MoU added, a limitation counted.
    fn edited_denmark() -> CountryAtlas {
        let mut dk = denmark();
        dk.actors.retain(|a| a.id.as_str() != "dk-hopenow");
        let cmm = actor_mut(&mut dk, "dk-cmm");
        cmm.name = "Centre against Human Trafficking".into();
        assert_eq!(cmm.mandates[0].labour_mandate, None);
        cmm.mandates[0].labour_mandate = Some(true);
        let mut mou = dk
            .mechanisms
            .iter()
            .find(|m| m.id.as_str() == "dk-mou")
            .cloned()
            .expect("Denmark's MoU");
        mou.id = id("dk-mou-labour");
        mou.name = "MoU on trafficking for labour exploitation".into();
        dk.mechanisms.push(mou);
        let knowledge = dk
            .limitations
            .iter_mut()
            .find(|l| l.category == LimitationCategory::LackOfKnowledge)
            .expect("a lack-of-knowledge limitation");
        assert_eq!(knowledge.respondents, None);
        knowledge.respondents = Some(5);
        dk
    }

    #[test]
    fn every_country_compared_with_itself_has_no_changes() {
        let atlas = atlas();
        assert_eq!(atlas.countries.len(), 11);
        for c in &atlas.countries {
            let d = diff(c, &c.clone());
            assert!(d.is_empty(), "{d}");
            assert_eq!(d.presence, Presence::Both);
            assert_eq!(
                d.to_string(),
                format!("{} ({}): no changes\n", c.country.name, c.country.code)
            );
        }
        let all = diff_atlas(atlas, atlas);
        assert_eq!(all.len(), atlas.countries.len());
        assert!(all.iter().all(CountryDiff::is_empty));
    }

    #[test]
    fn the_order_of_facts_in_a_file_is_not_a_change() {
        for c in &atlas().countries {
            let mut shuffled = c.clone();
            shuffled.participation.reverse();
            shuffled.findings.reverse();
            shuffled.actors.reverse();
            for a in &mut shuffled.actors {
                a.mandates.reverse();
            }
            shuffled.cooperation.reverse();
            shuffled.mechanisms.reverse();
            shuffled.limitations.reverse();
            shuffled.documents.reverse();
            shuffled.ambiguities.reverse();
            let d = diff(c, &shuffled);
            assert!(d.is_empty(), "{d}");
        }
    }

    #[test]
    fn the_done_when_edits_are_reported_each_once_and_nothing_else() {
        let old = denmark();
        let new = edited_denmark();
        let d = diff(&old, &new);
        assert_eq!(
            lines(&d),
            [
                "~ actor dk-cmm renamed: Danish Centre against Human Trafficking → Centre against Human Trafficking",
                "- actor dk-hopenow HopeNow retired (ngo, 1 mandate)",
                "~ mandate dk-cmm coordinate \"assistance offered to victims\": labour mandate (none) → yes",
                "+ mechanism dk-mou-labour (mou): MoU on trafficking for labour exploitation, formal",
                "~ limitation lack_of_knowledge: respondents (none) → 5",
            ]
        );
        assert_eq!(d.count(), 5);
        assert_eq!(d.substantive_count(), 5);
        assert!(d.country.is_empty() && d.participation.is_empty() && d.findings.is_empty());
        assert!(d.cooperation.is_empty() && d.documents.is_empty() && d.ambiguities.is_empty());
        assert!(matches!(
            &d.actors[1],
            ActorChange::Retired { key, fact } if key.id.as_str() == "dk-hopenow" && fact.name == "HopeNow"
        ));
        assert_eq!(
            d.to_string().lines().next(),
            Some("Denmark (DK): 5 changes")
        );
    }

    #[test]
    fn a_mechanism_coming_into_existence_reads_absent_to_formal() {
        let mut old = denmark();
        let mou = old
            .mechanisms
            .iter_mut()
            .find(|m| m.id.as_str() == "dk-mou")
            .expect("Denmark's MoU");
        mou.status = MechanismStatus::Absent;
        let d = diff(&old, &denmark());
        assert_eq!(lines(&d), ["~ mechanism dk-mou (mou): absent → formal"]);
        let labelled = d.lines_with(&|t| match (t.vocabulary, t.value) {
            ("mechanism", "mou") => "MoU".to_string(),
            ("mechanism_status", "absent") => "Absent".to_string(),
            _ => t.value.to_string(),
        });
        assert_eq!(labelled, ["~ mechanism dk-mou (MoU): Absent → formal"]);
    }

    #[test]
    fn a_regraded_mechanism_reads_functional_equivalent_to_formal() {
        let old = denmark();
        let mut new = denmark();
        let cmm = new
            .mechanisms
            .iter_mut()
            .find(|m| m.id.as_str() == "dk-coordinator-cmm")
            .expect("Denmark's coordinator");
        assert_eq!(cmm.status, MechanismStatus::FunctionalEquivalent);
        cmm.status = MechanismStatus::Formal;
        let d = diff(&old, &new);
        assert_eq!(
            lines(&d),
            [
                "~ mechanism dk-coordinator-cmm (national_coordinator): functional equivalent → formal"
            ]
        );
        let v = serde_json::to_value(&d).expect("serialisable");
        assert_eq!(
            (
                &v["mechanisms"][0]["field"],
                &v["mechanisms"][0]["old"],
                &v["mechanisms"][0]["new"]
            ),
            (
                &json!("status"),
                &json!("functional_equivalent"),
                &json!("formal")
            )
        );
    }

    #[test]
    fn a_mandate_becoming_denied_reads_held_to_denied() {
        let old = denmark();
        let mut new = denmark();
        let m = &mut new.actors[0].mandates[0];
        m.denied = true;
        let d = diff(&old, &new);
        let l = lines(&d);
        assert_eq!(l.len(), 1, "{l:?}");
        assert!(
            l[0].starts_with("~ mandate ") && l[0].ends_with(": held → denied"),
            "{l:?}"
        );
    }

    #[test]
    fn the_json_shape_lets_a_client_switch_on_change_and_field() {
        let mut old = denmark();
        for m in &mut old.mechanisms {
            if m.id.as_str() == "dk-mou" {
                m.status = MechanismStatus::Absent;
            }
        }
        let d = diff(&old, &edited_denmark());
        let v = serde_json::to_value(&d).expect("serialisable");
        assert_eq!(v["code"], "DK");
        assert_eq!(v["presence"], "both");
        assert_eq!(
            v["actors"][0],
            json!({
                "change": "renamed",
                "id": "dk-cmm",
                "old_name": "Danish Centre against Human Trafficking",
                "new_name": "Centre against Human Trafficking",
            })
        );
        assert_eq!(v["actors"][1]["change"], "retired");
        assert_eq!(v["actors"][1]["id"], "dk-hopenow");
        assert_eq!(v["actors"][1]["fact"]["sector"], "ngo");
        assert_eq!(
            v["mandates"][0],
            json!({
                "change": "changed",
                "actor": "dk-cmm",
                "actor_name": "Centre against Human Trafficking",
                "capability": "coordinate",
                "scope": "assistance offered to victims",
                "field": "labour_mandate",
                "old": null,
                "new": true,
                "substantive": true,
            })
        );
        let mou = &v["mechanisms"][0];
        assert_eq!(mou["change"], "changed");
        assert_eq!(mou["id"], "dk-mou");
        assert_eq!(mou["kind"], "mou");
        assert_eq!(
            (&mou["field"], &mou["old"], &mou["new"]),
            (&json!("status"), &json!("absent"), &json!("formal"))
        );
        assert_eq!(v["mechanisms"][1]["change"], "added");
        assert_eq!(v["mechanisms"][1]["fact"]["status"], "formal");
        assert_eq!(
            v["limitations"][0],
            json!({
                "change": "changed",
                "category": "lack_of_knowledge",
                "note": null,
                "field": "respondents",
                "old": null,
                "new": 5,
                "substantive": true,
            })
        );
    }

    #[test]
    fn a_change_of_source_alone_is_reported_but_not_substantive() {
        let mut new = denmark();
        let section = new.cooperation[0].source.section.clone();
        new.cooperation[0].source.section = "Cooperation > elsewhere".into();
        let d = diff(&denmark(), &new);
        assert_eq!(d.count(), 1);
        assert_eq!(d.substantive_count(), 0);
        let line = &lines(&d)[0];
        assert!(line.starts_with("· tie "), "{line}");
        assert!(
            line.ends_with(&format!(
                "source section \"{section}\" → \"Cooperation > elsewhere\""
            )),
            "{line}"
        );
        let v = serde_json::to_value(&d.cooperation[0]).expect("serialisable");
        assert_eq!(v["field"], "source");
        assert_eq!(v["substantive"], false);
        assert_eq!(v["new"]["section"], "Cooperation > elsewhere");
    }

    #[test]
    fn removing_one_of_several_facts_of_a_category_removes_only_that_one() {
        let mut new = denmark();
        let second = new
            .limitations
            .iter()
            .enumerate()
            .filter(|(_, l)| l.category == LimitationCategory::Legislation)
            .map(|(i, _)| i)
            .nth(1)
            .expect("Denmark has several legislation limitations");
        let gone = new.limitations.remove(second);
        let d = diff(&denmark(), &new);
        assert_eq!(d.count(), 1, "{d}");
        assert!(matches!(&d.limitations[0], Change::Removed { fact, .. } if *fact == gone));
        let line = &lines(&d)[0];
        assert!(
            line.starts_with("- limitation legislation: \"Privacy legislation and confidentiality"),
            "{line}"
        );
    }

    #[test]
    fn a_renamed_actor_with_another_change_gives_two_entries() {
        let mut new = denmark();
        let cmm = actor_mut(&mut new, "dk-cmm");
        cmm.name = "CMM".into();
        cmm.aliases.push("Danish Centre".into());
        cmm.parent = None;
        let d = diff(&denmark(), &new);
        assert_eq!(
            lines(&d),
            [
                "~ actor dk-cmm renamed: Danish Centre against Human Trafficking → CMM",
                "~ actor dk-cmm: aliases +Danish Centre",
                "~ actor dk-cmm: parent dk-nbss → (none)",
            ]
        );
    }

    #[test]
    fn a_country_absent_from_one_revision_is_all_added_or_all_retired() {
        let dk = denmark();
        let added = diff_country(None, Some(&dk)).expect("one side is given");
        assert_eq!(added.presence, Presence::Added);
        let ids: Vec<&ActorId> = added
            .actors
            .iter()
            .map(|a| match a {
                ActorChange::Added { key, .. } => &key.id,
                other => panic!("not an addition: {other:?}"),
            })
            .collect();
        assert_eq!(ids, dk.actors.iter().map(|a| &a.id).collect::<Vec<_>>());
        // Mandates travel with their actor.
        assert!(added.mandates.is_empty());
        assert_eq!(
            added.count(),
            1 + dk.participation.len()
                + dk.findings.len()
                + dk.actors.len()
                + dk.cooperation.len()
                + dk.mechanisms.len()
                + dk.limitations.len()
                + dk.documents.len()
                + dk.ambiguities.len()
                + dk.respondents.len()
                + dk.recommendations.len()
        );
        let text = lines(&added);
        assert_eq!(text.len(), added.count());
        assert_eq!(text[0], "+ country DK Denmark");
        assert!(text[1..].iter().all(|l| l.starts_with("+ ")), "{text:?}");
        assert!(text.contains(&"+ actor dk-hopenow HopeNow (ngo, 1 mandate)".to_string()));

        let removed = diff_country(Some(&dk), None).expect("one side is given");
        assert_eq!(removed.presence, Presence::Removed);
        assert_eq!(removed.count(), added.count());
        assert!(
            removed
                .actors
                .iter()
                .all(|a| matches!(a, ActorChange::Retired { .. }))
        );
        assert!(lines(&removed).iter().all(|l| l.starts_with("- ")));
        assert_eq!(diff_country(None, None), None);
    }

    #[test]
    fn a_whole_atlas_diff_covers_every_country_in_either_sorted_by_name() {
        let old = atlas().clone();
        let mut new = atlas().clone();
        new.countries.retain(|c| c.country.code.as_str() != "IS");
        if let Some(dk) = new
            .countries
            .iter_mut()
            .find(|c| c.country.code.as_str() == "DK")
        {
            *dk = edited_denmark();
        }
        let diffs = diff_atlas(&old, &new);
        let names: Vec<&str> = diffs.iter().map(|d| d.name.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted);
        assert_eq!(diffs.len(), 11);
        let changed: Vec<(&str, usize)> = diffs
            .iter()
            .filter(|d| !d.is_empty())
            .map(|d| (d.code.as_str(), d.count()))
            .collect();
        let iceland = old.country("IS").expect("Iceland");
        assert_eq!(
            changed,
            [
                ("DK", 5),
                (
                    "IS",
                    1 + iceland.participation.len()
                        + iceland.findings.len()
                        + iceland.actors.len()
                        + iceland.cooperation.len()
                        + iceland.mechanisms.len()
                        + iceland.limitations.len()
                        + iceland.documents.len()
                        + iceland.ambiguities.len()
                        + iceland.respondents.len()
                        + iceland.recommendations.len()
                )
            ]
        );
    }

    /// An addition read backwards is a removal, a change is the same change reversed.
    fn invert<K: Clone, T: Clone>(c: &Change<K, T>) -> Change<K, T> {
        match c.clone() {
            Change::Added { key, fact } => Change::Removed { key, fact },
            Change::Removed { key, fact } => Change::Added { key, fact },
            Change::Changed { key, field } => Change::Changed {
                key,
                field: Box::new(FieldChange::new(field.field, field.new, field.old)),
            },
        }
    }

    fn same_entries<X: Debug>(a: impl IntoIterator<Item = X>, b: impl IntoIterator<Item = X>) {
        let mut a: Vec<String> = a.into_iter().map(|x| format!("{x:?}")).collect();
        let mut b: Vec<String> = b.into_iter().map(|x| format!("{x:?}")).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }

    /// What a change says, without the name of what it is about: a changed fact is named
    /// from the new revision, which is the other one when read backwards.
    fn gist<K: Clone, T: Clone>(c: &Change<K, T>) -> Change<(), T> {
        match c.clone() {
            Change::Added { fact, .. } => Change::Added { key: (), fact },
            Change::Removed { fact, .. } => Change::Removed { key: (), fact },
            Change::Changed { field, .. } => Change::Changed { key: (), field },
        }
    }

    fn assert_symmetric(a: &CountryAtlas, b: &CountryAtlas) {
        let ab = diff(a, b);
        let ba = diff(b, a);
        assert_eq!(ab.count(), ba.count());
        fn check<K: Clone + Debug, T: Clone + Debug>(ab: &[Change<K, T>], ba: &[Change<K, T>]) {
            // Additions and removals name the fact from the revision it is in: exactly
            // mirrored, key included.
            same_entries(
                ab.iter()
                    .filter(|c| !matches!(c, Change::Changed { .. }))
                    .map(invert),
                ba.iter()
                    .filter(|c| !matches!(c, Change::Changed { .. }))
                    .cloned(),
            );
            same_entries(ab.iter().map(invert).map(|c| gist(&c)), ba.iter().map(gist));
        }
        check(&ab.participation, &ba.participation);
        check(&ab.findings, &ba.findings);
        check(&ab.mandates, &ba.mandates);
        check(&ab.cooperation, &ba.cooperation);
        check(&ab.mechanisms, &ba.mechanisms);
        check(&ab.limitations, &ba.limitations);
        check(&ab.documents, &ba.documents);
        check(&ab.ambiguities, &ba.ambiguities);
        same_entries(
            ab.country
                .iter()
                .map(|f| FieldChange::new(f.field, f.new.clone(), f.old.clone())),
            ba.country.iter().cloned(),
        );
        let mirrored = ab.actors.iter().map(|c| match c.clone() {
            ActorChange::Added { key, fact } => ActorChange::Retired { key, fact },
            ActorChange::Retired { key, fact } => ActorChange::Added { key, fact },
            ActorChange::Renamed {
                id,
                old_name,
                new_name,
            } => ActorChange::Renamed {
                id,
                old_name: new_name,
                new_name: old_name,
            },
            ActorChange::Changed { key, field } => ActorChange::Changed {
                key: ActorRef {
                    id: key.id,
                    name: String::new(),
                },
                field: FieldChange::new(field.field, field.new, field.old),
            },
        });
        let backwards = ba.actors.iter().map(|c| match c.clone() {
            ActorChange::Changed { key, field } => ActorChange::Changed {
                key: ActorRef {
                    id: key.id,
                    name: String::new(),
                },
                field,
            },
            other => other,
        });
        same_entries(mirrored, backwards);
    }

    #[test]
    fn every_addition_read_backwards_is_a_removal_or_retirement() {
        assert_symmetric(&denmark(), &edited_denmark());
        let mut other = edited_denmark();
        other.cooperation.remove(3);
        other.findings.remove(0);
        other.documents[0].year = Some(1999);
        other.country.native_name = None;
        assert_symmetric(&denmark(), &other);
    }

    #[test]
    fn control_characters_cannot_break_a_line() {
        let mut new = denmark();
        actor_mut(&mut new, "dk-cmm").note = Some("two\nlines \u{1b}[31mred".into());
        let d = diff(&denmark(), &new);
        let text = lines(&d);
        assert_eq!(text.len(), 1);
        assert!(!text[0].chars().any(char::is_control), "{text:?}");
    }

    /// One edit of a copy of a country, and which list of the diff must report it.
    #[derive(Debug, Clone, Copy)]
    enum Edit {
        CountryNativeName,
        ParticipationCompleted,
        ParticipationSource,
        RemoveFinding,
        AddActor,
        RetireActor,
        RenameActor,
        ActorSector,
        ActorSource,
        MandateLabour,
        MandateSourceQuote,
        RemoveMandate,
        TieNote,
        RemoveTie,
        Regrade,
        MechanismMember,
        AddMechanism,
        LimitationRespondents,
        LimitationSourceQuote,
        RemoveLimitation,
        DocumentYear,
        AmbiguityNote,
    }

    const EDITS: [Edit; 22] = [
        Edit::CountryNativeName,
        Edit::ParticipationCompleted,
        Edit::ParticipationSource,
        Edit::RemoveFinding,
        Edit::AddActor,
        Edit::RetireActor,
        Edit::RenameActor,
        Edit::ActorSector,
        Edit::ActorSource,
        Edit::MandateLabour,
        Edit::MandateSourceQuote,
        Edit::RemoveMandate,
        Edit::TieNote,
        Edit::RemoveTie,
        Edit::Regrade,
        Edit::MechanismMember,
        Edit::AddMechanism,
        Edit::LimitationRespondents,
        Edit::LimitationSourceQuote,
        Edit::RemoveLimitation,
        Edit::DocumentYear,
        Edit::AmbiguityNote,
    ];

    fn pick<T>(list: &mut [T], i: usize) -> Option<&mut T> {
        let n = list.len();
        if n == 0 { None } else { list.get_mut(i % n) }
    }

    fn bump(v: Option<i64>) -> Option<i64> {
        Some(v.map_or(1, |v| v + 1))
    }

    /// Applies the edit; `None` when the country has nothing to edit of that kind.
    /// Returns the list that must report it and whether the change is substantive.
    fn apply(c: &mut CountryAtlas, edit: Edit, i: usize, j: usize) -> Option<(&'static str, bool)> {
        let edited = " (edited)";
        Some(match edit {
            Edit::CountryNativeName => {
                c.country.native_name = Some(format!("{}{edited}", c.country.name));
                ("country", true)
            }
            Edit::ParticipationCompleted => {
                let p = pick(&mut c.participation, i)?;
                p.completed = bump(p.completed);
                ("participation", true)
            }
            Edit::ParticipationSource => {
                pick(&mut c.participation, i)?.source.quote.push_str(edited);
                ("participation", false)
            }
            Edit::RemoveFinding => {
                let n = c.findings.len();
                if n == 0 {
                    return None;
                }
                c.findings.remove(i % n);
                ("findings", true)
            }
            Edit::AddActor => {
                let mut a = pick(&mut c.actors, i)?.clone();
                a.id = id(&format!("{}-added-by-a-test", a.id.country_prefix()));
                a.name.push_str(edited);
                c.actors.insert(j % (c.actors.len() + 1), a);
                ("actors", true)
            }
            Edit::RetireActor => {
                let n = c.actors.len();
                if n == 0 {
                    return None;
                }
                c.actors.remove(i % n);
                ("actors", true)
            }
            Edit::RenameActor => {
                pick(&mut c.actors, i)?.name.push_str(edited);
                ("actors", true)
            }
            Edit::ActorSector => {
                let a = pick(&mut c.actors, i)?;
                a.sector = if a.sector == Sector::Other {
                    Sector::Ngo
                } else {
                    Sector::Other
                };
                ("actors", true)
            }
            Edit::ActorSource => {
                pick(&mut c.actors, i)?.source.section.push_str(edited);
                ("actors", false)
            }
            Edit::MandateLabour => {
                let m = pick(&mut pick(&mut c.actors, i)?.mandates, j)?;
                m.labour_mandate = match m.labour_mandate {
                    None => Some(true),
                    Some(true) => Some(false),
                    Some(false) => None,
                };
                ("mandates", true)
            }
            Edit::MandateSourceQuote => {
                pick(&mut pick(&mut c.actors, i)?.mandates, j)?
                    .source
                    .quote
                    .push_str(edited);
                ("mandates", false)
            }
            Edit::RemoveMandate => {
                let a = pick(&mut c.actors, i)?;
                let n = a.mandates.len();
                if n == 0 {
                    return None;
                }
                a.mandates.remove(j % n);
                ("mandates", true)
            }
            Edit::TieNote => {
                let t = pick(&mut c.cooperation, i)?;
                t.note = Some(format!("{}{edited}", t.note.clone().unwrap_or_default()));
                ("cooperation", true)
            }
            Edit::RemoveTie => {
                let n = c.cooperation.len();
                if n == 0 {
                    return None;
                }
                c.cooperation.remove(i % n);
                ("cooperation", true)
            }
            Edit::Regrade => {
                let m = pick(&mut c.mechanisms, i)?;
                let all: Vec<MechanismStatus> = MechanismStatus::all().collect();
                let at = all.iter().position(|s| *s == m.status).unwrap_or(0);
                m.status = all[(at + 1 + i % (all.len() - 1)) % all.len()];
                ("mechanisms", true)
            }
            Edit::MechanismMember => {
                let m = pick(&mut c.mechanisms, i)?;
                m.members.push(id("zz-a-new-member"));
                ("mechanisms", true)
            }
            Edit::AddMechanism => {
                let mut m = pick(&mut c.mechanisms, i)?.clone();
                m.id = id(&format!("{}-added-by-a-test", m.id.country_prefix()));
                c.mechanisms.insert(j % (c.mechanisms.len() + 1), m);
                ("mechanisms", true)
            }
            Edit::LimitationRespondents => {
                let l = pick(&mut c.limitations, i)?;
                l.respondents = bump(l.respondents);
                ("limitations", true)
            }
            Edit::LimitationSourceQuote => {
                pick(&mut c.limitations, i)?.source.quote.push_str(edited);
                ("limitations", false)
            }
            Edit::RemoveLimitation => {
                let n = c.limitations.len();
                if n == 0 {
                    return None;
                }
                c.limitations.remove(i % n);
                ("limitations", true)
            }
            Edit::DocumentYear => {
                let d = pick(&mut c.documents, i)?;
                d.year = bump(d.year);
                ("documents", true)
            }
            Edit::AmbiguityNote => {
                pick(&mut c.ambiguities, i)?.note.push_str(edited);
                ("ambiguities", true)
            }
        })
    }

    fn counts(d: &CountryDiff) -> Vec<(&'static str, usize)> {
        [
            ("country", d.country.len()),
            ("participation", d.participation.len()),
            ("findings", d.findings.len()),
            ("actors", d.actors.len()),
            ("mandates", d.mandates.len()),
            ("cooperation", d.cooperation.len()),
            ("mechanisms", d.mechanisms.len()),
            ("limitations", d.limitations.len()),
            ("documents", d.documents.len()),
            ("ambiguities", d.ambiguities.len()),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .collect()
    }

    proptest! {
        #[test]
        fn any_single_edit_is_reported_exactly_once(
            country in 0usize..11,
            edit in 0usize..EDITS.len(),
            i in any::<usize>(),
            j in any::<usize>(),
        ) {
            let old = &atlas().countries[country];
            let mut new = old.clone();
            let Some((list, substantive)) = apply(&mut new, EDITS[edit], i, j) else {
                return Ok(());
            };
            let d = diff(old, &new);
            prop_assert_eq!(counts(&d), vec![(list, 1)], "{}", d);
            prop_assert_eq!(d.count(), 1);
            prop_assert_eq!(d.substantive_count(), usize::from(substantive));
            prop_assert_eq!(lines(&d).len(), 1);
            // And backwards: the same one change.
            let back = diff(&new, old);
            prop_assert_eq!(counts(&back), vec![(list, 1)], "{}", back);
        }
    }
}
