//! The demo's document fields.

use super::*;

/// What the documents print beyond the records' core: registered
/// addresses and phones, visas and border crossings, each lease's signing
/// day, payment and bank account (and a power of attorney where the
/// landlord is not the owner), each registrant's reason and signing.
pub(super) fn document_fields(b: &mut Bundle) {
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
