//! Saving a lease from the wizard's draft as a draft or as ready to sign
//! (a lease the norm refuses is ready only with a recorded override), a
//! lease's readiness, and the leases list.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{Lease, Occupant, Owner, Person, Property};
use crate::error::CoreError;
use crate::i18n::Message;
use crate::rules::norm::{NormPerson, NormVerdict, DEFAULT_PRESET};
use crate::store::aggregate::lease::LeaseStateRow;
use crate::store::change_log::NewEntry;
use crate::store::Store;

use super::dwellings::norm_for;
use super::lease::{
    check_draft, draft_people, landlord_id_of, lease_of, person_of_owner, registrations_of,
    LeaseDraft,
};

/// Whether a lease may be exported as ready to sign.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    TS,
    strum::IntoStaticStr,
    strum::EnumString,
    strum::VariantArray,
)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
#[strum(serialize_all = "lowercase")]
pub enum LeaseState {
    Draft,
    Ready,
}

/// The decision to go ahead although the norm refuses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NormOverride {
    pub by: String,
    pub reason: String,
    /// Set by the core when recorded.
    #[ts(type = "string | null")]
    #[serde(default)]
    pub at: Option<NaiveDateTime>,
}

/// How the user asked to save.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "as", rename_all = "lowercase")]
#[ts(export)]
pub enum SaveAs {
    Draft,
    Ready { norm_override: Option<NormOverride> },
}

/// A lease's readiness, its norm verdict and any override.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LeaseReadiness {
    pub lease_id: String,
    pub state: LeaseState,
    pub norm_verdict: NormVerdict,
    pub norm_override: Option<NormOverride>,
}

/// Saves the lease the draft describes, with its occupants (the tenant
/// among them) and its state, in one transaction. `now` is when an
/// override is recorded.
pub fn save_lease(
    store: &mut Store,
    draft: &LeaseDraft,
    save_as: &SaveAs,
    now: NaiveDateTime,
) -> Result<LeaseReadiness, CoreError> {
    let check = check_draft(store, draft, now.date())?;
    super::reject(check.problems.clone())?;
    let owner_person = match (&draft.landlord_id, &draft.landlord_owner_id) {
        (None, Some(owner_id)) => {
            let owner = store
                .get::<Owner>(owner_id)?
                .ok_or_else(|| CoreError::NotFound {
                    kind: "owner".into(),
                    id: owner_id.clone(),
                })?;
            let id = landlord_id_of(store, draft)?.unwrap_or_default();
            match store.get::<Person>(&id)? {
                Some(_) => None,
                None => Some(person_of_owner(&owner)?),
            }
        }
        _ => None,
    };
    let landlord = landlord_id_of(store, draft)?;
    let (Some(lease), _) = lease_of(draft, landlord.as_deref()) else {
        unreachable!("check_draft found no problems")
    };
    let verdict = check
        .norm
        .as_ref()
        .map_or(NormVerdict::NoNorm, |n| n.verdict);
    let (state, recorded) = match save_as {
        SaveAs::Draft => (LeaseState::Draft, None),
        SaveAs::Ready { .. } if verdict.permits() => (LeaseState::Ready, None),
        SaveAs::Ready {
            norm_override: Some(o),
        } if !o.by.trim().is_empty() && !o.reason.trim().is_empty() => (
            LeaseState::Ready,
            Some(NormOverride {
                by: o.by.trim().to_owned(),
                reason: o.reason.trim().to_owned(),
                at: Some(now),
            }),
        ),
        SaveAs::Ready { .. } => {
            return Err(CoreError::Invalid {
                field: "norm_override".into(),
                message: Message::new("landlord-norm-needs-override"),
            })
        }
    };
    let registrations = registrations_of(store, draft, &lease)?;
    let occupants: Vec<Occupant> = draft_people(draft)
        .into_iter()
        .map(|o| Occupant {
            lease_id: lease.id.clone(),
            person_id: o.person_id,
            relation: o.relation,
        })
        .collect();
    let unit = store.write("save")?;
    {
        if let Some(p) = &owner_person {
            unit.save(p)?;
        }
        unit.save(&lease)?;
        unit.clear_occupants(&lease.id)?;
        for o in &occupants {
            unit.save(o)?;
        }
        for r in &registrations {
            unit.save(r)?;
        }
        unit.put_lease_state(
            &lease.id,
            &LeaseStateRow {
                state: state_code(state).to_owned(),
                norm_verdict: verdict_code(verdict).to_owned(),
                override_by: recorded.as_ref().map(|o| o.by.clone()),
                override_at: recorded.as_ref().and_then(|o| o.at),
                override_reason: recorded.as_ref().map(|o| o.reason.clone()),
            },
        )?;
        // The override's reason may name people: the log says only that
        // one was recorded.
        unit.log(NewEntry {
            action: "lease-state",
            entity: "lease_state",
            entity_id: &lease.id,
            summary: format!(
                "lease {}, norm {}{}",
                state_code(state),
                verdict_code(verdict),
                if recorded.is_some() {
                    ", override recorded"
                } else {
                    ""
                }
            ),
        })?;
    }
    unit.commit()?;
    Ok(LeaseReadiness {
        lease_id: lease.id,
        state,
        norm_verdict: verdict,
        norm_override: recorded,
    })
}

