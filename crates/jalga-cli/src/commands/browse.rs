//! `list` and `show`: what the store holds, one kind of record at a time.

use std::io::Write;

use clap::{Args, ValueEnum};
use jalga_core::domain::{
    Code, ForeignerNotice, Lease, Occupant, Owner, Person, Property, Registration,
};
use jalga_core::store::Entity;
use jalga_core::{CoreError, Store};
use serde::Serialize;

use super::data::open;
use crate::{CliError, Context, Outcome};

#[derive(Clone, Copy, ValueEnum)]
pub enum Kind {
    Properties,
    Owners,
    Persons,
    Leases,
    Occupants,
    Registrations,
    Notices,
}

#[derive(Args)]
pub struct ListArgs {
    kind: Kind,
    /// Print a JSON array.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ShowArgs {
    kind: Kind,
    /// The record's id (for occupants, the lease id: shows everyone on it).
    id: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// One line of `list`.
trait Line {
    fn line(&self) -> String;
}

fn opt(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("-")
}

impl Line for Property {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{} m² / {} m² / {} m²\t{} rooms",
            self.id,
            self.label(),
            self.total_area,
            self.useful_area,
            self.living_area,
            self.rooms
        )
    }
}
impl Line for Owner {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{} {}\t{}\t{}/{}",
            self.id,
            self.property_id,
            self.kind.code(),
            self.iin_bin,
            self.name,
            self.share_numerator,
            self.share_denominator
        )
    }
}
impl Line for Person {
    fn line(&self) -> String {
        let ident = match (&self.iin, &self.passport_number) {
            (Some(iin), _) => iin.clone(),
            (None, Some(p)) => format!("{} {p}", opt(&self.citizenship)),
            _ => "-".into(),
        };
        format!(
            "{}\t{}\t{}\t{} {}\t{}",
            self.id,
            self.kind.code(),
            ident,
            self.surname,
            self.given_name,
            self.birth_date
        )
    }
}
impl Line for Lease {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{} → {}\t{} – {}\t{} ₸",
            self.id,
            self.property_id,
            self.landlord_id,
            self.tenant_id,
            self.start_date,
            self.end_date.map_or("-".into(), |d| d.to_string()),
            self.rent
        )
    }
}
impl Line for Occupant {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{}",
            self.lease_id,
            self.person_id,
            self.relation.code()
        )
    }
}
impl Line for Registration {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\t{}\t{}\t{} – {}",
            self.id,
            self.person_id,
            self.property_id,
            self.kind.code(),
            self.status.code(),
            self.date_from,
            self.date_to.map_or("-".into(), |d| d.to_string())
        )
    }
}
impl Line for ForeignerNotice {
    fn line(&self) -> String {
        format!(
            "{}\t{}\t{}\thost {}\t{}\t{}",
            self.id,
            self.person_id,
            self.property_id,
            self.host_id,
            self.arrival_date,
            self.status.code()
        )
    }
}

fn print_list<T: Entity + Line + Serialize>(store: &Store, json: bool) -> Result<(), CliError> {
    let items: Vec<T> = store.list()?;
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &items)?;
        writeln!(out)?;
    } else {
        for i in &items {
            writeln!(out, "{}", i.line())?;
        }
    }
    Ok(())
}

pub fn list(ctx: &Context, args: &ListArgs) -> Result<Outcome, CliError> {
    let store = open(ctx)?;
    match args.kind {
        Kind::Properties => print_list::<Property>(&store, args.json)?,
        Kind::Owners => print_list::<Owner>(&store, args.json)?,
        Kind::Persons => print_list::<Person>(&store, args.json)?,
        Kind::Leases => print_list::<Lease>(&store, args.json)?,
        Kind::Occupants => print_list::<Occupant>(&store, args.json)?,
        Kind::Registrations => print_list::<Registration>(&store, args.json)?,
        Kind::Notices => print_list::<ForeignerNotice>(&store, args.json)?,
    }
    Ok(Outcome::Clean)
}

fn print_one<T: Entity + Serialize>(
    store: &Store,
    kind: &str,
    id: &str,
    json: bool,
) -> Result<(), CliError> {
    let item: T = store.get(id)?.ok_or_else(|| CoreError::NotFound {
        kind: kind.into(),
        id: id.into(),
    })?;
    let mut out = std::io::stdout().lock();
    let value = serde_json::to_value(&item)?;
    if json {
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
    } else if let serde_json::Value::Object(map) = value {
        for (k, v) in map {
            let v = match v {
                serde_json::Value::Null => "-".to_owned(),
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            writeln!(out, "{k}: {v}")?;
        }
    }
    Ok(())
}

pub fn show(ctx: &Context, args: &ShowArgs) -> Result<Outcome, CliError> {
    let store = open(ctx)?;
    let (id, json) = (args.id.as_str(), args.json);
    match args.kind {
        Kind::Properties => print_one::<Property>(&store, "property", id, json)?,
        Kind::Owners => print_one::<Owner>(&store, "owner", id, json)?,
        Kind::Persons => print_one::<Person>(&store, "person", id, json)?,
        Kind::Leases => print_one::<Lease>(&store, "lease", id, json)?,
        Kind::Occupants => {
            let on_lease: Vec<Occupant> = store
                .list::<Occupant>()?
                .into_iter()
                .filter(|o| o.lease_id == id)
                .collect();
            if on_lease.is_empty() {
                return Err(CoreError::NotFound {
                    kind: "lease".into(),
                    id: id.into(),
                }
                .into());
            }
            let mut out = std::io::stdout().lock();
            if json {
                serde_json::to_writer_pretty(&mut out, &on_lease)?;
                writeln!(out)?;
            } else {
                for o in &on_lease {
                    writeln!(out, "{}", o.line())?;
                }
            }
        }
        Kind::Registrations => print_one::<Registration>(&store, "registration", id, json)?,
        Kind::Notices => print_one::<ForeignerNotice>(&store, "foreigner-notice", id, json)?,
    }
    Ok(Outcome::Clean)
}
