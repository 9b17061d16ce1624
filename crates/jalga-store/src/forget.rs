//! "Forget this person": removes a person's personal data everywhere, in
//! one transaction, keeping only what the law still requires.
//!
//! What is kept: that a dwelling had a registration (or a foreigner's
//! arrival notice) of some kind, status and dates, under a random tombstone
//! id in `forgotten_fact` that leads back to no one. What goes: the person
//! record (names, IIN, documents, birth date), their occupancies, their
//! registrations and notices as records about them, and their keys in the
//! change log. A person who is a party to a lease or the host on someone
//! else's arrival notice is not forgotten: those documents name them and
//! must be kept for their retention period; the refusal lists them.
//!
//! Documents issued by this store keep the data they printed
//! (`issued_document.data`): the person is taken out of it (their entry
//! among the occupants, and the foreigner section about them), and a
//! document that is about them alone (their arrival notice), or that still
//! names them anywhere after that, is dropped. Form drafts that mention
//! them are dropped too.

use rusqlite::{params, Connection};
use serde::Serialize;
use ts_rs::TS;

use serde_json::Value;

use super::change_log::NewEntry;
use super::Store;
use crate::domain::Person;
use crate::error::CoreError;

/// What forgetting did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct ForgetReport {
    pub tombstone_id: String,
    #[ts(type = "number")]
    pub registrations_kept: u64,
    #[ts(type = "number")]
    pub notices_kept: u64,
    #[ts(type = "number")]
    pub occupancies_removed: u64,
}

fn ids(conn: &Connection, sql: &str, id: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    rows.collect()
}

/// Forgets the person `person_id`; see the module documentation.
pub fn forget_person(store: &mut Store, person_id: &str) -> Result<ForgetReport, CoreError> {
    #[cfg(feature = "postgres")]
    if let Some(server) = store.server_mut() {
        return crate::pg::forget_person(server, person_id);
    }
    let log = store.log_writer();
    let path = store.path().to_owned();
    let err = |e| crate::db_error(&path, e);
    let tx = store.transaction()?;
    let Some(person) = super::repo::get::<Person>(&tx, person_id).map_err(err)? else {
        return Err(CoreError::NotFound {
            kind: "person".into(),
            id: person_id.into(),
        });
    };
    let mut kept_documents = ids(
        &tx,
        "SELECT id FROM lease WHERE landlord_id = ?1 OR tenant_id = ?1 ORDER BY id",
        person_id,
    )
    .map_err(err)?;
    kept_documents.extend(
        ids(
            &tx,
            "SELECT id FROM foreigner_notice WHERE host_id = ?1 AND person_id <> ?1 ORDER BY id",
            person_id,
        )
        .map_err(err)?,
    );
    if !kept_documents.is_empty() {
        return Err(CoreError::ForgetBlocked {
            id: person_id.into(),
            documents: kept_documents.join(", "),
        });
    }
    let tombstone: String = tx
        .query_row("SELECT 't-' || lower(hex(randomblob(8)))", [], |r| r.get(0))
        .map_err(err)?;
    let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let registrations = tx
        .execute(
            "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, lease_id, \
             kind, status, date_from, date_to) SELECT ?1, ?2, 'registration', property_id, \
             lease_id, kind, status, date_from, date_to FROM registration WHERE person_id = ?3",
            params![tombstone, at, person_id],
        )
        .map_err(err)? as u64;
    let notices = tx
        .execute(
            "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, lease_id, \
             kind, status, date_from, date_to) SELECT ?1, ?2, 'foreigner-notice', property_id, \
             NULL, NULL, status, arrival_date, NULL FROM foreigner_notice WHERE person_id = ?3",
            params![tombstone, at, person_id],
        )
        .map_err(err)? as u64;
    // The change log keeps that records changed, not whose they were.
    let redact = |entity: &str, sql: &str| -> rusqlite::Result<()> {
        for key in ids(&tx, sql, person_id)? {
            super::change_log::redact(&tx, entity, &key)?;
        }
        Ok(())
    };
    redact(
        "registration",
        "SELECT id FROM registration WHERE person_id = ?1",
    )
    .map_err(err)?;
    redact(
        "foreigner_notice",
        "SELECT id FROM foreigner_notice WHERE person_id = ?1",
    )
    .map_err(err)?;
    redact(
        "occupant",
        "SELECT lease_id || '/' || person_id FROM occupant WHERE person_id = ?1",
    )
    .map_err(err)?;
    super::change_log::redact(&tx, "person", person_id).map_err(err)?;
    let occupancies = tx
        .execute("DELETE FROM occupant WHERE person_id = ?1", [person_id])
        .map_err(err)? as u64;
    tx.execute("DELETE FROM registration WHERE person_id = ?1", [person_id])
        .map_err(err)?;
    tx.execute(
        "DELETE FROM foreigner_notice WHERE person_id = ?1",
        [person_id],
    )
    .map_err(err)?;
    let documents = forget_in_documents(&tx, &person).map_err(err)?;
    let drafts = forget_in_drafts(&tx, &person).map_err(err)?;
    tx.execute("DELETE FROM person WHERE id = ?1", [person_id])
        .map_err(err)?;
    log.append(
        &tx,
        NewEntry {
            action: "forget",
            entity: "person",
            entity_id: &tombstone,
            summary: format!(
                "person forgotten: {registrations} registration(s) and {notices} notice(s) kept as facts, {occupancies} occupancy(ies) removed, {documents} issued document(s) and {drafts} form draft(s) cleaned"
            ),
        },
    )
    .map_err(err)?;
    tx.commit().map_err(err)?;
    Ok(ForgetReport {
        tombstone_id: tombstone,
        registrations_kept: registrations,
        notices_kept: notices,
        occupancies_removed: occupancies,
    })
}

