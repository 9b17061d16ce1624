//! A Kazakh bank account number (IBAN, ISO 13616): "KZ", two check digits,
//! a three-digit bank code and a 13-character account, 20 characters in all.
//! The check digits make the whole number, rearranged and read in base 36,
//! leave 1 when divided by 97.

use serde::Serialize;
use ts_rs::TS;

use crate::i18n::{Message, ToMessage};

/// The length of a Kazakh IBAN.
pub const KZ_IBAN_LEN: usize = 20;

/// Why a text is not a Kazakh IBAN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[ts(export)]
pub enum IbanReason {
    Empty,
    /// It does not start with "KZ".
    NotKazakh {
        found: String,
    },
    WrongLength {
        found: u32,
    },
    /// A character that may not stand at that place (1-based, spaces not counted).
    BadCharacter {
        position: u32,
        found: String,
    },
    /// The check digits do not match the rest: a character is mistyped.
    CheckDigits,
}

impl IbanReason {
    /// A stable, language-independent code (the serde tag).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty => "empty",
            Self::NotKazakh { .. } => "not-kazakh",
            Self::WrongLength { .. } => "wrong-length",
            Self::BadCharacter { .. } => "bad-character",
            Self::CheckDigits => "check-digits",
        }
    }
}

impl ToMessage for IbanReason {
    fn to_message(&self) -> Message {
        match self {
            Self::Empty => Message::new("id-empty"),
            Self::NotKazakh { found } => {
                Message::new("iban-not-kazakh").arg("found", found.as_str())
            }
            Self::WrongLength { found } => Message::new("iban-wrong-length").arg("found", *found),
            Self::BadCharacter { position, found } => Message::new("iban-bad-character")
                .arg("position", *position)
                .arg("found", found.as_str()),
            Self::CheckDigits => Message::new("iban-check-digits"),
        }
    }
}

/// Checks a Kazakh IBAN; spaces between groups are allowed and letters may
/// be lower case. Returns the IBAN written compactly in capitals.
pub fn check_kz_iban(input: &str) -> Result<String, IbanReason> {
    let compact: String = input
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.is_empty() {
        return Err(IbanReason::Empty);
    }
    let country: String = compact.chars().take(2).collect();
    if country != "KZ" {
        return Err(IbanReason::NotKazakh { found: country });
    }
    let len = compact.chars().count();
    if len != KZ_IBAN_LEN {
        return Err(IbanReason::WrongLength { found: len as u32 });
    }
    for (i, c) in compact.chars().enumerate() {
        // Check digits and the bank code are digits; the account is
        // digits or Latin capitals.
        let ok = match i {
            0 | 1 => true,
            2..=6 => c.is_ascii_digit(),
            _ => c.is_ascii_digit() || c.is_ascii_uppercase(),
        };
        if !ok {
            return Err(IbanReason::BadCharacter {
                position: i as u32 + 1,
                found: c.to_string(),
            });
        }
    }
    // Move the first four characters to the end; A = 10 … Z = 35; mod 97.
    let rearranged = compact[4..].chars().chain(compact[..4].chars());
    let mut rem: u32 = 0;
    for c in rearranged {
        let v = c.to_digit(36).expect("checked above");
        rem = if v < 10 {
            (rem * 10 + v) % 97
        } else {
            (rem * 100 + v) % 97
        };
    }
    if rem != 1 {
        return Err(IbanReason::CheckDigits);
    }
    Ok(compact)
}
