//! The demo's records, one function per table.

use super::*;
use Sex::{Female, Male};

/// The "rubber flat": workers registered at one 35.7 m² one-room flat.
pub(super) const WORKER_NAMES: [(&str, &str); 12] = [
    ("Байжанов", "Ерасыл"),
    ("Касымов", "Жандос"),
    ("Мукашев", "Айбек"),
    ("Сапаров", "Бауыржан"),
    ("Толеубаев", "Ержан"),
    ("Абенов", "Нурсултан"),
    ("Есенов", "Адиль"),
    ("Курманов", "Дастан"),
    ("Жумабаев", "Азамат"),
    ("Оспанов", "Мирас"),
    ("Ибраев", "Тимур"),
    ("Ахметжанов", "Руслан"),
];

/// The demo's properties.
pub(super) fn properties() -> Vec<Property> {
    let properties = vec![
        property(
            "ast-kabanbay-53-112",
            "Астана",
            "Есильский район",
            "проспект Кабанбай батыра",
            "53",
            "112",
            "1002300456789",
            "21:320:045:112:1/112",
            (35.7, 33.9, 18.4),
            1,
            9,
        ),
        property(
            "ast-tauelsizdik-34-45",
            "Астана",
            "район Алматы",
            "проспект Тауелсиздик",
            "34",
            "45",
            "1002300987654",
            "21:318:112:034:1/45",
            (78.4, 72.1, 46.3),
            3,
            5,
        ),
        property(
            "ast-seifullin-29-7",
            "Астана",
            "район Сарыарка",
            "улица Сакена Сейфуллина",
            "29",
            "7",
            "1002300112233",
            "21:319:027:029:1/7",
            (54.2, 50.0, 31.5),
            2,
            2,
        ),
        property(
            "alm-abay-150-21",
            "Алматы",
            "Бостандыкский район",
            "проспект Абая",
            "150",
            "21",
            "1003400556677",
            "20:315:041:150:1/21",
            (64.0, 58.7, 38.9),
            2,
            4,
        ),
        property(
            "alm-dostyk-85-9",
            "Алматы",
            "Медеуский район",
            "проспект Достык",
            "85",
            "9",
            "1003400889900",
            "20:311:012:085:1/9",
            (92.5, 86.0, 60.2),
            3,
            3,
        ),
    ];
    properties
}

