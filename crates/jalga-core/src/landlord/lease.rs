//! The lease wizard's draft, its live check (the area norm as occupants are
//! added), and saving a lease as a draft or as ready to sign. A lease the
//! norm refuses is ready only with an override that says who decided,
//! when, and why; the override is kept with the lease.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{
    validate_record, Lease, LeaseLanguage, Owner, PaymentMethod, Person, PersonKind,
    PrevailingLanguage, Registration, RegistrationKind, RegistrationReason, RegistrationStatus,
    Relation, SigningMethod, Violation,
};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::ident::check_iin;
use crate::rules::norm::{NormPerson, NormResult, DEFAULT_PRESET};
use crate::store::Store;

use super::dwellings::{dwelling_status, norm_for};

// Saving a lease, its readiness and the leases list live in `lease_save`.
pub use super::lease_save::{
    list_leases, readiness, save_lease, LeaseReadiness, LeaseRow, LeaseState, NormOverride, SaveAs,
};

/// Someone the tenant brings, and how they are related to the tenant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DraftOccupant {
    pub person_id: String,
    pub relation: Relation,
}

/// What one registrant will tell eGov when applying for registration at
/// the dwelling, as typed.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct DraftRegistrant {
    pub person_id: String,
    pub reason: Option<RegistrationReason>,
    pub signing_method: Option<SigningMethod>,
    /// The phone the one-time code goes to; empty for none.
    pub signing_phone: String,
}

/// The wizard's state as typed: every field may still be empty or wrong,
/// so that nothing typed is lost when it is saved as a form draft.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
#[serde(default)]
#[ts(export)]
pub struct LeaseDraft {
    /// Set when an existing lease is being edited.
    pub lease_id: Option<String>,
    pub property_id: Option<String>,
    /// The owner who lets the dwelling; becomes (or reuses) a person.
    pub landlord_owner_id: Option<String>,
    /// Or a person already known.
    pub landlord_id: Option<String>,
    pub tenant_id: Option<String>,
    pub occupants: Vec<DraftOccupant>,
    /// `YYYY-MM-DD`.
    pub start_date: String,
    pub end_date: String,
    pub rent: String,
    pub deposit: String,
    pub payment_day: String,
    pub utilities: String,
    pub language: Option<LeaseLanguage>,
    /// The norm preset; the default one when empty.
    pub preset: Option<String>,
    /// `YYYY-MM-DD`; empty while unknown.
    pub signed_on: String,
    pub payment_method: Option<PaymentMethod>,
    /// The landlord's bank account; empty for none.
    pub bank_iban: String,
    pub bank_name: String,
    pub bank_bic: String,
    /// The power of attorney, needed when the landlord is not an owner.
    pub poa_number: String,
    pub poa_date: String,
    pub poa_notary: String,
    /// Which text prevails in a kk+ru agreement; none: a blank to fill in.
    pub prevailing_language: Option<PrevailingLanguage>,
    /// Each registrant's reason and signing, by person; saved with the
    /// lease as their draft registration.
    pub registrants: Vec<DraftRegistrant>,
}

/// One person in the wizard's review, with how the norm treats them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DraftPerson {
    pub person_id: String,
    pub name: String,
    pub kind: PersonKind,
    pub relation: Relation,
    /// Lives there already under another lease or registration.
    pub already_living: bool,
}

/// The wizard's live check.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct DraftCheck {
    /// What is missing or wrong, field by field (`start_date`, `tenant_id`).
    pub problems: Vec<Violation>,
    /// The norm for everyone who would live there; absent until a dwelling
    /// is chosen.
    pub norm: Option<NormResult>,
    pub people: Vec<DraftPerson>,
    /// The dwelling's useful area and the preset's m² per person, for the
    /// one-line explanation.
    pub m2_per_person: Option<f64>,
}

fn violation(field: &str, id: &str) -> Violation {
    Violation::new(field, id, Message::new(id))
}

fn parse_date(field: &str, text: &str, problems: &mut Vec<Violation>) -> Option<NaiveDate> {
    let t = text.trim();
    if t.is_empty() {
        problems.push(Violation::new(
            field,
            "required",
            Message::new("v-required"),
        ));
        return None;
    }
    match NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            problems.push(Violation::new(
                field,
                "date",
                Message::new("landlord-bad-date").arg("found", t),
            ));
            None
        }
    }
}

