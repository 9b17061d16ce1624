//! The office server with several clerks at once (PostgreSQL only; skipped
//! without the test server, see `conformance.rs`).
#![cfg(feature = "postgres")]

use std::sync::{Arc, Barrier};

use jalga_core::domain::{Person, Property};
use jalga_core::interchange;
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::pg::{self, PgStore};
use jalga_core::store::{change_log, OpenOptions};
use jalga_core::Store;
use jalga_testkit::demo::demo_bundle;

fn clerk(url: &str, n: usize) -> PgStore {
    PgStore::open(
        url,
        &OpenOptions {
            actor: Some(format!("clerk-{n}")),
            ..OpenOptions::default()
        },
    )
    .unwrap()
}

/// A dwelling of the demo under another id.
fn flat(template: &Property, id: String) -> Property {
    Property {
        id,
        ..template.clone()
    }
}

#[test]
fn eight_clerks_write_at_once_and_the_log_chains_every_write() {
    let Some(url) = test_server("eight_clerks_write_at_once_and_the_log_chains_every_write") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let template = demo_bundle().properties[0].clone();
    // The schema exists before the clerks come (each open would wait for
    // the first one's migration anyway).
    drop(clerk(db.url(), 0));
    const IMPORTS: usize = 4;
    const SAVERS: usize = 4;
    const PER_IMPORT: usize = 200;
    const SAVES: usize = 25;
    let start = Arc::new(Barrier::new(IMPORTS + SAVERS));
    let mut workers = Vec::new();
    for n in 0..IMPORTS + SAVERS {
        let (url, start, template) = (db.url().to_owned(), start.clone(), template.clone());
        workers.push(std::thread::spawn(move || {
            let mut store = clerk(&url, n + 1);
            start.wait();
            if n < IMPORTS {
                // An import: its own dwellings, one unit.
                store
                    .transact("import", |u| {
                        (0..PER_IMPORT)
                            .try_for_each(|i| u.put(&flat(&template, format!("imp-{n}-{i}"))))
                    })
                    .unwrap();
            } else {
                // A clerk saving one record at a time: its own dwellings,
                // and the same shared one as every other saving clerk.
                for i in 0..SAVES {
                    let own = flat(&template, format!("own-{n}-{i}"));
                    let mut shared = flat(&template, "shared".into());
                    shared.rooms = (n * 100 + i) as u32 % 9 + 1;
                    store
                        .transact("save", |u| {
                            u.save(&own)?;
                            u.save(&shared)
                        })
                        .unwrap();
                }
            }
        }));
    }
    for w in workers {
        w.join().expect("a clerk's thread failed");
    }
    let mut store = clerk(db.url(), 99);
    let expected_records = IMPORTS * PER_IMPORT + SAVERS * SAVES + 1;
    assert_eq!(store.count::<Property>().unwrap(), expected_records as u64);
    // Every unit is in the chain, unbroken: one row per import, two per save.
    let verdict = pg::log_verify(&mut store).unwrap();
    assert_eq!(verdict.first_broken, None);
    assert_eq!(verdict.entries, (IMPORTS + SAVERS * SAVES * 2) as u64);
    let log = pg::log_list(&mut store, 10_000).unwrap();
    for n in 1..=IMPORTS {
        let theirs: Vec<_> = log
            .iter()
            .filter(|e| e.actor == format!("clerk-{n}"))
            .collect();
        assert_eq!(theirs.len(), 1, "clerk-{n}'s import");
        assert_eq!(theirs[0].summary, format!("{PER_IMPORT} property import"));
    }
    for n in IMPORTS + 1..=IMPORTS + SAVERS {
        let theirs = log
            .iter()
            .filter(|e| e.actor == format!("clerk-{n}"))
            .count();
        assert_eq!(theirs, SAVES * 2, "clerk-{n}'s saves");
    }
    // A unit's rows are consecutive: no other clerk's row falls between a
    // save's two rows (the head was held from the unit's start).
    let mut chain = log.clone();
    chain.sort_by_key(|e| e.seq);
    for pair in chain.windows(2) {
        if pair[0].action == "save" && pair[0].entity_id.starts_with("own-") {
            assert_eq!(pair[1].actor, pair[0].actor, "seq {}", pair[1].seq);
            assert_eq!(pair[1].entity_id, "shared");
        }
    }
    // The shared dwelling holds the last saver's value, whoever that was.
    let last_shared = chain
        .iter()
        .rev()
        .find(|e| e.entity_id == "shared")
        .unwrap();
    let n: usize = last_shared.actor["clerk-".len()..]
        .parse::<usize>()
        .unwrap()
        - 1;
    let shared: Property = store.get("shared").unwrap().unwrap();
    assert_eq!(shared.rooms, ((n * 100 + SAVES - 1) as u32) % 9 + 1);
}

