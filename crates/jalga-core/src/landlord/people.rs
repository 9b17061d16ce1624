//! People for the landlord's screens: a paged list with search, checks as
//! typed, saving, and finding a person again (by IIN or passport) so that
//! the same tenant is reused across leases instead of typed twice.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{validate_record, Code, Person, PersonKind, Violation};
use crate::error::CoreError;
use crate::store::Store;

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

/// A page of people and how many match in all; `next` is where the page
/// after it begins (none after the last).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonPage {
    pub total: u32,
    pub offset: u32,
    pub rows: Vec<PersonRow>,
    pub next: Option<PersonKey>,
}

/// A person's place in the list's order (surname, given name, id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PersonKey {
    pub surname: String,
    pub given_name: String,
    pub id: String,
}

/// The filter on the folded search text (see `0007-hardening.sql`).
const FILTER: &str = "archived_at IS NULL AND coalesce(search, '') LIKE ?1 ESCAPE '\\'";
const COLUMNS: &str = "id, kind, surname, given_name, patronymic, iin, passport_number, \
                       birth_date, citizenship";
/// The list's order, as the `person_name_order` index holds it.
const ORDER: &str = "surname, given_name, id";

/// People whose name, IIN or passport contains `query` in any case, by
/// name, `limit` of them from `offset`.
pub fn list_people(
    store: &Store,
    query: &str,
    offset: u32,
    limit: u32,
) -> Result<PersonPage, CoreError> {
    page(store, query, Err(offset), limit)
}

/// People whose name, IIN or passport contains `query` in any case, by
/// name, `limit` of them after `after` (from the first when none).
pub fn list_people_after(
    store: &Store,
    query: &str,
    after: Option<&PersonKey>,
    limit: u32,
) -> Result<PersonPage, CoreError> {
    page(store, query, Ok(after), limit)
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(PersonRow, PersonKey)> {
    let kind: String = r.get(1)?;
    let surname: String = r.get(2)?;
    let given_name: String = r.get(3)?;
    let patronymic: Option<String> = r.get(4)?;
    let iin: Option<String> = r.get(5)?;
    let passport: Option<String> = r.get(6)?;
    let birth: String = r.get(7)?;
    let id: String = r.get(0)?;
    let name = [Some(&surname), Some(&given_name), patronymic.as_ref()]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let row = PersonRow {
        id: id.clone(),
        kind: PersonKind::from_code(&kind).unwrap_or(PersonKind::Citizen),
        name,
        document: iin.or(passport).unwrap_or_default(),
        birth_date: birth.parse().unwrap_or_default(),
        citizenship: r.get(8)?,
    };
    Ok((
        row,
        PersonKey {
            surname,
            given_name,
            id,
        },
    ))
}

fn page(
    store: &Store,
    query: &str,
    from: Result<Option<&PersonKey>, u32>,
    limit: u32,
) -> Result<PersonPage, CoreError> {
    let pattern = super::like_pattern(&crate::store::fold(query));
    let conn = store.conn();
    let total: u32 = conn
        .prepare_cached(&format!("SELECT COUNT(*) FROM person WHERE {FILTER}"))
        .and_then(|mut s| s.query_row([&pattern], |r| r.get(0)))
        .map_err(|e| store.err(e))?;
    let limit = limit.min(1000);
    let found: Vec<(PersonRow, PersonKey)> = match from {
        Err(offset) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2 OFFSET ?3"
            ))
            .and_then(|mut stmt| {
                stmt.query_map(params![pattern, limit, offset], read_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            }),
        Ok(None) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person WHERE {FILTER} ORDER BY {ORDER} LIMIT ?2"
            ))
            .and_then(|mut stmt| {
                stmt.query_map(params![pattern, limit], read_row)?
                    .collect::<rusqlite::Result<Vec<_>>>()
            }),
        Ok(Some(k)) => conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person WHERE {FILTER} \
                 AND ({ORDER}) > (?3, ?4, ?5) ORDER BY {ORDER} LIMIT ?2"
            ))
            .and_then(|mut stmt| {
                stmt.query_map(
                    params![pattern, limit, k.surname, k.given_name, k.id],
                    read_row,
                )?
                .collect::<rusqlite::Result<Vec<_>>>()
            }),
    }
    .map_err(|e| store.err(e))?;
    let full = found.len() as u32 == limit && limit > 0;
    let next = found.last().filter(|_| full).map(|(_, k)| k.clone());
    Ok(PersonPage {
        total,
        offset: from.err().unwrap_or(0),
        rows: found.into_iter().map(|(r, _)| r).collect(),
        next,
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
    let unit = store.write("save")?;
    unit.save(person)?;
    unit.commit()
}
