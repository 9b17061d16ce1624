//! The check digit shared by IIN and BIN.

const FIRST_PASS: [u32; 11] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_PASS: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

/// The check digit for the first eleven digits, or `None` when both passes
/// give 10: no number with these eleven digits is valid.
pub fn check_digit(first11: &[u8]) -> Option<u8> {
    debug_assert_eq!(first11.len(), 11);
    let weighted = |weights: &[u32; 11]| -> u32 {
        first11
            .iter()
            .zip(weights)
            .map(|(&d, &w)| u32::from(d) * w)
            .sum::<u32>()
            % 11
    };
    match weighted(&FIRST_PASS) {
        10 => match weighted(&SECOND_PASS) {
            10 => None,
            d => Some(d as u8),
        },
        d => Some(d as u8),
    }
}

/// Why the last digit is wrong, if it is.
pub(crate) fn verify(digits: &[u8; 12]) -> Result<(), super::ChecksumReason> {
    match check_digit(&digits[..11]) {
        None => Err(super::ChecksumReason::NoCheckDigit),
        Some(expected) if expected != digits[11] => Err(super::ChecksumReason::Mismatch {
            expected,
            found: digits[11],
        }),
        Some(_) => Ok(()),
    }
}