/// Whether a document's entry for someone (an occupant, a foreigner) is
/// this person: the same IIN, the same passport number, or the same full
/// name (in Cyrillic or Latin letters) and birth date.
pub(crate) fn names_person(entry: &Value, p: &Person) -> bool {
    let text = |k: &str| entry.get(k).and_then(Value::as_str);
    let passport = entry
        .get("passport")
        .and_then(|x| x.get("number"))
        .and_then(Value::as_str);
    let born = text("birth_date") == Some(p.birth_date.to_string().as_str());
    let full = p.full_name();
    let by_name = text("name") == Some(full.as_str())
        || (text("surname") == Some(p.surname.as_str())
            && text("given_names").is_some_and(|g| g.starts_with(p.given_name.as_str())));
    (p.iin.is_some() && text("iin") == p.iin.as_deref())
        || (p.passport_number.is_some() && passport == p.passport_number.as_deref())
        || (born && by_name)
}

/// Whether any text in `v` holds one of `needles`.
pub(crate) fn mentions(v: &Value, needles: &[&str]) -> bool {
    match v {
        Value::String(s) => needles.iter().any(|n| s.contains(n)),
        Value::Array(items) => items.iter().any(|x| mentions(x, needles)),
        Value::Object(map) => map.values().any(|x| mentions(x, needles)),
        _ => false,
    }
}

/// What identifies a person beyond doubt in a text: the id, IIN and
/// passport number, and the full name.
pub(crate) fn traces(p: &Person) -> Vec<String> {
    let mut t = vec![p.id.clone(), p.full_name()];
    t.extend(p.iin.clone());
    t.extend(p.passport_number.clone());
    t.retain(|s| !s.trim().is_empty());
    t
}

/// Takes the person out of the documents this store issued; returns how
/// many rows were changed or dropped.
fn forget_in_documents(tx: &Connection, p: &Person) -> rusqlite::Result<u64> {
    let rows: Vec<(String, String)> = {
        let mut stmt = tx.prepare("SELECT code, data FROM issued_document")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let owned = traces(p);
    let needles: Vec<&str> = owned.iter().map(String::as_str).collect();
    let mut touched = 0;
    for (code, text) in rows {
        // Data that does not parse cannot be cleaned: it goes.
        let Ok(mut env) = serde_json::from_str::<Value>(&text) else {
            tx.execute("DELETE FROM issued_document WHERE code = ?1", [&code])?;
            touched += 1;
            continue;
        };
        let before = env.clone();
        let notice = env.get("kind").and_then(Value::as_str) == Some("foreigner-notice");
        let about_them = match env.get_mut("data") {
            Some(data) => remove_person(data, p) && notice,
            None => false,
        };
        if about_them || mentions(&env, &needles) {
            tx.execute("DELETE FROM issued_document WHERE code = ?1", [&code])?;
            touched += 1;
        } else if env != before {
            tx.execute(
                "UPDATE issued_document SET data = ?2 WHERE code = ?1",
                rusqlite::params![code, env.to_string()],
            )?;
            touched += 1;
        }
    }
    Ok(touched)
}

/// Removes the person's occupant entry (renumbering the registration's
/// list of occupants) and the foreigner section about them; returns
/// whether there was such a section.
pub(crate) fn remove_person(data: &mut Value, p: &Person) -> bool {
    let mut removed = Vec::new();
    if let Some(Value::Array(occupants)) = data.get_mut("occupants") {
        let mut index = 0;
        occupants.retain(|o| {
            let keep = !names_person(o, p);
            if !keep {
                removed.push(index);
            }
            index += 1;
            keep
        });
    }
    if !removed.is_empty() {
        if let Some(Value::Array(people)) = data
            .get_mut("registration")
            .and_then(|r| r.get_mut("people"))
        {
            people.retain(|n| !n.as_u64().is_some_and(|n| removed.contains(&(n as usize))));
            for n in people.iter_mut() {
                if let Some(k) = n.as_u64() {
                    let below = removed.iter().filter(|&&r| (r as u64) < k).count() as u64;
                    *n = Value::from(k - below);
                }
            }
        }
    }
    let foreigner = data.get("foreigner").is_some_and(|f| names_person(f, p));
    if foreigner {
        if let Some(map) = data.as_object_mut() {
            map.remove("foreigner");
        }
    }
    foreigner
}

/// Drops the form drafts that mention the person; returns how many.
fn forget_in_drafts(tx: &Connection, p: &Person) -> rusqlite::Result<u64> {
    let mut n = 0;
    for t in traces(p) {
        n += tx.execute("DELETE FROM form_draft WHERE instr(json, ?1) > 0", [&t])? as u64;
    }
    // A form typed name by name: surname and given name both present.
    n += tx.execute(
        "DELETE FROM form_draft WHERE instr(json, ?1) > 0 AND instr(json, ?2) > 0",
        [&p.surname, &p.given_name],
    )? as u64;
    Ok(n)
}
