//! Repositories: how each entity maps to its table. Every query is
//! parameterised; table and column names come from the constants below,
//! never from input.

use chrono::NaiveDate;
use rusqlite::types::{Type, Value};
use rusqlite::{params_from_iter, Connection, OptionalExtension, Row};

use crate::domain::{
    Code, ForeignerNotice, Lease, Occupant, Owner, Person, Property, Registration,
};

/// The kinds of record, as named on the command line and in the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Property,
    Owner,
    Person,
    Lease,
    Occupant,
    Registration,
    ForeignerNotice,
    Handover,
}

/// A record kept in its own table.
pub trait Entity: Sized + 'static {
    const KIND: EntityKind;
    const TABLE: &'static str;
    /// Columns in order; the key columns first.
    const COLUMNS: &'static [&'static str];
    /// How many leading columns form the primary key.
    const KEY_LEN: usize = 1;
    fn values(&self) -> Vec<Value>;
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
    /// The key as one string (`lease/person` for occupants).
    fn key(&self) -> String;
    /// Whether the table has a `search` column: the record's searchable
    /// text, case-folded in Rust (SQLite's own folding knows ASCII only),
    /// written with every save.
    const SEARCH: bool = false;
    fn search_text(&self) -> Option<String> {
        None
    }
}

/// Text as a search compares it: lower case in every script (`Астана` and
/// `астана`, `Әлия` and `әлия` are the same), spaces trimmed.
pub fn fold(text: &str) -> String {
    text.trim().to_lowercase()
}

/// The searchable text of a record, from its parts, folded.
fn search_of<'a>(parts: impl IntoIterator<Item = Option<&'a str>>) -> Option<String> {
    let joined: Vec<&str> = parts.into_iter().flatten().collect();
    Some(fold(&joined.join(" ")))
}

/// The columns a save writes: the record's own and its search text.
fn write_columns<T: Entity>() -> Vec<&'static str> {
    let mut cols = T::COLUMNS.to_vec();
    if T::SEARCH {
        cols.push("search");
    }
    cols
}

pub(crate) fn write_values<T: Entity>(r: &T) -> Vec<Value> {
    let mut values = r.values();
    if T::SEARCH {
        values.push(r.search_text().map_or(Value::Null, Value::Text));
    }
    values
}

/// Fills the search text of the records saved before the column existed
/// (an upgraded file, a file filled by older code); cheap when there are
/// none (a partial index finds them).
pub fn fill_search<T: Entity>(conn: &Connection) -> rusqlite::Result<u64> {
    if !T::SEARCH {
        return Ok(0);
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE search IS NULL",
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let missing: Vec<T> = {
        let mut stmt = conn.prepare(&sql)?;
        let rows = stmt.query_map([], T::from_row)?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let update = format!(
        "UPDATE {} SET search = ?2 WHERE {} = ?1",
        T::TABLE,
        T::COLUMNS[0]
    );
    let mut stmt = conn.prepare(&update)?;
    for r in &missing {
        stmt.execute(rusqlite::params![r.key(), r.search_text()])?;
    }
    Ok(missing.len() as u64)
}

/// The insert statement of `T`, built once per type and kind.
pub(crate) fn upsert_sql<T: Entity + 'static>(on_conflict_update: bool) -> &'static str {
    use std::any::TypeId;
    use std::collections::HashMap;
    use std::sync::{Mutex, OnceLock};
    static CACHE: OnceLock<Mutex<HashMap<(TypeId, bool), &'static str>>> = OnceLock::new();
    let mut cache = CACHE
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    cache
        .entry((TypeId::of::<T>(), on_conflict_update))
        .or_insert_with(|| Box::leak(build_upsert_sql::<T>(on_conflict_update).into_boxed_str()))
}

fn build_upsert_sql<T: Entity>(on_conflict_update: bool) -> String {
    let columns = write_columns::<T>();
    let cols = columns.join(", ");
    let marks = vec!["?"; columns.len()].join(", ");
    let key = T::COLUMNS[..T::KEY_LEN].join(", ");
    let action = if on_conflict_update && columns.len() > T::KEY_LEN {
        let set: Vec<String> = columns[T::KEY_LEN..]
            .iter()
            .map(|c| format!("{c} = excluded.{c}"))
            .collect();
        format!("DO UPDATE SET {}", set.join(", "))
    } else {
        "DO NOTHING".to_owned()
    };
    format!(
        "INSERT INTO {} ({cols}) VALUES ({marks}) ON CONFLICT ({key}) {action}",
        T::TABLE
    )
}

/// Inserts `r`, or updates the record with the same key.
pub fn upsert<T: Entity + 'static>(conn: &Connection, r: &T) -> rusqlite::Result<()> {
    conn.prepare_cached(upsert_sql::<T>(true))?
        .execute(params_from_iter(write_values(r)))?;
    Ok(())
}

/// Inserts `r` unless a record with the same key exists.
pub fn insert_if_absent<T: Entity + 'static>(conn: &Connection, r: &T) -> rusqlite::Result<()> {
    conn.prepare_cached(upsert_sql::<T>(false))?
        .execute(params_from_iter(write_values(r)))?;
    Ok(())
}

