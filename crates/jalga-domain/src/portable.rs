//! Files that work the same on Windows as on Linux.
//!
//! **Names.** Jalga builds file names from record ids (a lease's documents,
//! a mapping profile). Windows refuses or silently changes names that Linux
//! takes as they are: `< > : " / \ | ? *` and control characters are not
//! allowed (a `:` even opens a hidden stream of another file), a trailing
//! dot or space is dropped, and `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`,
//! `LPT0`–`LPT9` (also with `¹ ² ³`, and `CONIN$`, `CONOUT$`) name devices
//! whatever their case or extension. [`portable_name`] escapes exactly
//! those characters as `%XX` (and `%` itself, so that two different ids
//! never get the same name); every other name stays as it is. It is applied
//! on every platform, so a folder of documents made on Linux copies to
//! Windows unchanged.
//!
//! Windows also compares names without regard to case: ids that differ
//! only in case name the same file there. Jalga's own ids are generated in
//! one case; the escaping does not change case.
//!
//! **Replacing a file.** Windows refuses to replace a file while another
//! program (a PDF viewer, the indexer, an antivirus scan) holds it open
//! without sharing it, usually for a moment. [`write_replacing`] writes
//! into a temporary file in the same folder and renames it over the target;
//! [`replace_file`] retries such a rename for a few seconds on the errors
//! that mean "in use", and fails with the last error after that.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;
use std::time::Duration;

use crate::error::CoreError;

/// Characters Windows does not allow in a file name, besides control
/// characters; `%` is our escape character.
const ESCAPED: &[char] = &['<', '>', ':', '"', '/', '\\', '|', '?', '*', '%'];

/// Device names Windows reserves, in upper case, compared with a name's
/// part before its first dot (trailing spaces ignored).
fn reserved(stem: &str) -> bool {
    let stem = stem.trim_end_matches(' ').to_uppercase();
    if matches!(
        stem.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let mut chars = stem.chars();
    let prefix: String = chars.by_ref().take(3).collect();
    let rest: Vec<char> = chars.collect();
    (prefix == "COM" || prefix == "LPT")
        && matches!(rest.as_slice(), [c] if c.is_ascii_digit() || matches!(c, '¹' | '²' | '³'))
}

fn push_escaped(out: &mut String, c: char) {
    let mut buf = [0u8; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        out.push_str(&format!("%{b:02X}"));
    }
}

/// `name` as a file name that Windows and Linux both keep as it is (see
/// the module's notes); unchanged when it already is one.
pub fn portable_name(name: &str) -> Cow<'_, str> {
    let needs_char = |c: char| ESCAPED.contains(&c) || c.is_control();
    let stem = name.split('.').next().unwrap_or("");
    let trailing = name.ends_with(['.', ' ']);
    if !name.chars().any(needs_char) && !reserved(stem) && !trailing && !name.is_empty() {
        return Cow::Borrowed(name);
    }
    if name.is_empty() {
        return Cow::Borrowed("%");
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if needs_char(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    // A device name: escape the stem's last character ("NUL.pdf" becomes
    // "NU%4C.pdf"), which no id can otherwise produce since `%` is escaped.
    let stem_len = out.split('.').next().unwrap_or("").len();
    if reserved(&out[..stem_len]) {
        let last = out[..stem_len].chars().next_back().expect("a device name");
        let cut = stem_len - last.len_utf8();
        let mut fixed = out[..cut].to_owned();
        push_escaped(&mut fixed, last);
        fixed.push_str(&out[stem_len..]);
        out = fixed;
    }
    // Windows drops trailing dots and spaces: escape the last one.
    if let Some(last) = out.chars().next_back().filter(|c| matches!(c, '.' | ' ')) {
        out.pop();
        push_escaped(&mut out, last);
    }
    Cow::Owned(out)
}

/// How long a replacement waits for another program to let go of a file.
#[derive(Debug, Clone, Copy)]
pub struct Retry {
    pub attempts: u32,
    pub first_pause: Duration,
}

/// About four seconds in all: long enough for a scan or an indexer, short
/// enough that a file a user keeps open fails with a message soon.
pub const RETRY: Retry = Retry {
    attempts: 8,
    first_pause: Duration::from_millis(30),
};

/// Whether `e` is Windows saying the file is in use (sharing or lock
/// violation, or access denied, which a pending delete or a scanner also
/// gives). Never true elsewhere: a rename over an open file just works.
pub fn in_use(e: &io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33))
}

/// Runs `op` until it succeeds, fails with an error `transient` does not
/// accept, or `retry.attempts` are used up, pausing twice as long each
/// time; returns the last result.
pub fn with_retry<T>(
    retry: Retry,
    transient: impl Fn(&io::Error) -> bool,
    mut op: impl FnMut() -> io::Result<T>,
) -> io::Result<T> {
    let mut pause = retry.first_pause;
    let mut left = retry.attempts.max(1);
    loop {
        left -= 1;
        match op() {
            Err(e) if left > 0 && transient(&e) => {
                std::thread::sleep(pause);
                pause = pause.saturating_mul(2);
            }
            done => return done,
        }
    }
}

/// Renames `from` over `to` (in the same folder), retrying while Windows
/// reports `to` in use.
pub fn replace_file(from: &Path, to: &Path) -> Result<(), CoreError> {
    with_retry(RETRY, in_use, || std::fs::rename(from, to)).map_err(|e| CoreError::io(to, e))
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// flushed to disk, then put in place with [`replace_file`]: a reader never
/// sees half a file, and a file held open for a moment does not fail it.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> Result<(), CoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".jalga-")
        .suffix(".partial")
        .tempfile_in(dir)
        .map_err(|e| CoreError::io(dir, e))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| CoreError::io(tmp.path(), e))?;
    let tmp = tmp.into_temp_path();
    replace_file(&tmp, path)?;
    // Renamed away: nothing left for the guard to delete.
    let _ = tmp.keep();
    Ok(())
}
