//! The demo's registrations and foreigners' notices.

use super::records::WORKER_NAMES;
use super::*;
use RegistrationKind::{Permanent, Temporary};
use RegistrationStatus::{Draft, Ended, Registered, Submitted};

/// The demo's registrations.
pub(super) fn registrations() -> Vec<Registration> {
    let mut registrations = vec![
        registration(
            "r-0001",
            "p-zhaksybekov-daniyar",
            "ast-tauelsizdik-34-45",
            Some("l-tauelsizdik-2026"),
            Temporary,
            Registered,
            date(2026, 3, 5),
            Some(date(2027, 2, 28)),
            "Ахметов Нурлан Серикович",
        ),
        registration(
            "r-0002",
            "p-zhaksybekova-madina",
            "ast-tauelsizdik-34-45",
            Some("l-tauelsizdik-2026"),
            Temporary,
            Registered,
            date(2026, 3, 5),
            Some(date(2027, 2, 28)),
            "Ахметов Нурлан Серикович",
        ),
        registration(
            "r-0003",
            "p-zhaksybekov-alikhan",
            "ast-tauelsizdik-34-45",
            Some("l-tauelsizdik-2026"),
            Temporary,
            Submitted,
            date(2026, 3, 5),
            Some(date(2027, 2, 28)),
            "Ахметов Нурлан Серикович",
        ),
        registration(
            "r-0004",
            "p-akhmetov-nurlan",
            "ast-seifullin-29-7",
            None,
            Permanent,
            Registered,
            date(2012, 5, 20),
            None,
            "Омарова Сауле Кайратовна",
        ),
        registration(
            "r-0005",
            "p-omarova-saule",
            "ast-seifullin-29-7",
            None,
            Permanent,
            Registered,
            date(2004, 9, 1),
            None,
            "Омарова Сауле Кайратовна",
        ),
        registration(
            "r-0006",
            "p-kim-elena",
            "alm-abay-150-21",
            Some("l-abay-2026"),
            Temporary,
            Draft,
            date(2026, 6, 3),
            Some(date(2027, 5, 31)),
            "Сейткали Айгерим Болатовна",
        ),
        // Registered twice: Kim Elena still holds a temporary registration in
        // Astana that overlaps the Almaty one above.
        registration(
            "r-0007",
            "p-kim-elena",
            "ast-tauelsizdik-34-45",
            None,
            Temporary,
            Registered,
            date(2026, 1, 10),
            Some(date(2026, 12, 31)),
            "Ахметов Нурлан Серикович",
        ),
        registration(
            "r-0008",
            "p-seitkali-aigerim",
            "alm-abay-150-21",
            None,
            Permanent,
            Registered,
            date(2015, 2, 11),
            None,
            "Сейткали Айгерим Болатовна",
        ),
        registration(
            "r-0009",
            "p-iskakova-gulnara",
            "alm-abay-150-21",
            None,
            Permanent,
            Ended,
            date(2010, 4, 2),
            Some(date(2024, 8, 30)),
            "Сейткали Айгерим Болатовна",
        ),
        registration(
            "r-0010",
            "p-ivanov-sergey",
            "alm-dostyk-85-9",
            Some("l-dostyk-2026"),
            Temporary,
            Registered,
            date(2026, 9, 16),
            Some(date(2027, 3, 14)),
            "ТОО «Достык Тұрғын Үй»",
        ),
        registration(
            "r-0011",
            "p-asanov-bakyt",
            "alm-dostyk-85-9",
            Some("l-dostyk-2026"),
            Temporary,
            Submitted,
            date(2026, 10, 3),
            Some(date(2026, 12, 29)),
            "ТОО «Достык Тұрғын Үй»",
        ),
        registration(
            "r-0012",
            "p-karimov-rustam",
            "ast-seifullin-29-7",
            None,
            Temporary,
            Registered,
            date(2026, 10, 22),
            Some(date(2027, 1, 18)),
            "Омарова Сауле Кайратовна",
        ),
        registration(
            "r-0013",
            "p-yusupova-dilnoza",
            "ast-seifullin-29-7",
            None,
            Temporary,
            Draft,
            date(2026, 11, 5),
            Some(date(2027, 6, 30)),
            "Омарова Сауле Кайратовна",
        ),
        registration(
            "r-0014",
            "p-wang-li",
            "alm-dostyk-85-9",
            None,
            Temporary,
            Submitted,
            date(2026, 11, 12),
            Some(date(2027, 2, 8)),
            "ТОО «Достык Тұрғын Үй»",
        ),
        registration(
            "r-0015",
            "p-tulegenov-arman",
            "ast-kabanbay-53-112",
            Some("l-kabanbay-2026"),
            Temporary,
            Registered,
            date(2026, 1, 20),
            Some(date(2026, 12, 31)),
            "Нурпеисов Ерлан Асханович",
        ),
    ];
    for i in 0..WORKER_NAMES.len() {
        let n = i as u32;
        let from = date(2026, 2 + n % 9, 1 + n * 2);
        let status = match i % 4 {
            0 | 1 => Registered,
            2 => Submitted,
            _ => Draft,
        };
        registrations.push(registration(
            &format!("r-{:04}", 101 + i),
            &format!("p-worker-{:02}", i + 1),
            "ast-kabanbay-53-112",
            None,
            Temporary,
            status,
            from,
            from.checked_add_months(chrono::Months::new(6)),
            "Нурпеисов Ерлан Асханович",
        ));
    }
    registrations
}

/// The demo's foreigner notices.
pub(super) fn foreigner_notices() -> Vec<ForeignerNotice> {
    let foreigner_notices = vec![
        ForeignerNotice {
            id: "n-0001".into(),
            person_id: "p-ivanov-sergey".into(),
            property_id: "alm-dostyk-85-9".into(),
            host_id: "p-omarova-saule".into(),
            arrival_date: date(2026, 9, 15),
            status: NoticeStatus::Confirmed,
            filed_on: None,
        },
        ForeignerNotice {
            id: "n-0002".into(),
            person_id: "p-asanov-bakyt".into(),
            property_id: "alm-dostyk-85-9".into(),
            host_id: "p-omarova-saule".into(),
            arrival_date: date(2026, 10, 1),
            status: NoticeStatus::Sent,
            filed_on: None,
        },
        ForeignerNotice {
            id: "n-0003".into(),
            person_id: "p-karimov-rustam".into(),
            property_id: "ast-seifullin-29-7".into(),
            host_id: "p-omarova-saule".into(),
            arrival_date: date(2026, 10, 20),
            status: NoticeStatus::Confirmed,
            filed_on: None,
        },
        ForeignerNotice {
            id: "n-0004".into(),
            person_id: "p-yusupova-dilnoza".into(),
            property_id: "ast-seifullin-29-7".into(),
            host_id: "p-omarova-saule".into(),
            arrival_date: date(2026, 11, 2),
            status: NoticeStatus::Draft,
            filed_on: None,
        },
        ForeignerNotice {
            id: "n-0005".into(),
            person_id: "p-wang-li".into(),
            property_id: "alm-dostyk-85-9".into(),
            host_id: "p-omarova-saule".into(),
            arrival_date: date(2026, 11, 10),
            status: NoticeStatus::Sent,
            filed_on: None,
        },
    ];
    foreigner_notices
}
