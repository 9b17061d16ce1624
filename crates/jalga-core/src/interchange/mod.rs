//! Moving data in and out: the versioned JSON bundle and the registrations
//! CSV, both documented in `docs/interchange.md`.
//!
//! Import checks every record first (shape, validation, references) and
//! reports every bad one with its path or line; if anything is bad it
//! writes nothing. Records are matched by id, so importing the same file
//! twice changes nothing the second time.

mod csv_rows;
pub use jalga_domain::formula;
pub mod mapping;
pub mod office;
pub mod sniff;
mod versions;
mod watch;
mod workbook;
pub mod xlsx_export;

use std::collections::HashSet;
use std::io::{Read, Write};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use validator::Validate;

use crate::domain::{
    validate_record, ForeignerNotice, Handover, Lease, Occupant, Owner, Person, Property,
    Registration, Violation,
};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::limits;
use crate::store::{self, Entity, Store};
use versions::{check_handover_references, refuse_added, ADDED_IN_V3, LISTS_ADDED_IN_V3};

pub use csv_rows::{export_csv, import_csv, import_csv_watched, CSV_COLUMNS, MAX_PROBLEMS};
pub use watch::{ImportPhase, ImportProgress, Watch};

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

/// The fields version 2 added, by list: a version-1 file that has them is
/// refused like any unknown field.
const ADDED_IN_V2: &[(&str, &[&str])] = &[
    (
        "persons",
        &[
            "address",
            "phone",
            "visa_type",
            "visa_valid_from",
            "visa_valid_to",
            "entry_point",
        ],
    ),
    (
        "leases",
        &[
            "signed_on",
            "payment_method",
            "bank_iban",
            "bank_name",
            "bank_bic",
            "poa_number",
            "poa_date",
            "poa_notary",
        ],
    ),
    (
        "registrations",
        &["reason", "signing_method", "signing_phone"],
    ),
];

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

/// The file formats of import and export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ImportSummary {
    /// Records read from the file (rows for CSV).
    pub records: u64,
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

/// Writes the store in `format`.
pub fn export(store: &Store, format: Format, out: &mut dyn Write) -> Result<(), CoreError> {
    let io = |e: std::io::Error| CoreError::io(store.path(), e);
    match format {
        Format::Json => {
            let b = bundle(store)?;
            serde_json::to_writer_pretty(&mut *out, &b)
                .map_err(|e| io(std::io::Error::other(e)))?;
            out.write_all(b"\n").map_err(io)?;
            out.flush().map_err(io)
        }
        Format::Csv => export_csv(store, out),
    }
}

/// Imports a file in `format` (plain or gzip-compressed); on any bad
/// record, writes nothing and returns [`CoreError::ImportRejected`] with
/// every problem. At most [`limits::MAX_IMPORT_BYTES`] are read, after
/// decompression, so a gzip bomb is refused.
pub fn import(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
) -> Result<ImportSummary, CoreError> {
    import_from(
        store,
        format,
        input,
        std::path::Path::new(source_name(format)),
    )
}

/// [`import`], with errors about the input naming `source`.
pub fn import_from(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    source: &std::path::Path,
) -> Result<ImportSummary, CoreError> {
    import_watched_from(store, format, input, source, &mut Watch::unwatched())
}

/// [`import`], reporting progress to `watch` and stopping when it is
/// cancelled ([`CoreError::Cancelled`]); a stopped import writes nothing.
pub fn import_watched(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let source = std::path::Path::new(source_name(format));
    import_watched_from(store, format, input, source, watch)
}

/// What errors call an input that came with no file name.
fn source_name(format: Format) -> &'static str {
    match format {
        Format::Json => "bundle",
        Format::Csv => "csv",
    }
}

