//! Archiving and deleting the landlord's records, with undo.
//!
//! A dwelling, a person or a lease can be **archived**: it leaves the
//! lists and the pickers but stays in the store, for the record; the
//! audit, the deadlines and the documents still read it (an archived
//! lease's registrations are still the law's business). Bringing it back
//! (undo) clears the mark.
//!
//! A record can be **deleted** only when nothing refers to it: a dwelling
//! with a lease, a registration or an arrival notice, a person who is a
//! party, an occupant, a registrant or a host, a lease with a registration
//! or an issued document, is refused, and the refusal counts what still
//! refers to it ("2 leases and 1 registration refer to this dwelling").
//! A deletion takes the record's own parts with it (a dwelling's owners, a
//! lease's occupants, readiness and handover acts) and returns them all as
//! a [`Trash`], which [`restore`] writes back: the undo.
//!
//! Every write is one `Store::write` unit, logged ("archive", "unarchive",
//! "delete", "save").

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{Handover, Lease, Occupant, Owner, Person, Property};
use crate::error::CoreError;
use crate::i18n::{Lang, Message};
use crate::store::aggregate::lease::LeaseStateRow;
use crate::store::Store;

/// The kinds of record that can be archived or deleted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum RecordKind {
    Dwelling,
    Person,
    Lease,
}

impl RecordKind {
    fn table(self) -> &'static str {
        match self {
            RecordKind::Dwelling => "property",
            RecordKind::Person => "person",
            RecordKind::Lease => "lease",
        }
    }
}

/// What still refers to a record, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct References {
    pub leases: u32,
    pub occupancies: u32,
    pub registrations: u32,
    pub notices: u32,
    pub documents: u32,
}

impl References {
    pub fn is_empty(&self) -> bool {
        *self == References::default()
    }

    /// "2 leases and 1 registration" in `lang`: each kind that refers, the
    /// last joined with "and".
    pub fn list(&self, lang: Lang) -> String {
        let parts: Vec<String> = [
            ("ref-leases", self.leases),
            ("ref-occupancies", self.occupancies),
            ("ref-registrations", self.registrations),
            ("ref-notices", self.notices),
            ("ref-documents", self.documents),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(id, n)| Message::new(id).arg("n", n).render(lang))
        .collect();
        match parts.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => Message::new("ref-and")
                .arg("a", rest.join(", "))
                .arg("b", last.as_str())
                .render(lang),
        }
    }
}

/// Counts what refers to the record `id` of `kind`.
pub fn references(store: &Store, kind: RecordKind, id: &str) -> Result<References, CoreError> {
    let c = match kind {
        RecordKind::Dwelling => store.dwelling_references(id)?,
        RecordKind::Person => store.person_references(id)?,
        RecordKind::Lease => store.lease_references(id)?,
    };
    Ok(References {
        leases: c.leases,
        occupancies: c.occupancies,
        registrations: c.registrations,
        notices: c.notices,
        documents: c.documents,
    })
}

fn not_found(kind: RecordKind, id: &str) -> CoreError {
    CoreError::NotFound {
        kind: kind.table().into(),
        id: id.into(),
    }
}

fn mark(store: &mut Store, kind: RecordKind, id: &str, at: Option<&str>) -> Result<(), CoreError> {
    let unit = store.write("archive")?;
    let found = match kind {
        RecordKind::Dwelling => unit.set_archived::<Property>(id, at)?,
        RecordKind::Person => unit.set_archived::<Person>(id, at)?,
        RecordKind::Lease => unit.set_archived::<Lease>(id, at)?,
    };
    if !found {
        return Err(not_found(kind, id));
    }
    unit.commit()
}

/// Archives the record: it leaves the lists, and stays in the store.
pub fn archive(store: &mut Store, kind: RecordKind, id: &str) -> Result<(), CoreError> {
    let at = crate::dates::now().format("%Y-%m-%dT%H:%M:%S").to_string();
    mark(store, kind, id, Some(&at))
}

/// Brings an archived record back into the lists (the archive's undo).
pub fn unarchive(store: &mut Store, kind: RecordKind, id: &str) -> Result<(), CoreError> {
    mark(store, kind, id, None)
}

/// A lease's readiness as the app recorded it, kept in a [`Trash`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct KeptLeaseState {
    pub state: String,
    pub norm_verdict: String,
    pub override_by: Option<String>,
    /// `YYYY-MM-DDTHH:MM:SS`.
    pub override_at: Option<String>,
    pub override_reason: Option<String>,
}

/// Everything a deletion removed, to write back on undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct Trash {
    pub kind: RecordKind,
    pub id: String,
    pub archived_at: Option<String>,
    pub property: Option<Property>,
    pub owners: Vec<Owner>,
    pub person: Option<Person>,
    pub lease: Option<Lease>,
    pub occupants: Vec<Occupant>,
    pub handovers: Vec<Handover>,
    pub lease_state: Option<KeptLeaseState>,
}

