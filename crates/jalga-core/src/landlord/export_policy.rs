//! Which documents may leave the store, and the names their files get: one
//! rule for the app's export and the CLI's `pdf --db`.
//!
//! A lease's documents are issued only when the lease is ready (the norm
//! allows it, or an override was recorded); a foreigner's notice follows
//! the lease the foreigner lives under.

use crate::documents::from_store::lease_of_foreigner;
use crate::documents::{DocKind, DocLang};
use crate::domain::{ForeignerNotice, Lease};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::Store;

use super::lease::{readiness, LeaseReadiness, LeaseState};

/// Whether a lease in this state may be exported.
pub fn permits(ready: &LeaseReadiness) -> bool {
    ready.state == LeaseState::Ready
}

/// The lease a document is about: `id` itself, or for a foreigner's
/// notice given by its own id, the lease its foreigner lives under, and for
/// a handover act given by its own id (the return act of a lease that has
/// both), the act's lease.
pub fn lease_of(store: &Store, id: &str, kind: DocKind) -> Result<String, CoreError> {
    if kind == DocKind::HandoverAct {
        if let Some(act) = crate::documents::handover_act(store, id)? {
            return Ok(act.lease_id);
        }
    }
    if kind == DocKind::ForeignerNotice && store.get::<Lease>(id)?.is_none() {
        if let Some(notice) = store.get::<ForeignerNotice>(id)? {
            return Ok(lease_of_foreigner(store, &notice)?.id);
        }
    }
    Ok(id.to_owned())
}

/// Refuses a document of a lease that is not ready, naming the lease.
pub fn check(store: &Store, id: &str, kind: DocKind) -> Result<(), CoreError> {
    let lease_id = lease_of(store, id, kind)?;
    if permits(&readiness(store, &lease_id)?) {
        return Ok(());
    }
    Err(CoreError::Invalid {
        field: "lease_id".into(),
        message: Message::new("landlord-export-not-ready").arg("id", lease_id),
    })
}

/// The file name a document gets: `<id>-<kind>-<lang>.pdf` (`kk-ru` for
/// both languages). Outside data may give the id: write it only through
/// `limits::file_in`.
pub fn file_name(id: &str, kind: DocKind, lang: DocLang) -> String {
    let lang = lang.code().replace('+', "-");
    format!("{id}-{}-{lang}.pdf", kind.code())
}
