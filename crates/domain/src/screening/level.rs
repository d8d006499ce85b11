//! The exploitation continuum a screening places a situation on, and which atlas
//! capabilities (mandates) fit each level — the bridge from "what is this?" to "who acts?".

use crate::atlas::vocabulary::Capability;

crate::atlas::vocabulary::vocabulary!(
    /// From no indication to presumed trafficking, in increasing order of severity. How each
    /// level is reached is data (the rule set's `[[level]]` tables); docs/SCREENING.md
    /// describes the shipped rules.
    #[schema(as = ScreeningLevel)]
    Level {
    /// No indicator that the rules use was answered yes.
    NoIndication,
    /// Some signs of bad working conditions, short of a positive exploitation dimension:
    /// the ground of social dumping and breaches of labour law or contract.
    LabourLawViolation,
    /// Exploitative conditions of work are established, without a means that keeps the
    /// person there.
    LabourExploitation,
    /// Exploitation plus coercion or abuse of vulnerability at destination (or, with the
    /// ILO forced-labour indicators, involuntariness plus a menace of penalty).
    ForcedLabour,
    /// The whole-case rule of the ILO/EC indicators is met.
    PresumedTrafficking,
    }
);

impl Level {
    /// The level's name inside a sentence.
    pub fn label(self) -> &'static str {
        match self {
            Level::NoIndication => "no indication",
            Level::LabourLawViolation => "possible labour-law violation",
            Level::LabourExploitation => "labour exploitation",
            Level::ForcedLabour => "forced labour",
            Level::PresumedTrafficking => "presumed trafficking for labour exploitation",
        }
    }

    /// What the officer should do next, in one sentence.
    pub fn advice(self) -> &'static str {
        match self {
            Level::NoIndication => {
                "no referral is indicated by these answers; unanswered questions may change that."
            }
            Level::LabourLawViolation => {
                "refer to the labour inspectorate, and tell the worker about the trade union and the labour court."
            }
            Level::LabourExploitation => {
                "refer to the labour inspectorate, consider reporting to the police, and refer the worker to support."
            }
            Level::ForcedLabour => {
                "report to the police, and refer the person to the authority that determines victim status and to assistance."
            }
            Level::PresumedTrafficking => {
                "report to the police, and refer the person without delay to the authority that determines victim status, to assistance and to a reflection period."
            }
        }
    }

    /// The atlas capabilities of the actors who can act at this level; the referral
    /// module looks up which actors of a country hold them.
    ///
    /// Why these:
    /// - a labour-law violation is for those who enforce labour law — the labour
    ///   inspectorate (and tax authority) inspecting workplaces, the unions bringing labour
    ///   court cases; the police have no role yet (the report's respondents ask exactly
    ///   that social dumping and bad conditions be kept apart from crime);
    /// - labour exploitation still needs inspection, but is serious enough to report to
    ///   the police and to refer the worker to support;
    /// - forced labour and presumed trafficking are crimes: investigation, victim status
    ///   determination, assistance and referral. Presumed trafficking also opens the
    ///   recovery and reflection period that European law gives presumed victims of
    ///   trafficking (Council of Europe Convention on Action against Trafficking, art. 13).
    pub fn capabilities(self) -> &'static [Capability] {
        use Capability::*;
        match self {
            Level::NoIndication => &[],
            Level::LabourLawViolation => &[InspectWorkplaces, BringLabourCourtCases],
            Level::LabourExploitation => &[InspectWorkplaces, ReportToPolice, ReferVictims],
            Level::ForcedLabour => &[
                InvestigateCrime,
                DetermineVictimStatus,
                ProvideAssistance,
                ReferVictims,
            ],
            Level::PresumedTrafficking => &[
                InvestigateCrime,
                DetermineVictimStatus,
                ProvideAssistance,
                ReferVictims,
                GrantReflectionPeriod,
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_ordered_by_severity_and_round_trip() {
        let all: Vec<Level> = Level::all().collect();
        assert!(all.windows(2).all(|w| w[0] < w[1]));
        for l in all {
            assert_eq!(l.as_str().parse::<Level>().ok(), Some(l));
        }
    }

    #[test]
    fn crimes_go_to_investigators_and_violations_to_inspectors() {
        assert!(
            Level::LabourLawViolation
                .capabilities()
                .contains(&Capability::InspectWorkplaces)
        );
        assert!(
            !Level::LabourLawViolation
                .capabilities()
                .contains(&Capability::InvestigateCrime)
        );
        assert!(
            Level::ForcedLabour
                .capabilities()
                .contains(&Capability::InvestigateCrime)
        );
        assert!(
            Level::PresumedTrafficking
                .capabilities()
                .contains(&Capability::DetermineVictimStatus)
        );
        assert!(Level::NoIndication.capabilities().is_empty());
    }
}
