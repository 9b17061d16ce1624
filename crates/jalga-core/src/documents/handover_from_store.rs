//! The handover act's content from the store (`domain::Handover`) as the
//! document prints it. The act is named by its own id, or by its lease's
//! (then the move-in act, or the return act when only that is recorded).
//! A lease without a recorded act is refused naming the missing field: the
//! act is never printed from invented content.

use super::data::{self, Handover, InventoryItem, KeySet, MeterReading};
use crate::domain::{self, HandoverDirection, Lease, MeterKind};
use crate::i18n::Message;
use crate::{CoreError, Store};

/// The act `id` names (a handover's id, or a lease's), if it names one.
pub fn recorded(store: &Store, id: &str) -> Result<Option<domain::Handover>, CoreError> {
    if let Some(h) = store.get::<domain::Handover>(id)? {
        return Ok(Some(h));
    }
    let mut acts = store.list_where::<domain::Handover>("lease_id", id)?;
    acts.sort_by_key(|h| h.direction != HandoverDirection::MoveIn);
    Ok(acts.into_iter().next())
}

/// The act `id` names, or a refusal naming `handover` when the lease has
/// none recorded.
pub fn required(store: &Store, lease: &Lease, id: &str) -> Result<Handover, CoreError> {
    let h = recorded(store, id)?
        .filter(|h| h.lease_id == lease.id)
        .ok_or_else(|| CoreError::Invalid {
            field: "handover".into(),
            message: Message::new("doc-no-handover").arg("id", lease.id.as_str()),
        })?;
    Ok(printed(&h))
}

/// The stored act in the document's words.
pub fn printed(h: &domain::Handover) -> Handover {
    Handover {
        direction: match h.direction {
            HandoverDirection::MoveIn => data::HandoverDirection::MoveIn,
            HandoverDirection::Return => data::HandoverDirection::Return,
        },
        date: h.handed_on,
        inventory: h
            .inventory
            .iter()
            .map(|x| InventoryItem {
                room: x.room.clone(),
                item: x.item.clone(),
                quantity: x.quantity,
                condition: x.condition.clone(),
            })
            .collect(),
        meters: h
            .meters
            .iter()
            .map(|m| MeterReading {
                kind: match m.kind {
                    MeterKind::Electricity => data::MeterKind::Electricity,
                    MeterKind::ColdWater => data::MeterKind::ColdWater,
                    MeterKind::HotWater => data::MeterKind::HotWater,
                    MeterKind::Gas => data::MeterKind::Gas,
                    MeterKind::Heat => data::MeterKind::Heat,
                },
                serial: m.serial.clone(),
                reading: m.reading.clone(),
            })
            .collect(),
        keys: h
            .keys
            .iter()
            .map(|k| KeySet {
                what: k.what.clone(),
                count: k.count,
            })
            .collect(),
        remarks: h.remarks.clone(),
    }
}
