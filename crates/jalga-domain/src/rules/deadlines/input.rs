//! What the engine is told about the people at a dwelling.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{RegistrationKind, RegistrationStatus};
use crate::error::CoreError;
use crate::limits;
use crate::rules::stay::Stay;

/// A registration as far as deadlines care.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct RegistrationFacts {
    pub kind: RegistrationKind,
    pub status: RegistrationStatus,
    /// When it was submitted (the day that counts for the deadline).
    #[serde(default)]
    pub submitted_on: Option<NaiveDate>,
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// End of a temporary registration.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// What the engine needs to know about one person at one dwelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct PersonFacts {
    /// A name or number to show.
    pub name: String,
    /// ISO 3166-1 alpha-3; Kazakhstan's own citizens are `KAZ`.
    pub citizenship: String,
    /// The day the person moved in (for a foreigner: arrived at this address).
    #[serde(default)]
    pub moved_in: Option<NaiveDate>,
    /// A foreigner's date of entry into the country.
    #[serde(default)]
    pub entered_country: Option<NaiveDate>,
    /// The date of birth: children under 14 are not registered.
    #[serde(default)]
    pub birth_date: Option<NaiveDate>,
    /// The end of an EAEU worker's labour contract: the stay may last
    /// until then.
    #[serde(default)]
    pub labour_contract_end: Option<NaiveDate>,
    /// The move-in is a foreigner's change of address inside the country.
    #[serde(default)]
    pub address_changed: bool,
    #[serde(default)]
    pub registration: Option<RegistrationFacts>,
    /// The day the host's notice (or the foreigner's registration) was filed.
    #[serde(default)]
    pub notice_filed: Option<NaiveDate>,
    #[serde(default)]
    pub lease_end: Option<NaiveDate>,
    #[serde(default)]
    pub moved_out: Option<NaiveDate>,
    #[serde(default)]
    pub deregistered: Option<NaiveDate>,
    /// Stays in the country (for the EAEU 90-in-180 limit).
    #[serde(default)]
    pub stays: Vec<Stay>,
}

/// The deadlines input file: the people at one or more dwellings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct DeadlineInput {
    pub people: Vec<PersonFacts>,
}

impl DeadlineInput {
    /// Reads the input file; every date in it must lie within
    /// [`limits::FIRST_YEAR`]–[`limits::LAST_YEAR`].
    pub fn from_json(text: &str) -> Result<DeadlineInput, CoreError> {
        let input: DeadlineInput = crate::rules::from_json("input", text)?;
        input.check_dates()?;
        Ok(input)
    }

    /// Refuses a date out of bounds, naming where it is.
    pub fn check_dates(&self) -> Result<(), CoreError> {
        for (i, p) in self.people.iter().enumerate() {
            let reg = p.registration.as_ref();
            let dates = [
                ("moved_in", p.moved_in),
                ("entered_country", p.entered_country),
                ("notice_filed", p.notice_filed),
                ("lease_end", p.lease_end),
                ("moved_out", p.moved_out),
                ("deregistered", p.deregistered),
                (
                    "registration.submitted_on",
                    reg.and_then(|r| r.submitted_on),
                ),
                ("registration.from", reg.and_then(|r| r.from)),
                ("registration.until", reg.and_then(|r| r.until)),
            ];
            for (field, d) in dates {
                if let Some(d) = d {
                    limits::check_date(&format!("people[{i}].{field}"), d)?;
                }
            }
            for (j, s) in p.stays.iter().enumerate() {
                limits::check_date(&format!("people[{i}].stays[{j}].entered"), s.entered)?;
                if let Some(left) = s.left {
                    limits::check_date(&format!("people[{i}].stays[{j}].left"), left)?;
                }
            }
        }
        Ok(())
    }
}
