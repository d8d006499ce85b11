//! The atlas as validated types: what the report says about each country's actors,
//! mandates, cooperation and mechanisms, every fact with its source.

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use super::vocabulary::*;

/// A string schema for an identifier type that serialises as text: what the OpenAPI
/// document says of it, checked by `pattern`.
pub(crate) fn text_schema(
    description: &str,
    pattern: &str,
    example: &str,
    max_length: usize,
) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .description(Some(description))
        .pattern(Some(pattern))
        .max_length(Some(max_length))
        .examples([example])
        .into()
}

/// ISO 3166-1 alpha-2 code of a country of the study, upper case ("DK").
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode(String);

impl CountryCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for CountryCode {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let up = s.trim().to_ascii_uppercase();
        if up.len() == 2 && up.bytes().all(|b| b.is_ascii_uppercase()) {
            Ok(CountryCode(up))
        } else {
            Err(format!("\"{s}\" is not a two-letter country code"))
        }
    }
}

impl std::str::FromStr for CountryCode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        CountryCode::try_from(s.to_string())
    }
}

impl From<CountryCode> for String {
    fn from(c: CountryCode) -> String {
        c.0
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// No `pattern`: the served document lists the atlas's codes (an `enum`), and requests may
/// write them in any case, which a pattern of upper-case letters would deny.
impl utoipa::PartialSchema for CountryCode {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "ISO 3166-1 alpha-2 code of a country of the study, upper case (requests may \
                 use any case)",
            ))
            .examples(["DK"])
            .into()
    }
}

impl ToSchema for CountryCode {}

/// Stable identifier of an actor, mechanism or document: `dk-cmm`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FactId(String);

/// Actors are referred to by id throughout; the alias keeps signatures readable.
pub type ActorId = FactId;

impl FactId {
    /// The longest id.
    pub const MAX_LEN: usize = 80;
    /// What `parse` accepts, as a regular expression (for the OpenAPI document).
    pub const PATTERN: &'static str = "^[a-z]{2}-[a-z0-9-]*[a-z0-9]$";

    /// Accepts `cc-slug` in lower-case ASCII letters, digits and hyphens.
    pub fn parse(s: &str) -> Result<FactId, String> {
        let ok = s.len() >= 4
            && s.len() <= FactId::MAX_LEN
            && s.as_bytes()[2] == b'-'
            && s.bytes().take(2).all(|b| b.is_ascii_lowercase())
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.ends_with('-');
        if ok {
            Ok(FactId(s.to_string()))
        } else {
            Err(format!(
                "\"{s}\" is not a valid id (lower-case letters, digits and hyphens, starting with the country code and a hyphen, e.g. \"dk-cmm\")"
            ))
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The country code an id starts with.
    pub fn country_prefix(&self) -> &str {
        &self.0[..2]
    }
}

impl std::fmt::Display for FactId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl utoipa::PartialSchema for FactId {
    fn schema() -> RefOr<Schema> {
        text_schema(
            "Stable id of an actor, mechanism or document: the country code, a hyphen and a slug",
            FactId::PATTERN,
            "dk-cmm",
            FactId::MAX_LEN,
        )
    }
}

impl ToSchema for FactId {}

/// Where a fact comes from. For the 2013 baseline: a section of the country's chapter
/// and a short verbatim quote; `line` is where the quote starts in the report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Source {
    /// The section of the country's chapter.
    pub section: String,
    /// Verbatim in the report.
    pub quote: String,
    /// Report line where the quote starts.
    pub line: Option<u32>,
    /// The respondents whose questionnaire the passage reports: derived from the
    /// "Questionnaire 2012: X" footnote that closes it (`attribution`), never written.
    #[serde(default)]
    pub said_by: Vec<FactId>,
    /// An OpenNRM record the fact comes from instead of the report (`inspection:<reference>`
    /// for a joint inspection): then `quote` is OpenNRM's own summary of the record, not a
    /// passage of the report, and `line` is empty. Data files cannot carry it: facts from
    /// records enter the atlas only through the service that keeps the record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
}

impl Source {
    /// A source without attribution (attribution is derived afterwards).
    pub fn new(section: String, quote: String, line: Option<u32>) -> Source {
        Source {
            section,
            quote,
            line,
            said_by: Vec::new(),
            record: None,
        }
    }

