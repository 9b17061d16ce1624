//! Personal numbers kept out of logs and error reports.
//!
//! An IIN, a BIN or a passport number identifies a person; an error message
//! or a panic report may be pasted into a bug report or a chat, so every
//! such text goes through [`mask_text`] first. The first two and last two
//! characters stay, so a user can still tell which record is meant.

/// `870412300123` → `87********23`. Numbers of four characters or fewer
/// are masked whole.
pub fn mask_number(number: &str) -> String {
    let chars: Vec<char> = number.chars().collect();
    let n = chars.len();
    if n <= 4 {
        return "*".repeat(n);
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| if i < 2 || i >= n - 2 { c } else { '*' })
        .collect()
}

/// The characters a personal number is written in: any other character
/// (a lowercase letter, a space, a quote) ends one.
fn in_number(c: char) -> bool {
    c.is_ascii_digit() || c.is_ascii_uppercase()
}

/// Whether a run of [`in_number`] characters looks like a personal number:
/// nine or more digits (IIN, BIN, most passports), or capitals and at least
/// six digits (a passport such as `N12345678`).
fn is_personal_number(word: &str) -> bool {
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    digits >= 9 || (digits >= 6 && digits < word.len() && word.len() <= 20)
}

/// `text` with every word that looks like a personal number masked by
/// [`mask_number`]. Dates, line numbers, amounts and ids keep their digits.
pub fn mask_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if is_personal_number(word) {
            out.push_str(&mask_number(word));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if in_number(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
