//! People for the landlord's screens: a paged list with search, checks as
//! typed, saving, and finding a person again (by IIN or passport) so that
//! the same tenant is reused across leases instead of typed twice.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{validate_record, Code, Person, PersonKind, Violation};
use crate::error::CoreError;
use crate::store::{PageFrom, PersonListRow, Store};

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

fn person_row(r: PersonListRow) -> (PersonRow, PersonKey) {
    let name = [Some(&r.surname), Some(&r.given_name), r.patronymic.as_ref()]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    let row = PersonRow {
        id: r.id.clone(),
        kind: PersonKind::from_code(&r.kind).unwrap_or(PersonKind::Citizen),
        name,
        document: r.iin.or(r.passport_number).unwrap_or_default(),
        birth_date: r.birth_date.parse().unwrap_or_default(),
        citizenship: r.citizenship,
    };
    (
        row,
        PersonKey {
            surname: r.surname,
            given_name: r.given_name,
            id: r.id,
        },
    )
}

fn page(
    store: &Store,
    query: &str,
    from: Result<Option<&PersonKey>, u32>,
    limit: u32,
) -> Result<PersonPage, CoreError> {
    let key;
    let at = match from {
        Err(offset) => PageFrom::Offset(offset),
        Ok(None) => PageFrom::After(None),
        Ok(Some(k)) => {
            key = [k.surname.as_str(), k.given_name.as_str(), k.id.as_str()];
            PageFrom::After(Some(&key))
        }
    };
    let limit = limit.min(1000);
    let found = store.people_page(query, at, limit)?;
    let full = found.rows.len() as u32 == limit && limit > 0;
    let rows: Vec<(PersonRow, PersonKey)> = found.rows.into_iter().map(person_row).collect();
    let next = rows.last().filter(|_| full).map(|(_, k)| k.clone());
    Ok(PersonPage {
        total: found.total,
        offset: at.offset(),
        rows: rows.into_iter().map(|(r, _)| r).collect(),
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
