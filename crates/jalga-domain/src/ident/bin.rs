//! BIN: the business identification number.
//!
//! Layout: YYMM of registration, entity type, attribute, 5-digit serial,
//! check digit.

use serde::Serialize;
use ts_rs::TS;

use super::{checksum, digits, ChecksumReason, ShapeReason};
use crate::i18n::{Message, ToMessage};

/// The 5th digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum BinEntityType {
    Resident,
    NonResident,
    JointEntrepreneurship,
}

/// The 6th digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum BinAttribute {
    HeadOffice,
    Branch,
    RepresentativeOffice,
    Farm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct BinInfo {
    pub bin: String,
    /// Year of registration (two digits as printed; the century is not encoded).
    pub registered_yy: u32,
    pub registered_month: u32,
    pub entity_type: BinEntityType,
    pub attribute: BinAttribute,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[ts(export)]
pub enum BinReason {
    Empty,
    NotDigit {
        position: u32,
        found: String,
    },
    WrongLength {
        found: u32,
    },
    /// Digits 3-4 are not a month 01-12.
    ImpossibleMonth {
        month: u32,
    },
    /// The 5th digit must be 4, 5 or 6.
    EntityType {
        digit: u8,
    },
    /// The 6th digit must be 0-3.
    Attribute {
        digit: u8,
    },
    NoCheckDigit,
    ChecksumMismatch {
        expected: u8,
        found: u8,
    },
}

impl From<ShapeReason> for BinReason {
    fn from(r: ShapeReason) -> Self {
        match r {
            ShapeReason::Empty => Self::Empty,
            ShapeReason::NotDigit { position, found } => Self::NotDigit { position, found },
            ShapeReason::WrongLength { found } => Self::WrongLength { found },
        }
    }
}

impl From<ChecksumReason> for BinReason {
    fn from(r: ChecksumReason) -> Self {
        match r {
            ChecksumReason::NoCheckDigit => Self::NoCheckDigit,
            ChecksumReason::Mismatch { expected, found } => {
                Self::ChecksumMismatch { expected, found }
            }
        }
    }
}

pub fn check_bin(input: &str) -> Result<BinInfo, BinReason> {
    let d = digits(input)?;
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let month = two(2);
    if !(1..=12).contains(&month) {
        return Err(BinReason::ImpossibleMonth { month });
    }
    let entity_type = match d[4] {
        4 => BinEntityType::Resident,
        5 => BinEntityType::NonResident,
        6 => BinEntityType::JointEntrepreneurship,
        digit => return Err(BinReason::EntityType { digit }),
    };
    let attribute = match d[5] {
        0 => BinAttribute::HeadOffice,
        1 => BinAttribute::Branch,
        2 => BinAttribute::RepresentativeOffice,
        3 => BinAttribute::Farm,
        digit => return Err(BinReason::Attribute { digit }),
    };
    checksum::verify(&d)?;
    Ok(BinInfo {
        bin: input.trim().to_owned(),
        registered_yy: two(0),
        registered_month: month,
        entity_type,
        attribute,
    })
}

impl ToMessage for BinReason {
    fn to_message(&self) -> Message {
        match self {
            Self::Empty => Message::new("id-empty"),
            Self::NotDigit { position, found } => Message::new("id-not-digit")
                .arg("position", *position)
                .arg("found", found.as_str()),
            Self::WrongLength { found } => Message::new("id-wrong-length").arg("found", *found),
            Self::ImpossibleMonth { month } => {
                Message::new("bin-impossible-month").arg("month", *month)
            }
            Self::EntityType { digit } => {
                Message::new("bin-entity-type").arg("digit", u32::from(*digit))
            }
            Self::Attribute { digit } => {
                Message::new("bin-attribute").arg("digit", u32::from(*digit))
            }
            Self::NoCheckDigit => Message::new("id-no-check-digit"),
            Self::ChecksumMismatch { expected, found } => Message::new("id-checksum-mismatch")
                .arg("expected", u32::from(*expected))
                .arg("found", u32::from(*found)),
        }
    }
}

impl BinReason {
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotDigit { .. } => "not-digit",
            Self::WrongLength { .. } => "wrong-length",
            Self::ImpossibleMonth { .. } => "impossible-month",
            Self::EntityType { .. } => "entity-type",
            Self::Attribute { .. } => "attribute",
            Self::NoCheckDigit => "no-check-digit",
            Self::ChecksumMismatch { .. } => "checksum-mismatch",
        }
    }
}
