//! The atlas (capability 1) over HTTP: pages and the JSON API, from the services' current
//! atlas view; query parameters are parsed once into the domain's filters (`params`).

pub mod api;
pub mod history;
pub mod pages;
pub mod params;

use opennrm_domain::atlas::{Actor, CountryAtlas};
use opennrm_service::AtlasView;

use crate::error::WebError;

/// The country `code` of the served atlas, or the one not-found answer pages and API share.
pub(crate) fn country<'a>(view: &'a AtlasView, code: &str) -> Result<&'a CountryAtlas, WebError> {
    view.atlas
        .country(code)
        .ok_or(WebError::NotFound("country with this code"))
}

/// The actor `id` with its country, or the shared not-found answer.
pub(crate) fn actor<'a>(
    view: &'a AtlasView,
    id: &str,
) -> Result<(&'a CountryAtlas, &'a Actor), WebError> {
    view.atlas
        .actor(id)
        .ok_or(WebError::NotFound("actor with this id"))
}
