//! The OpenAPI document of the JSON API, generated from the code and served at
//! /api/v1/openapi.json. Each API route of `route_table` carries the operation of its
//! handler's `#[utoipa::path]` (which also gives the route its method and path), the
//! schemas come from `ToSchema` on the types the API serialises, and what only the data
//! knows — the atlas's countries and actor ids, the shipped instruments with their
//! indicators and rule sets — is filled in for the atlas revision being served.

use std::collections::BTreeMap;

use axum::body::Bytes;
use axum::extract::State;
use axum::response::Response;
use opennrm_domain::atlas::vocabulary::{
    Capability, CooperationKind, LimitationCategory, MechanismKind, Sector, StudyStatus,
};
use opennrm_domain::atlas::{Atlas, CountryCode, FactId};
use opennrm_domain::screening::{
    Answer, ILO_EC_2009, Instrument, InstrumentId, Population, RuleSet,
};
use serde_json::{Value, json};
use utoipa::openapi::schema::Schema;
use utoipa::openapi::{Ref, RefOr};
use utoipa::{IntoResponses, OpenApi, PartialSchema, ToSchema};

use crate::error::{ErrorBody, WebError};
use crate::state::AppState;

/// Names of the security schemes, as the handlers' `security(...)` use them.
pub const BEARER: &str = "bearerToken";
pub const SESSION: &str = "sessionCookie";

const DESCRIPTION: &str = "The atlas of actors against trafficking for labour exploitation \
(CBSS report, 2013) and the screening of a situation, as JSON. Every fact carries its \
source: the section of the country's chapter, a verbatim quote and the report line. The \
atlas is read-only, and a screening stores nothing.\n\n\
Errors always have the shape {\"error\": {\"code\", \"message\", \"field\"?}} (schema \
`Error`), with a stable code; a method a path does not take answers 405 with `Allow`, in \
the same shape.\n\n\
Callers are anonymous, or authenticate with an API token (`bearerToken`: created and \
revoked on the account page) or the browser's session (`sessionCookie`); /api/v1/me needs \
one of them. This document is generated from the server's code; the values a request may \
take (countries, actor ids, instruments, indicators) are those of the data it serves.";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "OpenNRM API",
        version = "1",
        description = DESCRIPTION,
        license(name = "AGPL-3.0-or-later", identifier = "AGPL-3.0-or-later"),
    ),
    servers((url = "/")),
    tags(
        (name = "atlas", description = "Who does what in each country, as the report says it"),
        (name = "screening", description = "Is this trafficking? Guidance for referral, never a legal determination"),
        (name = "account", description = "The caller"),
        (name = "insight", description = "The countries compared: matrix, gaps, cooperation network"),
        (name = "statistics", description = "Anonymised counts for the national rapporteur (or the public, where configured): never a record, small counts suppressed"),
        (name = "survey", description = "Keeping the map current the way the study made it: questionnaire waves, invitations, tracking"),
        (name = "meta", description = "This document"),
    ),
    // Schemas that parameters refer to (responses and bodies bring their own).
    components(schemas(
        ErrorBody, CountryCode, AtlasActorId, InstrumentId, Sector, Capability, StudyStatus,
        MechanismKind, CooperationKind, Answer, LimitationCategory,
        crate::insight::api::GapRuleId,
        opennrm_domain::statistics::measures::Measure
    )),
)]
struct Base;

/// The id of an actor of the atlas being served, as a request value (the document lists
/// them for each atlas revision).
pub struct AtlasActorId;

impl PartialSchema for AtlasActorId {
    fn schema() -> RefOr<Schema> {
        <FactId as PartialSchema>::schema()
    }
}

impl ToSchema for AtlasActorId {}

/// A reference to a response of `components.responses` (`error_responses`).
fn refs(list: &[(&str, &str)]) -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
    list.iter()
        .map(|(status, name)| {
            (
                (*status).to_string(),
                RefOr::Ref(Ref::from_response_name(*name)),
            )
        })
        .collect()
}

/// Answers every API operation can give: 400 (an unreadable request, or a query too
/// long), 401 (an Authorization header without a valid token), 414 and 500.
pub struct ReadErrors;

impl IntoResponses for ReadErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        refs(&[
            ("400", "BadRequest"),
            ("401", "Unauthorized"),
            ("414", "UriTooLong"),
            ("500", "Internal"),
        ])
    }
}

/// 404: what the path names does not exist.
pub struct NotFound;

impl IntoResponses for NotFound {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        refs(&[("404", "NotFound")])
    }
}

/// What an unsafe request with a JSON body can also be answered: 403 (CSRF), 413, 415
/// and 429 (the per-address write limit).
pub struct WriteErrors;

