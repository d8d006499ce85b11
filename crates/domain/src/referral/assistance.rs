//! Assistance that follows an accepted referral: tasks of a person's assistance plan, each
//! given to one service provider of the country — an atlas actor whose held mandate is to
//! provide assistance (or, for return, repatriation), offered with the scope the report
//! gives it ("for women only", "minors") so the officer chooses knowingly. A provider sees
//! its tasks and, of the person, only what the task needs.

use serde::Serialize;

use super::PersonalField;
use crate::atlas::model::{Actor, CountryAtlas};
use crate::atlas::query::holders;
use crate::atlas::vocabulary::{Capability, vocabulary};

vocabulary!(
    /// What a task provides (the assistance the report finds labour victims lacking).
    AssistanceKind {
        Accommodation, LegalAid, HealthCare, PsychologicalSupport, Interpreter, Subsistence,
        ReflectionPeriodSupport, ResidencePermitSupport,
        /// Return to the country of origin, with IOM where the report names it.
        Repatriation,
        ReturnAndReintegration,
    }
);

vocabulary!(
    /// Where a task is.
    TaskState { Assigned, InProgress, Completed, Declined }
);

vocabulary!(
    /// What the provider does with a task.
    TaskStep { Start, Complete, Decline }
);

impl AssistanceKind {
    /// The personal fields the provider needs for this task: a shelter needs a name and a
    /// way to reach the person; an interpreter only a name; residence-permit support and
    /// return the identity documents' fields.
    pub fn needs(self) -> &'static [PersonalField] {
        use PersonalField::*;
        match self {
            AssistanceKind::Interpreter
            | AssistanceKind::PsychologicalSupport
            | AssistanceKind::Subsistence => &[Name],
            AssistanceKind::Accommodation
            | AssistanceKind::ReflectionPeriodSupport
            | AssistanceKind::LegalAid => &[Name, Contact],
            AssistanceKind::HealthCare => &[Name, BirthDate, Contact],
            AssistanceKind::ResidencePermitSupport
            | AssistanceKind::Repatriation
            | AssistanceKind::ReturnAndReintegration => &[Name, BirthDate, Nationality, Contact],
        }
    }

    /// The mandate a provider must hold for this kind.
    pub fn capability(self) -> Capability {
        match self {
            AssistanceKind::Repatriation | AssistanceKind::ReturnAndReintegration => {
                Capability::Repatriation
            }
            _ => Capability::ProvideAssistance,
        }
    }
}

/// The state after `step` from `from`, or why not.
pub fn next_task_state(from: TaskState, step: TaskStep) -> Result<TaskState, String> {
    use TaskState::*;
    match (from, step) {
        (Assigned, TaskStep::Start) => Ok(InProgress),
        (Assigned | InProgress, TaskStep::Complete) => Ok(Completed),
        (Assigned | InProgress, TaskStep::Decline) => Ok(Declined),
        (from, step) => Err(format!(
            "a task that is {} cannot be {}",
            from.as_str().replace('_', " "),
            match step {
                TaskStep::Start => "started",
                TaskStep::Complete => "completed",
                TaskStep::Decline => "declined",
            }
        )),
    }
}

/// A service provider the pathway can give a task of `kind` to.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Provider {
    pub actor: String,
    pub name: String,
    /// The mandate's scope as the report gives it (e.g. women only), if any.
    pub scope: Option<String>,
    pub quote: String,
}

/// The actors of `country` that may take a task of `kind`, by name.
pub fn providers(country: &CountryAtlas, kind: AssistanceKind) -> Vec<Provider> {
    let mut out: Vec<Provider> = holders(country, kind.capability())
        .into_iter()
        .map(|(a, m): (&Actor, _)| Provider {
            actor: a.id.to_string(),
            name: a.name.clone(),
            scope: m.scope.clone(),
            quote: m.source.quote.clone(),
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out.dedup_by(|a, b| a.actor == b.actor);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_moves_forward_only() {
        use TaskState::*;
        for from in TaskState::all() {
            for step in TaskStep::all() {
                let r = next_task_state(from, step);
                match (from, step) {
                    (Assigned, _) | (InProgress, TaskStep::Complete | TaskStep::Decline) => {
                        assert!(r.is_ok(), "{from} {step}")
                    }
                    _ => assert!(r.is_err(), "{from} {step}"),
                }
            }
        }
        assert_eq!(
            next_task_state(Completed, TaskStep::Start),
            Err("a task that is completed cannot be started".into())
        );
    }

    #[test]
    fn every_provider_offered_holds_the_mandate_and_denmark_has_some() {
        let atlas = crate::atlas::Atlas::embedded().expect("atlas");
        for c in &atlas.countries {
            let p = providers(c, AssistanceKind::Accommodation);
            for provider in &p {
                let (_, actor) = atlas.actor(&provider.actor).expect("actor");
                assert!(
                    actor
                        .mandates
                        .iter()
                        .any(|m| m.capability == Capability::ProvideAssistance && m.is_held())
                );
            }
        }
        let dk = atlas.country("DK").expect("DK");
        assert!(
            !providers(dk, AssistanceKind::Accommodation).is_empty(),
            "Denmark has assistance providers"
        );
    }
}
