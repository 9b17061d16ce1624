//! The footer's QR code: the `qrcode` crate's own encoding, data placement
//! and masks, with its choice of mask scored on plain booleans.
//!
//! The crate scores each of the eight masks (ISO/IEC 18004, 7.8.3) through
//! boxed closures and a module enum, which took a tenth of a document's
//! time. The penalties here are the crate's rules to the letter (its
//! reading of them included: the finder-like pattern counted in every row
//! and column, less the 360 points of the three finder patterns themselves;
//! the dark-module balance unrounded; the first of equal scores wins), so
//! the chosen mask, and the modules a document draws, are the ones the crate
//! chooses: a document issued earlier renders and verifies the same.

use qrcode::bits::encode_auto;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::ec::construct_codewords;
use qrcode::{Color, EcLevel, QrCode, QrResult};

/// The eight masks of a QR code (not a Micro QR code), in the crate's order.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The modules of `payload`'s QR code at error correction level `ec`, row
/// by row (dark is `true`), and its width in modules: what
/// `QrCode::with_error_correction_level(payload, ec)` gives.
pub fn modules(payload: &[u8], ec: EcLevel) -> QrResult<(usize, Vec<bool>)> {
    let bits = encode_auto(payload, ec)?;
    let version = bits.version();
    if version.is_micro() {
        // Not made by `encode_auto`; scored by the crate if it ever is.
        let code = QrCode::with_bits(bits, ec)?;
        let dark = code.to_colors().iter().map(|&c| c == Color::Dark).collect();
        return Ok((code.width(), dark));
    }
    let (data, ecc) = construct_codewords(&bits.into_bytes(), version, ec)?;
    let mut canvas = Canvas::new(version, ec);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ecc);
    let width = usize::try_from(version.width()).unwrap_or_default();
    let mut best: Option<(u32, Vec<bool>)> = None;
    for mask in MASKS {
        let mut masked = canvas.clone();
        masked.apply_mask(mask);
        let dark: Vec<bool> = masked
            .into_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect();
        let score = penalty(width, &dark);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, dark));
        }
    }
    Ok((width, best.map(|(_, d)| d).unwrap_or_default()))
}

/// The penalty of a masked symbol, as the `qrcode` crate counts it.
fn penalty(w: usize, dark: &[bool]) -> u32 {
    if w == 0 {
        return 0;
    }
    // The columns, as rows.
    let mut columns = vec![false; w * w];
    for (y, row) in dark.chunks_exact(w).enumerate() {
        for (x, &d) in row.iter().enumerate() {
            columns[x * w + y] = d;
        }
    }
    let mut runs = 0;
    let mut finders = 0;
    for line in dark.chunks_exact(w).chain(columns.chunks_exact(w)) {
        runs += run_penalty(line.iter().copied());
        finders += finder_penalty(line);
    }
    let mut blocks = 0;
    for pair in dark.chunks_exact(w).collect::<Vec<_>>().windows(2) {
        let (a, b) = (pair[0], pair[1]);
        for x in 0..w - 1 {
            let c = a[x];
            if a[x + 1] == c && b[x] == c && b[x + 1] == c {
                blocks += 3;
            }
        }
    }
    // The three finder patterns match in both directions; they are no
    // penalty.
    let finders = finders.saturating_sub(2 * 360);
    let ratio = dark.iter().filter(|&&d| d).count() * 200 / dark.len();
    let balance = u32::try_from(ratio.abs_diff(100)).unwrap_or(u32::MAX);
    runs + blocks + finders + balance
}

/// Five or more modules of one colour in a row: 3 points, and one more for
/// every module beyond five.
fn run_penalty(line: impl Iterator<Item = bool>) -> u32 {
    let mut score = 0;
    let mut last = None;
    let mut len = 0u32;
    for c in line {
        if last == Some(c) {
            len += 1;
        } else {
            if len >= 5 {
                score += len - 2;
            }
            last = Some(c);
            len = 1;
        }
    }
    if len >= 5 {
        score += len - 2;
    }
    score
}

/// 40 points for every dark-light-dark×3-light-dark run of a line without
/// a dark module in the four before it or the four after it (outside the
/// symbol counts as light).
fn finder_penalty(line: &[bool]) -> u32 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let w = line.len();
    let mut score = 0;
    for j in 0..w.saturating_sub(6) {
        if line[j..j + 7] != PATTERN {
            continue;
        }
        let before = line[j.saturating_sub(4)..j].contains(&true);
        let after = line[j + 7..(j + 11).min(w)].contains(&true);
        if !before || !after {
            score += 40;
        }
    }
    score
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the crate itself makes of `payload`.
    fn crate_modules(payload: &[u8]) -> (usize, Vec<bool>) {
        let code = QrCode::with_error_correction_level(payload, EcLevel::M).expect("fits");
        let dark = code.to_colors().iter().map(|&c| c == Color::Dark).collect();
        (code.width(), dark)
    }

    /// Payloads of every length a document's QR code carries and beyond
    /// (versions 1 to about 15), in the three encodings the crate mixes:
    /// the chosen mask must be the crate's for every one.
    #[test]
    fn the_same_modules_as_the_qrcode_crate() {
        let mut seed = 0x9e37_79b9_u32;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            seed
        };
        let alphabets: [&[u8]; 3] = [
            b"0123456789",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:",
            b"jalga://verify?c=abcdefXYZ-_0123456789&n=",
        ];
        let mut masks_seen = std::collections::BTreeSet::new();
        for len in (1..400).step_by(7) {
            for alphabet in alphabets {
                let payload: Vec<u8> = (0..len)
                    .map(|_| alphabet[next() as usize % alphabet.len()])
                    .collect();
                let ours = modules(&payload, EcLevel::M).expect("fits");
                let theirs = crate_modules(&payload);
                assert_eq!(ours, theirs, "payload of {len} bytes");
                // The format information (row 8, columns 0..6) tells the mask.
                masks_seen.insert(ours.1[8 * ours.0..8 * ours.0 + 6].to_vec());
            }
        }
        // The table exercised more than one mask choice.
        assert!(masks_seen.len() > 4, "{} masks", masks_seen.len());
    }

    #[test]
    fn the_crate_penalty_rules() {
        // A light row of 21: one run of 21 (19 points) in that row.
        assert_eq!(run_penalty(std::iter::repeat_n(false, 21)), 19);
        assert_eq!(run_penalty([true, true, true, true, false].into_iter()), 0);
        assert_eq!(run_penalty([true; 5].into_iter().chain([false])), 3);
        // A finder-like run with light on both sides, away from the edges.
        let line = [
            false, false, false, false, true, false, true, true, true, false, true, false, false,
            false, false,
        ];
        assert_eq!(finder_penalty(&line), 40);
        let mut dark_after = line;
        dark_after[12] = true;
        let mut dark_before = dark_after;
        dark_before[1] = true;
        assert_eq!(finder_penalty(&dark_after), 40);
        assert_eq!(finder_penalty(&dark_before), 0);
    }
}
