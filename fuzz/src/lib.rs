//! What each fuzz target does with one input, and the invariants it checks.
//!
//! Shared by the `cargo fuzz` targets (nightly, libFuzzer) and by the core's
//! test binary, which runs every committed seed in `fuzz/corpus/` through
//! the same functions on stable Rust.

use jalga_core::domain::{validate, validate_record, Person, Property, Violation};
use jalga_core::i18n::{Catalog, Message, ToMessage};
use jalga_core::ident::{check_bin, check_digit, check_iin, IinCheck};
use jalga_core::interchange::{self, Bundle, Format};
use jalga_core::{documents, limits, privacy, CoreError, Lang, Store};

const LANGS: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

fn memory_store() -> Store {
    Store::open(std::path::Path::new(":memory:")).expect("an in-memory store opens")
}

/// Every message a user may see exists in every language, with its args.
fn renders(m: &Message) {
    for lang in LANGS {
        if let Err(e) = Catalog::global().try_render(lang, m) {
            panic!("message {} does not render in {lang}: {e}", m.id);
        }
    }
}

fn violations_render(v: &[Violation]) {
    assert!(!v.is_empty(), "a rejection names at least one problem");
    for x in v {
        renders(&x.message);
    }
}

/// Any error a user is shown: renders, and shows no full personal number
/// that the input carried.
fn error_is_clear(e: &CoreError) {
    renders(&e.to_message());
    if let CoreError::ImportRejected(v) = e {
        violations_render(v);
    }
}

/// The bundle's lists in the order export writes them (by key).
fn sorted(mut b: Bundle) -> Bundle {
    use jalga_core::store::Entity;
    fn by_key<T: Entity>(v: &mut [T]) {
        v.sort_by_key(|r| r.key());
    }
    by_key(&mut b.properties);
    by_key(&mut b.owners);
    by_key(&mut b.persons);
    by_key(&mut b.leases);
    by_key(&mut b.occupants);
    by_key(&mut b.registrations);
    by_key(&mut b.foreigner_notices);
    by_key(&mut b.handovers);
    b
}

/// A JSON bundle (maybe gzip-compressed) from outside. Accepted: every
/// record validates, and importing it then exporting gives it back
/// (lists ordered by key), and that export is accepted again unchanged.
/// Rejected: every problem has words in every language, nothing written.
pub fn bundle_json(data: &[u8]) {
    thread_local! {
        // Checking only reads the store (references): one empty store serves every input.
        static EMPTY: Store = memory_store();
    }
    EMPTY.with(|empty| bundle_json_against(empty, data));
}

fn bundle_json_against(empty: &Store, data: &[u8]) {
    let mut input = data;
    // A smaller cap than an import's keeps each run fast; the cap itself is
    // the same code (`limits::decoded`), tested at full size in the core.
    let mut plain = match limits::decoded(&mut input, 1 << 20) {
        Ok(r) => r,
        Err(_) => return,
    };
    let mut bytes = Vec::new();
    if std::io::Read::read_to_end(&mut plain, &mut bytes).is_err() {
        return; // a broken or oversized gzip stream: an I/O error, by design
    }
    let b = match interchange::check_bundle(empty, &bytes) {
        Err(v) => return violations_render(&v),
        Ok(b) => b,
    };
    assert!(b.persons.iter().all(|p| validate_record("", p).is_empty()));
    assert!(b
        .properties
        .iter()
        .all(|p| validate_record("", p).is_empty()));
    let mut store = memory_store();
    let summary = interchange::write_bundle(&mut store, &b).expect("a checked bundle writes");
    let total = b.properties.len()
        + b.owners.len()
        + b.persons.len()
        + b.leases.len()
        + b.occupants.len()
        + b.registrations.len()
        + b.foreigner_notices.len()
        + b.handovers.len();
    assert_eq!(summary.records, total as u64);
    let mut out = Vec::new();
    interchange::export(&store, Format::Json, &mut out).expect("export");
    let again = interchange::check_bundle(empty, &out).expect("an export imports");
    assert_eq!(again, sorted(b), "import then export changed the bundle");
}

/// A registrations CSV from outside. Accepted: its export imports into a
/// fresh store and exports to the same bytes. Rejected: nothing written.
pub fn registrations_csv(data: &[u8]) {
    let mut store = memory_store();
    let mut input = data;
    match interchange::import(&mut store, Format::Csv, &mut input) {
        Err(e) => {
            error_is_clear(&e);
            let s = store.summary().expect("summary");
            assert_eq!(
                (s.registrations, s.people, s.dwellings),
                (0, 0, 0),
                "a rejected import wrote something"
            );
        }
        Ok(summary) => {
            let mut first = Vec::new();
            interchange::export(&store, Format::Csv, &mut first).expect("export");
            let mut copy = memory_store();
            let again = interchange::import(&mut copy, Format::Csv, &mut &first[..])
                .expect("an export imports");
            assert!(again.records <= summary.records);
            let mut second = Vec::new();
            interchange::export(&copy, Format::Csv, &mut second).expect("export");
            assert_eq!(first, second, "CSV export is not a fixed point");
        }
    }
}

