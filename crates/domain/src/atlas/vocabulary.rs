//! The closed vocabularies of the atlas (docs/DATA_FORMAT.md). Values are the report's
//! categories; extending one needs a reason written next to the new variant.

/// Derives shared by every closed vocabulary of the domain (atlas and screening):
/// snake_case strings in files, the database, URLs and the OpenAPI document (an `enum`
/// schema), `as_str()` and `all()`. Attributes given before the name follow the derives,
/// so `#[schema(as = …)]` can rename a vocabulary whose name another one shares.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident),+ $(,)? }) => {
        // Full paths, so the macro works wherever it is invoked, whatever is imported there.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
                 ::serde::Serialize, ::serde::Deserialize, ::strum::Display, ::strum::EnumString,
                 ::strum::EnumIter, ::strum::AsRefStr, ::strum::IntoStaticStr, ::utoipa::ToSchema)]
        $(#[$meta])*
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// The value as written in data files, the database and query strings.
            pub fn as_str(self) -> &'static str { self.into() }
            /// Every value, in declaration order (the order pages list them in).
            pub fn all() -> impl Iterator<Item = Self> { <Self as strum::IntoEnumIterator>::iter() }
        }
    };
}
pub(crate) use vocabulary;

vocabulary!(
    /// What kind of body an actor is. Pages group actors by sector.
    Sector {
        Police, BorderGuard, Prosecution, Court, LabourInspection, Tax, Immigration, Ministry,
        CoordinationBody, Rapporteur, VictimAssistance, Municipality, Ngo, TradeUnion,
        EmployersOrg, InternationalOrg, Research, Company, Other,
    }
);

impl Sector {
    /// The report's "labour actors", the ones it finds left out of mechanisms.
    pub fn is_labour_actor(self) -> bool {
        matches!(
            self,
            Sector::LabourInspection | Sector::Tax | Sector::TradeUnion | Sector::EmployersOrg
        )
    }
    /// Government side of the report's Governmental / Non-Governmental split.
    pub fn is_governmental(self) -> bool {
        matches!(
            self,
            Sector::Police
                | Sector::BorderGuard
                | Sector::Prosecution
                | Sector::Court
                | Sector::LabourInspection
                | Sector::Tax
                | Sector::Immigration
                | Sector::Ministry
                | Sector::CoordinationBody
                | Sector::Rapporteur
                | Sector::Municipality
        )
    }
}

vocabulary!(
    /// How an actor appears in the 2013 study.
    StudyStatus { Participated, InvitedNotParticipated, Mentioned }
);

vocabulary!(
    /// What an actor may do: the typed mandates of DESIGN.md §1.
    Capability {
        IdentifyVictims, ReferVictims, ReportToPolice, InspectWorkplaces, InvestigateCrime,
        Prosecute, DetermineVictimStatus, GrantReflectionPeriod, GrantResidencePermit,
        ProvideAssistance, Repatriation, Coordinate, MonitorAndReport, BringLabourCourtCases,
        Training, Prevention, PolicyMaking,
        /// Oversight of other actors' work ("an advisory and supervisory role", Finland's
        /// Ombudsman for Minorities): not coordination, not monitoring the phenomenon.
        Supervise,
        /// Speaking for victims or workers towards authorities and the public (unions, NGOs).
        Advocacy,
        /// Studying the phenomenon (research institutes, universities the chapters name).
        Research,
        /// A trade union's core mandate, the one the report asks to use against labour
        /// trafficking; `identify_victims` would overstate it.
        ProtectWorkersRights,
    }
);

vocabulary!(
    /// The nature of a cooperation tie between two actors.
    CooperationKind {
        InformationExchange, JointInspection, Referral, ServiceContract, Coordination, Membership, Other,
    }
);

vocabulary!(
    /// The national mechanisms the report asks about in every chapter.
    MechanismKind {
        NationalCoordinator, NationalRapporteur, LeadAgency, ReferralSystem, Mou, WorkingGroup,
        SpecialisedUnit, Network, NationalActionPlan,
        /// A city's or region's coordinator (Norway's city coordinators): not national,
        /// so not a `national_coordinator`, but the report names it as the same function.
        LocalCoordinator,
    }
);

vocabulary!(
    /// How far a mechanism is in place, in the report's own grades: a post or body so
    /// named (`formal`); one the text says "comes closest to", "has been given a
    /// coordinating role" or "functions to some extent as" one (`functional_equivalent`);
    /// none (`absent`); or one whose period has ended (`expired`, e.g. an action plan).
    MechanismStatus { Formal, FunctionalEquivalent, Absent, Expired }
);

impl MechanismStatus {
    /// Whether the mechanism works today, formally or as a functional equivalent.
    pub fn is_in_place(self) -> bool {
        matches!(
            self,
            MechanismStatus::Formal | MechanismStatus::FunctionalEquivalent
        )
    }
}

vocabulary!(
    /// Which form of trafficking a mechanism covers.
    Focus { Sexual, Labour, All, Unclear }
);

vocabulary!(
    /// The eight limitation alternatives of the questionnaire.
    LimitationCategory {
        Legislation, LackOfPolicy, LackOfCooperation, LackOfReferralMechanisms, Corruption,
        LackOfKnowledge, LackOfCapacity, Other,
    }
);

vocabulary!(
    /// Where an actor works.
    #[schema(as = ActorLevel)]
    Level { National, Regional, Local, International }
);

vocabulary!(
    /// Legal instruments and policy documents.
    DocumentKind { Legislation, ActionPlan, Policy, Agreement, Report, Other }
);

vocabulary!(
    /// Which part of the report a quoted passage summarises. `introduction` and
    /// `methodology` belong to the report as a whole (`report.toml`) only.
    FindingPart { Findings, Challenges, Conclusions, ExecutiveSummary, Introduction, Methodology }
);

impl FindingPart {
    /// Whether a country file may use this part (the others are report-wide).
    pub fn in_country_chapter(self) -> bool {
        !matches!(self, FindingPart::Introduction | FindingPart::Methodology)
    }
}

vocabulary!(
    /// What a questionnaire of the 2012 study came to: the full questionnaire, only the
    /// short alternative questions (methodology: for those without the experience or
    /// mandate), a stated refusal, or no answer at all.
    RespondentForm { Full, Alternative, Declined, NoReply }
);

impl RespondentForm {
    /// Counted among those who "completed" (the full or the alternative form).
    pub fn is_completed(self) -> bool {
        matches!(self, RespondentForm::Full | RespondentForm::Alternative)
    }
}

vocabulary!(
    /// Which way a cooperation tie goes: most are mutual; some go from one actor to the
    /// other (a referral sent, a contract given, a report submitted).
    #[derive(Default)]
    TieDirection { #[default] Mutual, OneWay }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_through_their_strings() {
        for c in Capability::all() {
            assert_eq!(c.as_str().parse::<Capability>().ok(), Some(c));
        }
        assert_eq!(Sector::LabourInspection.as_str(), "labour_inspection");
        assert_eq!(MechanismKind::Mou.as_str(), "mou");
        assert!("polis".parse::<Sector>().is_err());
        for s in MechanismStatus::all() {
            assert_eq!(s.as_str().parse::<MechanismStatus>().ok(), Some(s));
        }
        assert_eq!(
            MechanismStatus::FunctionalEquivalent.as_str(),
            "functional_equivalent"
        );
        assert!("exists".parse::<MechanismStatus>().is_err());
    }
}
