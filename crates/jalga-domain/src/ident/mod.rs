//! Kazakhstan's 12-digit identifiers: the IIN (individuals) and the BIN
//! (legal entities). Both share one check-digit scheme.

mod bin;
mod checksum;
mod iin;

pub use bin::{check_bin, BinAttribute, BinEntityType, BinInfo, BinReason};
pub use checksum::check_digit;
pub use iin::{check_iin, IinInfo, IinReason, Sex};

/// Characters in both kinds of number.
pub const ID_LEN: usize = 12;

/// Shape problems shared by IIN and BIN: checked before anything else so
/// that the reason names the first thing a person would fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ShapeReason {
    /// Nothing was typed.
    Empty,
    /// A character other than 0-9 at this 1-based position.
    NotDigit { position: u32, found: String },
    /// Not 12 digits.
    WrongLength { found: u32 },
}

/// The digits of a number that passed the shape check.
pub(crate) fn digits(input: &str) -> Result<[u8; ID_LEN], ShapeReason> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(ShapeReason::Empty);
    }
    if let Some((i, c)) = trimmed
        .chars()
        .enumerate()
        .find(|(_, c)| !c.is_ascii_digit())
    {
        return Err(ShapeReason::NotDigit {
            position: i as u32 + 1,
            found: c.to_string(),
        });
    }
    let len = trimmed.len();
    if len != ID_LEN {
        return Err(ShapeReason::WrongLength { found: len as u32 });
    }
    let mut out = [0u8; ID_LEN];
    for (slot, b) in out.iter_mut().zip(trimmed.bytes()) {
        *slot = b - b'0';
    }
    Ok(out)
}

/// Problems with the twelfth digit, shared by IIN and BIN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ChecksumReason {
    /// Both weighting passes give 10: no check digit can make this valid.
    NoCheckDigit,
    Mismatch {
        expected: u8,
        found: u8,
    },
}

/// The answer a front end shows for a typed IIN: the verdict, what the
/// number says, and why it is wrong, in the asked language.
#[derive(Debug, Clone, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct IinCheck {
    pub input: String,
    pub valid: bool,
    pub info: Option<IinInfo>,
    pub reason: Option<IinReason>,
    /// `reason` in words, in the asked language.
    pub message: Option<String>,
}

impl IinCheck {
    pub fn run(input: &str, lang: crate::Lang) -> IinCheck {
        use crate::i18n::ToMessage;
        match check_iin(input) {
            Ok(info) => IinCheck {
                input: input.to_owned(),
                valid: true,
                info: Some(info),
                reason: None,
                message: None,
            },
            Err(reason) => IinCheck {
                input: input.to_owned(),
                valid: false,
                info: None,
                message: Some(reason.localize(lang)),
                reason: Some(reason),
            },
        }
    }
}
