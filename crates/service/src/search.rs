//! Full-text search over a revision of the atlas (public data: no identity needed). The
//! database's index finds the texts; the passage shown around each match, with the
//! matched words marked, is computed here from the original text.

use opennrm_domain::atlas::CountryCode;
use opennrm_domain::atlas::search::{Passage, SearchEntry, SearchKind, SearchWords};
use opennrm_domain::atlas::vocabulary::{Capability, Sector};
use opennrm_store::SearchQuery;

use crate::{AtlasView, ServiceError, Services};

/// Most hits one search returns; `SearchAnswer::truncated` says when there were more.
pub const SEARCH_LIMIT: usize = 100;

/// Filters that narrow a search; they combine with AND.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFilter {
    pub country: Option<CountryCode>,
    /// The sector of the actor a text is about (actors, mandates, ties).
    pub sector: Option<Sector>,
    /// The capability of a mandate.
    pub capability: Option<Capability>,
    pub kind: Option<SearchKind>,
}

/// A text that matched, with the passage to show.
#[derive(Debug, Clone)]
pub struct SearchHit {
    pub entry: SearchEntry,
    pub passage: Passage,
}

#[derive(Debug, Clone, Default)]
pub struct SearchAnswer {
    pub hits: Vec<SearchHit>,
    /// More texts matched than `SEARCH_LIMIT`.
    pub truncated: bool,
}

impl Services {
    /// The texts of `view`'s revision that hold every word of `words`, best first.
    pub async fn search(
        &self,
        view: &AtlasView,
        words: &SearchWords,
        filter: &SearchFilter,
    ) -> Result<SearchAnswer, ServiceError> {
        if words.is_empty() {
            return Ok(SearchAnswer::default());
        }
        let limit = i64::try_from(SEARCH_LIMIT + 1).unwrap_or(i64::MAX);
        let mut entries = self
            .store()
            .search(&SearchQuery {
                revision: view.revision.id,
                words,
                country: filter.country.as_ref(),
                sector: filter.sector,
                capability: filter.capability,
                kind: filter.kind,
                limit,
            })
            .await?;
        let truncated = entries.len() > SEARCH_LIMIT;
        entries.truncate(SEARCH_LIMIT);
        let hits = entries
            .into_iter()
            .map(|entry| SearchHit {
                passage: Passage::new(&entry.text, words),
                entry,
            })
            .collect();
        Ok(SearchAnswer { hits, truncated })
    }
}