/// The one import path: unpack gzip if it is gzip, cap the size after
/// unpacking, report progress, stop on a cancel.
pub fn import_watched_from(
    store: &mut Store,
    format: Format,
    input: &mut dyn Read,
    source: &std::path::Path,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    let max = limits::MAX_IMPORT_BYTES;
    let mut plain = limits::decoded(input, max).map_err(|e| CoreError::io(source, e))?;
    let result = match format {
        Format::Json => {
            let bytes = read_watched(&mut plain, source, max, watch)?;
            watch.report(ImportPhase::Checking, bytes.len() as u64, 0);
            let b = check_bundle(store, &bytes).map_err(CoreError::ImportRejected)?;
            watch.check()?;
            write_bundle_watched(store, &b, bytes.len() as u64, watch)
        }
        Format::Csv => import_csv_watched(store, &mut plain, watch),
    };
    match result {
        Err(CoreError::Inflated { max, .. }) => Err(CoreError::Inflated {
            path: source.display().to_string(),
            max,
        }),
        other => other,
    }
}

/// The whole input, read in chunks so that progress shows and a cancel is
/// seen while a large file loads.
fn read_watched(
    input: &mut dyn Read,
    source: &std::path::Path,
    max: u64,
    watch: &mut Watch<'_>,
) -> Result<Vec<u8>, CoreError> {
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 20];
    loop {
        watch.check()?;
        let n = match input.read(&mut chunk) {
            Ok(0) => return Ok(bytes),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(limits::from_read(source, e, max)),
        };
        bytes.extend_from_slice(&chunk[..n]);
        watch.report(ImportPhase::Reading, bytes.len() as u64, 0);
    }
}

/// Parses and checks a bundle without touching the store (except to look
/// up references).
pub fn check_bundle(store: &Store, bytes: &[u8]) -> Result<Bundle, Vec<Violation>> {
    if limits::json_depth(bytes) > limits::MAX_JSON_DEPTH {
        return Err(vec![Violation::new(
            "$",
            "json-too-deep",
            Message::new("hostile-too-deep").arg("max", limits::MAX_JSON_DEPTH as u32),
        )]);
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![Violation::new(
            format!("line {}", e.line()),
            "json",
            Message::new("v-json")
                .arg("line", e.line() as u32)
                .arg("column", e.column() as u32)
                .arg("detail", e.to_string()),
        )]
    })?;
    let Value::Object(mut top) = value else {
        return Err(vec![Violation::new(
            "$",
            "bundle-shape",
            Message::new("v-bundle-shape"),
        )]);
    };
    let mut bad = Vec::new();
    match top.remove("format") {
        Some(Value::String(f)) if f == BUNDLE_FORMAT => {}
        _ => bad.push(Violation::new(
            "format",
            "bundle-format",
            Message::new("v-bundle-format").arg("expected", BUNDLE_FORMAT),
        )),
    }
    match top.remove("version") {
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION)) => {}
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION_2)) => {
            refuse_added(&mut top, ADDED_IN_V3, LISTS_ADDED_IN_V3, &mut bad)
        }
        Some(Value::Number(n)) if n.as_u64() == Some(u64::from(BUNDLE_VERSION_1)) => {
            refuse_added(&mut top, ADDED_IN_V3, LISTS_ADDED_IN_V3, &mut bad);
            upgrade_v1(&mut top, &mut bad)
        }
        other => {
            return Err(vec![Violation::new(
                "version",
                "bundle-version",
                Message::new("v-bundle-version")
                    .arg("found", other.map(|v| v.to_string()).unwrap_or_default())
                    .arg("supported", format!("{BUNDLE_VERSION_1}–{BUNDLE_VERSION}")),
            )])
        }
    }
    let mut b = Bundle::default();
    let mut at = Origins::default();
    (b.properties, _) = section(&mut top, "properties", &mut bad);
    (b.owners, at.owners) = section(&mut top, "owners", &mut bad);
    (b.persons, _) = section(&mut top, "persons", &mut bad);
    (b.leases, at.leases) = section(&mut top, "leases", &mut bad);
    (b.occupants, at.occupants) = section(&mut top, "occupants", &mut bad);
    (b.registrations, at.registrations) = section(&mut top, "registrations", &mut bad);
    (b.foreigner_notices, at.notices) = section(&mut top, "foreigner_notices", &mut bad);
    (b.handovers, at.handovers) = section(&mut top, "handovers", &mut bad);
    for key in top.keys() {
        bad.push(Violation::new(
            key.as_str(),
            "unknown-field",
            Message::new("v-unknown-field").arg("field", key.as_str()),
        ));
    }
    check_references(store, &b, &at, &mut bad);
    check_handover_references(store, &b, &at, &mut bad);
    if bad.is_empty() {
        Ok(b)
    } else {
        Err(bad)
    }
}

