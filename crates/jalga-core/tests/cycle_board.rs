//! The registration cycle on the deadline dashboard
//! (`landlord::cycle_board`) against the case table `cases/cycle-board.tsv`:
//! each step stays on the board once done, with its day; the
//! de-registration after a lease ended early appears with its deadline.
//! The steps are taken through the core's cycle, as the app takes them.

use jalga_core::domain::{PersonKind, Registration};
use jalga_core::landlord::cycle::{
    create_from_lease, mark_notice, mark_registration, Created, NoticeStep, Step,
};
use jalga_core::landlord::cycle_board::{cycle_board, CycleStepKind, StepState};
use jalga_core::landlord::tenancy::end_lease;
use jalga_core::Store;

use super::today::{date, lease, person, store, tenancy};

fn state_text(s: StepState) -> String {
    match s {
        StepState::Done { on, late_days: 0 } => format!("done@{on}"),
        StepState::Done { on, late_days } => format!("done@{on}+{late_days}"),
        StepState::Due { due, .. } => format!("due@{due}"),
        StepState::Overdue { due, .. } => format!("overdue@{due}"),
        StepState::Waiting => "waiting".into(),
        StepState::Exempt => "exempt".into(),
        StepState::Later => "later".into(),
    }
}

/// The one registration or notice the steps made.
fn made(s: &Store) -> String {
    let regs = s.list::<Registration>().unwrap();
    match regs.first() {
        Some(r) => r.id.clone(),
        None => s.list::<jalga_core::domain::ForeignerNotice>().unwrap()[0]
            .id
            .clone(),
    }
}

fn take_steps(s: &mut Store, steps: &str) {
    if steps == "-" {
        return;
    }
    for st in steps.split(';') {
        let (what, on) = st.split_once('@').expect("step@day");
        let on = date(on);
        match what {
            "create" => {
                let c = create_from_lease(s, "l1", "t", on).unwrap();
                assert!(matches!(
                    c,
                    Created::Registration { .. } | Created::Notice { .. }
                ));
            }
            "submit" => drop(mark_registration(s, &made(s), Step::Submitted, on).unwrap()),
            "register" => drop(mark_registration(s, &made(s), Step::Registered, on).unwrap()),
            "deregister" => drop(mark_registration(s, &made(s), Step::Ended, on).unwrap()),
            "send" => drop(mark_notice(s, &made(s), NoticeStep::Sent, on).unwrap()),
            "end-lease" => drop(end_lease(s, "l1", on).unwrap()),
            other => panic!("unknown step {other}"),
        }
    }
}

#[test]
fn the_cycle_board_shows_every_step_by_the_case_table() {
    let table = include_str!("cases/cycle-board.tsv");
    let mut n = 0;
    let mut wrong = Vec::new();
    for (line, row) in table.lines().enumerate() {
        if row.starts_with('#') || row.starts_with("case\t") || row.trim().is_empty() {
            continue;
        }
        n += 1;
        let c: Vec<&str> = row.split('\t').collect();
        assert_eq!(c.len(), 8, "line {}: {row}", line + 1);
        let kind = match c[1] {
            "foreigner" => PersonKind::Foreigner,
            _ => PersonKind::Citizen,
        };
        let start = date(c[3]);
        let mut t = person("t", kind, date(c[2]));
        if kind == PersonKind::Foreigner {
            t.entry_date = Some(start);
        }
        let (_dir, mut s) = store();
        tenancy(&mut s, &t, &lease(start, Some(date(c[4]))));
        take_steps(&mut s, c[5]);
        let board = cycle_board(&s, date(c[6])).unwrap();
        let row = board
            .rows
            .iter()
            .find(|r| r.person_id == "t")
            .unwrap_or_else(|| panic!("line {}: no row for the tenant", line + 1));
        let kinds: Vec<CycleStepKind> = row.steps.iter().map(|s| s.step).collect();
        assert_eq!(
            kinds,
            [
                CycleStepKind::Submitted,
                CycleStepKind::Registered,
                CycleStepKind::Deregistered
            ],
            "line {}",
            line + 1
        );
        let got = row
            .steps
            .iter()
            .map(|s| state_text(s.state))
            .collect::<Vec<_>>()
            .join(" ");
        if got != c[7] {
            wrong.push(format!(
                "line {}: {}: got {got}, want {}",
                line + 1,
                c[0],
                c[7]
            ));
        }
        // A step with a deadline carries the engine's, explained.
        for st in &row.steps {
            if let Some(d) = &st.deadline {
                assert!(!d.explanation.id.is_empty());
                assert!(!d.notes.is_empty(), "line {}: {}", line + 1, c[0]);
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(n >= 12);
}

#[test]
fn the_rows_with_an_overdue_step_come_first() {
    let (_dir, mut s) = store();
    let t = person("t", PersonKind::Citizen, date("1990-03-04"));
    tenancy(
        &mut s,
        &t,
        &lease(date("2026-03-02"), Some(date("2027-03-01"))),
    );
    // A second tenant, registered, at the same dwelling under lease l2.
    let u = jalga_core::domain::Person {
        surname: "Aaa".into(),
        ..person("u", PersonKind::Citizen, date("1991-01-01"))
    };
    let l2 = jalga_core::domain::Lease {
        id: "l2".into(),
        tenant_id: "u".into(),
        ..lease(date("2026-03-02"), Some(date("2027-03-01")))
    };
    tenancy(&mut s, &u, &l2);
    let c = create_from_lease(&mut s, "l2", "u", date("2026-03-03")).unwrap();
    let Created::Registration { id } = c else {
        panic!("{c:?}")
    };
    mark_registration(&mut s, &id, Step::Submitted, date("2026-03-03")).unwrap();
    let board = cycle_board(&s, date("2026-03-20")).unwrap();
    let order: Vec<&str> = board.rows.iter().map(|r| r.person_id.as_str()).collect();
    // "Aaa" sorts first by name, but "t" is overdue.
    assert_eq!(order, ["t", "u"]);
    assert_eq!(board.more, 0);
}
