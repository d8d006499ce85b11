//! The atlas (capability 1) over HTTP: pages and the JSON API, from the services' current
//! atlas view; query parameters are parsed once into the domain's filters (`params`).

pub mod api;
pub mod pages;
pub mod params;
