//! IIN: the individual identification number.
//!
//! Layout: YYMMDD, a century-and-sex digit, a 4-digit serial, a check digit.

use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

use super::{checksum, digits, ChecksumReason, ShapeReason};
use crate::i18n::{Message, ToMessage};

crate::code_enum! {
    "lowercase",
    pub enum Sex {
        Male,
        Female,
    }
}

/// What a valid IIN says about its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct IinInfo {
    pub iin: String,
    #[ts(type = "string")]
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

/// Why a string is not a valid IIN: the first problem found, in the order a
/// person would fix them (shape, then century digit, date, check digit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[ts(export)]
pub enum IinReason {
    Empty,
    NotDigit {
        position: u32,
        found: String,
    },
    WrongLength {
        found: u32,
    },
    /// The 7th digit must be 1-6.
    CenturyDigit {
        digit: u8,
    },
    /// YYMMDD with the century from the 7th digit is not a calendar date.
    ImpossibleDate {
        year: i32,
        month: u32,
        day: u32,
    },
    NoCheckDigit,
    ChecksumMismatch {
        expected: u8,
        found: u8,
    },
}

impl From<ShapeReason> for IinReason {
    fn from(r: ShapeReason) -> Self {
        match r {
            ShapeReason::Empty => Self::Empty,
            ShapeReason::NotDigit { position, found } => Self::NotDigit { position, found },
            ShapeReason::WrongLength { found } => Self::WrongLength { found },
        }
    }
}

impl From<ChecksumReason> for IinReason {
    fn from(r: ChecksumReason) -> Self {
        match r {
            ChecksumReason::NoCheckDigit => Self::NoCheckDigit,
            ChecksumReason::Mismatch { expected, found } => {
                Self::ChecksumMismatch { expected, found }
            }
        }
    }
}

/// Checks an IIN and derives the birth date and sex from it.
pub fn check_iin(input: &str) -> Result<IinInfo, IinReason> {
    let d = digits(input)?;
    let century_digit = d[6];
    let (century, sex) = match century_digit {
        1 => (1800, Sex::Male),
        2 => (1800, Sex::Female),
        3 => (1900, Sex::Male),
        4 => (1900, Sex::Female),
        5 => (2000, Sex::Male),
        6 => (2000, Sex::Female),
        digit => return Err(IinReason::CenturyDigit { digit }),
    };
    let two = |i: usize| u32::from(d[i]) * 10 + u32::from(d[i + 1]);
    let (year, month, day) = (century + two(0) as i32, two(2), two(4));
    let birth_date = NaiveDate::from_ymd_opt(year, month, day)
        .ok_or(IinReason::ImpossibleDate { year, month, day })?;
    checksum::verify(&d)?;
    Ok(IinInfo {
        iin: input.trim().to_owned(),
        birth_date,
        sex,
    })
}

impl ToMessage for IinReason {
    fn to_message(&self) -> Message {
        match self {
            Self::Empty => Message::new("id-empty"),
            Self::NotDigit { position, found } => Message::new("id-not-digit")
                .arg("position", *position)
                .arg("found", found.as_str()),
            Self::WrongLength { found } => Message::new("id-wrong-length").arg("found", *found),
            Self::CenturyDigit { digit } => {
                Message::new("iin-century-digit").arg("digit", u32::from(*digit))
            }
            Self::ImpossibleDate { year, month, day } => Message::new("iin-impossible-date")
                .arg("date", format!("{year:04}-{month:02}-{day:02}")),
            Self::NoCheckDigit => Message::new("id-no-check-digit"),
            Self::ChecksumMismatch { expected, found } => Message::new("id-checksum-mismatch")
                .arg("expected", u32::from(*expected))
                .arg("found", u32::from(*found)),
        }
    }
}

impl IinReason {
    /// A stable, language-independent code (the serde tag).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotDigit { .. } => "not-digit",
            Self::WrongLength { .. } => "wrong-length",
            Self::CenturyDigit { .. } => "century-digit",
            Self::ImpossibleDate { .. } => "impossible-date",
            Self::NoCheckDigit => "no-check-digit",
            Self::ChecksumMismatch { .. } => "checksum-mismatch",
        }
    }
}
