//! The handover form: a lease's act at move-in or at return, checked as
//! typed and kept in the store (one act per lease and direction), from
//! which the handover act document prints it.

use crate::domain::{validate_record, Handover, HandoverDirection, Lease, Violation};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::Store;

/// Everything wrong with the act as typed, each at its field
/// (`inventory[2].quantity`, `meters[0].reading`), and a lease that does not
/// exist.
pub fn check_handover(store: &Store, h: &Handover) -> Result<Vec<Violation>, CoreError> {
    let mut out = validate_record("", h);
    if store.get::<Lease>(&h.lease_id)?.is_none() {
        out.push(Violation::new(
            "lease_id",
            "unknown-ref",
            Message::new("v-unknown-ref")
                .arg("kind", "lease")
                .arg("id", h.lease_id.as_str()),
        ));
    }
    Ok(out)
}

/// The lease's recorded acts, move-in first.
pub fn handovers(store: &Store, lease_id: &str) -> Result<Vec<Handover>, CoreError> {
    let mut acts = store.list_where::<Handover>("lease_id", lease_id)?;
    acts.sort_by_key(|h| h.direction != HandoverDirection::MoveIn);
    Ok(acts)
}

/// Saves the act in one logged transaction, replacing the lease's act of
/// the same direction (it keeps that act's id). Returns the act as stored.
pub fn save_handover(store: &mut Store, h: &Handover) -> Result<Handover, CoreError> {
    super::reject(check_handover(store, h)?)?;
    let mut act = h.clone();
    if let Some(same) = handovers(store, &h.lease_id)?
        .into_iter()
        .find(|x| x.direction == h.direction)
    {
        act.id = same.id;
    }
    let unit = store.write("save")?;
    unit.save(&act)?;
    unit.commit()?;
    Ok(act)
}
