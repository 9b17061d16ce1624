//! What the office server keeps for four checks of the audit (schema
//! step 14: `person_registered_twice`, `iin_recorded_twice`,
//! `property_crowding` and `registration_outside_lease`, kept by statement
//! triggers) is, after every kind of write, exactly what grouping and
//! joining the records from scratch gives: a city written in one unit (the
//! triggers) and loaded in bulk (the triggers off, the tables derived at
//! the end), then inserts, updates and deletes of one row and of many, of
//! registrations, people, dwellings and leases, a clerk's import through the
//! normal path, and a clerk's save. A clerk of one district reads only the
//! entries of the people and dwellings it sees. PostgreSQL only; skipped
//! without a test server.
#![cfg(feature = "postgres")]

use chrono::NaiveDate;
use jalga_core::domain::Person;
use jalga_core::interchange::{self, Format};
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::city::{generate_bulk_into, generate_into, CityParams};
use jalga_testkit::synthetic;

use super::office_server::login;

fn params() -> CityParams {
    CityParams {
        people: 2_000,
        seed: 14,
        today: NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    }
}

fn column(db: &mut Client, sql: &str) -> Vec<String> {
    db.query(sql, &[])
        .unwrap()
        .into_iter()
        .map(|r| r.get(0))
        .collect()
}

/// What the server keeps, and what grouping every record gives now.
fn kept_and_derived(db: &mut Client) -> [(Vec<String>, Vec<String>); 4] {
    [
        (
            column(
                db,
                "SELECT person_id FROM person_registered_twice ORDER BY person_id COLLATE \"C\"",
            ),
            column(
                db,
                "SELECT a.person_id FROM registration a JOIN registration b \
                 ON b.person_id = a.person_id AND b.id <> a.id \
                 WHERE a.status <> 'draft' AND b.status <> 'draft' AND b.kind = a.kind \
                   AND b.property_id <> a.property_id \
                   AND a.date_from < coalesce(b.date_to, 'infinity'::date) \
                   AND b.date_from < coalesce(a.date_to, 'infinity'::date) \
                 GROUP BY a.person_id ORDER BY a.person_id COLLATE \"C\"",
            ),
        ),
        (
            column(
                db,
                "SELECT iin FROM iin_recorded_twice ORDER BY iin COLLATE \"C\"",
            ),
            column(
                db,
                "SELECT iin FROM person WHERE iin IS NOT NULL \
                 GROUP BY iin HAVING count(*) > 1 ORDER BY iin COLLATE \"C\"",
            ),
        ),
        (
            column(
                db,
                "SELECT concat_ws(' ', property_id, registered, latest, total_area, useful_area, \
                 living_area) FROM property_crowding ORDER BY property_id COLLATE \"C\"",
            ),
            column(
                db,
                "SELECT concat_ws(' ', d.id, n.registered, n.latest, d.total_area, d.useful_area, \
                 d.living_area) \
                 FROM (SELECT property_id, count(*) AS registered, max(date_from) AS latest \
                       FROM registration WHERE status IN ('submitted', 'registered') \
                       GROUP BY property_id) n \
                 JOIN property d ON d.id = n.property_id ORDER BY d.id COLLATE \"C\"",
            ),
        ),
        (
            column(
                db,
                "SELECT registration_id FROM registration_outside_lease \
                 ORDER BY registration_id COLLATE \"C\"",
            ),
            column(
                db,
                "SELECT r.id FROM registration r JOIN lease l ON l.id = r.lease_id \
                 WHERE r.status <> 'draft' AND (r.date_from < l.start_date \
                   OR (l.end_date IS NOT NULL AND coalesce(r.date_to, 'infinity'::date) > l.end_date)) \
                 ORDER BY r.id COLLATE \"C\"",
            ),
        ),
    ]
}

/// Asserts the two agree after `step`; returns how many of each are kept.
fn agree(db: &mut Client, step: &str) -> [usize; 4] {
    let what = [
        "people registered twice",
        "IINs recorded twice",
        "dwellings' registrations and areas",
        "registrations outside their lease",
    ];
    let mut kept = [0; 4];
    for (i, (ours, derived)) in kept_and_derived(db).into_iter().enumerate() {
        assert_eq!(ours, derived, "{}, after {step}", what[i]);
        kept[i] = ours.len();
    }
    kept
}

/// One statement (or several) as the owner; the triggers fire as for any
/// login.
fn run(db: &mut Client, sql: &str) {
    db.batch_execute(sql).unwrap();
}

