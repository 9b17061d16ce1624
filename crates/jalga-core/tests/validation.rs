//! Validation of records against `cases/validation.tsv`: each row patches a
//! valid demo record and names the first violation expected.

use jalga_core::domain::{validate_record, Lease, Owner, Person, Property, Registration};
use jalga_core::i18n::Catalog;
use jalga_core::Lang;
use jalga_testkit::demo::demo_bundle;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use validator::Validate;

fn patched<T: Serialize + DeserializeOwned>(base: &T, patch: &Value) -> T {
    let mut v = serde_json::to_value(base).unwrap();
    for (k, val) in patch.as_object().unwrap() {
        v[k] = val.clone();
    }
    serde_json::from_value(v).unwrap()
}

fn check<T: Serialize + DeserializeOwned + Validate>(
    line: usize,
    base: &T,
    patch: &Value,
    expected: &str,
) {
    let record = patched(base, patch);
    let got = validate_record("", &record);
    if expected == "ok" {
        assert!(got.is_empty(), "line {line}: expected ok, got {got:?}");
        return;
    }
    let (path, code) = expected.split_once(' ').unwrap();
    assert!(
        got.iter().any(|v| v.path == path && v.code == code),
        "line {line}: expected {path} {code}, got {got:?}"
    );
    for v in &got {
        for lang in Lang::ALL {
            let text = Catalog::global().try_render(lang, &v.message);
            assert!(text.is_ok(), "line {line}: {lang}: {text:?}");
        }
    }
}

#[test]
fn validation_case_table() {
    let b = demo_bundle();
    let person = b.persons.iter().find(|p| p.id == "p-kim-elena").unwrap();
    let lease: &Lease = &b.leases[0];
    let registration: &Registration = &b.registrations[0];
    let property: &Property = &b.properties[0];
    let owner: &Owner = &b.owners[0];
    let mut rows = 0;
    for (i, l) in include_str!("cases/validation.tsv").lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 3, "line {}: {l}", i + 1);
        let patch: Value = serde_json::from_str(cols[1]).unwrap();
        match cols[0] {
            "property" => check(i + 1, property, &patch, cols[2]),
            "person" => check::<Person>(i + 1, person, &patch, cols[2]),
            "lease" => check(i + 1, lease, &patch, cols[2]),
            "registration" => check(i + 1, registration, &patch, cols[2]),
            "owner" => check(i + 1, owner, &patch, cols[2]),
            other => panic!("line {}: unknown kind {other}", i + 1),
        }
        rows += 1;
    }
    assert!(rows >= 40, "the table lost rows: {rows}");
}

#[test]
fn the_demo_data_is_valid_and_has_what_audits_look_for() {
    let b = demo_bundle();
    let mut problems = Vec::new();
    for p in &b.properties {
        problems.extend(validate_record(&p.id, p));
    }
    for p in &b.persons {
        problems.extend(validate_record(&p.id, p));
    }
    for o in &b.owners {
        problems.extend(validate_record(&o.id, o));
    }
    for l in &b.leases {
        problems.extend(validate_record(&l.id, l));
    }
    for r in &b.registrations {
        problems.extend(validate_record(&r.id, r));
    }
    assert!(problems.is_empty(), "{problems:?}");

    let citizenships: Vec<&str> = b
        .persons
        .iter()
        .filter_map(|p| p.citizenship.as_deref())
        .collect();
    for c in ["RUS", "KGZ", "UZB", "CHN"] {
        assert!(citizenships.contains(&c), "no foreigner from {c}");
    }
    // An overcrowded 35.7 m² one-room flat.
    let flat = b
        .properties
        .iter()
        .find(|p| p.total_area == 35.7 && p.rooms == 1)
        .unwrap();
    let there = b
        .registrations
        .iter()
        .filter(|r| r.property_id == flat.id)
        .count();
    assert!(
        there as f64 > flat.useful_area / 15.0 * 3.0,
        "only {there} registered"
    );
    // One person registered at two dwellings over overlapping periods.
    let twice = b.registrations.iter().any(|a| {
        b.registrations.iter().any(|c| {
            a.id < c.id
                && a.person_id == c.person_id
                && a.property_id != c.property_id
                && a.date_from <= c.date_to.unwrap_or(c.date_from)
                && c.date_from <= a.date_to.unwrap_or(a.date_from)
        })
    });
    assert!(twice);
    // Every registration status, both cities.
    for s in ["draft", "submitted", "registered", "ended"] {
        assert!(b
            .registrations
            .iter()
            .any(|r| serde_json::to_value(r.status).unwrap() == s));
    }
    for c in ["Астана", "Алматы"] {
        assert!(b.properties.iter().any(|p| p.city == c));
    }
}

#[test]
fn an_invalid_iban_is_refused_with_its_reason_in_each_language() {
    let mut lease = demo_bundle().leases[0].clone();
    // One digit of the registry's example changed: only the check digits
    // can tell.
    lease.bank_iban = Some("KZ86125KZT5004100109".into());
    let got = validate_record("", &lease);
    let v = got
        .iter()
        .find(|v| v.path == "bank_iban")
        .expect("the IBAN is refused");
    assert_eq!(v.code, "iban");
    let words = [
        (Lang::En, "check digits"),
        (Lang::Ru, "Контрольные цифры IBAN"),
        (Lang::Kk, "бақылау цифрлары"),
    ];
    for (lang, want) in words {
        let text = v.message.render(lang);
        assert!(text.contains(want), "{lang}: {text}");
    }
    // A foreign IBAN is refused for its country, not its check digits.
    lease.bank_iban = Some("DE89370400440532013000".into());
    let v = validate_record("", &lease).remove(0);
    assert_eq!(v.message.id, "iban-not-kazakh");
    assert!(v.message.render(Lang::Ru).contains("«DE»"));
}

#[test]
fn impossible_visa_dates_are_refused_with_the_dates() {
    let mut p = demo_bundle()
        .persons
        .into_iter()
        .find(|p| p.id == "p-wang-li")
        .unwrap();
    assert!(validate_record("", &p).is_empty(), "the demo visa is valid");
    let from = p.visa_valid_from.unwrap();
    p.visa_valid_to = Some(from.pred_opt().unwrap());
    let v = validate_record("", &p).remove(0);
    assert_eq!(
        (v.path.as_str(), v.code.as_str()),
        ("visa_valid_to", "visa-dates")
    );
    let ru = v.message.render(Lang::Ru);
    assert!(
        ru.contains(&jalga_core::typed_day::format_day(from, Lang::Ru)) && ru.contains("визы"),
        "{ru}"
    );
    let kk = v.message.render(Lang::Kk);
    assert!(
        kk.contains("Визаның") && kk.contains(&jalga_core::typed_day::format_day(from, Lang::Kk)),
        "{kk}"
    );
}

#[test]
fn every_demo_person_has_an_iin_of_their_own() {
    let b = demo_bundle();
    let mut seen = std::collections::HashMap::new();
    for p in &b.persons {
        if let Some(iin) = &p.iin {
            if let Some(other) = seen.insert(iin.clone(), p.id.clone()) {
                panic!("{iin} belongs to {other} and {}", p.id);
            }
        }
    }
    // An owner who is a person is the same person as in `persons`.
    for o in b.owners.iter().filter(|o| o.iin_bin.len() == 12) {
        let same = b
            .persons
            .iter()
            .find(|p| p.iin.as_deref() == Some(o.iin_bin.as_str()));
        if let Some(p) = same {
            assert_eq!(p.full_name(), o.name, "{}", o.id);
        }
    }
}