/// Reads a version-1 bundle as version 2: the fields version 2 added are
/// unknown to it, and a purpose of stay written as free text becomes its
/// category ([`crate::domain::StayPurpose::from_legacy`], the same words
/// the schema migration maps).
fn upgrade_v1(top: &mut serde_json::Map<String, Value>, bad: &mut Vec<Violation>) {
    refuse_added(top, ADDED_IN_V2, &[], bad);
    if let Some(Value::Array(persons)) = top.get_mut("persons") {
        for person in persons.iter_mut() {
            if let Some(purpose) = person.get_mut("purpose_of_stay") {
                if let Value::String(text) = purpose {
                    let category = crate::domain::StayPurpose::from_legacy(text);
                    *purpose = Value::String(crate::domain::Code::code(category).to_owned());
                }
            }
        }
    }
}

/// Where each good record stood in the file, for the paths of reference
/// problems.
#[derive(Default)]
pub(crate) struct Origins {
    owners: Vec<usize>,
    leases: Vec<usize>,
    occupants: Vec<usize>,
    registrations: Vec<usize>,
    notices: Vec<usize>,
    handovers: Vec<usize>,
}

/// One list of the bundle: each item parsed and validated on its own, so
/// that one bad item does not hide the next. Returns the good records and
/// their positions in the file.
fn section<T: DeserializeOwned + Validate + Entity>(
    top: &mut serde_json::Map<String, Value>,
    name: &str,
    bad: &mut Vec<Violation>,
) -> (Vec<T>, Vec<usize>) {
    let items = match top.remove(name) {
        None => return (vec![], vec![]),
        Some(Value::Array(items)) => items,
        Some(_) => {
            bad.push(Violation::new(
                name,
                "bundle-shape",
                Message::new("v-bundle-shape"),
            ));
            return (vec![], vec![]);
        }
    };
    let mut out = Vec::with_capacity(items.len());
    let mut positions = Vec::with_capacity(items.len());
    let mut keys = HashSet::new();
    for (i, item) in items.into_iter().enumerate() {
        let path = format!("{name}[{i}]");
        match serde_path_to_error::deserialize::<_, T>(item) {
            Err(e) => {
                let field = e.path().to_string();
                bad.push(Violation::new(
                    if field == "." {
                        path
                    } else {
                        format!("{path}.{field}")
                    },
                    "format",
                    Message::new("v-format").arg("detail", e.into_inner().to_string()),
                ));
            }
            Ok(rec) => {
                let problems = validate_record(&path, &rec);
                if problems.is_empty() && !keys.insert(rec.key()) {
                    bad.push(Violation::new(
                        path,
                        "duplicate",
                        Message::new("v-duplicate").arg("id", rec.key()),
                    ));
                } else if problems.is_empty() {
                    out.push(rec);
                    positions.push(i);
                } else {
                    bad.extend(problems);
                }
            }
        }
    }
    (out, positions)
}