/// The demo's persons.
pub(super) fn persons() -> Vec<Person> {
    let mut persons = vec![
        citizen(
            "p-akhmetov-nurlan",
            ("Ахметов", "Нурлан", "Серикович"),
            date(1978, 4, 12),
            Male,
            1021,
        ),
        citizen(
            "p-seitkali-aigerim",
            ("Сейткали", "Айгерим", "Болатовна"),
            date(1985, 11, 3),
            Female,
            2044,
        ),
        citizen(
            "p-zhaksybekov-daniyar",
            ("Жаксыбеков", "Данияр", "Маратович"),
            date(1992, 7, 21),
            Male,
            3310,
        ),
        citizen(
            "p-zhaksybekova-madina",
            ("Жаксыбекова", "Мадина", "Ерлановна"),
            date(1994, 2, 14),
            Female,
            3311,
        ),
        citizen(
            "p-zhaksybekov-alikhan",
            ("Жаксыбеков", "Алихан", "Данниярович"),
            date(2019, 9, 30),
            Male,
            120,
        ),
        citizen(
            "p-omarova-saule",
            ("Омарова", "Сауле", "Кайратовна"),
            date(1969, 1, 8),
            Female,
            4502,
        ),
        citizen(
            "p-tulegenov-arman",
            ("Тулегенов", "Арман", "Ержанович"),
            date(1990, 5, 17),
            Male,
            5120,
        ),
        citizen(
            "p-kim-elena",
            ("Ким", "Елена", "Викторовна"),
            date(1988, 12, 1),
            Female,
            6013,
        ),
        citizen(
            "p-nurpeisov-yerlan",
            ("Нурпеисов", "Ерлан", "Асханович"),
            date(1975, 3, 25),
            Male,
            7001,
        ),
        citizen(
            "p-iskakova-gulnara",
            ("Искакова", "Гульнара", "Сабитовна"),
            date(1981, 8, 19),
            Female,
            7102,
        ),
        foreigner(
            "p-ivanov-sergey",
            ("Иванов", "Сергей"),
            ("IVANOV", "SERGEI"),
            date(1987, 6, 9),
            Male,
            "75 4412398",
            "RUS",
            date(2026, 9, 14),
            StayPurpose::Work,
            None,
        ),
        foreigner(
            "p-asanov-bakyt",
            ("Асанов", "Бакыт"),
            ("ASANOV", "BAKYT"),
            date(1995, 10, 2),
            Male,
            "AC1234567",
            "KGZ",
            date(2026, 10, 1),
            StayPurpose::Work,
            None,
        ),
        foreigner(
            "p-karimov-rustam",
            ("Каримов", "Рустам"),
            ("KARIMOV", "RUSTAM"),
            date(1993, 3, 11),
            Male,
            "FA2345678",
            "UZB",
            date(2026, 10, 20),
            StayPurpose::Work,
            Some("MK 0457812"),
        ),
        foreigner(
            "p-yusupova-dilnoza",
            ("Юсупова", "Дилноза"),
            ("YUSUPOVA", "DILNOZA"),
            date(1998, 12, 24),
            Female,
            "FA3456789",
            "UZB",
            date(2026, 11, 2),
            StayPurpose::Study,
            Some("MK 0459033"),
        ),
        foreigner(
            "p-wang-li",
            ("Ван", "Ли"),
            ("WANG", "LI"),
            date(1990, 4, 18),
            Female,
            "EJ5678901",
            "CHN",
            date(2026, 11, 10),
            StayPurpose::Business,
            Some("B 1127845"),
        ),
    ];
    for (i, (surname, given)) in WORKER_NAMES.iter().enumerate() {
        let i = i as u32;
        persons.push(citizen(
            &format!("p-worker-{:02}", i + 1),
            (surname, given, ""),
            date(1996 + (i % 6) as i32, 1 + i % 12, 3 + i),
            Male,
            8000 + i * 13,
        ));
    }
    persons
}

/// The demo's owners (their IINs are the `persons`').
pub(super) fn owners(persons: &[Person]) -> Vec<Owner> {
    let owners = vec![
        Owner {
            id: "o-kabanbay-1".into(),
            property_id: "ast-kabanbay-53-112".into(),
            kind: OwnerKind::Person,
            iin_bin: persons[8].iin.clone().unwrap_or_default(),
            name: "Нурпеисов Ерлан Асханович".into(),
            share_numerator: 1,
            share_denominator: 1,
        },
        Owner {
            id: "o-tauelsizdik-1".into(),
            property_id: "ast-tauelsizdik-34-45".into(),
            kind: OwnerKind::Person,
            iin_bin: persons[0].iin.clone().unwrap_or_default(),
            name: "Ахметов Нурлан Серикович".into(),
            share_numerator: 1,
            share_denominator: 1,
        },
        Owner {
            id: "o-seifullin-1".into(),
            property_id: "ast-seifullin-29-7".into(),
            kind: OwnerKind::Person,
            iin_bin: persons[5].iin.clone().unwrap_or_default(),
            name: "Омарова Сауле Кайратовна".into(),
            share_numerator: 1,
            share_denominator: 1,
        },
        Owner {
            id: "o-abay-1".into(),
            property_id: "alm-abay-150-21".into(),
            kind: OwnerKind::Person,
            iin_bin: persons[1].iin.clone().unwrap_or_default(),
            name: "Сейткали Айгерим Болатовна".into(),
            share_numerator: 1,
            share_denominator: 2,
        },
        Owner {
            id: "o-abay-2".into(),
            property_id: "alm-abay-150-21".into(),
            kind: OwnerKind::Person,
            iin_bin: persons[9].iin.clone().unwrap_or_default(),
            name: "Искакова Гульнара Сабитовна".into(),
            share_numerator: 1,
            share_denominator: 2,
        },
        Owner {
            id: "o-dostyk-1".into(),
            property_id: "alm-dostyk-85-9".into(),
            kind: OwnerKind::Company,
            iin_bin: make_bin("1304", 1703),
            name: "ТОО «Достык Тұрғын Үй»".into(),
            share_numerator: 1,
            share_denominator: 1,
        },
    ];
    owners
}

