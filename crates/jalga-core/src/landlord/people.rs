//! People for the landlord's screens: a paged list with search, checks as
//! typed, saving, and finding a person again (by IIN or passport) so that
//! the same tenant is reused across leases instead of typed twice.

use rusqlite::params;
use serde::Serialize;
use ts_rs::TS;

use crate::domain::{validate_record, Code, Person, PersonKind, Violation};
use crate::error::CoreError;
use crate::store::{save_logged, Store};

/// One line of the people list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonRow {
    pub id: String,
    pub kind: PersonKind,
    pub name: String,
    /// The IIN, or the passport number for a foreigner without one.
    pub document: String,
    #[ts(type = "string")]
    pub birth_date: chrono::NaiveDate,
    pub citizenship: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<PersonRow>,
}

/// People whose name, IIN or passport contains `query`.
pub fn list_people(
    store: &Store,
    query: &str,
    offset: u32,
    limit: u32,
) -> Result<PersonPage, CoreError> {
    let pattern = super::like_pattern(query);
    let filter = "(surname || ' ' || given_name || ' ' || COALESCE(patronymic, '') || ' ' \
                  || COALESCE(iin, '') || ' ' || COALESCE(passport_number, '') || ' ' \
                  || COALESCE(surname_latin, '') || ' ' || COALESCE(given_name_latin, '')) \
                  LIKE ?1 ESCAPE '\\'";
    let conn = store.conn();
    let total: u32 = conn
        .prepare_cached(&format!("SELECT COUNT(*) FROM person WHERE {filter}"))
        .and_then(|mut s| s.query_row([&pattern], |r| r.get(0)))
        .map_err(|e| store.err(e))?;
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT id, kind, surname, given_name, patronymic, iin, passport_number, \
             birth_date, citizenship FROM person WHERE {filter} \
             ORDER BY surname, given_name, id LIMIT ?2 OFFSET ?3"
        ))
        .map_err(|e| store.err(e))?;
    let rows = stmt
        .query_map(params![pattern, limit.min(1000), offset], |r| {
            let kind: String = r.get(1)?;
            let name: Vec<Option<String>> = vec![r.get(2)?, r.get(3)?, r.get(4)?];
            let iin: Option<String> = r.get(5)?;
            let passport: Option<String> = r.get(6)?;
            let birth: String = r.get(7)?;
            Ok(PersonRow {
                id: r.get(0)?,
                kind: PersonKind::from_code(&kind).unwrap_or(PersonKind::Citizen),
                name: name.into_iter().flatten().collect::<Vec<_>>().join(" "),
                document: iin.or(passport).unwrap_or_default(),
                birth_date: birth.parse().unwrap_or_default(),
                citizenship: r.get(8)?,
            })
        })
        .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
        .map_err(|e| store.err(e))?;
    Ok(PersonPage {
        total,
        offset,
        rows,
    })
}

/// Everything wrong with `person`, field by field.
pub fn check_person(person: &Person) -> Vec<Violation> {
    validate_record("", person)
}

/// Another person already known under the same IIN, or the same passport
/// of the same country: the one to reuse instead of adding a copy.
pub fn find_same(store: &Store, person: &Person) -> Result<Option<Person>, CoreError> {
    let mut candidates = Vec::new();
    if let Some(iin) = person.iin.as_deref().filter(|s| !s.is_empty()) {
        candidates.extend(store.list_where::<Person>("iin", iin)?);
    }
    if let Some(passport) = person.passport_number.as_deref().filter(|s| !s.is_empty()) {
        candidates.extend(
            store
                .list_where::<Person>("passport_number", passport)?
                .into_iter()
                .filter(|p| p.citizenship == person.citizenship),
        );
    }
    Ok(candidates.into_iter().find(|p| p.id != person.id))
}

/// Saves `person` (new or edited). A second record for someone already
/// known (same IIN or passport) is refused with the one to reuse.
pub fn save_person(store: &mut Store, person: &Person) -> Result<(), CoreError> {
    super::reject(check_person(person))?;
    if let Some(same) = find_same(store, person)? {
        return Err(CoreError::Invalid {
            field: if person.iin.is_some() {
                "iin"
            } else {
                "passport_number"
            }
            .into(),
            message: crate::i18n::Message::new("landlord-person-exists")
                .arg("name", same.full_name())
                .arg("id", same.id.as_str()),
        });
    }
    let path = store.path().to_owned();
    let log = store.log_writer();
    let tx = store.transaction()?;
    save_logged(&tx, &log, person).map_err(|e| CoreError::store(&path, e))?;
    tx.commit().map_err(|e| CoreError::store(&path, e))
}
