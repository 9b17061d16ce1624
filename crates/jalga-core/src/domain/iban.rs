//! Kazakh bank account numbers (IBAN, ИИК / ЖСК): `KZ`, two check digits,
//! a three-digit bank code and thirteen letters or digits, twenty
//! characters in all (ISO 13616; the National Bank's account format).
//! The check digits are verified by the ISO 7064 MOD 97-10 rule: move the
//! first four characters to the end, read letters as 10–35, and the
//! number must leave 1 when divided by 97.

use crate::i18n::Message;

/// The length of a Kazakh IBAN.
pub const KZ_IBAN_LEN: usize = 20;

/// Why a text is not a Kazakh IBAN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IbanError {
    /// Does not start with `KZ`.
    NotKazakh { found: String },
    /// Not 20 characters (spaces aside).
    Length { found: usize },
    /// Something other than Latin capitals and digits, or letters where
    /// the check digits or the bank code go.
    Char { found: char },
    /// The check digits do not match the rest.
    CheckDigits,
}

impl IbanError {
    /// The reason in the catalogue's words.
    pub fn to_message(&self) -> Message {
        match self {
            IbanError::NotKazakh { found } => {
                Message::new("v-iban-country").arg("found", found.as_str())
            }
            IbanError::Length { found } => Message::new("v-iban-length")
                .arg("expected", KZ_IBAN_LEN as u32)
                .arg("found", *found as u32),
            IbanError::Char { found } => {
                Message::new("v-iban-char").arg("found", found.to_string())
            }
            IbanError::CheckDigits => Message::new("v-iban-check"),
        }
    }
}

/// The IBAN without the spaces that group it by four for reading.
pub fn compact_iban(text: &str) -> String {
    text.chars().filter(|c| *c != ' ').collect()
}

/// Checks a Kazakh IBAN, written compactly or in groups of four.
pub fn check_iban(text: &str) -> Result<(), IbanError> {
    let iban = compact_iban(text);
    if let Some(c) = iban
        .chars()
        .find(|c| !(c.is_ascii_uppercase() || c.is_ascii_digit()))
    {
        return Err(IbanError::Char { found: c });
    }
    if !iban.starts_with("KZ") {
        return Err(IbanError::NotKazakh {
            found: iban.chars().take(2).collect(),
        });
    }
    if iban.len() != KZ_IBAN_LEN {
        return Err(IbanError::Length { found: iban.len() });
    }
    // Check digits (2–3) and the bank code (4–6) are digits.
    if let Some(c) = iban[2..7].chars().find(|c| !c.is_ascii_digit()) {
        return Err(IbanError::Char { found: c });
    }
    let rearranged = iban[4..].chars().chain(iban[..4].chars());
    let mut rest: u32 = 0;
    for c in rearranged {
        let v = c.to_digit(36).expect("checked above: a digit or a capital");
        rest = if v < 10 {
            (rest * 10 + v) % 97
        } else {
            (rest * 100 + v) % 97
        };
    }
    if rest == 1 {
        Ok(())
    } else {
        Err(IbanError::CheckDigits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_example_and_grouped_forms_pass() {
        // The Kazakh example of the SWIFT IBAN registry.
        assert_eq!(check_iban("KZ86125KZT5004100100"), Ok(()));
        assert_eq!(check_iban("KZ86 125K ZT50 0410 0100"), Ok(()));
    }

    #[test]
    fn each_reason_is_told_apart() {
        assert_eq!(
            check_iban("KZ87125KZT5004100100"),
            Err(IbanError::CheckDigits)
        );
        assert_eq!(
            check_iban("KZ86125KZT5004100101"),
            Err(IbanError::CheckDigits)
        );
        assert_eq!(
            check_iban("DE89370400440532013000"),
            Err(IbanError::NotKazakh { found: "DE".into() })
        );
        assert_eq!(
            check_iban("KZ86125KZT500410010"),
            Err(IbanError::Length { found: 19 })
        );
        assert_eq!(
            check_iban("kz86125KZT5004100100"),
            Err(IbanError::Char { found: 'k' })
        );
        assert_eq!(
            check_iban("KZ8612AKZT5004100100"),
            Err(IbanError::Char { found: 'A' })
        );
    }
}
