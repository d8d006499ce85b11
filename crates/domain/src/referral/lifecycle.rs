//! The life of one referral: sent → acknowledged → accepted / declined → outcome → closed.
//! The receiving organisation moves it forward; the sender may close it once it has an
//! outcome or was declined. Anything else is refused with a sentence saying why.

use serde::{Deserialize, Serialize};

use crate::atlas::vocabulary::vocabulary;

vocabulary!(
    /// Where a referral is.
    ReferralState { Sent, Acknowledged, Accepted, Declined, Decided, Closed }
);

vocabulary!(
    /// What the receiving organisation decided or started.
    Outcome {
        PresumedVictim, ConfirmedVictim, NotAVictim, ReflectionPeriodGranted,
        ResidencePermitGranted, ResidencePermitRefused, AssistanceStarted,
        InvestigationOpened, ChildProtectionStarted, InspectionCarriedOut,
    }
);

impl Outcome {
    /// Outcomes that carry an end date (the reflection period's).
    pub fn has_end_date(self) -> bool {
        matches!(self, Outcome::ReflectionPeriodGranted)
    }
}

/// Which end of the referral the caller is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Sender,
    Receiver,
}

/// A step asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "to", rename_all = "snake_case")]
pub enum Transition {
    Acknowledge,
    Accept,
    /// The reason is required: the sender must learn why.
    Decline {
        reason: String,
    },
    /// An outcome; `until` (YYYY-MM-DD) is the reflection period's end.
    Decide {
        outcome: Outcome,
        #[serde(default)]
        until: Option<String>,
    },
    Close,
}

