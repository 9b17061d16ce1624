//! How a record is named when the landlord is told it was archived or
//! deleted (and offered the undo): a dwelling by its address line
//! ([`crate::domain::on_day::address_label`]), a person by surname and
//! given name, a lease by its dwelling and tenant.

use crate::domain::{Lease, Person, Property};
use crate::error::CoreError;
use crate::store::Store;

use super::archive::RecordKind;

fn not_found(kind: &str, id: &str) -> CoreError {
    CoreError::NotFound {
        kind: kind.to_owned(),
        id: id.to_owned(),
    }
}

fn person_label(p: &Person) -> String {
    format!("{} {}", p.surname, p.given_name)
}

/// The name of record `id` of `kind`, as stored.
pub fn record_label(store: &Store, kind: RecordKind, id: &str) -> Result<String, CoreError> {
    match kind {
        RecordKind::Dwelling => store
            .get::<Property>(id)?
            .map(|p| p.label())
            .ok_or_else(|| not_found("dwelling", id)),
        RecordKind::Person => store
            .get::<Person>(id)?
            .map(|p| person_label(&p))
            .ok_or_else(|| not_found("person", id)),
        RecordKind::Lease => {
            let lease = store
                .get::<Lease>(id)?
                .ok_or_else(|| not_found("lease", id))?;
            let address = store
                .get::<Property>(&lease.property_id)?
                .map_or_else(|| lease.property_id.clone(), |p| p.label());
            let tenant = store
                .get::<Person>(&lease.tenant_id)?
                .map_or_else(|| lease.tenant_id.clone(), |p| person_label(&p));
            Ok(format!("{address} — {tenant}"))
        }
    }
}
