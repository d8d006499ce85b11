//! The platform under every capability: who is asking (`identity`) and what they may do
//! (`access`). Decisions are pure functions of the caller's identity and the object, so
//! the web, the CLI and later capabilities (referral, survey) cannot decide differently.

pub mod access;
pub mod identity;

pub use access::{
    Action, CaseAccess, CaseView, Denied, InspectionAccess, InspectionView, case_view,
    inspection_view, may_close_inspection, may_see_inspections, require,
};
pub use identity::{AuthMethod, Identity, Principal, Role, UserId};
