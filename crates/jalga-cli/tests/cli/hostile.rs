//! Hostile input on the command line: each gets one clear line on stderr
//! in the asked language, exit 1, and nothing written where it must not be.

use std::path::Path;

use crate::jalga;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn sparse(path: &Path, len: u64) {
    std::fs::File::create(path).unwrap().set_len(len).unwrap();
}

#[test]
fn a_2_gb_file_is_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let big_json = dir.path().join("big.json");
    let big_pdf = dir.path().join("big.pdf");
    let big_data = dir.path().join("data.json");
    for f in [&big_json, &big_pdf, &big_data] {
        sparse(f, 2 << 30);
    }
    let out = jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "ru", "import"])
        .arg(&big_json)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("2048 МБ") && err.contains("256 МБ"), "{err}");
    let out = jalga()
        .args(["--lang", "kk", "verify"])
        .arg(&big_pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("МБ-тан асады"), "{}", stderr(&out));
    let out = jalga()
        .args(["pdf", "agreement", "--data"])
        .arg(&big_data)
        .arg("--out")
        .arg(dir.path().join("x.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("more than the 4 MB"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("x.pdf").exists());
}

#[test]
fn a_gzip_bundle_round_trips_and_a_bomb_is_refused() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.sqlite3");
    let b = dir.path().join("b.sqlite3");
    let gz = dir.path().join("all.json.gz");
    jalga().arg("--db").arg(&a).arg("demo").assert().success();
    jalga()
        .arg("--db")
        .arg(&a)
        .args(["export", "--format", "json"])
        .arg(&gz)
        .assert()
        .success();
    assert_eq!(&std::fs::read(&gz).unwrap()[..2], &[0x1f, 0x8b]);
    jalga()
        .arg("--db")
        .arg(&b)
        .arg("import")
        .arg(&gz)
        .assert()
        .success();
    let plain = |db: &Path| {
        jalga()
            .arg("--db")
            .arg(db)
            .args(["export", "--format", "json", "-"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(plain(&a), plain(&b));

    let member = {
        let mut z = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        z.write_all(&vec![b' '; 1 << 20]).unwrap();
        z.finish().unwrap()
    };
    let bomb_path = dir.path().join("bomb.csv.gz");
    std::fs::write(&bomb_path, member.repeat(300)).unwrap();
    let out = jalga()
        .arg("--db")
        .arg(&b)
        .args(["--lang", "en", "import"])
        .arg(&bomb_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("bomb.csv.gz") && err.contains("unpack"),
        "{err}"
    );
}

#[test]
fn an_export_path_that_climbs_out_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    jalga().arg("--db").arg(&db).arg("init").assert().success();
    let inner = dir.path().join("inner");
    std::fs::create_dir(&inner).unwrap();
    for args in [
        vec!["export", "--format", "json", "../escaped.json"],
        vec!["pdf", "agreement", "L-1", "--out", "../escaped.pdf"],
    ] {
        let out = jalga()
            .current_dir(&inner)
            .arg("--db")
            .arg(&db)
            .args(["--lang", "ru"])
            .args(&args)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(stderr(&out).contains("«..»"), "{}", stderr(&out));
    }
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2 + db_side_files(&db)
    );
}

/// SQLite's -wal and -shm files next to the database, if any.
fn db_side_files(db: &Path) -> usize {
    ["-wal", "-shm"]
        .iter()
        .filter(|s| Path::new(&format!("{}{s}", db.display())).exists())
        .count()
}

#[test]
fn a_hostile_id_never_writes_outside_the_batch_folder() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    jalga().arg("--db").arg(&db).arg("demo").assert().success();
    // A database edited by hand (or by another tool): ids the import
    // would refuse.
    let conn = rusqlite::Connection::open(&db).unwrap();
    for evil in ["../../evil", "/tmp/jalga-evil"] {
        conn.execute(
            "INSERT INTO lease (id, property_id, landlord_id, tenant_id, start_date, end_date, \
             rent, deposit, payment_day, utilities, language, signed_on, payment_method, bank_iban, \
             bank_name, bank_bic, poa_number, poa_date, poa_notary, prevailing_language) \
             SELECT ?1, property_id, landlord_id, tenant_id, start_date, \
             end_date, rent, deposit, payment_day, utilities, language, signed_on, \
             payment_method, bank_iban, bank_name, bank_bic, poa_number, poa_date, poa_notary, \
             prevailing_language FROM lease ORDER BY id LIMIT 1",
            [evil],
        )
        .unwrap();
    }
    drop(conn);
    let out_dir = dir.path().join("a").join("b");
    let out = jalga()
        .arg("--db")
        .arg(&db)
        .args(["--lang", "en", "pdf", "agreement", "--all", "--out"])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("../../evil") && err.contains("cannot be a file name"),
        "{err}"
    );
    assert!(!dir.path().join("evil-agreement-kk-ru.pdf").exists());
    assert!(!Path::new("/tmp/jalga-evil-agreement-en.pdf").exists());
    // Every other lease still got its PDF, inside the folder.
    assert!(std::fs::read_dir(&out_dir).unwrap().count() >= 3);
    for e in std::fs::read_dir(dir.path()).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        assert!(!name.contains("evil"), "{name}");
    }
}

#[test]
fn a_truncated_pdf_is_reported_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("a.pdf");
    jalga()
        .args(["pdf", "agreement", "--data"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../assets/samples/lease-astana.json"))
        .arg("--out")
        .arg(&pdf)
        .assert()
        .success();
    let bytes = std::fs::read(&pdf).unwrap();
    let cut = dir.path().join("cut.pdf");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let out = jalga()
        .args(["--lang", "ru", "verify"])
        .arg(&cut)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    // Unreadable: nothing can be said about it, so it is "unknown".
    assert!(text.contains(" unknown unreadable: "), "{text}");
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn import_errors_never_show_a_full_iin() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db.sqlite3");
    let iin = "900101300017";
    let csv = dir.path().join("r.csv");
    let header = "id,person_id,property_id,lease_id,kind,status,date_from,date_to,consent_by,\
        consent_date,person_kind,iin,surname,given_name,patronymic,birth_date,sex,\
        passport_number,citizenship,surname_latin,given_name_latin,region,city,district,street,\
        building,flat,rka,total_area,useful_area,living_area,rooms";
    // The IIN lands in a number column and in an enum: both echo the value.
    let row = format!(
        "R1,L1,P1,,{iin},registered,2024-05-01,,,,citizen,{iin},Ахметов,Ерлан,,1990-01-01,male,,,,,\
         Astana,Astana,,Abay,1,,,{iin}x,60,40,2"
    );
    std::fs::write(&csv, format!("{header}\n{row}\n")).unwrap();
    let bundle = dir.path().join("b.json");
    std::fs::write(
        &bundle,
        format!(r#"{{"format": "jalga-bundle", "version": 1, "persons": [{{"id": {iin}}}]}}"#),
    )
    .unwrap();
    for file in [&csv, &bundle] {
        for lang in ["kk", "ru", "en"] {
            let out = jalga()
                .arg("--db")
                .arg(&db)
                .args(["--lang", lang, "import"])
                .arg(file)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1));
            let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
            assert!(!all.contains(iin), "{all}");
            assert!(all.contains("90********17"), "{all}");
        }
    }
}