#[test]
fn the_servers_audit_candidates_are_what_grouping_gives_after_every_write() {
    let Some(url) =
        test_server("the_servers_audit_candidates_are_what_grouping_gives_after_every_write")
    else {
        return;
    };
    // Written in one unit: every batch's statement keeps the tables.
    let written = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(written.url(), &OpenOptions::default()).unwrap();
    generate_into(&mut store, &params()).unwrap();
    drop(store);
    let mut db = Client::connect(written.url(), NoTls).unwrap();
    let by_unit = agree(&mut db, "a city written in one unit");
    // The generated city plants both: they are not trivially empty.
    assert!(
        by_unit[0] >= 3 && by_unit[1] >= 3 && by_unit[2] > 100 && by_unit[3] >= 3,
        "{by_unit:?}"
    );

    // Loaded in bulk: the triggers are off during the load, both tables
    // derived at its end, and the triggers on again.
    let loaded = ScratchDb::create(&url).unwrap();
    let mut store = Store::open_server(loaded.url(), &OpenOptions::default()).unwrap();
    generate_bulk_into(&mut store, &params()).unwrap();
    let mut bulk_db = Client::connect(loaded.url(), NoTls).unwrap();
    assert_eq!(agree(&mut bulk_db, "a bulk load"), by_unit);
    let off: i64 = bulk_db
        .query_one(
            "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal AND tgenabled = 'D'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(off, 0, "a trigger left off after the bulk load");
    drop((store, bulk_db));

    // One row at a time, each event: a second registration of the same kind
    // at another dwelling from the same day, made a draft, submitted again,
    // moved to the person's own dwelling and away again, moved to another
    // person, its dates edited, ended, moved, deleted.
    let pick = |db: &mut Client, sql: &str| -> String { column(db, sql).remove(0) };
    let once = pick(
        &mut db,
        "SELECT person_id FROM registration WHERE status <> 'draft' GROUP BY person_id \
         HAVING count(*) = 1 AND bool_and(date_to IS NULL OR date_to > date_from) \
         ORDER BY person_id COLLATE \"C\" LIMIT 1",
    );
    let other = pick(
        &mut db,
        "SELECT person_id FROM registration WHERE status <> 'draft' GROUP BY person_id \
         HAVING count(*) = 1 ORDER BY person_id COLLATE \"C\" DESC LIMIT 1",
    );
    let elsewhere = format!(
        "(SELECT d.id FROM property d WHERE d.id NOT IN \
          (SELECT property_id FROM registration WHERE person_id = '{once}') \
          ORDER BY d.id COLLATE \"C\" LIMIT 1)"
    );
    run(
        &mut db,
        &format!(
            "INSERT INTO registration (id, person_id, property_id, kind, status, date_from) \
             SELECT 'pair-test', person_id, {elsewhere}, kind, 'submitted', date_from \
             FROM registration WHERE person_id = '{once}'"
        ),
    );
    let twice = |db: &mut Client, person: &str| {
        column(db, "SELECT person_id FROM person_registered_twice").contains(&person.to_owned())
    };
    agree(&mut db, "a second registration");
    assert!(twice(&mut db, &once));
    run(
        &mut db,
        "UPDATE registration SET status = 'draft' WHERE id = 'pair-test'",
    );
    agree(&mut db, "made a draft");
    assert!(!twice(&mut db, &once));
    run(
        &mut db,
        "UPDATE registration SET status = 'registered' WHERE id = 'pair-test'",
    );
    agree(&mut db, "submitted again");
    assert!(twice(&mut db, &once));
    run(
        &mut db,
        &format!(
            "UPDATE registration SET property_id = (SELECT property_id FROM registration \
             WHERE person_id = '{once}' AND id <> 'pair-test') WHERE id = 'pair-test'"
        ),
    );
    agree(&mut db, "moved to the person's own dwelling");
    assert!(!twice(&mut db, &once));
    run(
        &mut db,
        &format!("UPDATE registration SET property_id = {elsewhere} WHERE id = 'pair-test'"),
    );
    agree(&mut db, "moved away again");
    assert!(twice(&mut db, &once));
    run(
        &mut db,
        &format!("UPDATE registration SET person_id = '{other}' WHERE id = 'pair-test'"),
    );
    agree(&mut db, "moved to another person");
    assert!(!twice(&mut db, &once));
    run(
        &mut db,
        "UPDATE registration SET date_to = date_from + 30 WHERE id = 'pair-test'",
    );
    agree(&mut db, "an edit of its end");
    run(
        &mut db,
        "UPDATE registration SET date_from = date_from + 400 WHERE id = 'pair-test'",
    );
    agree(&mut db, "an edit of its start");
    run(
        &mut db,
        "UPDATE registration SET status = 'ended' WHERE id = 'pair-test'",
    );
    agree(&mut db, "ended");
    run(
        &mut db,
        "UPDATE registration SET status = 'submitted', property_id = \
         (SELECT id FROM property ORDER BY id COLLATE \"C\" DESC LIMIT 1) WHERE id = 'pair-test'",
    );
    agree(&mut db, "moved to another dwelling");
    run(
        &mut db,
        "UPDATE property SET living_area = living_area / 2, total_area = total_area + 1 \
         WHERE id IN (SELECT property_id FROM registration WHERE id = 'pair-test'); \
         UPDATE property SET rooms = rooms WHERE id IN (SELECT id FROM property LIMIT 50)",
    );
    agree(
        &mut db,
        "a dwelling's area changed, and others saved unchanged",
    );
    run(&mut db, "DELETE FROM registration WHERE id = 'pair-test'");
    agree(&mut db, "deleted");

    // A registration within its lease: the lease made to start after it and
    // put back, the registration's lease taken away and given back, and a
    // lease that comes after the registration naming it.
    let leased = pick(
        &mut db,
        "SELECT r.id FROM registration r JOIN lease l ON l.id = r.lease_id \
         WHERE r.status <> 'draft' AND r.date_from >= l.start_date \
           AND (l.end_date IS NULL OR coalesce(r.date_to, 'infinity'::date) <= l.end_date) \
         ORDER BY r.id COLLATE \"C\" LIMIT 1",
    );
    let outside = |db: &mut Client, id: &str| {
        column(db, "SELECT registration_id FROM registration_outside_lease")
            .contains(&id.to_owned())
    };
    let its_lease = format!("(SELECT lease_id FROM registration WHERE id = '{leased}')");
    run(
        &mut db,
        &format!(
            "CREATE TEMP TABLE kept_lease AS SELECT * FROM lease WHERE id = {its_lease}; \
             UPDATE lease SET start_date = \
               (SELECT date_from + 1 FROM registration WHERE id = '{leased}') \
             WHERE id = {its_lease}"
        ),
    );
    agree(&mut db, "a lease made to start after its registration");
    assert!(outside(&mut db, &leased));
    run(
        &mut db,
        &format!(
            "UPDATE lease SET start_date = (SELECT start_date FROM kept_lease) \
             WHERE id = {its_lease}"
        ),
    );
    agree(&mut db, "the lease put back");
    assert!(!outside(&mut db, &leased));
    run(
        &mut db,
        &format!(
            "UPDATE lease SET end_date = \
               (SELECT date_from FROM registration WHERE id = '{leased}') \
             WHERE id = {its_lease}; \
             UPDATE registration SET lease_id = NULL WHERE id = '{leased}'"
        ),
    );
    agree(
        &mut db,
        "a lease ended on its registration's first day, then taken away",
    );
    assert!(!outside(&mut db, &leased));
    run(
        &mut db,
        &format!(
            "UPDATE registration SET lease_id = 'lease-later' WHERE id = '{leased}'; \
             UPDATE kept_lease SET id = 'lease-later', \
               end_date = (SELECT date_from FROM registration WHERE id = '{leased}'); \
             INSERT INTO lease SELECT * FROM kept_lease"
        ),
    );
    agree(&mut db, "a lease that comes after its registration");
    assert!(outside(&mut db, &leased));

    // A person given a namesake's IIN, the IIN taken away and given back,
    // the person deleted; then one statement over many people.
    let iin = pick(
        &mut db,
        "SELECT iin FROM person WHERE iin IS NOT NULL GROUP BY iin HAVING count(*) = 1 \
         ORDER BY iin COLLATE \"C\" LIMIT 1",
    );
    let shared = |db: &mut Client, iin: &str| {
        column(db, "SELECT iin FROM iin_recorded_twice").contains(&iin.to_owned())
    };
    run(
        &mut db,
        &format!(
            "INSERT INTO person (id, kind, surname, given_name, birth_date, sex, iin) \
             SELECT 'pair-test', kind, surname, given_name, birth_date, sex, iin \
             FROM person WHERE iin = '{iin}'"
        ),
    );
    agree(&mut db, "a namesake");
    assert!(shared(&mut db, &iin));
    run(
        &mut db,
        "UPDATE person SET iin = NULL WHERE id = 'pair-test'",
    );
    agree(&mut db, "the IIN taken away");
    assert!(!shared(&mut db, &iin));
    run(
        &mut db,
        &format!("UPDATE person SET iin = '{iin}' WHERE id = 'pair-test'"),
    );
    agree(&mut db, "the IIN given back");
    run(&mut db, "DELETE FROM person WHERE id = 'pair-test'");
    agree(&mut db, "the namesake deleted");
    assert!(!shared(&mut db, &iin));
    run(
        &mut db,
        "UPDATE registration SET status = 'draft' \
         WHERE person_id IN (SELECT person_id FROM person_registered_twice ORDER BY 1 LIMIT 5); \
         UPDATE person SET iin = NULL \
         WHERE iin IN (SELECT iin FROM iin_recorded_twice ORDER BY 1 LIMIT 3); \
         UPDATE registration SET status = 'submitted' WHERE status = 'draft'",
    );
    agree(&mut db, "statements over many rows");

    // A clerk's import (the normal path: the tables are not empty, and not
    // the clerk's) and a clerk's save.
    let mut owner = Store::open_server(written.url(), &OpenOptions::default()).unwrap();
    owner.install_roles().unwrap();
    drop(owner);
    let name = format!("clerk_pairs_{}", std::process::id());
    let clerk_url = login(&mut db, written.url(), &name, "jalga_clerk", None);
    let mut clerk = Store::open_server(&clerk_url, &OpenOptions::default()).unwrap();
    let mut csv = Vec::new();
    synthetic::write_registrations_csv(300, &mut csv).unwrap();
    interchange::import(&mut clerk, Format::Csv, &mut &csv[..]).unwrap();
    interchange::import(&mut clerk, Format::Csv, &mut &csv[..]).unwrap();
    agree(&mut db, "a clerk's imports");
    let mut person: Person = clerk.get(&once).unwrap().unwrap();
    person.iin = Some(iin.clone());
    let u = clerk.write("save").unwrap();
    u.save(&person).unwrap();
    u.commit().unwrap();
    agree(&mut db, "a clerk's save");
    assert!(shared(&mut db, &iin));

    // A login limited to a district reads only the entries of the people
    // and dwellings it sees.
    let district = pick(
        &mut db,
        "SELECT d.district FROM person_registered_twice t \
         JOIN registration r ON r.person_id = t.person_id \
         JOIN property d ON d.id = r.property_id \
         WHERE d.district IS NOT NULL ORDER BY 1 LIMIT 1",
    );
    let local = format!("clerk_pairs_local_{}", std::process::id());
    let local_url = login(
        &mut db,
        written.url(),
        &local,
        "jalga_clerk",
        Some(&district),
    );
    let mut local_db = Client::connect(&local_url, NoTls).unwrap();
    let seen = column(
        &mut local_db,
        "SELECT person_id FROM person_registered_twice ORDER BY person_id COLLATE \"C\"",
    );
    // Whom the district's clerk sees, as the owner reckons it: the people
    // registered, notified or party to a lease in its dwellings.
    let expected = column(
        &mut db,
        &format!(
            "SELECT t.person_id FROM person_registered_twice t \
             WHERE EXISTS (SELECT 1 FROM registration r JOIN property d ON d.id = r.property_id \
                           WHERE r.person_id = t.person_id AND d.district = '{district}') \
                OR EXISTS (SELECT 1 FROM foreigner_notice n JOIN property d ON d.id = n.property_id \
                           WHERE (n.person_id = t.person_id OR n.host_id = t.person_id) \
                             AND d.district = '{district}') \
                OR EXISTS (SELECT 1 FROM lease l JOIN property d ON d.id = l.property_id \
                           WHERE (l.landlord_id = t.person_id OR l.tenant_id = t.person_id) \
                             AND d.district = '{district}') \
             ORDER BY t.person_id COLLATE \"C\""
        ),
    );
    let dwellings_seen = column(
        &mut local_db,
        "SELECT property_id FROM property_crowding ORDER BY property_id COLLATE \"C\"",
    );
    let dwellings_expected = column(
        &mut db,
        &format!(
            "SELECT c.property_id FROM property_crowding c JOIN property d ON d.id = c.property_id \
             WHERE d.district = '{district}' ORDER BY c.property_id COLLATE \"C\""
        ),
    );
    let every_dwelling = column(&mut db, "SELECT property_id FROM property_crowding");
    assert_eq!(dwellings_seen, dwellings_expected);
    assert!(
        !dwellings_seen.is_empty() && dwellings_seen.len() < every_dwelling.len(),
        "{} of {}",
        dwellings_seen.len(),
        every_dwelling.len()
    );
    assert_eq!(seen, expected);
    assert!(!seen.is_empty());
}
