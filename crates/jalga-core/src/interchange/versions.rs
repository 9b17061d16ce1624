//! What each bundle version added after the first: a file of an earlier
//! version that has a later version's field or list is refused like any
//! unknown field; the upgrade of a version-1 file; and the references of
//! the lists version 3 added.

use std::collections::HashSet;

use serde_json::Value;

use super::bundle_check::Origins;
use super::Bundle;
use crate::domain::{Lease, Violation};
use crate::i18n::Message;
use crate::store::Store;

/// The fields version 2 added, by list: a version-1 file that has them is
/// refused like any unknown field.
pub(super) const ADDED_IN_V2: &[(&str, &[&str])] = &[
    (
        "persons",
        &[
            "address",
            "phone",
            "visa_type",
            "visa_valid_from",
            "visa_valid_to",
            "entry_point",
        ],
    ),
    (
        "leases",
        &[
            "signed_on",
            "payment_method",
            "bank_iban",
            "bank_name",
            "bank_bic",
            "poa_number",
            "poa_date",
            "poa_notary",
        ],
    ),
    (
        "registrations",
        &["reason", "signing_method", "signing_phone"],
    ),
];

/// The fields version 3 added, by list, and the lists it added.
pub(super) const ADDED_IN_V3: &[(&str, &[&str])] = &[("leases", &["prevailing_language"])];
pub(super) const LISTS_ADDED_IN_V3: &[&str] = &["handovers"];

/// Takes out of an older file what a later version added (`fields` by
/// list, and whole `lists`), each reported as an unknown field, so that
/// the record's other checks do not trip over it.
pub(super) fn refuse_added(
    top: &mut serde_json::Map<String, Value>,
    fields: &[(&str, &[&str])],
    lists: &[&str],
    bad: &mut Vec<Violation>,
) {
    for list in lists {
        if top.remove(*list).is_some() {
            bad.push(Violation::new(
                *list,
                "unknown-field",
                Message::new("v-unknown-field").arg("field", *list),
            ));
        }
    }
    for (list, added) in fields {
        let Some(Value::Array(items)) = top.get_mut(*list) else {
            continue;
        };
        for (i, item) in items.iter_mut().enumerate() {
            let Value::Object(item) = item else {
                continue;
            };
            for key in added.iter().filter(|k| item.remove(**k).is_some()) {
                bad.push(Violation::new(
                    format!("{list}[{i}].{key}"),
                    "unknown-field",
                    Message::new("v-unknown-field").arg("field", *key),
                ));
            }
        }
    }
}

/// Every handover act's lease is in the bundle or in the store.
pub(super) fn check_handover_references(
    store: &Store,
    b: &Bundle,
    at: &Origins,
    bad: &mut Vec<Violation>,
) {
    let leases: HashSet<&str> = b.leases.iter().map(|l| l.id.as_str()).collect();
    for (i, h) in b.handovers.iter().enumerate() {
        let known = leases.contains(h.lease_id.as_str())
            || store.exists::<Lease>(&h.lease_id).unwrap_or(false);
        if !known {
            bad.push(Violation::new(
                format!("handovers[{}].lease_id", at.handovers[i]),
                "unknown-ref",
                Message::new("v-unknown-ref")
                    .arg("kind", "lease")
                    .arg("id", h.lease_id.as_str()),
            ));
        }
    }
}

/// Reads a version-1 bundle as version 2: the fields version 2 added are
/// unknown to it, and a purpose of stay written as free text becomes its
/// category ([`crate::domain::StayPurpose::from_legacy`], the same words
/// the schema migration maps).
pub(super) fn upgrade_v1(top: &mut serde_json::Map<String, Value>, bad: &mut Vec<Violation>) {
    refuse_added(top, ADDED_IN_V2, &[], bad);
    if let Some(Value::Array(persons)) = top.get_mut("persons") {
        for person in persons.iter_mut() {
            if let Some(purpose) = person.get_mut("purpose_of_stay") {
                if let Value::String(text) = purpose {
                    let category = crate::domain::StayPurpose::from_legacy(text);
                    *purpose = Value::String(crate::domain::Code::code(category).to_owned());
                }
            }
        }
    }
}