impl IntoResponses for WriteErrors {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::Response>> {
        refs(&[
            ("403", "Forbidden"),
            ("413", "PayloadTooLarge"),
            ("415", "UnsupportedMediaType"),
            ("429", "TooManyRequests"),
        ])
    }
}

fn error_example(e: &WebError) -> Value {
    serde_json::to_value(crate::error::body(e)).unwrap_or(Value::Null)
}

/// The error answers, each with the `Error` schema, an example made by the error type
/// itself, and the headers that come with it.
fn error_responses() -> Value {
    let response = |description: String, example: WebError, headers: Value| {
        let mut r = json!({
            "description": description,
            "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/Error"},
                "example": error_example(&example),
            }},
        });
        if !headers.is_null() {
            r["headers"] = headers;
        }
        r
    };
    let header = |description: &str, schema: Value| json!({"description": description, "required": true, "schema": schema});
    json!({
        "BadRequest": response(
            format!(
                "Not acceptable: a parameter outside its values or a body field that is wrong \
                 (`invalid_parameter`, `field` names it), a body that is not the JSON the \
                 operation takes (`invalid_body`), a query longer than {} bytes, or a request \
                 that could not be read (`bad_request`)",
                crate::limits::MAX_QUERY
            ),
            WebError::invalid("sector", "\"polis\" is not a known value; use one of: police, …"),
            Value::Null,
        ),
        "Unauthorized": response(
            "An Authorization header that is not a valid, unrevoked API token; or, where the \
             operation needs a caller, neither a token nor a signed-in session"
                .into(),
            WebError::Unauthenticated,
            json!({"WWW-Authenticate": header(
                "How to authenticate: Bearer realm=\"opennrm\"",
                json!({"type": "string"}),
            )}),
        ),
        "Forbidden": response(
            "The request carries the session cookie but not the session's CSRF token \
             (X-CSRF-Token), or comes from another site"
                .into(),
            WebError::CsrfRejected,
            Value::Null,
        ),
        "NotFound": response(
            "What the path names does not exist".into(),
            WebError::NotFound("actor with this id"),
            Value::Null,
        ),
        "MethodNotAllowed": response(
            "The path does not take this method (any method an operation here does not \
             list); Allow names those it takes"
                .into(),
            WebError::MethodNotAllowed,
            json!({"Allow": header("The methods the path takes", json!({"type": "string"}))}),
        ),
        "PayloadTooLarge": response(
            format!("The body is larger than {} bytes", crate::MAX_BODY),
            WebError::TooLarge,
            Value::Null,
        ),
        "UriTooLong": response(
            format!(
                "The request's address is longer than {} bytes",
                crate::limits::MAX_URI
            ),
            WebError::UriTooLong,
            Value::Null,
        ),
        "UnsupportedMediaType": response(
            "The body is not sent as application/json".into(),
            WebError::UnsupportedMediaType,
            Value::Null,
        ),
        "TooManyRequests": response(
            "More unsafe requests from this address in a minute than the server allows".into(),
            WebError::TooMany { retry_after: 60 },
            json!({"Retry-After": header("Seconds to wait", json!({"type": "integer", "minimum": 0}))}),
        ),
        "Internal": response(
            "A server fault; the cause is logged, never returned".into(),
            WebError::Internal,
            Value::Null,
        ),
    })
}

fn security_schemes(cookie: &str) -> Value {
    json!({
        BEARER: {
            "type": "http",
            "scheme": "bearer",
            "description": "An API token (onrm_…) created on the account page (/account) and \
                revoked there; the server keeps only its SHA-256. Sent as \
                `Authorization: Bearer onrm_…`, it carries no ambient authority, so unsafe \
                requests need no CSRF token.",
        },
        SESSION: {
            "type": "apiKey",
            "in": "cookie",
            "name": cookie,
            "description": "The browser's session after signing in at /sign-in. The cookie is \
                opennrm_session over http and __Host-opennrm_session when the server's public \
                origin is https; this document names the one this server sets. Unsafe requests \
                with it also need the session's CSRF token in X-CSRF-Token.",
        },
    })
}

/// The document for `atlas`, naming the session cookie this server sets.
pub fn document(atlas: &Atlas, cookie: &str) -> Result<Value, DocumentError> {
    let mut doc = Base::openapi();
    let mut schemas = Vec::new();
    for route in crate::route_table() {
        if let Some(op) = route.doc {
            doc.paths.merge(op.paths);
            schemas.extend(op.schemas);
        }
    }
    doc.components
        .get_or_insert_with(Default::default)
        .schemas
        .extend(schemas);
    let mut v = serde_json::to_value(&doc)?;
    v["components"]["responses"] = error_responses();
    v["components"]["securitySchemes"] = security_schemes(cookie);
    fill_request_values(&mut v, atlas)?;
    Ok(v)
}