impl Transition {
    pub fn kind(&self) -> &'static str {
        match self {
            Transition::Acknowledge => "acknowledge",
            Transition::Accept => "accept",
            Transition::Decline { .. } => "decline",
            Transition::Decide { .. } => "decide",
            Transition::Close => "close",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("a referral that is {from} cannot be {verb}")]
    NotFrom {
        from: ReferralState,
        verb: &'static str,
    },
    #[error("only the receiving organisation can {0} a referral")]
    ReceiverOnly(&'static str),
    #[error("give a reason for declining (1–1000 characters)")]
    ReasonRequired,
    #[error("a reflection period needs its end date (YYYY-MM-DD)")]
    EndDateRequired,
    #[error("the end date must be a date written YYYY-MM-DD")]
    BadDate,
    #[error("only {0} carries an end date")]
    NoEndDate(&'static str),
}

/// The state after `t`, or why `t` is refused from `from` by `side`.
pub fn next(
    from: ReferralState,
    t: &Transition,
    side: Side,
) -> Result<ReferralState, TransitionError> {
    use ReferralState::*;
    let receiver_only = |verb| {
        if side == Side::Receiver {
            Ok(())
        } else {
            Err(TransitionError::ReceiverOnly(verb))
        }
    };
    let not_from = |verb| TransitionError::NotFrom { from, verb };
    match t {
        Transition::Acknowledge => {
            receiver_only("acknowledge")?;
            (from == Sent)
                .then_some(Acknowledged)
                .ok_or(not_from("acknowledged"))
        }
        Transition::Accept => {
            receiver_only("accept")?;
            (from == Acknowledged)
                .then_some(Accepted)
                .ok_or(not_from("accepted"))
        }
        Transition::Decline { reason } => {
            receiver_only("decline")?;
            let n = reason.trim().chars().count();
            if n == 0 || n > 1000 {
                return Err(TransitionError::ReasonRequired);
            }
            matches!(from, Sent | Acknowledged)
                .then_some(Declined)
                .ok_or(not_from("declined"))
        }
        Transition::Decide { outcome, until } => {
            receiver_only("record an outcome of")?;
            match (outcome.has_end_date(), until) {
                (true, None) => return Err(TransitionError::EndDateRequired),
                (true, Some(d)) if !is_date(d) => return Err(TransitionError::BadDate),
                (false, Some(_)) => {
                    return Err(TransitionError::NoEndDate("a reflection period"));
                }
                _ => {}
            }
            // Several outcomes may follow one another (presumed, then confirmed).
            matches!(from, Accepted | Decided)
                .then_some(Decided)
                .ok_or(not_from("given an outcome"))
        }
        Transition::Close => matches!(from, Decided | Declined)
            .then_some(Closed)
            .ok_or(not_from("closed")),
    }
}

/// The steps `side` may take on a referral in state `from`, as `Transition::kind`s, in the
/// order a form offers them: those `next` accepts given valid details (a reason, a date).
pub fn allowed_steps(from: ReferralState, side: Side) -> Vec<&'static str> {
    use ReferralState::*;
    let receiver = side == Side::Receiver;
    let mut out = Vec::new();
    if receiver && from == Sent {
        out.push("acknowledge");
    }
    if receiver && from == Acknowledged {
        out.push("accept");
    }
    if receiver && matches!(from, Sent | Acknowledged) {
        out.push("decline");
    }
    if receiver && matches!(from, Accepted | Decided) {
        out.push("decide");
    }
    if matches!(from, Decided | Declined) {
        out.push("close");
    }
    out
}

/// `YYYY-MM-DD` with a plausible month and day (the calendar check is the store's format).
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    matches!((num(0..4), num(5..7), num(8..10)), (Some(y), Some(m), Some(d)) if (1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralState::*;

    #[test]
    fn the_steps_offered_are_exactly_the_steps_next_accepts() {
        let probes = [
            Transition::Acknowledge,
            Transition::Accept,
            Transition::Decline {
                reason: "outside our mandate".into(),
            },
            Transition::Decide {
                outcome: Outcome::AssistanceStarted,
                until: None,
            },
            Transition::Close,
        ];
        for state in ReferralState::all() {
            for side in [Side::Sender, Side::Receiver] {
                let accepted: Vec<&str> = probes
                    .iter()
                    .filter(|t| next(state, t, side).is_ok())
                    .map(Transition::kind)
                    .collect();
                assert_eq!(
                    allowed_steps(state, side),
                    accepted,
                    "{state:?} as {side:?}"
                );
            }
        }
    }

    #[test]
    fn the_receiver_walks_a_referral_to_its_outcome_and_either_side_closes_it() {
        let r = Side::Receiver;
        let s = next(Sent, &Transition::Acknowledge, r).expect("ack");
        let s = next(s, &Transition::Accept, r).expect("accept");
        let s = next(
            s,
            &Transition::Decide {
                outcome: Outcome::ReflectionPeriodGranted,
                until: Some("2027-01-31".into()),
            },
            r,
        )
        .expect("decide");
        let s2 = next(
            s,
            &Transition::Decide {
                outcome: Outcome::ConfirmedVictim,
                until: None,
            },
            r,
        )
        .expect("again");
        assert_eq!(next(s2, &Transition::Close, Side::Sender), Ok(Closed));
    }

    #[test]
    fn invalid_steps_are_refused_with_a_reason() {
        assert_eq!(
            next(Sent, &Transition::Accept, Side::Receiver),
            Err(TransitionError::NotFrom {
                from: Sent,
                verb: "accepted"
            })
        );
        assert_eq!(
            next(Sent, &Transition::Acknowledge, Side::Sender),
            Err(TransitionError::ReceiverOnly("acknowledge"))
        );
        assert_eq!(
            next(
                Acknowledged,
                &Transition::Decline {
                    reason: "  ".into()
                },
                Side::Receiver
            ),
            Err(TransitionError::ReasonRequired)
        );
        assert_eq!(
            next(
                Accepted,
                &Transition::Decide {
                    outcome: Outcome::ReflectionPeriodGranted,
                    until: None
                },
                Side::Receiver
            ),
            Err(TransitionError::EndDateRequired)
        );
        assert!(next(Closed, &Transition::Close, Side::Sender).is_err());
        assert!(next(Sent, &Transition::Close, Side::Sender).is_err());
    }

    #[test]
    fn from_every_state_every_step_either_moves_forward_or_is_refused() {
        // Property over the whole (small) space: no step goes back to `sent`, and `closed`
        // is final.
        let steps = [
            Transition::Acknowledge,
            Transition::Accept,
            Transition::Decline {
                reason: "no capacity".into(),
            },
            Transition::Decide {
                outcome: Outcome::AssistanceStarted,
                until: None,
            },
            Transition::Close,
        ];
        for from in ReferralState::all() {
            for t in &steps {
                for side in [Side::Sender, Side::Receiver] {
                    if let Ok(to) = next(from, t, side) {
                        assert_ne!(to, Sent);
                        assert_ne!(from, Closed, "{t:?} from closed");
                    }
                }
            }
        }
    }
}
