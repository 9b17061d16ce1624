//! A CSV larger than what Jalga reads whole streams in, and the memory
//! the importing process holds stays below the file's size: measured from
//! the process's own statistics (`VmHWM`, its peak resident memory, in
//! `/proc/<pid>/status`), never by a timer.

use std::io::Write;
use std::process::{Command, Stdio};

use jalga_core::interchange::CSV_COLUMNS;

/// The whole-read cap this test sets (MiB), far below the CSV it imports.
const READ_WHOLE_MB: u64 = 1;
/// The CSV's size at least (MiB).
const CSV_MB: u64 = 128;
/// The bound on the importing process's peak memory (MiB): the program,
/// SQLite's page cache (64 MiB), the rows in flight and the duplicate-id
/// table; below the CSV's size, which reading it whole would exceed.
const PEAK_BOUND_MB: u64 = 120;

/// Registrations whose free-text cells are near their 500-character limit,
/// so that the file is large for its number of rows (and the test quick).
fn wide_csv(path: &std::path::Path) -> u64 {
    let mut plain = Vec::new();
    let rows = (CSV_MB << 20) / 7_000 + 1;
    jalga_testkit::synthetic::write_registrations_csv(rows, &mut plain).unwrap();
    let mut reader = csv::Reader::from_reader(&plain[..]);
    let file = std::fs::File::create(path).unwrap();
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
    w.write_record(CSV_COLUMNS).unwrap();
    let wide = [
        "region",
        "city",
        "district",
        "street",
        "building",
        "flat",
        "address",
        "consent_by",
    ];
    let at: Vec<usize> = wide
        .iter()
        .map(|c| CSV_COLUMNS.iter().position(|x| x == c).unwrap())
        .collect();
    for (i, r) in reader.records().enumerate() {
        let mut r: Vec<String> = r.unwrap().iter().map(str::to_owned).collect();
        for (k, &col) in at.iter().enumerate() {
            r[col] = format!("{i} {k} {}", "ж".repeat(470));
        }
        w.write_record(&r).unwrap();
    }
    w.into_inner().unwrap().flush().unwrap();
    std::fs::metadata(path).unwrap().len()
}

/// `VmHWM` of a running process, in bytes.
fn peak_of(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line[6..]
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb << 10)
}

#[test]
fn a_csv_over_the_whole_read_cap_streams_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let jalga = assert_cmd::cargo::cargo_bin("jalga");
    // The cap is really lowered: a bundle over it is refused.
    let bundle = dir.path().join("big.json");
    std::fs::write(&bundle, vec![b' '; (READ_WHOLE_MB << 20) as usize + 1]).unwrap();
    let out = Command::new(&jalga)
        .env("JALGA_LIMIT_READ_WHOLE_MB", READ_WHOLE_MB.to_string())
        .env_remove("JALGA_LANG")
        .arg("--db")
        .arg(dir.path().join("refused.sqlite3"))
        .arg("import")
        .arg(&bundle)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{READ_WHOLE_MB} MB")), "{err}");

    let csv = dir.path().join("city.csv");
    let size = wide_csv(&csv);
    assert!(size >= CSV_MB << 20, "{size}");
    let mut child = Command::new(&jalga)
        .env("JALGA_LIMIT_READ_WHOLE_MB", READ_WHOLE_MB.to_string())
        .env_remove("JALGA_LANG")
        .arg("--db")
        .arg(dir.path().join("city.sqlite3"))
        .arg("import")
        .arg(&csv)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The peak only grows: the last reading before the process ends is
    // its peak but for the last few milliseconds.
    let mut peak = None;
    while child.try_wait().unwrap().is_none() {
        peak = peak_of(child.id()).or(peak);
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = (CSV_MB << 20) / 7_000 + 1;
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(&rows.to_string()),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let Some(peak) = peak else {
        eprintln!("no VmHWM on this system: the peak was not measured");
        return;
    };
    eprintln!("CSV {} MiB; peak memory {} MiB", size >> 20, peak >> 20);
    assert!(peak < PEAK_BOUND_MB << 20, "peak {} MiB", peak >> 20);
    assert!(peak < size, "peak {peak} bytes, CSV {size}");
}
