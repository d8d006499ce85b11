//! A wave's figures, computed one way for every wave: who was invited, who started,
//! completed (in which form), declined or never replied, per sector; how deep the
//! snowball went; and the report's own sentence ("Out of ten Danish respondents asked to
//! participate in the survey, eight completed the questionnaire") written from the data.
//! The 2012 study is wave 0, read from the atlas's respondents, with the figures the
//! report states beside it — they do not always agree (Denmark's footnote 4), and the
//! page shows both rather than pick one.

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

use super::questionnaire::FormKind;
use crate::atlas::CountryAtlas;
use crate::atlas::vocabulary::{RespondentForm, Sector};

crate::atlas::vocabulary::vocabulary!(
    /// Where an invitee is. `proposed`: nominated by a respondent, not yet invited.
    InviteeState { Proposed, Invited, Started, Completed, Declined }
);

/// One invitee as tracking sees it: no name, no contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaveInvitee {
    pub sector: Option<Sector>,
    pub state: InviteeState,
    /// The form answered, once completed.
    pub form: Option<FormKind>,
    /// The invitee that nominated this one (an index into the same list).
    pub nominated_by: Option<usize>,
}

/// Counts of one wave (or one sector of it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Counts {
    /// Invited: every invitee but the proposed ones.
    pub invited: usize,
    /// Started and not yet completed or declined.
    pub started: usize,
    pub completed: usize,
    /// Of the completed, those who answered the short alternative questions.
    pub short_form: usize,
    pub declined: usize,
    /// Invited and never started.
    pub no_reply: usize,
    /// Nominated by a respondent, not yet invited.
    pub proposed: usize,
}

impl Counts {
    fn add(&mut self, i: &WaveInvitee) {
        match i.state {
            InviteeState::Proposed => self.proposed += 1,
            InviteeState::Invited => self.no_reply += 1,
            InviteeState::Started => self.started += 1,
            InviteeState::Completed => {
                self.completed += 1;
                self.short_form += usize::from(i.form == Some(FormKind::Alternative));
            }
            InviteeState::Declined => self.declined += 1,
        }
        self.invited += usize::from(i.state != InviteeState::Proposed);
    }