    /// A source that is an OpenNRM record, summarised in `summary`.
    pub fn of_record(section: String, summary: String, record: String) -> Source {
        Source {
            record: Some(record),
            ..Source::new(section, summary, None)
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Country {
    pub code: CountryCode,
    pub name: String,
    pub native_name: Option<String>,
    /// The chapter heading as printed (or the country's name where the chapter has none).
    pub chapter: String,
}

/// "Out of ten … asked …, eight completed": one reading of the study's response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Participation {
    pub invited: Option<i64>,
    pub completed: Option<i64>,
    pub note: Option<String>,
    pub source: Source,
    /// The same fact stated elsewhere in the report.
    #[serde(default)]
    pub also: Vec<Source>,
}

/// A passage of the chapter shown on the country page in the report's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Finding {
    pub part: FindingPart,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Actor {
    pub id: ActorId,
    pub country: CountryCode,
    pub name: String,
    pub native_name: Option<String>,
    pub acronym: Option<String>,
    pub aliases: Vec<String>,
    pub sector: Sector,
    pub level: Level,
    pub study_status: StudyStatus,
    pub parent: Option<ActorId>,
    /// A generic group the text names as one ("NGOs", "foreign unions"), not one body.
    #[serde(default)]
    pub group: bool,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    /// Fields whose value is our reading of the text, not its statement.
    #[serde(default)]
    pub read: Vec<String>,
    pub mandates: Vec<Mandate>,
}

/// A typed capability of an actor, e.g. `determine_victim_status` for legal residents only,
/// or one the report says the actor does *not* have (`denied`: "WEA may not inspect wages").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Mandate {
    pub capability: Capability,
    /// The report states that the actor lacks this capability. A denied mandate is shown
    /// as such and never counts as held (queries, screening's "who acts").
    pub denied: bool,
    pub scope: Option<String>,
    /// Whether the mandate covers trafficking for labour exploitation; null where the
    /// report does not say.
    pub labour_mandate: Option<bool>,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Cooperation {
    pub country: CountryCode,
    /// For a `one_way` tie, where it starts; for a mutual one, the first end named.
    pub from: ActorId,
    pub to: ActorId,
    pub kind: CooperationKind,
    #[serde(default)]
    pub direction: TieDirection,
    /// The actor whose statement the tie comes from (one end, or neither), where known:
    /// who reported a tie is not its direction.
    #[serde(default)]
    pub reported_by: Option<ActorId>,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

impl Mandate {
    /// Whether the actor holds the capability (the mandate is not a stated absence).
    pub fn is_held(&self) -> bool {
        !self.denied
    }
}

/// A national mechanism, graded by how far it is in place (or its recorded absence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Mechanism {
    pub id: FactId,
    pub country: CountryCode,
    pub kind: MechanismKind,
    pub name: String,
    pub status: MechanismStatus,
    pub holder: Option<ActorId>,
    pub members: Vec<ActorId>,
    /// The year it started (or was adopted), where the report gives one.
    pub year: Option<i64>,
    pub frequency: Option<String>,
    pub focus: Focus,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Limitation {
    pub category: LimitationCategory,
    /// How many respondents named it, where the report gives a number.
    pub respondents: Option<i64>,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

impl Limitation {
    /// The survey wave that counted it (`DK-1` for a source `survey:DK-1/limitations/…`),
    /// or `None` for the report's own: counts of different waves are never added up.
    pub fn wave(&self) -> Option<&str> {
        self.source
            .record
            .as_deref()
            .and_then(|r| r.strip_prefix("survey:"))
            .and_then(|r| r.split('/').next())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Document {
    pub id: FactId,
    pub kind: DocumentKind,
    pub title: String,
    pub year: Option<i64>,
    /// The capabilities it grants or regulates ("who grants a reflection period" finds a
    /// regulation as well as a mandate).
    #[serde(default)]
    pub capabilities: Vec<Capability>,
    /// The actors it empowers or binds.
    #[serde(default)]
    pub actors: Vec<ActorId>,
    /// The mechanisms it establishes or governs.
    #[serde(default)]
    pub mechanisms: Vec<FactId>,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

/// Where the report contradicts itself: every reading with its quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Ambiguity {
    pub topic: String,
    pub note: String,
    /// The facts it concerns (docs/DATA_FORMAT.md: an id, `actor/capability`,
    /// `tie/a/b`, `participation`, `limitation/category`).
    #[serde(default)]
    pub concerns: Vec<String>,
    pub sources: Vec<Source>,
}

/// One questionnaire of the 2012 study: who answered (for which actors), in which form,
/// or who declined and why. The actors are who exists; respondents are who answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Respondent {
    pub id: FactId,
    pub country: CountryCode,
    /// As the report names the respondent.
    pub name: String,
    /// The actors the questionnaire answered for.
    pub actors: Vec<ActorId>,
    pub form: RespondentForm,
    /// Why it declined or did not answer, where the report says.
    pub reason: Option<String>,
    /// The X of the "Questionnaire 2012: X" footnotes that stand for it.
    pub footnotes: Vec<String>,
    pub note: Option<String>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
    #[serde(default)]
    pub read: Vec<String>,
}

/// A recommendation of the report, tagged with whom it addresses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct Recommendation {
    pub id: FactId,
    /// The countries it addresses: its own chapter's country, or (report-wide) the ones
    /// it names; empty for all eleven.
    pub countries: Vec<CountryCode>,
    /// One line in our words.
    pub summary: String,
    /// The kinds of actors it addresses; empty for actors in general.
    pub addresses: Vec<Sector>,
    /// The actors it names.
    pub actors: Vec<ActorId>,
    pub source: Source,
    #[serde(default)]
    pub also: Vec<Source>,
}

/// A passage of the report outside the country chapters (executive summary,
/// introduction, methodology).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReportFinding {
    pub part: FindingPart,
    /// A short heading in our words.
    pub topic: Option<String>,
    /// The countries it names; empty for the region as a whole.
    pub countries: Vec<CountryCode>,
    pub source: Source,
}

/// What the report says beyond the country chapters (`report.toml`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct ReportWide {
    pub title: String,
    pub findings: Vec<ReportFinding>,
    pub recommendations: Vec<Recommendation>,
}

/// Everything the atlas holds about one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct CountryAtlas {
    pub country: Country,
    pub participation: Vec<Participation>,
    pub findings: Vec<Finding>,
    pub actors: Vec<Actor>,
    pub cooperation: Vec<Cooperation>,
    pub mechanisms: Vec<Mechanism>,
    pub limitations: Vec<Limitation>,
    pub documents: Vec<Document>,
    pub ambiguities: Vec<Ambiguity>,
    #[serde(default)]
    pub respondents: Vec<Respondent>,
    #[serde(default)]
    pub recommendations: Vec<Recommendation>,
}

impl CountryAtlas {
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }
    /// Mandates held; denied mandates are counted by `denied_mandate_count`.
    pub fn mandate_count(&self) -> usize {
        self.actors
            .iter()
            .flat_map(|a| &a.mandates)
            .filter(|m| m.is_held())
            .count()
    }
    /// Participation computed from the respondents: (invited, completed), or `None`
    /// where the file lists no respondents.
    pub fn computed_participation(&self) -> Option<(usize, usize)> {
        if self.respondents.is_empty() {
            return None;
        }
        let completed = self
            .respondents
            .iter()
            .filter(|r| r.form.is_completed())
            .count();
        Some((self.respondents.len(), completed))
    }

    /// The ambiguities that concern the fact `reference` (see `Ambiguity::concerns`),
    /// with their position (the page anchors them `#ambiguity-N`, from 1).
    pub fn contested(&self, reference: &str) -> Vec<usize> {
        self.ambiguities
            .iter()
            .enumerate()
            .filter(|(_, a)| a.concerns.iter().any(|c| c == reference))
            .map(|(i, _)| i + 1)
            .collect()
    }

    pub fn respondent(&self, id: &str) -> Option<&Respondent> {
        self.respondents.iter().find(|r| r.id.as_str() == id)
    }

    pub fn denied_mandate_count(&self) -> usize {
        self.actors
            .iter()
            .flat_map(|a| &a.mandates)
            .filter(|m| m.denied)
            .count()
    }
}
