//! The JSON bundle: its shape and versions, reading the whole store into
//! one, and writing a checked one in one unit of work.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::watch::{self, ImportPhase, Watch};
use super::{check_bundle, ImportSummary};
use crate::domain::{
    ForeignerNotice, Handover, Lease, Occupant, Owner, Person, Property, Registration,
};
use crate::error::CoreError;
use crate::store::{self, Entity, Store};

/// The `format` field of every bundle.
pub const BUNDLE_FORMAT: &str = "jalga-bundle";
/// The bundle schema version this build writes. It also reads
/// [`BUNDLE_VERSION_2`] and [`BUNDLE_VERSION_1`].
pub const BUNDLE_VERSION: u32 = 3;
/// The second bundle version: without the handover acts and a lease's
/// prevailing language.
pub const BUNDLE_VERSION_2: u32 = 2;
/// The first bundle version: without what version 2 added for the
/// documents, and with the purpose of stay as free text.
pub const BUNDLE_VERSION_1: u32 = 1;

/// Everything in a store, as one JSON document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Bundle {
    pub format: String,
    pub version: u32,
    pub properties: Vec<Property>,
    pub owners: Vec<Owner>,
    pub persons: Vec<Person>,
    pub leases: Vec<Lease>,
    pub occupants: Vec<Occupant>,
    pub registrations: Vec<Registration>,
    pub foreigner_notices: Vec<ForeignerNotice>,
    /// The handover acts (version 3 on; absent in older files).
    #[serde(default)]
    pub handovers: Vec<Handover>,
}

impl Default for Bundle {
    fn default() -> Self {
        Bundle {
            format: BUNDLE_FORMAT.to_owned(),
            version: BUNDLE_VERSION,
            properties: vec![],
            owners: vec![],
            persons: vec![],
            leases: vec![],
            occupants: vec![],
            registrations: vec![],
            foreigner_notices: vec![],
            handovers: vec![],
        }
    }
}

/// Reads the whole store into a bundle, every list ordered by key.
pub fn bundle(store: &Store) -> Result<Bundle, CoreError> {
    Ok(Bundle {
        properties: store.list()?,
        owners: store.list()?,
        persons: store.list()?,
        leases: store.list()?,
        occupants: store.list()?,
        registrations: store.list()?,
        foreigner_notices: store.list()?,
        handovers: store.list()?,
        ..Bundle::default()
    })
}

/// Imports a JSON bundle.
pub fn import_json(store: &mut Store, bytes: &[u8]) -> Result<ImportSummary, CoreError> {
    let b = check_bundle(store, bytes).map_err(CoreError::ImportRejected)?;
    write_bundle(store, &b)
}

/// Writes a checked bundle in one transaction.
pub fn write_bundle(store: &mut Store, b: &Bundle) -> Result<ImportSummary, CoreError> {
    write_bundle_watched(store, b, 0, &mut Watch::unwatched())
}

/// Writes a checked bundle in one transaction, reporting every few
/// thousand records; a cancel drops the transaction, which rolls it back.
pub(super) fn write_bundle_watched(
    store: &mut Store,
    b: &Bundle,
    bytes: u64,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    // Each kind's records are logged as one row when the unit commits.
    let mut unit = store.write("import")?;
    let written = put_bundle(&mut unit, b, bytes, watch)?;
    // The last look: after the commit a cancel is too late to undo anything.
    watch.check()?;
    unit.commit()?;
    watch.report(ImportPhase::Done, bytes, written);
    Ok(ImportSummary { records: written })
}

/// Puts every record of a checked bundle into `unit`, kind by kind in the
/// order references need, reporting every few thousand records; returns
/// how many were put.
pub(super) fn put_bundle(
    unit: &mut store::Unit<'_>,
    b: &Bundle,
    bytes: u64,
    watch: &mut Watch<'_>,
) -> Result<u64, CoreError> {
    let mut written = 0u64;
    let mut put = |items: &mut dyn Iterator<Item = &dyn Put>| -> Result<(), CoreError> {
        for r in items {
            r.put(unit)?;
            written += 1;
            if written.is_multiple_of(watch::EVERY) {
                watch.check()?;
                watch.report(ImportPhase::Writing, bytes, written);
            }
        }
        Ok(())
    };
    put(&mut b.properties.iter().map(|r| r as &dyn Put))?;
    put(&mut b.owners.iter().map(|r| r as &dyn Put))?;
    put(&mut b.persons.iter().map(|r| r as &dyn Put))?;
    put(&mut b.leases.iter().map(|r| r as &dyn Put))?;
    put(&mut b.occupants.iter().map(|r| r as &dyn Put))?;
    put(&mut b.registrations.iter().map(|r| r as &dyn Put))?;
    put(&mut b.foreigner_notices.iter().map(|r| r as &dyn Put))?;
    put(&mut b.handovers.iter().map(|r| r as &dyn Put))?;
    Ok(written)
}

/// Any entity, upserted; lets one loop write every list of a bundle.
trait Put {
    fn put(&self, unit: &mut store::Unit<'_>) -> Result<(), CoreError>;
}

impl<T: Entity + 'static> Put for T {
    fn put(&self, unit: &mut store::Unit<'_>) -> Result<(), CoreError> {
        unit.put(self)
    }
}