pub fn list<T: Entity>(conn: &Connection) -> rusqlite::Result<Vec<T>> {
    let key = T::COLUMNS[..T::KEY_LEN].join(", ");
    let sql = format!(
        "SELECT {} FROM {} ORDER BY {key}",
        T::COLUMNS.join(", "),
        T::TABLE
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], T::from_row)?;
    rows.collect()
}

/// One record by its first key column.
pub fn get<T: Entity>(conn: &Connection, id: &str) -> rusqlite::Result<Option<T>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE {} = ?1",
        T::COLUMNS.join(", "),
        T::TABLE,
        T::COLUMNS[0]
    );
    conn.prepare_cached(&sql)?
        .query_row([id], T::from_row)
        .optional()
}

/// Records whose `column` equals `value`, ordered by key. `column` must be
/// one of `T::COLUMNS` (it is code, never input); anything else is an error.
pub fn list_where<T: Entity>(
    conn: &Connection,
    column: &str,
    value: &str,
) -> rusqlite::Result<Vec<T>> {
    if !T::COLUMNS.contains(&column) {
        return Err(rusqlite::Error::InvalidColumnName(column.to_owned()));
    }
    let sql = format!(
        "SELECT {} FROM {} WHERE {column} = ?1 ORDER BY {}",
        T::COLUMNS.join(", "),
        T::TABLE,
        T::COLUMNS[..T::KEY_LEN].join(", ")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([value], T::from_row)?;
    rows.collect()
}

/// Whether a record with this id exists.
pub fn exists<T: Entity>(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM {} WHERE {} = ?1)",
        T::TABLE,
        T::COLUMNS[0]
    );
    conn.prepare_cached(&sql)?.query_row([id], |r| r.get(0))
}

pub fn count<T: Entity>(conn: &Connection) -> rusqlite::Result<u64> {
    conn.query_row(&format!("SELECT COUNT(*) FROM {}", T::TABLE), [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n as u64)
}

// ---- value helpers ----------------------------------------------------

pub(super) fn t(s: &str) -> Value {
    Value::Text(s.to_owned())
}
pub(super) fn ot(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::Null, t)
}
pub(super) fn d(v: NaiveDate) -> Value {
    Value::Text(v.to_string())
}
pub(super) fn od(v: Option<NaiveDate>) -> Value {
    v.map_or(Value::Null, d)
}
pub(super) fn c<C: Code>(v: C) -> Value {
    t(v.code())
}
pub(super) fn oc<C: Code>(v: Option<C>) -> Value {
    v.map_or(Value::Null, c)
}
pub(super) fn i(v: impl Into<i64>) -> Value {
    Value::Integer(v.into())
}