#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("cannot serialise the OpenAPI document: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the shipped screening data cannot be read: {0}")]
    Screening(#[from] opennrm_domain::screening::DataErrors),
}

/// The values requests may take that only the data knows: every schema a parameter or
/// body refers to gets its `enum`, so a client (and a conformance test) knows exactly
/// which values are accepted.
fn fill_request_values(v: &mut Value, atlas: &Atlas) -> Result<(), DocumentError> {
    let instruments = Instrument::embedded_all()?;
    let rule_sets = RuleSet::embedded_all()?;
    let schemas = &mut v["components"]["schemas"];
    let codes: Vec<&str> = atlas
        .countries
        .iter()
        .map(|c| c.country.code.as_str())
        .collect();
    schemas["CountryCode"]["enum"] = json!(codes);
    let mut actors: Vec<&str> = atlas
        .countries
        .iter()
        .flat_map(|c| c.actors.iter().map(|a| a.id.as_str()))
        .collect();
    actors.sort_unstable();
    schemas["AtlasActorId"]["enum"] = json!(actors);
    schemas["AtlasActorId"]["description"] = json!("The id of an actor of the atlas");
    let mut ids: Vec<&str> = instruments.iter().map(|i| i.id.as_str()).collect();
    ids.dedup();
    schemas["InstrumentId"]["enum"] = json!(ids);
    let derived = schemas["ScreeningRequest"].take();
    schemas["ScreeningRequest"] = screening_request(&derived, &instruments, &rule_sets);
    Ok(())
}

/// `ScreeningRequest` as one variant per shipped instrument (its highest version): the
/// rule sets written for it, the populations it has lists for, and its indicator ids as
/// the keys `answers` may have. The field descriptions are the derived schema's.
fn screening_request(derived: &Value, instruments: &[Instrument], rule_sets: &[RuleSet]) -> Value {
    let described = |name: &str, mut schema: Value| {
        if let Some(d) = derived["properties"][name].get("description") {
            schema["description"] = d.clone();
        }
        schema
    };
    let with_null = |values: Vec<Value>, optional: bool| {
        let mut values = values;
        if optional {
            values.push(Value::Null);
        }
        json!({"enum": values})
    };
    let mut latest: Vec<&Instrument> = Vec::new();
    for i in instruments {
        match latest.iter_mut().find(|l| l.id == i.id) {
            Some(l) if l.version < i.version => *l = i,
            Some(_) => {}
            None => latest.push(i),
        }
    }
    let variants: Vec<Value> = latest
        .iter()
        .map(|i| {
            let is_default = i.id.as_str() == ILO_EC_2009;
            let adults = i.populations.contains(&Population::Adult);
            let mut required = vec!["answers"];
            if !is_default {
                required.push("instrument");
            }
            if !adults {
                required.push("population");
            }
            let mut rules: Vec<Value> = rule_sets
                .iter()
                .filter(|r| r.instrument == i.id)
                .map(|r| json!(r.id.as_str()))
                .collect();
            rules.dedup();
            let indicators: Vec<&str> = i.indicators.iter().map(|x| x.id.as_str()).collect();
            json!({
                "title": i.title,
                "type": "object",
                "additionalProperties": false,
                "required": required,
                "properties": {
                    "instrument": described("instrument", with_null(vec![json!(i.id.as_str())], is_default)),
                    "rule_set": described("rule_set", with_null(rules, true)),
                    "population": described(
                        "population",
                        with_null(i.populations.iter().map(|p| json!(p.as_str())).collect(), adults),
                    ),
                    "country": described("country", json!({"oneOf": [
                        {"$ref": "#/components/schemas/CountryCode"},
                        {"type": "null"},
                    ]})),
                    "answers": described("answers", json!({
                        "type": "object",
                        "propertyNames": {"enum": indicators},
                        "additionalProperties": {"$ref": "#/components/schemas/Answer"},
                    })),
                },
            })
        })
        .collect();
    let mut out = json!({"oneOf": variants});
    for key in ["description", "example", "examples"] {
        if let Some(x) = derived.get(key) {
            out[key] = x.clone();
        }
    }
    out
}

/// This document, generated once per atlas revision.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    operation_id = "getOpenApi",
    tag = "meta",
    security((), ("bearerToken" = []), ("sessionCookie" = [])),
    responses(
        (status = 200, description = "This document (OpenAPI 3.1)", body = Object),
        ReadErrors,
    ),
)]
pub async fn serve(State(state): State<AppState>) -> Response {
    let snap = state.services().atlas();
    let cookie = crate::session::cookie_name(&state.settings);
    crate::pages::cached_body(
        &state,
        snap.revision.id,
        "api:openapi",
        "application/json",
        || {
            document(&snap.atlas, cookie)
                .and_then(|v| Ok(serde_json::to_vec(&v)?))
                .map(Bytes::from)
        },
    )
}