    /// Completed out of invited, in percent (none invited: `None`).
    pub fn response_rate(&self) -> Option<f64> {
        (self.invited > 0).then(|| self.completed as f64 * 100.0 / self.invited as f64)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct WaveFigures {
    pub total: Counts,
    /// Per sector of the invitee's organisation; `other` where it is not in the atlas.
    pub by_sector: BTreeMap<String, Counts>,
    /// The longest chain of nominations (0: nobody was nominated).
    pub snowball_depth: usize,
    /// Invitees who came by nomination.
    pub nominated: usize,
}

/// The figures of one wave.
pub fn figures(invitees: &[WaveInvitee]) -> WaveFigures {
    let mut out = WaveFigures::default();
    for i in invitees {
        out.total.add(i);
        let sector = i.sector.map_or("other", Sector::as_str).to_string();
        out.by_sector.entry(sector).or_default().add(i);
    }
    out.nominated = invitees.iter().filter(|i| i.nominated_by.is_some()).count();
    out.snowball_depth = (0..invitees.len())
        .map(|i| depth(invitees, i))
        .max()
        .unwrap_or(0);
    out
}

/// How many nominations lead to invitee `i` (a cycle, which the store cannot hold, stops
/// at the list's length).
fn depth(invitees: &[WaveInvitee], mut i: usize) -> usize {
    let mut d = 0;
    while let Some(by) = invitees.get(i).and_then(|x| x.nominated_by) {
        d += 1;
        i = by;
        if d > invitees.len() {
            break;
        }
    }
    d
}

/// The report's sentence for a wave: "Out of ten invited, eight completed the
/// questionnaire" (numbers up to twenty in words, as the report writes them), with the
/// short form and declines where there are any.
pub fn response_sentence(c: &Counts) -> String {
    let mut s = format!(
        "Out of {} invited, {} completed the questionnaire",
        number(c.invited),
        number(c.completed - c.short_form)
    );
    if c.short_form > 0 {
        s.push_str(&format!(
            ", {} answered the short alternative questions",
            number(c.short_form)
        ));
    }
    if c.declined > 0 {
        s.push_str(&format!(" and {} declined", number(c.declined)));
    }
    s.push('.');
    s
}

fn number(n: usize) -> String {
    const WORDS: [&str; 21] = [
        "none",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS
        .get(n)
        .map_or_else(|| n.to_string(), |w| (*w).to_string())
}

/// The 2012 study as wave 0: one invitee per respondent the atlas lists (full or short
/// form: completed; declined; no reply: invited), in the sector of the first actor it
/// answered for. Nobody recorded the 2012 snowball, so wave 0 has no nominations.
pub fn wave_zero(country: &CountryAtlas) -> Vec<WaveInvitee> {
    country
        .respondents
        .iter()
        .map(|r| {
            let (state, form) = match r.form {
                RespondentForm::Full => (InviteeState::Completed, Some(FormKind::Full)),
                RespondentForm::Alternative => {
                    (InviteeState::Completed, Some(FormKind::Alternative))
                }
                RespondentForm::Declined => (InviteeState::Declined, None),
                RespondentForm::NoReply => (InviteeState::Invited, None),
            };
            WaveInvitee {
                sector: r
                    .actors
                    .first()
                    .and_then(|a| country.actor(a))
                    .map(|a| a.sector),
                state,
                form,
                nominated_by: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn invitee(state: InviteeState, nominated_by: Option<usize>) -> WaveInvitee {
        WaveInvitee {
            sector: Some(Sector::Police),
            state,
            form: (state == InviteeState::Completed).then_some(FormKind::Full),
            nominated_by,
        }
    }

    #[test]
    fn the_sentence_reads_like_the_reports() {
        let mut list = vec![invitee(InviteeState::Completed, None); 8];
        list.extend(vec![invitee(InviteeState::Invited, None); 2]);
        let f = figures(&list);
        assert_eq!(
            response_sentence(&f.total),
            "Out of ten invited, eight completed the questionnaire."
        );
        assert_eq!(f.total.response_rate(), Some(80.0));
        list[0].form = Some(FormKind::Alternative);
        list[9].state = InviteeState::Declined;
        let f = figures(&list);
        assert_eq!(
            response_sentence(&f.total),
            "Out of ten invited, seven completed the questionnaire, one answered the short alternative questions and one declined."
        );
    }

    #[test]
    fn the_snowball_depth_is_the_longest_chain_of_nominations() {
        let list = vec![
            invitee(InviteeState::Completed, None),
            invitee(InviteeState::Completed, Some(0)),
            invitee(InviteeState::Started, Some(1)),
            invitee(InviteeState::Proposed, Some(0)),
        ];
        let f = figures(&list);
        assert_eq!((f.snowball_depth, f.nominated), (2, 3));
        assert_eq!(
            (f.total.invited, f.total.proposed, f.total.started),
            (3, 1, 1)
        );
    }

    fn any_state() -> impl Strategy<Value = InviteeState> {
        prop::sample::select(InviteeState::all().collect::<Vec<_>>())
    }

    proptest! {
        /// Every invitee is counted once in the total and once in its sector, and the
        /// states add up to those invited.
        #[test]
        fn the_counts_add_up(states in prop::collection::vec((any_state(), prop::option::of(0usize..5)), 0..60)) {
            let list: Vec<_> = states.iter().enumerate().map(|(i, (s, by))| WaveInvitee {
                sector: [Some(Sector::Police), Some(Sector::TradeUnion), None][i % 3],
                state: *s,
                form: None,
                nominated_by: by.filter(|b| *b < i),
            }).collect();
            let f = figures(&list);
            let t = &f.total;
            prop_assert_eq!(t.invited + t.proposed, list.len());
            prop_assert_eq!(t.started + t.completed + t.declined + t.no_reply, t.invited);
            let by_sector: usize = f.by_sector.values().map(|c| c.invited + c.proposed).sum();
            prop_assert_eq!(by_sector, list.len());
            prop_assert!(f.snowball_depth <= list.len());
        }
    }
}
