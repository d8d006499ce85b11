//! The integration suite: one binary, real databases (SQLite and PostgreSQL), the real
//! server on port 0, the real CLI binary, and real Chromium for the browser test.

mod support;

mod accessibility;
mod api;
mod assistance;
mod atlas_data;
mod audit;
mod browser;
mod cli;
mod config;
mod history;
mod i18n;
mod insight;
mod inspection;
mod jobs;
mod network;
mod pages;
mod platform;
mod provenance;
mod proxy;
mod referral;
mod report;
mod screening;
mod search;
mod statistics;
mod storage;
mod survey;
