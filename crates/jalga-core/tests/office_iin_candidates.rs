//! The office server's index of IIN suspects (schema step 13,
//! `jalga_iin_suspect`) against the audit's own rule
//! (`audit::iin_verdict`): every person the rule reports is a suspect, and
//! on these people the two agree exactly, save an IIN with spaces around it
//! (the rule trims them, the server need not). PostgreSQL only; skipped
//! without a test server.
#![cfg(feature = "postgres")]

use chrono::{Datelike, Duration, NaiveDate};
use jalga_core::audit::iin_verdict;
use jalga_core::domain::Code;
use jalga_core::ident::Sex;
use jalga_core::store::pg::postgres::{Client, NoTls};
use jalga_core::store::pg::scratch::{test_server, ScratchDb};
use jalga_core::store::OpenOptions;
use jalga_core::Store;
use jalga_testkit::demo::make_iin;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// (kind, IIN, birth date, sex) of a person record.
type Person = (&'static str, Option<String>, NaiveDate, &'static str);

/// The code of the other sex than `code`'s.
fn other_sex(code: &str) -> &'static str {
    match Sex::from_code(code) {
        Some(Sex::Male) => Sex::Female.code(),
        _ => Sex::Male.code(),
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The IIN case table's inputs, each on a record that agrees with it where
/// it can, on one that does not, and on a foreigner's.
fn from_the_case_table() -> Vec<Person> {
    let table = include_str!("cases/iin.tsv");
    let mut out = Vec::new();
    for line in table.lines().filter(|l| !l.starts_with('#')) {
        let Some((input, expected)) = line.split_once('\t') else {
            continue;
        };
        let (birth, sex) = match expected.strip_prefix("valid ") {
            Some(v) => {
                let (b, s) = v.split_once(' ').unwrap();
                (day(b), Sex::from_code(s).unwrap().code())
            }
            None => (day("1990-01-01"), "male"),
        };
        let other = other_sex(sex);
        for person in [
            ("citizen", birth, sex),
            ("citizen", birth + Duration::days(1), sex),
            ("citizen", birth, other),
            ("foreigner", birth, sex),
        ] {
            out.push((person.0, Some(input.to_owned()), person.1, person.2));
        }
    }
    out.push(("citizen", None, day("1990-01-01"), "male"));
    out.push(("foreigner", None, day("1990-01-01"), "female"));
    out
}

/// People made at random: valid IINs (the record agreeing, or off by a
/// day, a year, a century or the sex), and IINs with one digit changed,
/// two swapped, or twelve digits drawn at random.
fn generated(n: usize) -> Vec<Person> {
    let mut rng = StdRng::seed_from_u64(13);
    let first = day("1900-01-01");
    (0..n)
        .map(|_| {
            let birth = first + Duration::days(rng.random_range(0..73_000));
            let sex = if rng.random_bool(0.5) {
                Sex::Male
            } else {
                Sex::Female
            };
            let mut iin = make_iin(birth, sex, rng.random_range(0..10_000)).into_bytes();
            let mut recorded = birth;
            let mut recorded_sex = sex.code();
            match rng.random_range(0..8) {
                0 => {
                    let at = rng.random_range(0..12);
                    iin[at] = b'0' + rng.random_range(0..10);
                }
                1 => {
                    let at = rng.random_range(0..11);
                    iin.swap(at, at + 1);
                }
                2 => iin = (0..12).map(|_| b'0' + rng.random_range(0..10)).collect(),
                3 => recorded += Duration::days(rng.random_range(-400..400)),
                4 => {
                    recorded = recorded
                        .with_year(recorded.year() - 100)
                        .unwrap_or(recorded)
                }
                5 => recorded_sex = other_sex(recorded_sex),
                _ => {}
            }
            let kind = if rng.random_bool(0.9) {
                "citizen"
            } else {
                "foreigner"
            };
            (
                kind,
                Some(String::from_utf8(iin).unwrap()),
                recorded,
                recorded_sex,
            )
        })
        .collect()
}

#[test]
fn the_server_suspects_every_person_the_iin_rule_reports() {
    let Some(url) = test_server("the_server_suspects_every_person_the_iin_rule_reports") else {
        return;
    };
    let db = ScratchDb::create(&url).unwrap();
    // Opening it migrates it: the function is the schema's.
    drop(Store::open_server(db.url(), &OpenOptions::default()).unwrap());
    let mut admin = Client::connect(db.url(), NoTls).unwrap();
    let judge = admin
        .prepare("SELECT jalga_iin_suspect($1, $2, $3::text::date, $4)")
        .unwrap();
    let mut people = from_the_case_table();
    people.extend(generated(20_000));
    let (mut reported, mut over) = (0, 0);
    for (kind, iin, birth, sex) in &people {
        let rule = iin_verdict(kind, iin.as_deref(), *birth, sex).is_some();
        let server: bool = admin
            .query_one(&judge, &[kind, iin, &birth.to_string(), sex])
            .unwrap()
            .get(0);
        let padded = iin.as_deref().is_some_and(|i| i.trim() != i);
        let person = (kind, iin, birth, sex);
        assert!(!rule || server, "reported but not a suspect: {person:?}");
        if !padded {
            assert_eq!(server, rule, "{person:?}");
        }
        reported += usize::from(rule);
        over += usize::from(server && !rule);
    }
    // The generated people reach every branch: many reported, many not.
    assert!(
        reported > 5_000 && people.len() - reported > 5_000,
        "{reported}"
    );
    // The one suspect the rule clears: the case table's valid IIN with
    // spaces around it, on the citizen's and the foreigner's agreeing record.
    assert_eq!(over, 2);
}
