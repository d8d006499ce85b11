//! Capability 4, referral: the country pathways (who receives a case, for what, on whose
//! word in the report), routing a case through them, the consent a sharing needs, and the
//! life of a referral from sent to closed. Pure: cases are stored by the store, decided on
//! by the service layer; this module says what is allowed and what the pathway proposes.

pub mod assistance;
pub mod flowchart;
pub mod inspection;
pub mod lifecycle;
pub mod pathway;
pub mod routing;

pub use flowchart::pathway_svg;
pub use lifecycle::{Outcome, ReferralState, Side, Transition, TransitionError};
pub use pathway::{Coordinator, CoordinatorRole, Pathway, PathwayRule, Route, embedded_pathways};
pub use routing::{Proposal, RouteTarget, Situation, propose};

use crate::atlas::vocabulary::vocabulary;

vocabulary!(
    /// The person's residence status, the first thing most pathways turn on (DK: the
    /// Centre against Human Trafficking for legal residents, the Immigration Service for
    /// asylum seekers and irregular migrants).
    ResidenceStatus { LegalResident, EuCitizen, IrregularMigrant, AsylumSeeker }
);

vocabulary!(
    /// Age group: minors follow the child-protection route, where consent rules differ.
    AgeGroup { Adult, Minor, Unknown }
);

vocabulary!(
    /// Gender as the person gives it; kept with the case (not sealed: it is not enough to
    /// find anyone) so the rapporteur's statistics can count it after retention.
    Gender { Female, Male, Other, Unknown }
);

vocabulary!(
    /// A coarse nationality group, recorded beside the sealed nationality: the statistics
    /// count it, and it survives retention when the nationality itself is destroyed.
    /// National = a citizen of the country where the case is opened.
    NationalityGroup { National, EuEea, ThirdCountry, Unknown }
);

vocabulary!(
    /// The form of exploitation the case concerns (the report's subject is labour; the
    /// others are kept so a case is not forced into a wrong box).
    ExploitationType {
        LabourExploitation, ForcedLabour, ForcedBegging, ForcedCriminality, DomesticServitude,
        SexualExploitation, Other,
    }
);

vocabulary!(
    /// What a referral asks the receiving organisation to do.
    ReferralAction {
        Investigate, Inspect, DetermineVictimStatus, GrantReflectionPeriod,
        DecideResidencePermit, ProvideAssistance, ChildProtection, Repatriation,
    }
);

vocabulary!(
    /// What a person consents to; each purpose is given and withdrawn on its own.
    Purpose { ReferralAssistance, PoliceContact, ShareWithOrganisation, SupportServices, Statistics }
);

vocabulary!(
    /// How consent was given.
    ConsentMethod { SignedForm, OralWithWitness, ViaInterpreter }
);

vocabulary!(
    /// The personal fields a case may hold (each encrypted on its own).
    PersonalField { Name, BirthDate, Nationality, Contact }
);

impl ReferralAction {
    /// The personal fields the receiving organisation needs for this action (need to
    /// know): a workplace inspection needs nobody's name; a victim-status decision or
    /// child protection needs everything the case holds.
    pub fn needs(self) -> &'static [PersonalField] {
        use PersonalField::*;
        match self {
            ReferralAction::Inspect => &[],
            ReferralAction::Investigate
            | ReferralAction::GrantReflectionPeriod
            | ReferralAction::DecideResidencePermit => &[Name, BirthDate, Nationality],
            ReferralAction::ProvideAssistance => &[Name, Contact],
            ReferralAction::DetermineVictimStatus
            | ReferralAction::ChildProtection
            | ReferralAction::Repatriation => &[Name, BirthDate, Nationality, Contact],
        }
    }

    /// The order a flowchart draws actions in: identification first, care and return last.
    pub fn step(self) -> u8 {
        match self {
            ReferralAction::Inspect => 0,
            ReferralAction::Investigate => 1,
            ReferralAction::DetermineVictimStatus => 2,
            ReferralAction::ChildProtection => 3,
            ReferralAction::GrantReflectionPeriod => 4,
            ReferralAction::DecideResidencePermit => 5,
            ReferralAction::ProvideAssistance => 6,
            ReferralAction::Repatriation => 7,
        }
    }
}

vocabulary!(
    /// The sector of work where the person was exploited (for routing conditions and the
    /// rapporteur's statistics later; the report names construction, agriculture,
    /// restaurants, cleaning and berry picking among the sectors at risk).
    WorkSector {
        Agriculture, Construction, Manufacturing, Hospitality, Cleaning, DomesticWork,
        Fishing, Forestry, Transport, Care, Other,
    }
);
