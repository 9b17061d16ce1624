//! The landlord screens' commands through the real builder: a dwelling, a
//! tenant, a lease the norm refuses and then allows, its PDF, the deadline
//! dashboard, and errors as structured, localized problems.

use serde_json::{json, Value};

use crate::shell::invoke;
use jalga_core::ident::Sex;
use jalga_testkit::demo::make_iin;

fn ok(cmd: &str, body: Value, dir: &std::path::Path) -> Value {
    invoke(cmd, body, dir).unwrap_or_else(|e| panic!("{cmd}: {e}"))
}

fn person(id: &str, iin: &str, birth: &str, sex: &str) -> Value {
    json!({
        "id": id, "kind": "citizen", "iin": iin, "surname": "Test", "given_name": id,
        "patronymic": null, "birth_date": birth, "sex": sex, "id_document": null,
        "passport_number": null, "citizenship": null, "surname_latin": null,
        "given_name_latin": null, "entry_date": null, "purpose_of_stay": null, "visa_number": null
    })
}

#[test]
fn a_lease_goes_from_refused_to_exported_through_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let date = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let owner_iin = make_iin(date("1970-05-05"), Sex::Male, 1);
    let property = json!({
        "id": "d1", "region": "Astana", "city": "Astana", "district": null, "street": "Kenesary",
        "building": "10", "flat": "5", "kato": null, "rka": null, "cadastral_number": null,
        "total_area": 35.0, "useful_area": 30.0, "living_area": 20.0, "rooms": 2, "floor": 3
    });
    let owners = json!([{ "id": "", "property_id": "d1", "kind": "person", "iin_bin": owner_iin,
        "name": "Owner Ownerov", "share_numerator": 1, "share_denominator": 1 }]);
    ok(
        "save_dwelling",
        json!({ "property": property, "owners": owners, "lang": "en" }),
        d,
    );
    let page = ok(
        "list_dwellings",
        json!({ "query": "kenes", "after": null, "limit": 50, "lang": "en" }),
        d,
    );
    assert_eq!(page["total"], json!(1));

    for (id, serial, sex) in [
        ("tenant", 2, Sex::Female),
        ("partner", 3, Sex::Male),
        ("third", 4, Sex::Male),
    ] {
        let iin = make_iin(date("1990-03-04"), sex, serial);
        let sex = if sex == Sex::Male { "male" } else { "female" };
        ok(
            "save_person",
            json!({ "person": person(id, &iin, "1990-03-04", sex), "lang": "en" }),
            d,
        );
    }
    let today = chrono::Local::now().date_naive();
    let mut draft = json!({
        "lease_id": "L1", "property_id": "d1", "landlord_owner_id": "d1-o1", "tenant_id": "tenant",
        "occupants": [{ "person_id": "partner", "relation": "unrelated" }, { "person_id": "third", "relation": "unrelated" }],
        "start_date": today.to_string(), "end_date": (today + chrono::Days::new(365)).to_string(),
        "rent": "200000", "deposit": "200000", "payment_day": "5", "utilities": "meters", "language": "kk+ru",
        "signed_on": today.to_string(), "payment_method": "cash"
    });
    let check = ok(
        "check_lease_draft",
        json!({ "draft": draft, "lang": "ru" }),
        d,
    );
    assert_eq!(check["norm"]["verdict"], json!("not-allowed"), "{check}");
    assert_eq!(check["norm"]["capacity"], json!(2));

    // Ready without an override: a localized problem about the override field.
    let err = invoke(
        "save_lease",
        json!({ "draft": draft, "saveAs": { "as": "ready", "norm_override": null }, "lang": "ru" }),
        d,
    )
    .unwrap_err();
    assert_eq!(err["field"], json!("norm_override"), "{err}");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .starts_with("Норма не допускает"),
        "{err}"
    );
    let saved = ok(
        "save_lease",
        json!({ "draft": draft, "saveAs": { "as": "draft" }, "lang": "en" }),
        d,
    );
    assert_eq!(saved["state"], json!("draft"));
    let err = invoke(
        "export_document",
        json!({ "leaseId": "L1", "kind": "agreement", "docLang": "kk", "lang": "kk" }),
        d,
    )
    .unwrap_err();
    assert_eq!(err["code"], json!("invalid"), "{err}");

    draft["occupants"][0]["relation"] = json!("spouse");
    draft["occupants"][1]["relation"] = json!("child");
    let saved = ok(
        "save_lease",
        json!({ "draft": draft, "saveAs": { "as": "ready", "norm_override": null }, "lang": "en" }),
        d,
    );
    assert_eq!(saved["state"], json!("ready"));
    let path = ok(
        "export_document",
        json!({ "leaseId": "L1", "kind": "agreement", "docLang": "kk+ru", "lang": "en" }),
        d,
    );
    let path = std::path::PathBuf::from(path.as_str().unwrap());
    assert!(path.starts_with(d.join("documents")), "{path:?}");
    assert!(jalga_core::documents::verify(&std::fs::read(&path).unwrap()).intact);
    let pages = ok(
        "document_pages",
        json!({ "leaseId": "L1", "kind": "agreement", "docLang": "ru", "lang": "en" }),
        d,
    );
    let first = pages[0].as_str().unwrap_or_default();
    assert!(
        first.starts_with("<svg") && first.contains("ДОГОВОР"),
        "{}",
        &first[..first.len().min(200)]
    );

    let leases = ok("list_leases", json!({ "query": "", "lang": "en" }), d);
    assert_eq!(leases[0]["readiness"]["state"], json!("ready"));
    let board = ok("deadline_dashboard", json!({ "lang": "en" }), d);
    assert!(
        board["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["kind"] == json!("citizen-registration")),
        "{board}"
    );
}

