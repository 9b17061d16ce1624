//! The fuzz targets' committed seeds (and every input a fuzz run once
//! crashed on) through the same checks as `cargo fuzz`, on stable Rust.

use std::path::{Path, PathBuf};

#[path = "../../../fuzz/src/lib.rs"]
mod checks;

fn seeds(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("seed-"))
        })
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{target}: too few seeds");
    files
}

fn run(target: &str, check: fn(&[u8])) {
    for f in seeds(target) {
        let bytes = std::fs::read(&f).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{} fails its checks", f.display());
    }
}

#[test]
fn bundle_json_seeds() {
    run("bundle_json", checks::bundle_json);
}

#[test]
fn registrations_csv_seeds() {
    run("registrations_csv", checks::registrations_csv);
}

#[test]
fn verify_pdf_seeds() {
    run("verify_pdf", checks::verify_pdf);
}

#[test]
fn iin_bin_seeds() {
    run("iin_bin", checks::iin_bin);
}

#[test]
fn fields_seeds() {
    run("fields", checks::fields);
}

#[test]
fn document_data_seeds() {
    run("document_data", checks::document_data);
}

#[test]
fn deadline_input_seeds() {
    run("deadline_input", checks::deadline_input);
}

#[test]
fn office_file_seeds() {
    run("office_file", checks::office_file);
}
