//! Days inside sentences: a message's day argument is written as each
//! language writes days (`typed_day`: 21.12.2026 in kk and ru, 21/12/2026
//! in en), wherever the message comes from (a rule, a validator, a refusal
//! of the cycle); in JSON the day stays ISO.

use chrono::NaiveDate;
use jalga_core::domain::{validate_record, Lease};
use jalga_core::i18n::{Lang, Message};
use jalga_core::rules::deadlines::{deadlines_builtin, DeadlineInput, PersonFacts};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn a_day_in_a_message_reads_as_each_language_writes_days() {
    let d = date("2026-12-21");
    let table: &[(Message, Lang, &str)] = &[
        (
            Message::new("today-document-expires")
                .arg("date", d)
                .arg("days", 5u32),
            Lang::Kk,
            "21.12.2026 дейін жарамды: 5 күн қалды.",
        ),
        (
            Message::new("today-document-expires")
                .arg("date", d)
                .arg("days", 5u32),
            Lang::Ru,
            "Действителен по 21.12.2026: осталось 5 дней.",
        ),
        (
            Message::new("today-document-expires")
                .arg("date", d)
                .arg("days", 5u32),
            Lang::En,
            "Valid through 21/12/2026: 5 days left.",
        ),
        (
            Message::new("cycle-date-before")
                .arg("on", date("2026-02-05"))
                .arg("earliest", d),
            Lang::Kk,
            "05.02.2026 күні 21.12.2026 күнінен ерте",
        ),
        (
            Message::new("cycle-date-before")
                .arg("on", date("2026-02-05"))
                .arg("earliest", d),
            Lang::Ru,
            "05.02.2026 раньше 21.12.2026",
        ),
        (
            Message::new("cycle-date-before")
                .arg("on", date("2026-02-05"))
                .arg("earliest", d),
            Lang::En,
            "05/02/2026 is before 21/12/2026",
        ),
        (
            Message::new("deadline-status-done")
                .arg("on", date("2026-03-09"))
                .arg("late", 0u32),
            Lang::En,
            "Done on 09/03/2026, in time",
        ),
    ];
    let mut wrong = Vec::new();
    for (m, lang, want) in table {
        let got = m.render(*lang);
        if got != *want {
            wrong.push(format!("{} in {lang}: got {got:?}, want {want:?}", m.id));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_rules_validators_and_refusals_put_their_days_in_each_language() {
    // A rule: the engine's explanation.
    let input = DeadlineInput {
        people: vec![PersonFacts {
            name: "Серікова Әлия".into(),
            citizenship: "KAZ".into(),
            moved_in: Some(date("2026-03-02")),
            entered_country: None,
            birth_date: Some(date("1995-02-01")),
            labour_contract_end: None,
            address_changed: false,
            registration: None,
            notice_filed: None,
            lease_end: None,
            moved_out: None,
            deregistered: None,
            stays: Vec::new(),
        }],
    };
    let d = &deadlines_builtin(&input, date("2026-03-05"))[0];
    for (lang, start, due) in [
        (Lang::Kk, "02.03.2026", "12.03.2026"),
        (Lang::Ru, "02.03.2026", "12.03.2026"),
        (Lang::En, "02/03/2026", "12/03/2026"),
    ] {
        let text = d.explanation.render(lang);
        assert!(text.contains(start) && text.contains(due), "{lang}: {text}");
        assert!(!text.contains("2026-03"), "{lang}: an ISO day left: {text}");
    }
    // A validator: the day goes through the validation error and back.
    let lease = Lease {
        id: "l1".into(),
        property_id: "d1".into(),
        landlord_id: "a".into(),
        tenant_id: "b".into(),
        start_date: date("2026-03-02"),
        end_date: Some(date("2026-01-31")),
        rent: 1,
        payment_day: 5,
        utilities: "x".into(),
        ..Default::default()
    };
    let v = validate_record("", &lease);
    let order = v
        .iter()
        .find(|v| v.message.id == "v-dates-order")
        .expect("the end before the start is refused");
    assert_eq!(
        order.message.render(Lang::Kk),
        "Аяқталуы 31.01.2026 басталуынан 02.03.2026 кейін болуы керек"
    );
    assert_eq!(
        order.message.render(Lang::En),
        "The end 31/01/2026 must come after the start 02/03/2026"
    );
}

#[test]
fn in_json_a_day_argument_stays_iso() {
    let m = Message::new("cycle-lease-over").arg("end", date("2026-12-21"));
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(
        json,
        serde_json::json!({ "id": "cycle-lease-over", "args": [["end", { "day": "2026-12-21" }]] })
    );
}

#[test]
fn a_signature_reads_its_day_as_each_language_writes_days() {
    use jalga_core::documents::SignatureSummary;
    use jalga_core::i18n::ToMessage;
    let at = chrono::DateTime::parse_from_rfc3339("2026-12-21T09:05:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let mut s = SignatureSummary {
        name: "Ахметов Нұрлан".into(),
        iin: Some("700505300016".into()),
        bin: None,
        signed_at: Some(at),
        party: Some("landlord".into()),
        holds: true,
        reasons: Vec::new(),
        detail: None,
        revocation: "not-checked".into(),
    };
    assert_eq!(
        s.localize(Lang::Kk),
        "Ахметов Нұрлан (ЖСН 700505300016) қол қойды, 21.12.2026 09:05 UTC"
    );
    assert_eq!(
        s.localize(Lang::En),
        "Signed by Ахметов Нұрлан (IIN 700505300016) on 21/12/2026 09:05 UTC"
    );
    s.signed_at = None;
    assert_eq!(
        s.localize(Lang::Ru),
        "Подписал(а) Ахметов Нұрлан (ИИН 700505300016), —"
    );
}