/// Every id a record refers to must be in the bundle or in the store.
fn check_references(store: &Store, b: &Bundle, at: &Origins, bad: &mut Vec<Violation>) {
    let props: HashSet<&str> = b.properties.iter().map(|p| p.id.as_str()).collect();
    let persons: HashSet<&str> = b.persons.iter().map(|p| p.id.as_str()).collect();
    let leases: HashSet<&str> = b.leases.iter().map(|p| p.id.as_str()).collect();
    let mut check = |path: String, kind: &str, id: &str, known: &HashSet<&str>, found: bool| {
        if !known.contains(id) && !found {
            bad.push(Violation::new(
                path,
                "unknown-ref",
                Message::new("v-unknown-ref")
                    .arg("kind", kind)
                    .arg("id", id),
            ));
        }
    };
    let in_db_prop = |id: &str| store.exists::<Property>(id).unwrap_or(false);
    let in_db_person = |id: &str| store.exists::<Person>(id).unwrap_or(false);
    let in_db_lease = |id: &str| store.exists::<Lease>(id).unwrap_or(false);
    for (i, o) in b.owners.iter().enumerate() {
        let i = at.owners[i];
        let p = &o.property_id;
        check(
            format!("owners[{i}].property_id"),
            "property",
            p,
            &props,
            in_db_prop(p),
        );
    }
    for (i, l) in b.leases.iter().enumerate() {
        let i = at.leases[i];
        let (p, ll, t) = (&l.property_id, &l.landlord_id, &l.tenant_id);
        check(
            format!("leases[{i}].property_id"),
            "property",
            p,
            &props,
            in_db_prop(p),
        );
        check(
            format!("leases[{i}].landlord_id"),
            "person",
            ll,
            &persons,
            in_db_person(ll),
        );
        check(
            format!("leases[{i}].tenant_id"),
            "person",
            t,
            &persons,
            in_db_person(t),
        );
    }
    for (i, o) in b.occupants.iter().enumerate() {
        let i = at.occupants[i];
        check(
            format!("occupants[{i}].lease_id"),
            "lease",
            &o.lease_id,
            &leases,
            in_db_lease(&o.lease_id),
        );
        check(
            format!("occupants[{i}].person_id"),
            "person",
            &o.person_id,
            &persons,
            in_db_person(&o.person_id),
        );
    }
    for (i, r) in b.registrations.iter().enumerate() {
        let i = at.registrations[i];
        check(
            format!("registrations[{i}].person_id"),
            "person",
            &r.person_id,
            &persons,
            in_db_person(&r.person_id),
        );
        check(
            format!("registrations[{i}].property_id"),
            "property",
            &r.property_id,
            &props,
            in_db_prop(&r.property_id),
        );
        if let Some(l) = &r.lease_id {
            check(
                format!("registrations[{i}].lease_id"),
                "lease",
                l,
                &leases,
                in_db_lease(l),
            );
        }
    }
    for (i, n) in b.foreigner_notices.iter().enumerate() {
        let i = at.notices[i];
        check(
            format!("foreigner_notices[{i}].person_id"),
            "person",
            &n.person_id,
            &persons,
            in_db_person(&n.person_id),
        );
        check(
            format!("foreigner_notices[{i}].property_id"),
            "property",
            &n.property_id,
            &props,
            in_db_prop(&n.property_id),
        );
        check(
            format!("foreigner_notices[{i}].host_id"),
            "person",
            &n.host_id,
            &persons,
            in_db_person(&n.host_id),
        );
    }
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
fn write_bundle_watched(
    store: &mut Store,
    b: &Bundle,
    bytes: u64,
    watch: &mut Watch<'_>,
) -> Result<ImportSummary, CoreError> {
    // Each kind's records are logged as one row when the unit commits.
    let mut unit = store.write("import")?;
    let mut written = 0u64;
    let mut put = |items: &mut dyn Iterator<Item = &dyn Put>| -> Result<(), CoreError> {
        for r in items {
            r.put(&mut unit)?;
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
    // The last look: after the commit a cancel is too late to undo anything.
    watch.check()?;
    unit.commit()?;
    watch.report(ImportPhase::Done, bytes, written);
    Ok(ImportSummary { records: written })
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