/// Arbitrary bytes as a PDF to verify: a verdict, never a panic; intact
/// exactly when there is no failure, and the failure has words.
pub fn verify_pdf(data: &[u8]) {
    let v = documents::verify(data);
    assert_eq!(v.intact, v.failure.is_none());
    if v.intact {
        assert!(v.code.is_some() && v.kind.is_some());
    }
    if let Some(f) = &v.failure {
        renders(&f.to_message());
    }
}

/// Any text as an IIN and as a BIN. A valid IIN's digits spell its birth
/// date and sex, and its check digit; a valid BIN's month is 1–12. Either
/// way the masked form never shows the whole number.
pub fn iin_bin(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    match check_iin(&text) {
        Ok(info) => {
            let d: Vec<u8> = info.iin.bytes().map(|b| b - b'0').collect();
            assert_eq!(d.len(), 12);
            assert_eq!(
                info.birth_date.format("%y%m%d").to_string(),
                info.iin[..6],
                "birth date is not the first six digits"
            );
            let century = match d[6] {
                1 | 2 => 1800,
                3 | 4 => 1900,
                _ => 2000,
            };
            let year = chrono::Datelike::year(&info.birth_date);
            assert_eq!(year - year % 100, century);
            let female = d[6].is_multiple_of(2);
            assert_eq!(female, info.sex == jalga_core::ident::Sex::Female);
            let first: [u8; 11] = d[..11].try_into().expect("eleven digits");
            assert_eq!(check_digit(&first), Some(d[11]));
            let masked = privacy::mask_text(&info.iin);
            assert!(!masked.contains(&info.iin), "{masked} shows the IIN");
        }
        Err(reason) => renders(&reason.to_message()),
    }
    let shown = IinCheck::run(&text, Lang::Kk);
    assert_eq!(shown.valid, shown.reason.is_none());
    match check_bin(&text) {
        Ok(info) => {
            assert!((1..=12).contains(&info.registered_month));
            assert!(!privacy::mask_text(&info.bin).contains(&info.bin));
        }
        Err(reason) => renders(&reason.to_message()),
    }
}

/// Address and passport fields: whatever is typed, the validators answer
/// without panicking, their messages render, and what they accept keeps
/// its promises (a passport number is short Latin capitals and digits; an
/// id is one plain file name).
pub fn fields(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\n');
    let mut next = || parts.next().unwrap_or("").to_owned();
    let (a, b, c, d, e) = (next(), next(), next(), next(), next());
    for s in [&a, &b, &c, &d, &e] {
        if validate::passport(s).is_ok() {
            let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
            assert!((5..=20).contains(&compact.len()));
            assert!(compact.bytes().all(|b| b.is_ascii_alphanumeric()));
        }
        if validate::id(s).is_ok() {
            limits::file_in(std::path::Path::new("out"), s)
                .expect("a valid id is a safe file name");
        }
        if validate::text(s).is_ok() {
            assert!(!s.chars().any(char::is_control));
        }
        let _ = (
            validate::name(s),
            validate::document(s),
            validate::digits(s),
        );
        let _ = (validate::cadastral(s), validate::citizenship(s));
        assert!(!privacy::mask_text(s).contains(s.as_str()) || !looks_personal(s));
    }
    let property = Property {
        id: a.clone(),
        region: b.clone(),
        city: c.clone(),
        district: Some(d.clone()),
        street: e.clone(),
        building: b.clone(),
        flat: Some(c.clone()),
        kato: Some(d.clone()),
        rka: Some(e.clone()),
        cadastral_number: Some(a.clone()),
        total_area: 50.0,
        useful_area: 40.0,
        living_area: 30.0,
        rooms: 2,
        floor: None,
    };
    for v in validate_record("p", &property) {
        renders(&v.message);
    }
    let person = Person {
        id: "p1".into(),
        kind: jalga_core::domain::PersonKind::Foreigner,
        iin: None,
        surname: b.clone(),
        given_name: c.clone(),
        patronymic: None,
        birth_date: chrono::NaiveDate::from_ymd_opt(1990, 1, 1).expect("a date"),
        sex: jalga_core::ident::Sex::Female,
        id_document: Some(d.clone()),
        passport_number: Some(a.clone()),
        citizenship: Some(e.clone()),
        surname_latin: Some(b.clone()),
        given_name_latin: Some(c.clone()),
        entry_date: None,
        purpose_of_stay: Some(jalga_core::domain::StayPurpose::from_legacy(&d)),
        visa_number: Some(e.clone()),
        address: Some(a.clone()),
        phone: Some(b),
        visa_type: Some(c),
        visa_valid_from: None,
        visa_valid_to: None,
        entry_point: Some(d),
        id_document_expires: None,
        passport_expires: None,
        labour_contract_end: None,
    };
    for v in validate_record("p", &person) {
        renders(&v.message);
    }
}

