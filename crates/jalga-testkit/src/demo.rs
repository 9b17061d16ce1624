//! A realistic sample for trying Jalga and for later audits to chew on:
//! dwellings in Astana and Almaty, citizens with valid IINs, foreigners
//! from Russia, Kyrgyzstan, Uzbekistan and China, leases, registrations in
//! every status, one overcrowded one-room flat (35.7 m²) and one person
//! registered at two dwellings over overlapping periods.
//!
//! The IINs and the BIN are built here with the real check digit, so they
//! pass validation; they belong to nobody.

use chrono::{Datelike, NaiveDate};

use crate::domain::{
    ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Occupant, Owner, OwnerKind, PaymentMethod,
    Person, PersonKind, Property, Registration, RegistrationKind, RegistrationReason,
    RegistrationStatus, Relation, SigningMethod, StayPurpose,
};
use crate::ident::{check_digit, Sex};
use crate::interchange::Bundle;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

/// A valid IIN for this birth date and sex; `serial` picks one of many.
pub fn make_iin(birth: NaiveDate, sex: Sex, serial: u32) -> String {
    let century = match (birth.year() / 100, sex) {
        (18, Sex::Male) => 1,
        (18, Sex::Female) => 2,
        (19, Sex::Male) => 3,
        (19, Sex::Female) => 4,
        (_, Sex::Male) => 5,
        (_, Sex::Female) => 6,
    };
    let mut serial = serial % 10_000;
    loop {
        let first = format!(
            "{:02}{:02}{:02}{century}{serial:04}",
            birth.year() % 100,
            birth.month(),
            birth.day()
        );
        let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
        if let Some(check) = check_digit(&digits) {
            return format!("{first}{check}");
        }
        serial = (serial + 1) % 10_000;
    }
}

/// A valid BIN of a resident head office registered in `yymm`.
pub fn make_bin(yymm: &str, serial: u32) -> String {
    let mut serial = serial % 100_000;
    loop {
        let first = format!("{yymm}40{serial:05}");
        let digits: Vec<u8> = first.bytes().map(|b| b - b'0').collect();
        if let Some(check) = check_digit(&digits) {
            return format!("{first}{check}");
        }
        serial = (serial + 1) % 100_000;
    }
}

/// A valid Kazakh IBAN for a bank's three-digit code and a 13-character
/// account (digits and capitals): the check digits are computed.
pub fn make_iban(bank: &str, account: &str) -> String {
    let bban = format!("{bank}{account}");
    let mut rest = 0u32;
    for c in bban.chars().chain("KZ00".chars()) {
        let v = c.to_digit(36).expect("digits and capitals");
        rest = if v < 10 {
            (rest * 10 + v) % 97
        } else {
            (rest * 100 + v) % 97
        };
    }
    format!("KZ{:02}{bban}", 98 - rest)
}

#[allow(clippy::too_many_arguments)]
fn property(
    id: &str,
    city: &str,
    district: &str,
    street: &str,
    building: &str,
    flat: &str,
    rka: &str,
    cadastral: &str,
    areas: (f64, f64, f64),
    rooms: u32,
    floor: i32,
) -> Property {
    let (region, kato) = if city == "Астана" {
        ("г. Астана", "711000000")
    } else {
        ("г. Алматы", "751000000")
    };
    Property {
        id: id.into(),
        region: region.into(),
        city: city.into(),
        district: Some(district.into()),
        street: street.into(),
        building: building.into(),
        flat: Some(flat.into()),
        kato: Some(kato.into()),
        rka: Some(rka.into()),
        cadastral_number: Some(cadastral.into()),
        total_area: areas.0,
        useful_area: areas.1,
        living_area: areas.2,
        rooms,
        floor: Some(floor),
    }
}

