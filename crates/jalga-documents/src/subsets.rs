//! Font subsets kept per process. Cutting a face down to a document's
//! characters (allsorts) and parsing the result again took an eighth of a
//! document's time, and gives the same face for every document that prints
//! the same characters in it (a re-verification, a document printed again,
//! a batch of leases whose names bring no new letters): each distinct subset
//! is made once and kept, as its deflated program is (`deflate.rs`).

use std::collections::BTreeSet;
use std::sync::Mutex;

use printpdf::ParsedFont;

use crate::error::CoreError;

/// Subsets kept: a few documents' worth of both faces.
const KEPT: usize = 16;

struct Kept {
    face: &'static str,
    chars: BTreeSet<char>,
    subset: ParsedFont,
}

static SUBSETS: Mutex<Vec<Kept>> = Mutex::new(Vec::new());

/// The subset of `face` for `chars` (unnamed: the caller names it), made by
/// `make` unless it was made before in this process.
pub fn kept_or(
    face: &'static str,
    chars: &BTreeSet<char>,
    make: impl FnOnce() -> Result<ParsedFont, CoreError>,
) -> Result<ParsedFont, CoreError> {
    let lock = || SUBSETS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(k) = lock().iter().find(|k| k.face == face && k.chars == *chars) {
        return Ok(k.subset.clone());
    }
    let subset = make()?;
    let mut kept = lock();
    if kept.len() >= KEPT {
        kept.remove(0);
    }
    kept.push(Kept {
        face,
        chars: chars.clone(),
        subset: subset.clone(),
    });
    Ok(subset)
}

/// Forgets the kept subsets.
pub fn forget() {
    SUBSETS.lock().unwrap_or_else(|p| p.into_inner()).clear();
}