/// A login of the test server with `role` and `district` (None: the
/// whole city), and the URL it connects with; the test cluster trusts
/// local logins, so no password.
pub(crate) fn login(
    admin: &mut Client,
    url: &str,
    name: &str,
    role: &str,
    district: Option<&str>,
) -> String {
    admin
        .batch_execute(&format!(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{name}') \
             THEN CREATE ROLE {name} LOGIN; END IF; END $$; GRANT {role} TO {name};"
        ))
        .unwrap();
    admin
        .execute(
            "INSERT INTO jalga_access (login, district) VALUES ($1, $2)",
            &[&name, &district],
        )
        .unwrap();
    let theirs = url.replacen("://postgres@", &format!("://{name}@"), 1);
    assert_ne!(theirs, url, "the test server's URL names its user postgres");
    theirs
}

#[test]
fn a_yesil_clerk_neither_sees_nor_changes_saryarka_people() {
    let Some(url) = test_server("a_yesil_clerk_neither_sees_nor_changes_saryarka_people") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    let demo = demo_bundle();
    let mut owner = Store::open_server(db.url(), &OpenOptions::default()).unwrap();
    interchange::write_bundle(&mut owner, &demo).unwrap();
    owner.install_roles().unwrap();
    // Again: nothing changes, nothing fails.
    owner.install_roles().unwrap();
    let (yesil, saryarka) = ("Есильский район", "район Сарыарка");
    let in_district = |district: &str| -> Vec<String> {
        let flats: Vec<&str> = demo
            .properties
            .iter()
            .filter(|p| p.district.as_deref() == Some(district))
            .map(|p| p.id.as_str())
            .collect();
        demo.registrations
            .iter()
            .filter(|r| flats.contains(&r.property_id.as_str()))
            .map(|r| r.person_id.clone())
            .collect()
    };
    let (yesil_people, saryarka_people) = (in_district(yesil), in_district(saryarka));
    assert!(!yesil_people.is_empty() && !saryarka_people.is_empty());
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    let unique = std::process::id();
    let clerk_url = login(
        &mut admin,
        db.url(),
        &format!("clerk_yesil_{unique}"),
        "jalga_clerk",
        Some(yesil),
    );
    let supervisor_url = login(
        &mut admin,
        db.url(),
        &format!("supervisor_{unique}"),
        "jalga_supervisor",
        None,
    );
    let mut clerk = Store::open_server(&clerk_url, &OpenOptions::default()).unwrap();
    // Sees Yesil's dwellings and people, none of Saryarka's.
    let seen: Vec<String> = clerk
        .list::<Person>()
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    assert!(yesil_people.iter().all(|p| seen.contains(p)), "{seen:?}");
    assert!(
        saryarka_people.iter().all(|p| !seen.contains(p)),
        "{seen:?}"
    );
    assert!(clerk
        .list::<Property>()
        .unwrap()
        .iter()
        .all(|p| p.district.as_deref() == Some(yesil)));
    assert_eq!(clerk.get::<Person>(&saryarka_people[0]).unwrap(), None);
    // Changing a Saryarka person is refused and changes nothing.
    let theirs: Person = owner.get(&saryarka_people[0]).unwrap().unwrap();
    let mut edited = theirs.clone();
    edited.surname = "Changed".into();
    let u = clerk.write("save").unwrap();
    assert!(
        u.save(&edited).is_err(),
        "a Yesil clerk changed a Saryarka person"
    );
    drop(u);
    assert_eq!(owner.get::<Person>(&theirs.id).unwrap(), Some(theirs));
    // A Yesil person is the clerk's to change, and the change is logged.
    let mut ours: Person = clerk.get(&yesil_people[0]).unwrap().unwrap();
    ours.phone = Some("+7 701 000 00 00".into());
    let u = clerk.write("save").unwrap();
    u.save(&ours).unwrap();
    u.commit().unwrap();
    assert_eq!(owner.get::<Person>(&ours.id).unwrap(), Some(ours.clone()));
    assert_eq!(change_log::verify(&owner).unwrap().first_broken, None);
    // The supervisor reads the whole city and writes nothing.
    let mut supervisor = Store::open_server(&supervisor_url, &OpenOptions::default()).unwrap();
    assert_eq!(
        supervisor.count::<Person>().unwrap(),
        demo.persons.len() as u64
    );
    let u = supervisor.write("save");
    let refused = match u {
        Ok(u) => u.save(&ours).and_then(|()| u.commit()).is_err(),
        Err(_) => true,
    };
    assert!(refused, "a supervisor wrote");
}