/// Twelve digits in a row (an IIN or BIN): must never survive masking.
fn looks_personal(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// A document's data from outside (`jalga pdf --data`, the data inside a
/// PDF being verified). Whatever it holds, making each kind of document
/// answers without panicking: either a PDF that verifies as intact with
/// the code the data gives, or a refusal whose words render. Out-of-bounds
/// dates and fields that would overflow the QR code are refusals.
pub fn document_data(data: &[u8]) {
    use documents::{data::DocumentData, DocKind, DocLang};
    let Ok(doc) = serde_json::from_slice::<DocumentData>(data) else {
        return;
    };
    for kind in [
        DocKind::Agreement,
        DocKind::Consent,
        DocKind::RegistrationSheet,
        DocKind::ForeignerNotice,
    ] {
        match documents::render(kind, &doc, DocLang::Ru) {
            Ok(pdf) => {
                let v = documents::verify(&pdf);
                assert!(
                    v.intact,
                    "{kind}: a fresh PDF does not verify: {:?}",
                    v.failure
                );
                assert_eq!(v.kind, Some(kind));
            }
            Err(e) => error_is_clear(&e),
        }
    }
}

/// A deadlines input file from outside (`jalga deadlines --input`). Read:
/// every date lies within the bounds, and the deadlines on any day in the
/// bounds come without a panic, each with words in every language and a
/// status that agrees with its due date. Refused: the refusal has words.
pub fn deadline_input(data: &[u8]) {
    use jalga_core::rules::deadlines::{deadlines_builtin, DeadlineInput, DeadlineStatus};
    let text = String::from_utf8_lossy(data);
    let input = match DeadlineInput::from_json(&text) {
        Ok(i) => i,
        Err(e) => return error_is_clear(&e),
    };
    // The day asked about: from the input's last bytes, anywhere in bounds.
    let seed = data
        .iter()
        .rev()
        .take(4)
        .fold(0u32, |a, b| a * 256 + u32::from(*b));
    let first = chrono::NaiveDate::from_ymd_opt(limits::FIRST_YEAR, 1, 1).expect("a date");
    let span = (limits::LAST_YEAR - limits::FIRST_YEAR + 1) as u32 * 365;
    let on = first + chrono::Days::new(u64::from(seed % span));
    for d in deadlines_builtin(&input, on) {
        renders(&d.explanation);
        for n in &d.notes {
            renders(n);
        }
        match d.status {
            DeadlineStatus::Due { .. } => assert!(on <= d.due),
            DeadlineStatus::Overdue { .. } => assert!(on > d.due),
            DeadlineStatus::Done { .. } | DeadlineStatus::Exempt => {}
        }
    }
}

/// The office file kinds a clerk's file may come as; the first input byte
/// picks the name's ending (the workbook reader goes by it), the rest is
/// the file.
const OFFICE_ENDINGS: [&str; 4] = ["csv", "xlsx", "xls", "ods"];

/// Arbitrary bytes as an office's file (CSV in any encoding and separator,
/// or a workbook) through the mapping screen's preview and the mapping
/// import. Never a panic; a refusal renders and writes nothing; an
/// accepted file's export imports into a fresh store.
pub fn office_file(data: &[u8]) {
    use jalga_core::interchange::office::{self, OfficeOptions};
    use jalga_core::interchange::Watch;
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let ending = OFFICE_ENDINGS[usize::from(pick) % OFFICE_ENDINGS.len()];
    let dir = std::env::temp_dir().join(format!("jalga-fuzz-office-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    let path = dir.join(format!("input.{ending}"));
    std::fs::write(&path, body).expect("the input is written");
    let opts = OfficeOptions::default();
    for lang in LANGS {
        if let Err(e) = office::preview(&path, &opts, lang) {
            error_is_clear(&e);
        }
    }
    let mut store = memory_store();
    match office::import_file(&mut store, &path, &opts, Lang::Ru, &mut Watch::unwatched()) {
        Err(e) => {
            error_is_clear(&e);
            let s = store.summary().expect("summary");
            assert_eq!(
                (s.registrations, s.people, s.dwellings),
                (0, 0, 0),
                "a refused office file wrote something"
            );
        }
        Ok(_) => {
            let mut out = Vec::new();
            interchange::export(&store, Format::Csv, &mut out).expect("export");
            let mut copy = memory_store();
            interchange::import(&mut copy, Format::Csv, &mut &out[..])
                .expect("an office import's export imports");
        }
    }
    let _ = std::fs::remove_file(&path);
}