/// The demo's leases.
pub(super) fn leases() -> Vec<Lease> {
    let leases = vec![
        Lease {
            id: "l-tauelsizdik-2026".into(),
            property_id: "ast-tauelsizdik-34-45".into(),
            landlord_id: "p-akhmetov-nurlan".into(),
            tenant_id: "p-zhaksybekov-daniyar".into(),
            start_date: date(2026, 3, 1),
            end_date: Some(date(2027, 2, 28)),
            rent: 280_000,
            deposit: 280_000,
            payment_day: 5,
            utilities: "Коммунальные услуги оплачивает наниматель по счётчикам".into(),
            language: LeaseLanguage::KkRu,
            ..Default::default()
        },
        Lease {
            id: "l-kabanbay-2026".into(),
            property_id: "ast-kabanbay-53-112".into(),
            landlord_id: "p-nurpeisov-yerlan".into(),
            tenant_id: "p-tulegenov-arman".into(),
            start_date: date(2026, 1, 15),
            end_date: Some(date(2026, 12, 31)),
            rent: 150_000,
            deposit: 0,
            payment_day: 15,
            utilities: "Включены в плату".into(),
            language: LeaseLanguage::Ru,
            ..Default::default()
        },
        Lease {
            id: "l-abay-2026".into(),
            property_id: "alm-abay-150-21".into(),
            landlord_id: "p-seitkali-aigerim".into(),
            tenant_id: "p-kim-elena".into(),
            start_date: date(2026, 6, 1),
            end_date: Some(date(2027, 5, 31)),
            rent: 320_000,
            deposit: 320_000,
            payment_day: 1,
            utilities: "Наниматель платит за электричество и газ".into(),
            language: LeaseLanguage::Ru,
            ..Default::default()
        },
        Lease {
            id: "l-dostyk-2026".into(),
            property_id: "alm-dostyk-85-9".into(),
            landlord_id: "p-omarova-saule".into(),
            tenant_id: "p-ivanov-sergey".into(),
            start_date: date(2026, 9, 15),
            end_date: Some(date(2027, 3, 14)),
            rent: 450_000,
            deposit: 450_000,
            payment_day: 15,
            utilities: "Коммунальные услуги оплачивает наймодатель".into(),
            language: LeaseLanguage::KkRu,
            ..Default::default()
        },
    ];
    leases
}

/// The demo's occupants.
pub(super) fn occupants() -> Vec<Occupant> {
    let occupants = vec![
        Occupant {
            lease_id: "l-tauelsizdik-2026".into(),
            person_id: "p-zhaksybekov-daniyar".into(),
            relation: Relation::Tenant,
        },
        Occupant {
            lease_id: "l-tauelsizdik-2026".into(),
            person_id: "p-zhaksybekova-madina".into(),
            relation: Relation::Spouse,
        },
        Occupant {
            lease_id: "l-tauelsizdik-2026".into(),
            person_id: "p-zhaksybekov-alikhan".into(),
            relation: Relation::Child,
        },
        Occupant {
            lease_id: "l-kabanbay-2026".into(),
            person_id: "p-tulegenov-arman".into(),
            relation: Relation::Tenant,
        },
        Occupant {
            lease_id: "l-kabanbay-2026".into(),
            person_id: "p-worker-01".into(),
            relation: Relation::Unrelated,
        },
        Occupant {
            lease_id: "l-kabanbay-2026".into(),
            person_id: "p-worker-02".into(),
            relation: Relation::Unrelated,
        },
        Occupant {
            lease_id: "l-abay-2026".into(),
            person_id: "p-kim-elena".into(),
            relation: Relation::Tenant,
        },
        Occupant {
            lease_id: "l-dostyk-2026".into(),
            person_id: "p-ivanov-sergey".into(),
            relation: Relation::Tenant,
        },
        Occupant {
            lease_id: "l-dostyk-2026".into(),
            person_id: "p-asanov-bakyt".into(),
            relation: Relation::Unrelated,
        },
        // A visa national living under the lease: her arrival notice
        // carries the visa.
        Occupant {
            lease_id: "l-dostyk-2026".into(),
            person_id: "p-wang-li".into(),
            relation: Relation::Unrelated,
        },
    ];
    occupants
}
