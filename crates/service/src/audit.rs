//! The audit log as a capability: administrators read it; the operator verifies it.
//! Rows are written by the other services, in the transactions of the changes they record.

use opennrm_domain::platform::require;
pub use opennrm_store::{AuditFilter, AuditRecord, AuditVerification, Problem, ProblemKind};

use crate::{Action, Identity, ServiceError, Services};

impl Services {
    pub async fn audit_events(
        &self,
        who: &Identity,
        filter: &AuditFilter,
    ) -> Result<Vec<AuditRecord>, ServiceError> {
        require(who, &Action::ReadAudit)?;
        Ok(self.store().audit_list(filter).await?)
    }

    /// Walks the whole chain and names every row that was altered, removed or reordered.
    pub async fn verify_audit(&self, who: &Identity) -> Result<AuditVerification, ServiceError> {
        require(who, &Action::ReadAudit)?;
        Ok(self.store().audit_verify(&self.0.audit_key).await?)
    }
}