fn citizen(id: &str, names: (&str, &str, &str), birth: NaiveDate, sex: Sex, serial: u32) -> Person {
    Person {
        id: id.into(),
        kind: PersonKind::Citizen,
        iin: Some(make_iin(birth, sex, serial)),
        surname: names.0.into(),
        given_name: names.1.into(),
        patronymic: (!names.2.is_empty()).then(|| names.2.into()),
        birth_date: birth,
        sex,
        id_document: Some(format!("0{}", 40_000_000 + serial * 7919 % 9_000_000)),
        passport_number: None,
        citizenship: None,
        surname_latin: None,
        given_name_latin: None,
        entry_date: None,
        purpose_of_stay: None,
        visa_number: None,
        labour_contract_end: None,
        address: None,
        phone: None,
        visa_type: None,
        visa_valid_from: None,
        visa_valid_to: None,
        entry_point: None,
        id_document_expires: None,
        passport_expires: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn foreigner(
    id: &str,
    cyrillic: (&str, &str),
    latin: (&str, &str),
    birth: NaiveDate,
    sex: Sex,
    passport: &str,
    citizenship: &str,
    entry: NaiveDate,
    purpose: StayPurpose,
    visa: Option<&str>,
) -> Person {
    Person {
        id: id.into(),
        kind: PersonKind::Foreigner,
        iin: None,
        surname: cyrillic.0.into(),
        given_name: cyrillic.1.into(),
        patronymic: None,
        birth_date: birth,
        sex,
        id_document: None,
        passport_number: Some(passport.into()),
        citizenship: Some(citizenship.into()),
        surname_latin: Some(latin.0.into()),
        given_name_latin: Some(latin.1.into()),
        entry_date: Some(entry),
        purpose_of_stay: Some(purpose),
        visa_number: visa.map(Into::into),
        labour_contract_end: None,
        address: None,
        phone: None,
        visa_type: None,
        visa_valid_from: None,
        visa_valid_to: None,
        entry_point: None,
        id_document_expires: None,
        passport_expires: None,
    }
}

#[allow(clippy::too_many_arguments)]
fn registration(
    id: &str,
    person: &str,
    property: &str,
    lease: Option<&str>,
    kind: RegistrationKind,
    status: RegistrationStatus,
    from: NaiveDate,
    to: Option<NaiveDate>,
    consent_by: &str,
) -> Registration {
    let consent = status != RegistrationStatus::Draft;
    Registration {
        id: id.into(),
        person_id: person.into(),
        property_id: property.into(),
        lease_id: lease.map(Into::into),
        kind,
        status,
        date_from: from,
        date_to: to,
        consent_by: consent.then(|| consent_by.into()),
        consent_date: consent.then_some(from),
        submitted_on: None,
        reason: None,
        signing_method: None,
        signing_phone: None,
    }
}

/// The demo sample.
pub fn demo_bundle() -> Bundle {
    use RegistrationKind::{Permanent, Temporary};
    use RegistrationStatus::{Draft, Ended, Registered, Submitted};
    use Sex::{Female, Male};

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
    // The "rubber flat": workers registered at one 35.7 m² one-room flat.
    let worker_names = [
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
    for (i, (surname, given)) in worker_names.iter().enumerate() {
        let i = i as u32;
        persons.push(citizen(
            &format!("p-worker-{:02}", i + 1),
            (surname, given, ""),
            date(1996 + (i % 6) as i32, 1 + i % 12, 3 + i),
            Male,
            8000 + i * 13,
        ));
    }

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
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: None,
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
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: None,
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
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: None,
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
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: None,
        },
    ];

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
    for i in 0..worker_names.len() {
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

    let mut b = Bundle {
        properties,
        owners,
        persons,
        leases,
        occupants,
        registrations,
        foreigner_notices,
        ..Bundle::default()
    };
    document_fields(&mut b);
    super::demo_handover::add(&mut b);
    b
}

/// What the documents print beyond the records' core: registered
/// addresses and phones, visas and border crossings, each lease's signing
/// day, payment and bank account (and a power of attorney where the
/// landlord is not the owner), each registrant's reason and signing.
fn document_fields(b: &mut Bundle) {
    const ADDRESSES: &[&str] = &[
        "г. Астана, улица Сакена Сейфуллина, 29, кв. 7",
        "г. Алматы, проспект Абая, 150, кв. 21",
        "г. Караганда, проспект Бухар жырау, 47, кв. 15",
        "г. Караганда, проспект Бухар жырау, 47, кв. 15",
        "г. Караганда, проспект Бухар жырау, 47, кв. 15",
        "г. Астана, улица Сакена Сейфуллина, 29, кв. 7",
        "г. Павлодар, улица Торайгырова, 64, кв. 30",
        "г. Усть-Каменогорск, улица Казахстан, 71, кв. 4",
        "г. Астана, проспект Мангилик Ел, 20, кв. 88",
        "г. Алматы, микрорайон Самал-2, 58, кв. 12",
    ];
    const HOMES: &[&str] = &[
        "Туркестанская область, г. Кентау, улица Абылай хана, 12",
        "Кызылординская область, г. Аральск, улица Жанкожа батыра, 5",
        "Жамбылская область, г. Тараз, улица Толе би, 96, кв. 3",
    ];
    let mut citizen = 0usize;
    for p in b.persons.iter_mut() {
        let n = citizen as u32;
        match p.kind {
            PersonKind::Citizen => {
                p.address = Some(match ADDRESSES.get(citizen) {
                    Some(a) => (*a).to_owned(),
                    None => HOMES[citizen % HOMES.len()].to_owned(),
                });
                // Every adult has a phone; a child has none of their own.
                if p.birth_date.year() < 2010 {
                    p.phone = Some(format!(
                        "+7 70{} {:03} {:02} {:02}",
                        1 + n % 8,
                        100 + n * 37 % 900,
                        10 + n * 7 % 90,
                        10 + n * 13 % 90
                    ));
                }
                citizen += 1;
            }
            PersonKind::Foreigner => {
                let (address, phone, point) = match p.citizenship.as_deref() {
                    Some("RUS") => (
                        "Российская Федерация, г. Омск, улица Ленина, 18, кв. 40",
                        "+7 913 624 18 05",
                        "Петропавловск (автомобильный пункт пропуска)",
                    ),
                    Some("KGZ") => (
                        "Кыргызская Республика, г. Бишкек, улица Токтогула, 101",
                        "+996 555 214 307",
                        "Кордай (автомобильный пункт пропуска)",
                    ),
                    Some("UZB") => (
                        "Республика Узбекистан, г. Ташкент, улица Навои, 32",
                        "+998 90 318 44 21",
                        "Жибек жолы (автомобильный пункт пропуска)",
                    ),
                    _ => (
                        "Китайская Народная Республика, г. Урумчи, улица Синхуа, 9",
                        "+86 138 0991 2740",
                        "Международный аэропорт Алматы",
                    ),
                };
                p.address = Some(address.to_owned());
                p.phone = Some(phone.to_owned());
                p.entry_point = Some(point.to_owned());
                if p.citizenship.as_deref() == Some("CHN") {
                    let entry = p.entry_date.unwrap_or(p.birth_date);
                    p.visa_type = Some("деловая / іскерлік".to_owned());
                    p.visa_valid_from = Some(entry - chrono::Days::new(10));
                    p.visa_valid_to = entry.checked_add_months(chrono::Months::new(3));
                }
            }
        }
    }

    let banks = [
        ("601", "Народный банк Казахстана", "HSBKKZKX"),
        ("722", "Kaspi Bank", "CASPKZKA"),
        ("856", "Банк ЦентрКредит", "KCJBKZKX"),
    ];
    for (i, l) in b.leases.iter_mut().enumerate() {
        l.signed_on = Some(l.start_date - chrono::Days::new(3));
        if l.id == "l-kabanbay-2026" {
            l.payment_method = Some(PaymentMethod::Cash);
        } else {
            let (code, name, bic) = banks[i % banks.len()];
            l.payment_method = Some(PaymentMethod::BankTransfer);
            l.bank_iban = Some(make_iban(
                code,
                &format!("KZT{:010}", 4_100_172 + i * 90_001),
            ));
            l.bank_name = Some(name.to_owned());
            l.bank_bic = Some(bic.to_owned());
        }
        // The Dostyk flat belongs to a company: its manager lets it under a
        // notarised power of attorney.
        if l.id == "l-dostyk-2026" {
            l.poa_number = Some("2026-1847".to_owned());
            l.poa_date = Some(date(2026, 8, 20));
            l.poa_notary = Some("Нотариус г. Алматы Бекова А. С., лицензия № 0001297".to_owned());
        }
    }

    let phones: std::collections::HashMap<String, Option<String>> = b
        .persons
        .iter()
        .map(|p| (p.id.clone(), p.phone.clone()))
        .collect();
    for (i, r) in b.registrations.iter_mut().enumerate() {
        let person = r.person_id.as_str();
        r.reason = Some(match (r.kind, r.lease_id.is_some()) {
            (RegistrationKind::Permanent, _) => RegistrationReason::Family,
            (_, true) => RegistrationReason::Lease,
            _ if person.starts_with("p-worker") || person == "p-karimov-rustam" => {
                RegistrationReason::Work
            }
            _ if person == "p-yusupova-dilnoza" => RegistrationReason::Study,
            _ => RegistrationReason::Other,
        });
        let phone = phones.get(&r.person_id).cloned().flatten();
        // Every third registrant with a phone signs by a one-time SMS code.
        if i % 3 == 1 && phone.is_some() {
            r.signing_method = Some(SigningMethod::Sms);
            r.signing_phone = phone;
        } else {
            r.signing_method = Some(SigningMethod::Eds);
        }
    }
}
