//! File names and file replacement that behave the same on Windows.

use std::cell::Cell;
use std::io;
use std::path::Path;
use std::time::Duration;

use jalga_core::limits;
use jalga_core::portable::{portable_name, with_retry, write_replacing, Retry};

#[test]
fn names_windows_would_refuse_or_change_are_escaped_and_others_kept() {
    let table: &[(&str, &str)] = &[
        // Ordinary names, as Jalga makes them: unchanged.
        ("L-1-agreement-kk-ru.pdf", "L-1-agreement-kk-ru.pdf"),
        ("Иванова-Әлия.json", "Иванова-Әлия.json"),
        ("a.b", "a.b"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),
        ("CON-agreement-kk.pdf", "CON-agreement-kk.pdf"),
        ("COM10.pdf", "COM10.pdf"),
        ("LPT.pdf", "LPT.pdf"),
        // Characters Windows does not allow, and the escape character.
        ("L:1.pdf", "L%3A1.pdf"),
        ("a<b>c.pdf", "a%3Cb%3Ec.pdf"),
        ("say \"hi\".pdf", "say %22hi%22.pdf"),
        ("a|b?c*d.pdf", "a%7Cb%3Fc%2Ad.pdf"),
        ("a/b\\c", "a%2Fb%5Cc"),
        ("100%.pdf", "100%25.pdf"),
        ("tab\there.pdf", "tab%09here.pdf"),
        // Device names, in any case, with or without an extension.
        ("CON", "CO%4E"),
        ("nul.pdf", "nu%6C.pdf"),
        ("Aux.tar.gz", "Au%78.tar.gz"),
        ("prn .txt", "prn%20.txt"),
        ("COM1.pdf", "COM%31.pdf"),
        ("lpt9", "lpt%39"),
        ("COM0", "COM%30"),
        ("LPT¹.pdf", "LPT%C2%B9.pdf"),
        ("conin$.txt", "conin%24.txt"),
        ("CONOUT$", "CONOUT%24"),
        // Trailing dots and spaces, which Windows drops.
        ("report.", "report%2E"),
        ("report ", "report%20"),
        ("...", "..%2E"),
        ("a. .", "a. %2E"),
        // Nothing at all.
        ("", "%"),
    ];
    for (name, want) in table {
        assert_eq!(portable_name(name), *want, "{name:?}");
    }
}

#[test]
fn two_different_names_never_become_the_same_name() {
    let names = [
        "CON", "CO%4E", "L:1", "L%3A1", "L_1", "a.", "a%2E", "a", "100%", "100%25", "nul", "NUL",
    ];
    let mut seen = std::collections::HashMap::new();
    for n in names {
        let p = portable_name(n).into_owned();
        if let Some(other) = seen.insert(p.clone(), n) {
            panic!("{other:?} and {n:?} both become {p:?}");
        }
    }
}

#[test]
fn a_file_name_from_outside_data_lands_under_its_portable_name() {
    let dir = Path::new("out");
    assert_eq!(
        limits::file_in(dir, "NUL-x:y.pdf").unwrap(),
        dir.join("NUL-x%3Ay.pdf")
    );
    assert_eq!(
        limits::file_in(dir, "aux.pdf").unwrap(),
        dir.join("au%78.pdf")
    );
    // Separators are still refused, not escaped: an id is one name.
    assert_eq!(
        limits::file_in(dir, "a\\b").unwrap_err().code(),
        "unsafe-name"
    );
}

const QUICK: Retry = Retry {
    attempts: 4,
    first_pause: Duration::from_millis(1),
};

fn busy() -> io::Error {
    io::Error::other("in use")
}

#[test]
fn a_replacement_is_retried_while_the_file_is_in_use_and_then_succeeds() {
    let calls = Cell::new(0);
    let got = with_retry(
        QUICK,
        |e| e.to_string() == "in use",
        || {
            calls.set(calls.get() + 1);
            if calls.get() < 3 {
                Err(busy())
            } else {
                Ok(calls.get())
            }
        },
    );
    assert_eq!(got.unwrap(), 3);
}

#[test]
fn a_file_in_use_for_too_long_fails_with_the_last_error() {
    let calls = Cell::new(0);
    let got: io::Result<()> = with_retry(
        QUICK,
        |_| true,
        || {
            calls.set(calls.get() + 1);
            Err(busy())
        },
    );
    assert_eq!(got.unwrap_err().to_string(), "in use");
    assert_eq!(calls.get(), QUICK.attempts);
}

#[test]
fn other_errors_are_not_retried() {
    let calls = Cell::new(0);
    let got: io::Result<()> = with_retry(
        QUICK,
        |e| e.kind() == io::ErrorKind::ResourceBusy,
        || {
            calls.set(calls.get() + 1);
            Err(io::Error::from(io::ErrorKind::NotFound))
        },
    );
    assert_eq!(got.unwrap_err().kind(), io::ErrorKind::NotFound);
    assert_eq!(calls.get(), 1);
}

#[test]
fn writing_over_a_file_replaces_it_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, b"old contents, longer than the new").unwrap();
    // A program that holds the old file open keeps reading the old file.
    let mut held = std::fs::File::open(&path).unwrap();
    write_replacing(&path, b"new").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"new");
    let mut old = Vec::new();
    io::Read::read_to_end(&mut held, &mut old).unwrap();
    assert_eq!(old, b"old contents, longer than the new");
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["doc.pdf"]);
}