#[test]
fn form_drafts_and_transliteration_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    ok(
        "save_form_draft",
        json!({ "key": "lease-wizard", "json": "{\"step\":3}", "lang": "en" }),
        d,
    );
    assert_eq!(
        ok(
            "load_form_draft",
            json!({ "key": "lease-wizard", "lang": "en" }),
            d
        ),
        json!("{\"step\":3}")
    );
    let err = invoke(
        "save_form_draft",
        json!({ "key": "lease-wizard", "json": "{oops", "lang": "kk" }),
        d,
    )
    .unwrap_err();
    assert_eq!(err["field"], json!("json"));
    ok(
        "delete_form_draft",
        json!({ "key": "lease-wizard", "lang": "en" }),
        d,
    );
    assert_eq!(
        ok(
            "load_form_draft",
            json!({ "key": "lease-wizard", "lang": "en" }),
            d
        ),
        Value::Null
    );
    assert_eq!(
        ok(
            "transliterate",
            json!({ "text": "SMITH", "direction": "latin-to-cyrillic" }),
            d
        ),
        json!("СМИТ")
    );
    assert_eq!(
        ok(
            "transliterate",
            json!({ "text": "Иванов", "direction": "cyrillic-to-latin" }),
            d
        ),
        json!("Ivanov")
    );
}

#[test]
fn a_bad_dwelling_is_refused_next_to_its_field_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let property = json!({
        "id": "d1", "region": "Astana", "city": "Astana", "district": null, "street": "Kenesary",
        "building": "10", "flat": null, "kato": null, "rka": null, "cadastral_number": null,
        "total_area": 35.0, "useful_area": 40.0, "living_area": 20.0, "rooms": 2, "floor": null
    });
    let err = invoke(
        "save_dwelling",
        json!({ "property": property, "owners": [], "lang": "ru" }),
        dir.path(),
    )
    .unwrap_err();
    assert_eq!(err["field"], json!("useful_area"), "{err}");
    assert!(err["message"].as_str().unwrap().contains("40"), "{err}");
    let violations = ok(
        "check_dwelling",
        json!({ "property": property, "owners": [] }),
        dir.path(),
    );
    assert_eq!(violations[0]["path"], json!("useful_area"));
    let page = ok(
        "list_dwellings",
        json!({ "query": "", "after": null, "limit": 10, "lang": "en" }),
        dir.path(),
    );
    assert_eq!(page["total"], json!(0), "nothing written");
}
