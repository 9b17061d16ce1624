//! "Registered on a day" is one rule: the Rust predicate the landlord's
//! screens use and the SQL condition the audit and the charts use agree on
//! every case of the table.

use chrono::NaiveDate;
use jalga_core::domain::on_day::registered_on;
use jalga_core::domain::{Code, Registration, RegistrationKind, RegistrationStatus};
use jalga_core::store::on_day_sql::REGISTERED_ON;
use rusqlite::{named_params, Connection};

fn reg(status: RegistrationStatus, from: &str, to: Option<&str>) -> Registration {
    let d = |s: &str| s.parse::<NaiveDate>().unwrap();
    Registration {
        id: "r".into(),
        person_id: "p".into(),
        property_id: "d".into(),
        kind: RegistrationKind::Temporary,
        status,
        date_from: d(from),
        date_to: to.map(d),
        ..Default::default()
    }
}

#[test]
fn registered_on_a_day_is_the_same_in_rust_and_in_sql() {
    use RegistrationStatus::*;
    let cases = [
        (Registered, "2026-01-01", None, "2026-03-01", true),
        (
            Submitted,
            "2026-01-01",
            Some("2026-03-01"),
            "2026-03-01",
            true,
        ),
        (
            Registered,
            "2026-01-01",
            Some("2026-02-28"),
            "2026-03-01",
            false,
        ),
        (Registered, "2026-03-02", None, "2026-03-01", false),
        (Registered, "2026-03-01", None, "2026-03-01", true),
        (Draft, "2026-01-01", None, "2026-03-01", false),
        (Ended, "2026-01-01", None, "2026-03-01", false),
    ];
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE TABLE registration (status TEXT, date_from TEXT, date_to TEXT)")
        .unwrap();
    let sql = format!("SELECT count(*) FROM registration r WHERE {REGISTERED_ON}");
    for (status, from, to, day, want) in cases {
        let r = reg(status, from, to);
        assert_eq!(
            registered_on(&r, day.parse().unwrap()),
            want,
            "{status:?} {from} {to:?} on {day}"
        );
        conn.execute("DELETE FROM registration", []).unwrap();
        conn.execute(
            "INSERT INTO registration VALUES (?1, ?2, ?3)",
            (status.code(), from, to),
        )
        .unwrap();
        let n: i64 = conn
            .query_row(&sql, named_params! { ":today": day }, |r| r.get(0))
            .unwrap();
        assert_eq!(n == 1, want, "SQL: {status:?} {from} {to:?} on {day}");
    }
}
