//! What a new revision of the atlas does to the current one beyond changing facts: the
//! countries it drops, the actors it retires and the ids it brings back. An actor id is
//! a promise to whatever points at it (an organisation, later a case or a referral), so
//! these are found before anything is written and must be allowed explicitly.

use super::Atlas;

/// The effects of replacing `before` with `after` that an operator must see.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    /// The files are exactly the current revision's: nothing to do.
    pub unchanged: bool,
    /// Countries of the current atlas the files leave out: (code, name).
    pub dropped_countries: Vec<(String, String)>,
    /// Actors of the current atlas the files leave out, outside dropped countries:
    /// (id, name). They stay resolvable, marked retired.
    pub retired: Vec<(String, String)>,
    /// Ids absent from the current atlas that an earlier revision held: (id, name then,
    /// name now). An id always means one body, so a changed name deserves a look.
    pub reinstated: Vec<(String, String, String)>,
    /// Records (`inspection:<reference>`) the current atlas cites and the files do not:
    /// data files cannot carry facts from OpenNRM records, so importing them drops those
    /// ties and sources. Listed so the operator sees it before it happens.
    pub dropped_records: Vec<String>,
}

impl ImportPlan {
    /// Compares `before` (the current atlas) with `after`; `ever` lists every actor id an
    /// earlier revision held, with its last name (empty when there is no history yet).
    pub fn new(before: &Atlas, after: &Atlas, ever: &[(String, String)]) -> ImportPlan {
        let mut plan = ImportPlan {
            unchanged: before.content_hash == after.content_hash,
            ..ImportPlan::default()
        };
        for c in &before.countries {
            match after.country(c.country.code.as_str()) {
                None => plan
                    .dropped_countries
                    .push((c.country.code.to_string(), c.country.name.clone())),
                Some(now) => plan.retired.extend(
                    c.actors
                        .iter()
                        .filter(|a| now.actor(&a.id).is_none())
                        .map(|a| (a.id.to_string(), a.name.clone())),
                ),
            }
        }
        let records = |a: &Atlas| {
            let mut out = std::collections::BTreeSet::new();
            for c in &a.countries {
                super::attribution::visit_sources(c, &mut |s| {
                    if let Some(r) = &s.record {
                        out.insert(r.clone());
                    }
                });
            }
            out
        };
        let kept = records(after);
        plan.dropped_records = records(before)
            .into_iter()
            .filter(|r| !kept.contains(r))
            .collect();
        for a in after.countries.iter().flat_map(|c| &c.actors) {
            if before.actor(a.id.as_str()).is_some() {
                continue;
            }
            if let Some((_, then)) = ever.iter().find(|(id, _)| id == a.id.as_str()) {
                plan.reinstated
                    .push((a.id.to_string(), then.clone(), a.name.clone()));
            }
        }
        plan
    }

    /// Lines for `validate` and `import`, one per effect; empty when there is none.
    pub fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (cc, name) in &self.dropped_countries {
            out.push(format!(
                "country {cc} {name} is not in the files: importing would remove it (needs --allow-drop-country)"
            ));
        }
        for (id, name) in &self.retired {
            out.push(format!(
                "actor {id} ({name}) is not in the files: importing would retire it (needs --allow-retire); it stays resolvable, marked retired"
            ));
        }
        for (id, then, now) in &self.reinstated {
            if then == now {
                out.push(format!("actor {id} ({now}) returns after being retired"));
            } else {
                out.push(format!(
                    "actor {id} returns after being retired, now named \"{now}\" (was \"{then}\"): an id must keep meaning the same body"
                ));
            }
        }
        for r in &self.dropped_records {
            out.push(format!(
                "the current atlas cites {r}, which data files cannot carry: importing would drop the facts and sources that come from it"
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edited(f: impl FnOnce(&mut Atlas)) -> (Atlas, Atlas) {
        let before = Atlas::embedded().expect("embedded atlas");
        let mut after = before.clone();
        after.content_hash = "edited".into();
        f(&mut after);
        (before, after)
    }

    #[test]
    fn the_same_atlas_changes_nothing() {
        let a = Atlas::embedded().expect("embedded atlas");
        let plan = ImportPlan::new(&a, &a, &[]);
        assert!(plan.unchanged);
        assert!(plan.retired.is_empty() && plan.dropped_countries.is_empty());
        assert!(plan.warnings().is_empty());
    }

    #[test]
    fn a_left_out_actor_is_retired_and_a_left_out_country_dropped() {
        let (before, after) = edited(|a| {
            let dk = a
                .countries
                .iter_mut()
                .find(|c| c.country.code.as_str() == "DK")
                .expect("DK");
            let gone = dk.actors.pop().expect("an actor").id;
            dk.cooperation.retain(|t| t.from != gone && t.to != gone);
            a.countries.retain(|c| c.country.code.as_str() != "IS");
        });
        let plan = ImportPlan::new(&before, &after, &[]);
        assert!(!plan.unchanged);
        assert_eq!(plan.retired.len(), 1);
        assert!(plan.retired[0].0.starts_with("dk-"));
        assert_eq!(
            plan.dropped_countries,
            vec![("IS".into(), "Iceland".into())]
        );
        // The dropped country's actors are not listed one by one as retired.
        assert!(plan.retired.iter().all(|(id, _)| !id.starts_with("is-")));
        assert_eq!(plan.warnings().len(), 2);
    }

    #[test]
    fn importing_files_over_an_inspections_ties_says_they_go() {
        use crate::atlas::model::FactId;
        use crate::referral::inspection::{record_ties, source_of};
        let (mut before, after) = edited(|_| {});
        let dk = before
            .countries
            .iter_mut()
            .find(|c| c.country.code.as_str() == "DK")
            .expect("DK");
        let ids = [
            FactId::parse("dk-wea").expect("id"),
            FactId::parse("dk-3f").expect("id"),
        ];
        record_ties(
            dk,
            &ids,
            &source_of("JI-X", "2027-01-01", "construction", &["A", "B"]),
        );
        let plan = ImportPlan::new(&before, &after, &[]);
        assert_eq!(plan.dropped_records, vec!["inspection:JI-X".to_string()]);
        assert!(plan.warnings()[0].contains("inspection:JI-X"));
        assert!(
            ImportPlan::new(&before, &before, &[])
                .dropped_records
                .is_empty()
        );
    }

    #[test]
    fn an_id_coming_back_under_another_name_is_flagged() {
        let (mut before, after) = edited(|_| {});
        let dk = before
            .countries
            .iter_mut()
            .find(|c| c.country.code.as_str() == "DK")
            .expect("DK");
        let back = dk.actors.remove(0);
        let ever = vec![(back.id.to_string(), "Some other body".to_string())];
        let plan = ImportPlan::new(&before, &after, &ever);
        assert_eq!(plan.reinstated.len(), 1);
        assert!(plan.warnings()[0].contains("was \"Some other body\""));
    }
}