fn parse_number<T: std::str::FromStr>(
    field: &str,
    text: &str,
    problems: &mut Vec<Violation>,
) -> Option<T> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.is_empty() {
        problems.push(Violation::new(
            field,
            "required",
            Message::new("v-required"),
        ));
        return None;
    }
    match t.parse() {
        Ok(n) => Some(n),
        Err(_) => {
            problems.push(Violation::new(
                field,
                "number",
                Message::new("landlord-bad-number").arg("found", text.trim()),
            ));
            None
        }
    }
}

/// An optional date: empty is none.
fn parse_opt_date(field: &str, text: &str, problems: &mut Vec<Violation>) -> Option<NaiveDate> {
    if text.trim().is_empty() {
        return None;
    }
    parse_date(field, text, problems)
}

/// An optional text: blank is none.
fn opt_text(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// The lease the draft describes, or what keeps it from being one.
pub(super) fn lease_of(
    draft: &LeaseDraft,
    landlord_id: Option<&str>,
) -> (Option<Lease>, Vec<Violation>) {
    let mut problems = Vec::new();
    let property_id = draft.property_id.clone();
    if property_id.is_none() {
        problems.push(violation("property_id", "landlord-choose-dwelling"));
    }
    if landlord_id.is_none() {
        problems.push(violation("landlord_id", "landlord-choose-landlord"));
    }
    if draft.tenant_id.is_none() {
        problems.push(violation("tenant_id", "landlord-choose-tenant"));
    }
    let start = parse_date("start_date", &draft.start_date, &mut problems);
    let end = parse_date("end_date", &draft.end_date, &mut problems);
    let rent = parse_number::<u64>("rent", &draft.rent, &mut problems);
    let deposit = parse_number::<u64>("deposit", &draft.deposit, &mut problems);
    let payment_day = parse_number::<u8>("payment_day", &draft.payment_day, &mut problems);
    let signed_on = parse_opt_date("signed_on", &draft.signed_on, &mut problems);
    let poa_date = parse_opt_date("poa_date", &draft.poa_date, &mut problems);
    let (
        Some(property_id),
        Some(landlord_id),
        Some(tenant_id),
        Some(start),
        Some(rent),
        Some(deposit),
        Some(payment_day),
    ) = (
        property_id,
        landlord_id,
        draft.tenant_id.clone(),
        start,
        rent,
        deposit,
        payment_day,
    )
    else {
        return (None, problems);
    };
    let lease = Lease {
        id: draft
            .lease_id
            .clone()
            .unwrap_or_else(|| super::new_id("lease")),
        property_id,
        landlord_id: landlord_id.to_owned(),
        tenant_id,
        start_date: start,
        end_date: end,
        rent,
        deposit,
        payment_day,
        utilities: draft.utilities.clone(),
        language: draft.language.unwrap_or(LeaseLanguage::KkRu),
        signed_on,
        payment_method: draft.payment_method,
        bank_iban: opt_text(&draft.bank_iban),
        bank_name: opt_text(&draft.bank_name),
        bank_bic: opt_text(&draft.bank_bic).map(|b| b.to_uppercase()),
        poa_number: opt_text(&draft.poa_number),
        poa_date,
        poa_notary: opt_text(&draft.poa_notary),
        prevailing_language: draft.prevailing_language,
    };
    problems.extend(validate_record("", &lease));
    (Some(lease), problems)
}

/// The landlord's person id as the draft names it, without creating one.
pub(super) fn landlord_id_of(
    store: &Store,
    draft: &LeaseDraft,
) -> Result<Option<String>, CoreError> {
    if let Some(id) = &draft.landlord_id {
        return Ok(Some(id.clone()));
    }
    let Some(owner_id) = &draft.landlord_owner_id else {
        return Ok(None);
    };
    Ok(match store.get::<Owner>(owner_id)? {
        Some(o) => Some(
            store
                .list_where::<Person>("iin", &o.iin_bin)?
                .into_iter()
                .next()
                .map_or_else(|| owner_person_id(&o), |p| p.id),
        ),
        None => None,
    })
}

fn owner_person_id(o: &Owner) -> String {
    format!("owner-{}", o.iin_bin)
}

/// The person an owner (a private person) is, made from the owner's name
/// and IIN: the birth date and sex come from the IIN.
pub(super) fn person_of_owner(o: &Owner) -> Result<Person, CoreError> {
    let info = check_iin(&o.iin_bin).map_err(|r| CoreError::Invalid {
        field: "landlord_owner_id".into(),
        message: crate::i18n::ToMessage::to_message(&r),
    })?;
    let mut words = o.name.split_whitespace();
    let surname = words.next().unwrap_or_default().to_owned();
    let given = words.next().unwrap_or(surname.as_str()).to_owned();
    let patronymic = words.collect::<Vec<_>>().join(" ");
    Ok(Person {
        id: owner_person_id(o),
        kind: PersonKind::Citizen,
        iin: Some(o.iin_bin.clone()),
        surname,
        given_name: given,
        patronymic: (!patronymic.is_empty()).then_some(patronymic),
        birth_date: info.birth_date,
        sex: info.sex,
        ..Default::default()
    })
}

/// Everyone the draft would have living there: the tenant first.
pub(super) fn draft_people(draft: &LeaseDraft) -> Vec<DraftOccupant> {
    let mut out = Vec::new();
    if let Some(t) = &draft.tenant_id {
        out.push(DraftOccupant {
            person_id: t.clone(),
            relation: Relation::Tenant,
        });
    }
    for o in &draft.occupants {
        if !out.iter().any(|p| p.person_id == o.person_id) {
            out.push(o.clone());
        }
    }
    out
}

/// Checks the draft as it stands: what is missing, and the norm for the
/// tenant, the occupants and whoever already lives at the dwelling.
pub fn check_draft(
    store: &Store,
    draft: &LeaseDraft,
    today: NaiveDate,
) -> Result<DraftCheck, CoreError> {
    let landlord = landlord_id_of(store, draft)?;
    let (lease, mut problems) = lease_of(draft, landlord.as_deref());
    // The documents need an end date; `lease_of` has asked for it.
    let preset = draft.preset.as_deref().unwrap_or(DEFAULT_PRESET);
    let on = lease.as_ref().map_or(today, |l| l.start_date);
    let mut people = Vec::new();
    for o in draft_people(draft) {
        let Some(p) = store.get::<Person>(&o.person_id)? else {
            problems.push(Violation::new(
                "occupants",
                "not-found",
                Message::new("error-not-found")
                    .arg("kind", "person")
                    .arg("id", o.person_id.as_str()),
            ));
            continue;
        };
        if Some(&p.id) == landlord.as_ref() {
            problems.push(violation("tenant_id", "v-tenant-is-landlord"));
        }
        people.push(DraftPerson {
            person_id: p.id.clone(),
            name: p.full_name(),
            kind: p.kind,
            relation: o.relation,
            already_living: false,
        });
    }
    if let (Some(pid), Some(landlord)) = (&draft.property_id, &landlord) {
        if needs_poa(store, pid, landlord)? && draft.poa_number.trim().is_empty() {
            problems.push(violation("poa_number", "landlord-poa-required"));
        }
    }
    if let Some(lease) = &lease {
        let regs = registrations_of(store, draft, lease)?;
        for (i, r) in draft.registrants.iter().enumerate() {
            let Some(reg) = regs.iter().find(|g| g.person_id == r.person_id) else {
                continue;
            };
            problems.extend(
                validate_record("", reg)
                    .into_iter()
                    .filter(|v| {
                        ["reason", "signing_method", "signing_phone"].contains(&v.path.as_str())
                    })
                    .map(|v| Violation {
                        path: format!("registrants[{i}].{}", v.path),
                        ..v
                    }),
            );
        }
    }
    let (norm, m2) = match &draft.property_id {
        None => (None, None),
        Some(pid) => {
            let status = dwelling_status(store, pid, preset, on)?;
            // Those already living there under another lease, or registered,
            // follow the lease's own people; the norm's outcomes come in the
            // same order as `people`.
            for r in &status.residents {
                let same_lease = r.lease_id.is_some() && r.lease_id == draft.lease_id;
                if same_lease || people.iter().any(|p| p.person_id == r.person_id) {
                    continue;
                }
                people.push(DraftPerson {
                    person_id: r.person_id.clone(),
                    name: r.name.clone(),
                    kind: PersonKind::Citizen,
                    relation: r.relation,
                    already_living: true,
                });
            }
            let norm_people: Vec<NormPerson> = people
                .iter()
                .map(|p| NormPerson {
                    label: Some(p.name.clone()),
                    relation: p.relation,
                    registered: status
                        .residents
                        .iter()
                        .any(|r| r.person_id == p.person_id && r.registration.is_some()),
                })
                .collect();
            let registry = crate::rules::norm::NormRegistry::builtin();
            let m2 = registry.get(preset)?.m2_per_person;
            (
                Some(norm_for(&status.property, &norm_people, preset, on)?),
                m2,
            )
        }
    };
    Ok(DraftCheck {
        problems,
        norm,
        people,
        m2_per_person: m2,
    })
}

/// The registrations the draft's registrant details become: one per
/// registrant with something typed who is a citizen aged 14 or over on the
/// lease's first day (younger children are not registered; a foreigner's
/// stay is notified, not registered this way) and whose lease lasts at
/// least the month a temporary registration needs. A registrant's existing
/// registration under this lease keeps its dates and status and takes the
/// new details; a new one is a draft from the lease's first day for twelve
/// months, ending no later than the lease.
pub(super) fn registrations_of(
    store: &Store,
    draft: &LeaseDraft,
    lease: &Lease,
) -> Result<Vec<Registration>, CoreError> {
    let people = draft_people(draft);
    let mut out = Vec::new();
    for r in &draft.registrants {
        let typed =
            r.reason.is_some() || r.signing_method.is_some() || !r.signing_phone.trim().is_empty();
        if !typed || !people.iter().any(|p| p.person_id == r.person_id) {
            continue;
        }
        let Some(person) = store.get::<Person>(&r.person_id)? else {
            continue;
        };
        let adult = lease
            .start_date
            .checked_sub_months(chrono::Months::new(14 * 12))
            .is_some_and(|d| person.birth_date <= d);
        if person.kind != PersonKind::Citizen || !adult {
            continue;
        }
        let existing = store
            .list_where::<Registration>("person_id", &person.id)?
            .into_iter()
            .find(|g| g.lease_id.as_deref() == Some(lease.id.as_str()));
        let base = match existing {
            Some(g) => g,
            None => {
                let Some(to) = super::cycle::registration_period(lease.start_date, lease.end_date)
                else {
                    continue;
                };
                Registration {
                    id: super::new_id("reg"),
                    person_id: person.id.clone(),
                    property_id: lease.property_id.clone(),
                    lease_id: Some(lease.id.clone()),
                    kind: RegistrationKind::Temporary,
                    status: RegistrationStatus::Draft,
                    date_from: lease.start_date,
                    date_to: Some(to),
                    ..Default::default()
                }
            }
        };
        out.push(Registration {
            reason: r.reason,
            signing_method: r.signing_method,
            signing_phone: opt_text(&r.signing_phone),
            ..base
        });
    }
    Ok(out)
}

/// Whether `landlord` lets the dwelling `property_id` without owning it
/// (their IIN is not among its owners'), and so needs a power of attorney.
/// A dwelling with no owners recorded asks nothing.
pub fn needs_poa(store: &Store, property_id: &str, landlord: &str) -> Result<bool, CoreError> {
    let owners = store.list_where::<Owner>("property_id", property_id)?;
    if owners.is_empty() {
        return Ok(false);
    }
    let iin = store
        .get::<Person>(landlord)?
        .and_then(|p| p.iin)
        .or_else(|| {
            // An owner not saved as a person yet becomes one from the owner.
            landlord.strip_prefix("owner-").map(str::to_owned)
        });
    Ok(!owners
        .iter()
        .any(|o| Some(o.iin_bin.as_str()) == iin.as_deref()))
}
