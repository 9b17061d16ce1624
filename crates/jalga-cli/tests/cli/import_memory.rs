//! A CSV larger than what Jalga reads whole streams in, and the memory
//! the importing process holds stays bounded: measured by the process
//! itself (`VmHWM`, its peak resident memory), never by a timer.

use crate::jalga;

/// The whole-read cap this test sets (MiB), far below the CSV it imports.
const READ_WHOLE_MB: u64 = 1;
/// The bound on the importing process's peak memory (MiB): SQLite's page
/// cache (64 MiB) plus buffers, the duplicate-id table and the program.
const PEAK_BOUND_MB: u64 = 120;

fn bench(rows: u64, dir: &std::path::Path) -> serde_json::Value {
    let out = jalga()
        .env("JALGA_LIMIT_READ_WHOLE_MB", READ_WHOLE_MB.to_string())
        .args(["bench", "import", "--json", "--no-baseline", "--rows"])
        .arg(rows.to_string())
        .arg("--dir")
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_csv_over_the_whole_read_cap_streams_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    // The cap is really lowered: a bundle over it is refused.
    let bundle = dir.path().join("big.json");
    std::fs::write(&bundle, vec![b' '; (READ_WHOLE_MB << 20) as usize + 1]).unwrap();
    let out = jalga()
        .env("JALGA_LIMIT_READ_WHOLE_MB", READ_WHOLE_MB.to_string())
        .arg("--db")
        .arg(dir.path().join("refused.sqlite3"))
        .arg("import")
        .arg(&bundle)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{READ_WHOLE_MB} MB")), "{err}");

    let small = bench(2_000, dir.path());
    let big = bench(60_000, dir.path());
    let csv = big["csv_bytes"].as_u64().unwrap();
    assert_eq!(big["rows"], 60_000);
    assert!(csv > 10 * (READ_WHOLE_MB << 20), "{csv}");
    let peak = |v: &serde_json::Value| v["peak_memory_bytes"].as_u64();
    let (Some(small_peak), Some(big_peak)) = (peak(&small), peak(&big)) else {
        eprintln!("no VmHWM on this system: peak memory not measured");
        return;
    };
    eprintln!(
        "CSV {} MB; peak memory {} MB (2,000 rows: {} MB)",
        csv >> 20,
        big_peak >> 20,
        small_peak >> 20
    );
    assert!(big_peak < PEAK_BOUND_MB << 20, "peak {big_peak} bytes");
    // Thirty times the rows do not take thirty times the memory: what
    // grows is the page cache (up to its cap) and 16 bytes a row.
    assert!(big_peak < small_peak + csv, "{big_peak} vs {small_peak} + {csv}");
}
