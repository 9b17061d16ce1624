//! "Forget this person" on the office server: the same steps, refusals and
//! report as [`crate::forget`] on SQLite (whose rules for what a document's
//! entry about someone is are used here), in one unit of work.

use postgres::Transaction;
use serde_json::Value;

use super::{pg_error, PgStore};
use crate::change_log::NewEntry;
use crate::domain::Person;
use crate::forget::{mentions, remove_person, traces, ForgetReport};
use crate::CoreError;

fn ids(tx: &mut Transaction<'_>, sql: &str, id: &str) -> Result<Vec<String>, postgres::Error> {
    Ok(tx.query(sql, &[&id])?.iter().map(|r| r.get(0)).collect())
}

/// Forgets the person `person_id`; see [`crate::forget`].
pub fn forget_person(store: &mut PgStore, person_id: &str) -> Result<ForgetReport, CoreError> {
    let person: Person = store.get(person_id)?.ok_or_else(|| CoreError::NotFound {
        kind: "person".into(),
        id: person_id.into(),
    })?;
    let name = store.name().to_owned();
    store.transact("forget", |unit| {
        let err = |e| pg_error(&name, e);
        let tx = unit.tx()?;
        let mut kept = ids(
            tx,
            "SELECT id FROM lease WHERE landlord_id = $1 OR tenant_id = $1 ORDER BY id COLLATE \"C\"",
            person_id,
        )
        .map_err(err)?;
        kept.extend(
            ids(
                tx,
                "SELECT id FROM foreigner_notice WHERE host_id = $1 AND person_id <> $1 \
                 ORDER BY id COLLATE \"C\"",
                person_id,
            )
            .map_err(err)?,
        );
        if !kept.is_empty() {
            return Err(CoreError::ForgetBlocked {
                id: person_id.into(),
                documents: kept.join(", "),
            });
        }
        let tombstone: String = tx
            .query_one(
                "SELECT 't-' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)",
                &[],
            )
            .map_err(err)?
            .get(0);
        let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let registrations = tx
            .execute(
                "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, \
                 lease_id, kind, status, date_from, date_to) SELECT $1, $2, 'registration', \
                 property_id, lease_id, kind, status, date_from, date_to FROM registration \
                 WHERE person_id = $3",
                &[&tombstone, &at, &person_id],
            )
            .map_err(err)?;
        let notices = tx
            .execute(
                "INSERT INTO forgotten_fact (tombstone_id, forgotten_at, fact, property_id, \
                 lease_id, kind, status, date_from, date_to) SELECT $1, $2, 'foreigner-notice', \
                 property_id, NULL, NULL, status, arrival_date, NULL FROM foreigner_notice \
                 WHERE person_id = $3",
                &[&tombstone, &at, &person_id],
            )
            .map_err(err)?;
        // The change log keeps that records changed, not whose they were.
        for (entity, keys) in [
            ("registration", "SELECT id FROM registration WHERE person_id = $1"),
            ("foreigner_notice", "SELECT id FROM foreigner_notice WHERE person_id = $1"),
            (
                "occupant",
                "SELECT lease_id || '/' || person_id FROM occupant WHERE person_id = $1",
            ),
            ("person", "SELECT id FROM person WHERE id = $1"),
        ] {
            for key in ids(tx, keys, person_id).map_err(err)? {
                tx.execute(
                    "UPDATE change_log SET entity_id = '', entity_salt = '' \
                     WHERE entity = $1 AND entity_id = $2",
                    &[&entity, &key],
                )
                .map_err(err)?;
            }
        }
        let occupancies = tx
            .execute("DELETE FROM occupant WHERE person_id = $1", &[&person_id])
            .map_err(err)?;
        tx.execute("DELETE FROM registration WHERE person_id = $1", &[&person_id])
            .map_err(err)?;
        tx.execute(
            "DELETE FROM foreigner_notice WHERE person_id = $1",
            &[&person_id],
        )
        .map_err(err)?;
        let documents = forget_in_documents(tx, &person).map_err(err)?;
        let drafts = forget_in_drafts(tx, &person).map_err(err)?;
        tx.execute("DELETE FROM person WHERE id = $1", &[&person_id])
            .map_err(err)?;
        unit.log(NewEntry {
            action: "forget",
            entity: "person",
            entity_id: &tombstone,
            summary: format!(
                "person forgotten: {registrations} registration(s) and {notices} notice(s) kept as facts, {occupancies} occupancy(ies) removed, {documents} issued document(s) and {drafts} form draft(s) cleaned"
            ),
        })?;
        Ok(ForgetReport {
            tombstone_id: tombstone,
            registrations_kept: registrations,
            notices_kept: notices,
            occupancies_removed: occupancies,
        })
    })
}

fn forget_in_documents(tx: &mut Transaction<'_>, p: &Person) -> Result<u64, postgres::Error> {
    let rows: Vec<(String, String)> = tx
        .query("SELECT code, data FROM issued_document", &[])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let owned = traces(p);
    let needles: Vec<&str> = owned.iter().map(String::as_str).collect();
    let mut touched = 0;
    for (code, text) in rows {
        let Ok(mut env) = serde_json::from_str::<Value>(&text) else {
            tx.execute("DELETE FROM issued_document WHERE code = $1", &[&code])?;
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
            tx.execute("DELETE FROM issued_document WHERE code = $1", &[&code])?;
            touched += 1;
        } else if env != before {
            tx.execute(
                "UPDATE issued_document SET data = $2 WHERE code = $1",
                &[&code, &env.to_string()],
            )?;
            touched += 1;
        }
    }
    Ok(touched)
}

fn forget_in_drafts(tx: &mut Transaction<'_>, p: &Person) -> Result<u64, postgres::Error> {
    let mut n = 0;
    for t in traces(p) {
        n += tx.execute("DELETE FROM form_draft WHERE strpos(json, $1) > 0", &[&t])?;
    }
    n += tx.execute(
        "DELETE FROM form_draft WHERE strpos(json, $1) > 0 AND strpos(json, $2) > 0",
        &[&p.surname, &p.given_name],
    )?;
    Ok(n)
}
