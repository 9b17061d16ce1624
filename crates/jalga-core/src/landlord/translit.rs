//! Names between Latin and Cyrillic letters. The tables are data
//! (`assets/translit/`): Cyrillic → Latin follows the passport (ICAO) table;
//! Latin → Cyrillic is how a foreign name is usually read. The result is a
//! suggestion the user may edit.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which way to write a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Direction {
    LatinToCyrillic,
    CyrillicToLatin,
}

struct Table {
    /// Sequences sorted longest first, so the longest match wins.
    pairs: Vec<(String, String)>,
}

fn parse(text: &str) -> Table {
    let mut pairs: Vec<(String, String)> = text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (from, to) = l.split_once('\t').unwrap_or((l, ""));
            (from.to_owned(), to.to_owned())
        })
        .collect();
    pairs.sort_by_key(|(from, _)| std::cmp::Reverse(from.chars().count()));
    Table { pairs }
}

fn table(direction: Direction) -> &'static Table {
    static LAT_CYR: OnceLock<Table> = OnceLock::new();
    static CYR_LAT: OnceLock<Table> = OnceLock::new();
    match direction {
        Direction::LatinToCyrillic => LAT_CYR.get_or_init(|| {
            parse(include_str!(
                "../../../../assets/translit/latin-to-cyrillic.tsv"
            ))
        }),
        Direction::CyrillicToLatin => CYR_LAT.get_or_init(|| {
            parse(include_str!(
                "../../../../assets/translit/cyrillic-to-latin.tsv"
            ))
        }),
    }
}

const LATIN_VOWELS: &str = "aeiouy";

/// `name` written in the other script. Letters the table does not know
/// (digits, spaces, hyphens) are kept; the case of each word's first letter
/// and of all-capital words is kept.
pub fn transliterate(name: &str, direction: Direction) -> String {
    let table = table(direction);
    let lower: Vec<char> = name.to_lowercase().chars().collect();
    let original: Vec<char> = name.chars().collect();
    // Lowercasing may change the length for rare letters; then work on the
    // lowercase text alone.
    let same_len = lower.len() == original.len();
    let mut out = String::new();
    let mut i = 0;
    while i < lower.len() {
        let rest: String = lower[i..].iter().collect();
        let found = table
            .pairs
            .iter()
            .find(|(from, _)| rest.starts_with(from.as_str()));
        let (taken, mut written) = match found {
            Some((from, to)) => (from.chars().count(), to.clone()),
            None => (1, lower[i].to_string()),
        };
        // A Latin "y" after a consonant is read as "и" (Mary → Мари),
        // after a vowel or first as "й" (Alexey → Алексей).
        if direction == Direction::LatinToCyrillic && found.is_some_and(|(f, _)| f == "y") {
            let after_consonant =
                i > 0 && lower[i - 1].is_alphabetic() && !LATIN_VOWELS.contains(lower[i - 1]);
            if after_consonant {
                written = "и".to_owned();
            }
        }
        let upper_source = same_len && original[i].is_uppercase();
        let word_upper = same_len && is_upper_word(&original, i);
        if word_upper {
            written = written.to_uppercase();
        } else if upper_source {
            let mut cs = written.chars();
            if let Some(first) = cs.next() {
                written = first.to_uppercase().chain(cs).collect();
            }
        }
        out.push_str(&written);
        i += taken;
    }
    out
}

/// Whether the word around `i` is written in capitals (as passports do).
fn is_upper_word(chars: &[char], i: usize) -> bool {
    let start = chars[..i]
        .iter()
        .rposition(|c| !c.is_alphabetic())
        .map_or(0, |p| p + 1);
    let end = chars[i..]
        .iter()
        .position(|c| !c.is_alphabetic())
        .map_or(chars.len(), |p| p + i);
    let word = &chars[start..end];
    word.len() > 1 && word.iter().all(|c| c.is_uppercase())
}
