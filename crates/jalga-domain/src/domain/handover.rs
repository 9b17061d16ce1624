//! The handover act's content as the store keeps it: what the landlord
//! hands over at move-in, or the tenant returns, on one day: the rooms and
//! furniture with their condition, the meters read that day and the keys.
//! At most one act per lease and direction (`0008-handover.sql`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use validator::{Validate, ValidationError};

use super::validate::{self as v, fail, fail_at};
use super::Code;
use crate::i18n::Message;

/// The most inventory lines one act keeps.
pub const MAX_INVENTORY: usize = 200;
/// The most meters one act reads.
pub const MAX_METERS: usize = 20;
/// The most kinds of key one act lists.
pub const MAX_KEY_SETS: usize = 20;

crate::code_enum! {
    "kebab-case",
    /// Which way the dwelling changes hands.
    pub enum HandoverDirection {
        /// The landlord hands the dwelling to the tenant.
        MoveIn,
        /// The tenant returns it.
        Return,
    }
}

crate::code_enum! {
    "kebab-case",
    /// What a meter measures: electricity, cold or hot water, gas, heat.
    pub enum MeterKind {
        Electricity,
        ColdWater,
        HotWater,
        Gas,
        Heat,
    }
}

codes!(HandoverDirection, MeterKind);

/// A handover act of a lease.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
#[validate(schema(function = "handover"))]
pub struct Handover {
    #[validate(custom(function = "v::id"))]
    pub id: String,
    #[validate(custom(function = "v::id"))]
    pub lease_id: String,
    pub direction: HandoverDirection,
    /// The day of the handover; the meters are read that day.
    #[ts(type = "string")]
    #[validate(custom(function = "v::date"))]
    pub handed_on: NaiveDate,
    #[validate(nested)]
    pub inventory: Vec<InventoryLine>,
    #[validate(nested)]
    pub meters: Vec<MeterLine>,
    #[validate(nested)]
    pub keys: Vec<KeyLine>,
    /// Defects or remarks both sides agree on.
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub remarks: Option<String>,
}

/// A room's or a piece of furniture's line: where, what, how many, in
/// what condition (in the parties' words).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct InventoryLine {
    #[validate(custom(function = "v::text"))]
    pub room: String,
    #[validate(custom(function = "v::text"))]
    pub item: String,
    #[validate(range(min = 1, max = 999, code = "quantity"))]
    pub quantity: u32,
    #[validate(custom(function = "v::text"))]
    pub condition: String,
}

/// A meter's reading on the day of the handover.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct MeterLine {
    pub kind: MeterKind,
    /// The meter's serial number, when it has one.
    #[serde(default)]
    #[validate(custom(function = "v::text"))]
    pub serial: Option<String>,
    /// As the meter shows it: digits, at most one decimal separator.
    #[validate(custom(function = "reading"))]
    pub reading: String,
}

/// Keys, fobs or cards of one kind and how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, Validate)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct KeyLine {
    /// What it opens ("flat door", "entrance", "mailbox").
    #[validate(custom(function = "v::text"))]
    pub what: String,
    #[validate(range(min = 1, max = 99, code = "key-count"))]
    pub count: u32,
}

/// A meter reading: 1–12 digits with at most one `.` or `,` between them.
pub fn reading(value: &str) -> Result<(), ValidationError> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let seps = value.chars().filter(|c| matches!(c, '.' | ',')).count();
    let ok = (1..=12).contains(&digits)
        && seps <= 1
        && digits + seps == value.chars().count()
        && !value.starts_with(['.', ','])
        && !value.ends_with(['.', ',']);
    if ok {
        Ok(())
    } else {
        Err(fail(
            "meter-reading",
            Message::new("v-meter-reading")
                .arg("found", value.chars().take(40).collect::<String>()),
        ))
    }
}

fn handover(h: &Handover) -> Result<(), ValidationError> {
    for (field, len, max) in [
        ("inventory", h.inventory.len(), MAX_INVENTORY),
        ("meters", h.meters.len(), MAX_METERS),
        ("keys", h.keys.len(), MAX_KEY_SETS),
    ] {
        if len > max {
            return Err(fail_at(
                field,
                "too-many-lines",
                Message::new("v-too-many-lines")
                    .arg("max", max as u32)
                    .arg("found", len as f64),
            ));
        }
    }
    Ok(())
}
