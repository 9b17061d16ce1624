//! A stored lease opened in the wizard: the draft the wizard edits, made
//! back from the lease, its occupants and the registrations saved with it,
//! so that "finish the lease" goes on where the landlord stopped.

use serde::Serialize;
use ts_rs::TS;

use crate::domain::{Lease, Occupant, Owner, Person, Property, Registration, Relation};
use crate::error::CoreError;
use crate::store::Store;

use super::lease::{DraftOccupant, DraftRegistrant, LeaseDraft};

/// What the wizard needs to show a stored lease.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct OpenedLease {
    pub draft: LeaseDraft,
    /// The dwelling's address line, as the wizard shows the chosen one.
    pub dwelling_label: String,
}

fn text<T: ToString>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The wizard's draft of lease `lease`: every field as the wizard types
/// it (days as `YYYY-MM-DD`), the landlord as the dwelling's owner when
/// they are one, the occupants but the tenant, and each registrant's
/// reason and signing from the registrations saved with the lease.
pub fn draft_of(
    lease: &Lease,
    occupants: &[Occupant],
    registrations: &[Registration],
    owners: &[Owner],
    landlord: Option<&Person>,
) -> LeaseDraft {
    let owner = landlord
        .and_then(|p| p.iin.as_deref())
        .and_then(|iin| owners.iter().find(|o| o.iin_bin == iin));
    LeaseDraft {
        lease_id: Some(lease.id.clone()),
        property_id: Some(lease.property_id.clone()),
        landlord_owner_id: owner.map(|o| o.id.clone()),
        landlord_id: owner.is_none().then(|| lease.landlord_id.clone()),
        tenant_id: Some(lease.tenant_id.clone()),
        occupants: occupants
            .iter()
            .filter(|o| o.person_id != lease.tenant_id && o.relation != Relation::Tenant)
            .map(|o| DraftOccupant {
                person_id: o.person_id.clone(),
                relation: o.relation,
            })
            .collect(),
        start_date: lease.start_date.to_string(),
        end_date: text(lease.end_date),
        rent: lease.rent.to_string(),
        deposit: lease.deposit.to_string(),
        payment_day: lease.payment_day.to_string(),
        utilities: lease.utilities.clone(),
        language: Some(lease.language),
        preset: None,
        signed_on: text(lease.signed_on),
        payment_method: lease.payment_method,
        bank_iban: lease.bank_iban.clone().unwrap_or_default(),
        bank_name: lease.bank_name.clone().unwrap_or_default(),
        bank_bic: lease.bank_bic.clone().unwrap_or_default(),
        poa_number: lease.poa_number.clone().unwrap_or_default(),
        poa_date: text(lease.poa_date),
        poa_notary: lease.poa_notary.clone().unwrap_or_default(),
        prevailing_language: lease.prevailing_language,
        registrants: registrations
            .iter()
            .filter(|r| r.lease_id.as_deref() == Some(lease.id.as_str()))
            .map(|r| DraftRegistrant {
                person_id: r.person_id.clone(),
                reason: r.reason,
                signing_method: r.signing_method,
                signing_phone: r.signing_phone.clone().unwrap_or_default(),
            })
            .collect(),
    }
}

/// Lease `id` from the store, as the wizard opens it.
pub fn open_lease(store: &Store, id: &str) -> Result<OpenedLease, CoreError> {
    let lease = store.get::<Lease>(id)?.ok_or_else(|| CoreError::NotFound {
        kind: "lease".into(),
        id: id.into(),
    })?;
    let occupants = store.list_where::<Occupant>("lease_id", id)?;
    let registrations = store.list_where::<Registration>("lease_id", id)?;
    let owners = store.list_where::<Owner>("property_id", &lease.property_id)?;
    let landlord = store.get::<Person>(&lease.landlord_id)?;
    let dwelling_label = store
        .get::<Property>(&lease.property_id)?
        .map(|p| p.label())
        .unwrap_or_default();
    Ok(OpenedLease {
        draft: draft_of(
            &lease,
            &occupants,
            &registrations,
            &owners,
            landlord.as_ref(),
        ),
        dwelling_label,
    })
}