fn state_code(s: LeaseState) -> &'static str {
    s.into()
}

fn verdict_code(v: NormVerdict) -> &'static str {
    v.into()
}

/// A recorded verdict this build does not know fails closed: the lease is
/// treated as over the norm (it used to read as "no norm", which let it
/// through).
fn verdict_of(code: &str) -> NormVerdict {
    code.parse().unwrap_or(NormVerdict::NotAllowed)
}

/// The lease's readiness as recorded by the app; a lease that came from
/// elsewhere (an import, the CLI) is ready when its occupants fit the norm
/// on its first day.
pub fn readiness(store: &Store, lease_id: &str) -> Result<LeaseReadiness, CoreError> {
    let row = store.lease_state(lease_id)?.map(|r| {
        (
            r.state,
            r.norm_verdict,
            r.override_by,
            r.override_at,
            r.override_reason,
        )
    });
    if let Some((state, verdict, by, at, reason)) = row {
        let norm_override = match (by, reason) {
            (Some(by), Some(reason)) => Some(NormOverride { by, reason, at }),
            _ => None,
        };
        return Ok(LeaseReadiness {
            lease_id: lease_id.to_owned(),
            state: if state == "ready" {
                LeaseState::Ready
            } else {
                LeaseState::Draft
            },
            norm_verdict: verdict_of(&verdict),
            norm_override,
        });
    }
    let lease = store
        .get::<Lease>(lease_id)?
        .ok_or_else(|| CoreError::NotFound {
            kind: "lease".into(),
            id: lease_id.into(),
        })?;
    let property =
        store
            .get::<Property>(&lease.property_id)?
            .ok_or_else(|| CoreError::NotFound {
                kind: "property".into(),
                id: lease.property_id.clone(),
            })?;
    let people: Vec<NormPerson> = store
        .list_where::<Occupant>("lease_id", lease_id)?
        .into_iter()
        .map(|o| NormPerson {
            label: None,
            relation: o.relation,
            registered: false,
        })
        .collect();
    let norm = norm_for(&property, &people, DEFAULT_PRESET, lease.start_date)?;
    Ok(LeaseReadiness {
        lease_id: lease_id.to_owned(),
        state: if norm.verdict.permits() {
            LeaseState::Ready
        } else {
            LeaseState::Draft
        },
        norm_verdict: norm.verdict,
        norm_override: None,
    })
}

/// One line of the leases list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct LeaseRow {
    pub id: String,
    pub address: String,
    pub tenant: String,
    #[ts(type = "string")]
    pub start_date: NaiveDate,
    #[ts(type = "string | null")]
    pub end_date: Option<NaiveDate>,
    pub has_foreigner: bool,
    pub readiness: LeaseReadiness,
}

/// Leases whose id, address or tenant contains `query`, newest first, at
/// most `limit`.
pub fn list_leases(store: &Store, query: &str, limit: u32) -> Result<Vec<LeaseRow>, CoreError> {
    // The dwelling's and the tenant's folded search texts: any case, any
    // script.
    let ids: Vec<(String, String, String, String, Option<String>, bool)> = store
        .leases_list(query, limit)?
        .into_iter()
        .map(|r| {
            let address = crate::domain::on_day::address_label(
                &r.city,
                &r.street,
                &r.building,
                r.flat.as_deref(),
            );
            (
                r.id,
                address,
                r.tenant,
                r.start_date,
                r.end_date,
                r.has_foreigner,
            )
        })
        .collect();
    ids.into_iter()
        .map(|(id, address, tenant, start, end, has_foreigner)| {
            Ok(LeaseRow {
                readiness: readiness(store, &id)?,
                id,
                address,
                tenant,
                start_date: start.parse().unwrap_or_default(),
                end_date: end.and_then(|e| e.parse().ok()),
                has_foreigner,
            })
        })
        .collect()
}