pub(super) fn bad(col: usize, what: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, Type::Text, what.into())
}
pub(super) fn date(row: &Row<'_>, col: usize) -> rusqlite::Result<NaiveDate> {
    let s: String = row.get(col)?;
    NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| bad(col, format!("{s}: {e}")))
}
pub(super) fn odate(row: &Row<'_>, col: usize) -> rusqlite::Result<Option<NaiveDate>> {
    let s: Option<String> = row.get(col)?;
    s.map(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").map_err(|e| bad(col, format!("{s}: {e}"))))
        .transpose()
}
pub(super) fn code<C: Code>(row: &Row<'_>, col: usize) -> rusqlite::Result<C> {
    let s: String = row.get(col)?;
    C::from_code(&s).ok_or_else(|| bad(col, format!("unknown code {s:?}")))
}
pub(super) fn ocode<C: Code>(row: &Row<'_>, col: usize) -> rusqlite::Result<Option<C>> {
    let s: Option<String> = row.get(col)?;
    s.map(|s| C::from_code(&s).ok_or_else(|| bad(col, format!("unknown code {s:?}"))))
        .transpose()
}

// ---- the entities -----------------------------------------------------

impl Entity for Property {
    const KIND: EntityKind = EntityKind::Property;
    const TABLE: &'static str = "property";
    const SEARCH: bool = true;
    fn search_text(&self) -> Option<String> {
        search_of([
            Some(self.city.as_str()),
            Some(self.street.as_str()),
            Some(self.building.as_str()),
            self.flat.as_deref(),
            self.rka.as_deref(),
            self.cadastral_number.as_deref(),
            Some(self.id.as_str()),
        ])
    }
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "region",
        "city",
        "district",
        "street",
        "building",
        "flat",
        "kato",
        "rka",
        "cadastral_number",
        "total_area",
        "useful_area",
        "living_area",
        "rooms",
        "floor",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.region),
            t(&self.city),
            ot(&self.district),
            t(&self.street),
            t(&self.building),
            ot(&self.flat),
            ot(&self.kato),
            ot(&self.rka),
            ot(&self.cadastral_number),
            Value::Real(self.total_area),
            Value::Real(self.useful_area),
            Value::Real(self.living_area),
            i(self.rooms),
            self.floor.map_or(Value::Null, i),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Property {
            id: r.get(0)?,
            region: r.get(1)?,
            city: r.get(2)?,
            district: r.get(3)?,
            street: r.get(4)?,
            building: r.get(5)?,
            flat: r.get(6)?,
            kato: r.get(7)?,
            rka: r.get(8)?,
            cadastral_number: r.get(9)?,
            total_area: r.get(10)?,
            useful_area: r.get(11)?,
            living_area: r.get(12)?,
            rooms: r.get(13)?,
            floor: r.get(14)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Entity for Owner {
    const KIND: EntityKind = EntityKind::Owner;
    const TABLE: &'static str = "owner";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "property_id",
        "kind",
        "iin_bin",
        "name",
        "share_numerator",
        "share_denominator",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.property_id),
            c(self.kind),
            t(&self.iin_bin),
            t(&self.name),
            i(self.share_numerator),
            i(self.share_denominator),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Owner {
            id: r.get(0)?,
            property_id: r.get(1)?,
            kind: code(r, 2)?,
            iin_bin: r.get(3)?,
            name: r.get(4)?,
            share_numerator: r.get(5)?,
            share_denominator: r.get(6)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Entity for Person {
    const KIND: EntityKind = EntityKind::Person;
    const TABLE: &'static str = "person";
    const SEARCH: bool = true;
    fn search_text(&self) -> Option<String> {
        search_of([
            Some(self.surname.as_str()),
            Some(self.given_name.as_str()),
            self.patronymic.as_deref(),
            self.iin.as_deref(),
            self.passport_number.as_deref(),
            self.surname_latin.as_deref(),
            self.given_name_latin.as_deref(),
        ])
    }
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "iin",
        "surname",
        "given_name",
        "patronymic",
        "birth_date",
        "sex",
        "id_document",
        "passport_number",
        "citizenship",
        "surname_latin",
        "given_name_latin",
        "entry_date",
        "purpose_of_stay",
        "visa_number",
        "labour_contract_end",
        "address",
        "phone",
        "visa_type",
        "visa_valid_from",
        "visa_valid_to",
        "entry_point",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            c(self.kind),
            ot(&self.iin),
            t(&self.surname),
            t(&self.given_name),
            ot(&self.patronymic),
            d(self.birth_date),
            c(self.sex),
            ot(&self.id_document),
            ot(&self.passport_number),
            ot(&self.citizenship),
            ot(&self.surname_latin),
            ot(&self.given_name_latin),
            od(self.entry_date),
            oc(self.purpose_of_stay),
            ot(&self.visa_number),
            od(self.labour_contract_end),
            ot(&self.address),
            ot(&self.phone),
            ot(&self.visa_type),
            od(self.visa_valid_from),
            od(self.visa_valid_to),
            ot(&self.entry_point),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Person {
            id: r.get(0)?,
            kind: code(r, 1)?,
            iin: r.get(2)?,
            surname: r.get(3)?,
            given_name: r.get(4)?,
            patronymic: r.get(5)?,
            birth_date: date(r, 6)?,
            sex: code(r, 7)?,
            id_document: r.get(8)?,
            passport_number: r.get(9)?,
            citizenship: r.get(10)?,
            surname_latin: r.get(11)?,
            given_name_latin: r.get(12)?,
            entry_date: odate(r, 13)?,
            purpose_of_stay: ocode(r, 14)?,
            visa_number: r.get(15)?,
            labour_contract_end: odate(r, 16)?,
            address: r.get(17)?,
            phone: r.get(18)?,
            visa_type: r.get(19)?,
            visa_valid_from: odate(r, 20)?,
            visa_valid_to: odate(r, 21)?,
            entry_point: r.get(22)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Entity for Lease {
    const KIND: EntityKind = EntityKind::Lease;
    const TABLE: &'static str = "lease";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "property_id",
        "landlord_id",
        "tenant_id",
        "start_date",
        "end_date",
        "rent",
        "deposit",
        "payment_day",
        "utilities",
        "language",
        "signed_on",
        "payment_method",
        "bank_iban",
        "bank_name",
        "bank_bic",
        "poa_number",
        "poa_date",
        "poa_notary",
        "prevailing_language",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.property_id),
            t(&self.landlord_id),
            t(&self.tenant_id),
            d(self.start_date),
            od(self.end_date),
            i(self.rent as i64),
            i(self.deposit as i64),
            i(self.payment_day),
            t(&self.utilities),
            c(self.language),
            od(self.signed_on),
            oc(self.payment_method),
            ot(&self.bank_iban),
            ot(&self.bank_name),
            ot(&self.bank_bic),
            ot(&self.poa_number),
            od(self.poa_date),
            ot(&self.poa_notary),
            oc(self.prevailing_language),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Lease {
            id: r.get(0)?,
            property_id: r.get(1)?,
            landlord_id: r.get(2)?,
            tenant_id: r.get(3)?,
            start_date: date(r, 4)?,
            end_date: odate(r, 5)?,
            rent: r.get::<_, i64>(6)? as u64,
            deposit: r.get::<_, i64>(7)? as u64,
            payment_day: r.get(8)?,
            utilities: r.get(9)?,
            language: code(r, 10)?,
            signed_on: odate(r, 11)?,
            payment_method: ocode(r, 12)?,
            bank_iban: r.get(13)?,
            bank_name: r.get(14)?,
            bank_bic: r.get(15)?,
            poa_number: r.get(16)?,
            poa_date: odate(r, 17)?,
            poa_notary: r.get(18)?,
            prevailing_language: ocode(r, 19)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Entity for Occupant {
    const KIND: EntityKind = EntityKind::Occupant;
    const TABLE: &'static str = "occupant";
    const COLUMNS: &'static [&'static str] = &["lease_id", "person_id", "relation"];
    const KEY_LEN: usize = 2;
    fn values(&self) -> Vec<Value> {
        vec![t(&self.lease_id), t(&self.person_id), c(self.relation)]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Occupant {
            lease_id: r.get(0)?,
            person_id: r.get(1)?,
            relation: code(r, 2)?,
        })
    }
    fn key(&self) -> String {
        format!("{}/{}", self.lease_id, self.person_id)
    }
}

impl Entity for Registration {
    const KIND: EntityKind = EntityKind::Registration;
    const TABLE: &'static str = "registration";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "property_id",
        "lease_id",
        "kind",
        "status",
        "date_from",
        "date_to",
        "consent_by",
        "consent_date",
        "submitted_on",
        "reason",
        "signing_method",
        "signing_phone",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.person_id),
            t(&self.property_id),
            ot(&self.lease_id),
            c(self.kind),
            c(self.status),
            d(self.date_from),
            od(self.date_to),
            ot(&self.consent_by),
            od(self.consent_date),
            od(self.submitted_on),
            oc(self.reason),
            oc(self.signing_method),
            ot(&self.signing_phone),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Registration {
            id: r.get(0)?,
            person_id: r.get(1)?,
            property_id: r.get(2)?,
            lease_id: r.get(3)?,
            kind: code(r, 4)?,
            status: code(r, 5)?,
            date_from: date(r, 6)?,
            date_to: odate(r, 7)?,
            consent_by: r.get(8)?,
            consent_date: odate(r, 9)?,
            submitted_on: odate(r, 10)?,
            reason: ocode(r, 11)?,
            signing_method: ocode(r, 12)?,
            signing_phone: r.get(13)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Entity for ForeignerNotice {
    const KIND: EntityKind = EntityKind::ForeignerNotice;
    const TABLE: &'static str = "foreigner_notice";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "property_id",
        "host_id",
        "arrival_date",
        "status",
        "filed_on",
    ];
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.person_id),
            t(&self.property_id),
            t(&self.host_id),
            d(self.arrival_date),
            c(self.status),
            od(self.filed_on),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(ForeignerNotice {
            id: r.get(0)?,
            person_id: r.get(1)?,
            property_id: r.get(2)?,
            host_id: r.get(3)?,
            arrival_date: date(r, 4)?,
            status: code(r, 5)?,
            filed_on: odate(r, 6)?,
        })
    }
    fn key(&self) -> String {
        self.id.clone()
    }
}
