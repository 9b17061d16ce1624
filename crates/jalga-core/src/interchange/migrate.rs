//! Moving a whole store into another: a clerk's local file lifted into the
//! office server (`jalga migrate --from FILE --to postgres://…`).
//!
//! What moves is what the JSON bundle carries (dwellings, owners, people,
//! leases, occupants, registrations, foreigners' notices, handover acts),
//! read from the source, checked against the target with the bundle
//! import's own checks and written in one unit of the target: all of it or,
//! on any bad record or failure, nothing. The target's change log gets the
//! unit's rows (one per kind, action `migrate`) and one row naming the
//! source file and the head of the source's own change log, so the server's
//! history says where its records came from. The source is only read.
//!
//! A target that already holds records is refused ([`Mode::Empty`]) unless
//! the migration is told to merge ([`Mode::Merge`]): then the import's key
//! rule applies (a record whose id is already there is replaced by the
//! source's), so migrating the same file twice changes nothing the second
//! time but the log.

use crate::domain::{
    ForeignerNotice, Handover, Lease, Occupant, Owner, Person, Property, Registration,
};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::change_log::{self, NewEntry};
use crate::store::Store;

use super::bundle::{bundle, put_bundle};
use super::{check_bundle, ImportSummary, Watch};

/// What a migration does with a target that already holds records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Refuse it, writing nothing.
    Empty,
    /// Write into it with the import's key rule.
    Merge,
}

/// The log action of a migration's rows.
pub const ACTION: &str = "migrate";

/// How many records of the bundle's kinds `store` holds.
pub fn records_in(store: &Store) -> Result<u64, CoreError> {
    Ok(store.count::<Property>()?
        + store.count::<Owner>()?
        + store.count::<Person>()?
        + store.count::<Lease>()?
        + store.count::<Occupant>()?
        + store.count::<Registration>()?
        + store.count::<ForeignerNotice>()?
        + store.count::<Handover>()?)
}

/// Lifts every record of `source` into `target` in one unit; see the
/// module documentation. `source_name` is how the log names the source
/// (its file name, not its folder).
pub fn migrate(
    source: &Store,
    target: &mut Store,
    source_name: &str,
    mode: Mode,
) -> Result<ImportSummary, CoreError> {
    if mode == Mode::Empty {
        let there = records_in(target)?;
        if there > 0 {
            return Err(CoreError::Invalid {
                field: "to".into(),
                message: Message::new("migrate-target-not-empty")
                    .arg("target", target.path().display().to_string())
                    .arg("records", there as f64),
            });
        }
    }
    // The source as a bundle's bytes, checked as an import checks a file:
    // a record the source holds but the target's rules refuse stops it all.
    let whole = bundle(source)?;
    let bytes = serde_json::to_vec(&whole).map_err(|e| CoreError::Io {
        path: source.path().display().to_string(),
        source: std::io::Error::other(e),
    })?;
    drop(whole);
    let checked = check_bundle(target, &bytes).map_err(CoreError::ImportRejected)?;
    drop(bytes);
    let head = change_log::list(source, 1)?
        .into_iter()
        .next()
        .map_or_else(|| "-".to_owned(), |e| format!("{} {}", e.seq, e.hash));
    let mut unit = target.write(ACTION)?;
    let records = put_bundle(&mut unit, &checked, 0, &mut Watch::unwatched())?;
    unit.log(NewEntry {
        action: ACTION,
        entity: "store",
        entity_id: "",
        summary: format!("{records} records from {source_name}, its log head {head}"),
    })?;
    unit.commit()?;
    Ok(ImportSummary { records })
}