/// Deletes the record when nothing refers to it, with its own parts, and
/// returns what it removed; a refusal (field `references`) says in `lang`
/// what still refers to it.
pub fn delete(
    store: &mut Store,
    kind: RecordKind,
    id: &str,
    lang: Lang,
) -> Result<Trash, CoreError> {
    let refs = references(store, kind, id)?;
    if !refs.is_empty() {
        let what = match kind {
            RecordKind::Dwelling => "delete-refused-dwelling",
            RecordKind::Person => "delete-refused-person",
            RecordKind::Lease => "delete-refused-lease",
        };
        return Err(CoreError::Invalid {
            field: "references".into(),
            message: Message::new(what).arg("refs", refs.list(lang)),
        });
    }
    let mut trash = Trash {
        kind,
        id: id.to_owned(),
        archived_at: None,
        property: None,
        owners: Vec::new(),
        person: None,
        lease: None,
        occupants: Vec::new(),
        handovers: Vec::new(),
        lease_state: None,
    };
    match kind {
        RecordKind::Dwelling => {
            trash.property = Some(
                store
                    .get::<Property>(id)?
                    .ok_or_else(|| not_found(kind, id))?,
            );
            trash.owners = store.list_where::<Owner>("property_id", id)?;
        }
        RecordKind::Person => {
            trash.person = Some(
                store
                    .get::<Person>(id)?
                    .ok_or_else(|| not_found(kind, id))?,
            );
        }
        RecordKind::Lease => {
            trash.lease = Some(store.get::<Lease>(id)?.ok_or_else(|| not_found(kind, id))?);
            trash.occupants = store.list_where::<Occupant>("lease_id", id)?;
            trash.handovers = store.list_where::<Handover>("lease_id", id)?;
            trash.lease_state = store.lease_state(id)?.map(|r| KeptLeaseState {
                state: r.state,
                norm_verdict: r.norm_verdict,
                override_by: r.override_by,
                override_at: r
                    .override_at
                    .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string()),
                override_reason: r.override_reason,
            });
        }
    }
    let unit = store.write("delete")?;
    trash.archived_at = match kind {
        RecordKind::Dwelling => unit.archived_at::<Property>(id)?,
        RecordKind::Person => unit.archived_at::<Person>(id)?,
        RecordKind::Lease => unit.archived_at::<Lease>(id)?,
    };
    match kind {
        RecordKind::Dwelling => {
            unit.delete_where::<Owner>("property_id", id)?;
            unit.delete_where::<Property>("id", id)?;
        }
        RecordKind::Person => {
            unit.delete_where::<Person>("id", id)?;
        }
        RecordKind::Lease => {
            unit.delete_where::<Occupant>("lease_id", id)?;
            unit.delete_where::<Handover>("lease_id", id)?;
            unit.delete_lease_state(id)?;
            unit.delete_where::<Lease>("id", id)?;
        }
    }
    unit.commit()?;
    Ok(trash)
}

/// Writes back what [`delete`] removed (the deletion's undo). Refused when
/// a record with the same id exists again.
pub fn restore(store: &mut Store, trash: &Trash) -> Result<(), CoreError> {
    let unit = store.write("restore")?;
    let taken = match trash.kind {
        RecordKind::Dwelling => unit.exists::<Property>(&trash.id)?,
        RecordKind::Person => unit.exists::<Person>(&trash.id)?,
        RecordKind::Lease => unit.exists::<Lease>(&trash.id)?,
    };
    if taken {
        return Err(CoreError::Invalid {
            field: "id".into(),
            message: Message::new("restore-taken").arg("id", trash.id.as_str()),
        });
    }
    if let Some(p) = &trash.property {
        unit.save(p)?;
    }
    for o in &trash.owners {
        unit.save(o)?;
    }
    if let Some(p) = &trash.person {
        unit.save(p)?;
    }
    if let Some(l) = &trash.lease {
        unit.save(l)?;
    }
    for o in &trash.occupants {
        unit.save(o)?;
    }
    for h in &trash.handovers {
        unit.save(h)?;
    }
    if let Some(s) = &trash.lease_state {
        let at = s
            .override_at
            .as_deref()
            .map(|t| chrono::NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M:%S"))
            .transpose()
            .map_err(|_| CoreError::Invalid {
                field: "lease_state".into(),
                message: Message::new("restore-taken").arg("id", trash.id.as_str()),
            })?;
        unit.put_lease_state(
            &trash.id,
            &LeaseStateRow {
                state: s.state.clone(),
                norm_verdict: s.norm_verdict.clone(),
                override_by: s.override_by.clone(),
                override_at: at,
                override_reason: s.override_reason.clone(),
            },
        )?;
    }
    if let Some(at) = &trash.archived_at {
        match trash.kind {
            RecordKind::Dwelling => unit.set_archived::<Property>(&trash.id, Some(at))?,
            RecordKind::Person => unit.set_archived::<Person>(&trash.id, Some(at))?,
            RecordKind::Lease => unit.set_archived::<Lease>(&trash.id, Some(at))?,
        };
    }
    unit.commit()
}
