//! The PDF documents: every kind renders, its text extracts (pdftotext),
//! its fonts are embedded subsets, and verification catches tampering.

use std::io::Write;
use std::process::Command;

use jalga_core::documents::{
    self, render, short_code, verify, DocKind, DocLang, DocumentData, Envelope, Failure,
};
use lopdf::{Document, Object};

fn sample(name: &str) -> DocumentData {
    let text = match name {
        "lease-astana.json" => include_str!("../../../assets/samples/lease-astana.json"),
        "foreigner-almaty.json" => include_str!("../../../assets/samples/foreigner-almaty.json"),
        "foreigner-shymkent.json" => {
            include_str!("../../../assets/samples/foreigner-shymkent.json")
        }
        other => panic!("no sample {other}"),
    };
    serde_json::from_str(text).expect("the sample parses")
}

fn lease() -> DocumentData {
    sample("lease-astana.json")
}

fn agreement() -> Vec<u8> {
    render(DocKind::Agreement, &lease(), DocLang::KkRu).expect("the agreement renders")
}

/// Whether a missing outside tool fails the test instead of skipping its
/// part: in CI (`CI` set) and wherever `JALGA_REQUIRE_TOOLS` is set, as
/// `scripts/test.sh` does.
fn tools_required() -> bool {
    ["CI", "JALGA_REQUIRE_TOOLS"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty() && s != "0" && s != "false"))
}

/// Runs an outside tool on a PDF; None when the tool is not installed and
/// [`tools_required`] is off (a developer's machine without poppler).
fn tool(name: &str, args: &[&str], pdf: &[u8]) -> Option<String> {
    let mut file = tempfile::NamedTempFile::new().expect("a temp file");
    file.write_all(pdf).expect("write");
    let mut cmd = Command::new(name);
    cmd.args(args).arg(file.path());
    if name == "pdftotext" {
        cmd.arg("-");
    }
    match cmd.output() {
        Ok(out) => {
            assert!(
                out.status.success() || name == "qpdf",
                "{name} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(e) => {
            assert!(
                !tools_required(),
                "{name} cannot run ({e}); the PDF checks need it here \
                 (apt-get install poppler-utils qpdf)"
            );
            eprintln!("{name} is not installed: skipped (apt-get install poppler-utils qpdf)");
            None
        }
    }
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_case_renders_verifies_and_extracts() {
    let table = include_str!("cases/documents.tsv");
    let mut n = 0;
    for (i, line) in table.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [kind, lang, data, phrases] = cols[..] else {
            panic!("line {}: four columns expected", i + 1)
        };
        let kind: DocKind = kind.parse().expect("a kind");
        let lang: DocLang = lang.parse().expect("a language");
        let pdf = render(kind, &sample(data), lang).expect("renders");
        assert!(pdf.starts_with(b"%PDF-"), "line {}", i + 1);
        let v = verify(&pdf);
        assert!(v.intact, "line {}: {:?}", i + 1, v.failure);
        assert_eq!(v.kind, Some(kind));
        if let Some(text) = tool("pdftotext", &["-enc", "UTF-8"], &pdf) {
            let text = normalise(&text);
            for p in phrases.split('|') {
                assert!(
                    text.contains(&normalise(p)),
                    "line {}: {p:?} not in the extracted text:\n{text}",
                    i + 1
                );
            }
        }
        n += 1;
    }
    assert!(n >= 8, "the table lost rows");
}

#[test]
fn the_kazakh_letters_extract() {
    let Some(text) = tool("pdftotext", &["-enc", "UTF-8"], &agreement()) else {
        return;
    };
    for c in [
        'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і', 'Һ', 'Ә', 'Ғ', 'Қ', 'Ө', 'Ұ', 'Ү', 'І',
    ] {
        assert!(text.contains(c), "{c} missing from the extracted text");
    }
}

#[test]
fn fonts_are_embedded_subsets() {
    let pdf = agreement();
    // From the file's own objects: every font descriptor has an embedded
    // program and a subset tag "ABCDEF+".
    let doc = Document::load_mem(&pdf).expect("loads");
    let mut descriptors = 0;
    for obj in doc.objects.values() {
        let Ok(d) = obj.as_dict() else { continue };
        if d.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            continue;
        }
        descriptors += 1;
        assert!(d.has(b"FontFile2"), "a font is not embedded");
        let name =
            String::from_utf8_lossy(d.get(b"FontName").unwrap().as_name().unwrap()).into_owned();
        let (tag, rest) = name.split_once('+').expect("a subset tag");
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{name}"
        );
        assert!(rest.starts_with("NotoSerif-"), "{name}");
    }
    assert_eq!(descriptors, 2, "regular and bold");
    if let Some(out) = tool("pdffonts", &[], &pdf) {
        let rows: Vec<&str> = out.lines().skip(2).collect();
        assert_eq!(rows.len(), 2, "{out}");
        for r in rows {
            let cols: Vec<&str> = r.split_whitespace().collect();
            assert!(cols[0].as_bytes()[6] == b'+', "{r}");
            // name type... encoding emb sub uni
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "{r}");
        }
    }
    if let Some(out) = tool("qpdf", &["--check"], &pdf) {
        assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    }
    // A subset is much smaller than the two whole fonts (about 1.1 MB).
    assert!(pdf.len() < 200_000, "{} bytes", pdf.len());
}

#[test]
fn same_data_same_bytes_and_code() {
    let a = agreement();
    let b = agreement();
    assert_eq!(a, b, "rendering is deterministic");
    let env = Envelope::new(DocKind::Agreement, DocLang::KkRu, lease());
    let code = short_code(&env.sha256());
    assert_eq!(code.len(), 14);
    assert_eq!(verify(&a).code.as_deref(), Some(code.as_str()));
    // The code is printed on every page.
    if let Some(text) = tool("pdftotext", &[], &a) {
        let pages = text.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
        assert_eq!(text.matches(&code).count(), pages, "one code per page");
        // pdftotext may drop the spaces of the small footer text.
        assert!(
            text.replace(' ', "").contains(&format!("1/{pages}")),
            "{text}"
        );
    }
    let mut other = lease();
    other.terms.rent += 1;
    let env2 = Envelope::new(DocKind::Agreement, DocLang::KkRu, other);
    assert_ne!(short_code(&env2.sha256()), code);
}

/// The first page's content stream, decompressed, and its object id.
fn first_page(doc: &Document) -> (lopdf::ObjectId, Vec<u8>) {
    let page = *doc.get_pages().get(&1).unwrap();
    let id = doc.get_page_contents(page)[0];
    let s = doc.get_object(id).unwrap().as_stream().unwrap();
    (
        id,
        s.decompressed_content()
            .unwrap_or_else(|_| s.content.clone()),
    )
}

fn save(mut doc: Document) -> Vec<u8> {
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_changed_byte_of_text_fails() {
    let mut doc = Document::load_mem(&agreement()).unwrap();
    let (id, mut content) = first_page(&doc);
    // The first glyph string of the first text run: <....> Tj.
    let start = content
        .windows(2)
        .position(|w| w == b"<0" || w == b"<1")
        .unwrap()
        + 4;
    content[start] = if content[start] == b'1' { b'2' } else { b'1' };
    doc.objects.insert(
        id,
        Object::Stream(lopdf::Stream::new(lopdf::Dictionary::new(), content)),
    );
    let v = verify(&save(doc));
    assert!(!v.intact);
    assert_eq!(v.failure, Some(Failure::PageAltered { page: 1 }));
}

/// The attached data stream's id and its JSON.
fn attached(doc: &Document) -> (lopdf::ObjectId, String) {
    for (id, obj) in &doc.objects {
        if let Ok(s) = obj.as_stream() {
            if s.dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"EmbeddedFile") {
                let raw = s
                    .decompressed_content()
                    .unwrap_or_else(|_| s.content.clone());
                return (*id, String::from_utf8(raw).unwrap());
            }
        }
    }
    panic!("no attached data");
}

#[test]
fn a_changed_embedded_field_fails() {
    let mut doc = Document::load_mem(&agreement()).unwrap();
    let (id, json) = attached(&doc);
    assert!(json.contains("\"rent\":250000"), "{json}");
    let forged = json.replace("\"rent\":250000", "\"rent\":150000");
    doc.objects.insert(
        id,
        Object::Stream(lopdf::Stream::new(
            lopdf::dictionary! { "Type" => "EmbeddedFile" },
            forged.clone().into_bytes(),
        )),
    );
    let v = verify(&save(doc.clone()));
    assert!(
        matches!(v.failure, Some(Failure::DataAltered { .. })),
        "{v:?}"
    );

    // Also forging the recorded hash does not help: the pages no longer
    // match what the data produces.
    let env: Envelope = serde_json::from_str(&forged).unwrap();
    let sha: String = env.sha256().iter().map(|b| format!("{b:02x}")).collect();
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    doc.get_dictionary_mut(info)
        .unwrap()
        .set("JalgaSHA256", Object::string_literal(sha));
    let v = verify(&save(doc));
    assert_eq!(v.failure, Some(Failure::PageAltered { page: 1 }), "{v:?}");
}

#[test]
fn a_stripped_attachment_fails() {
    let mut doc = Document::load_mem(&agreement()).unwrap();
    doc.catalog_mut().unwrap().remove(b"Names");
    doc.catalog_mut().unwrap().remove(b"AF");
    let v = verify(&save(doc));
    assert_eq!(v.failure, Some(Failure::NoData));
    assert!(!v.intact);
}

#[test]
fn garbage_is_unreadable() {
    let v = verify(b"not a pdf at all");
    assert!(matches!(v.failure, Some(Failure::Unreadable { .. })));
}

#[test]
fn missing_data_for_a_kind_is_an_error() {
    let mut d = lease();
    d.registration = None;
    let e = render(DocKind::Consent, &d, DocLang::Ru).unwrap_err();
    assert_eq!(e.field(), Some("registration"));
    let e = render(DocKind::ForeignerNotice, &lease(), DocLang::Kk).unwrap_err();
    assert_eq!(e.field(), Some("foreigner"));
    let mut d = lease();
    d.registration.as_mut().unwrap().people.push(9);
    let e = render(DocKind::RegistrationSheet, &d, DocLang::Kk).unwrap_err();
    assert_eq!(e.field(), Some("registration.people"));
}

#[test]
fn every_template_fills_in_every_language() {
    // A template with an unknown placeholder or word would fail or print "<key>".
    // The lease sample has every part but a foreigner; the Almaty sample gives one.
    let mut data = lease();
    data.foreigner = sample("foreigner-almaty.json").foreigner;
    for kind in DocKind::ALL {
        for lang in [DocLang::Kk, DocLang::Ru, DocLang::En] {
            let paras = documents::paragraphs(kind, &data, lang).expect("fills");
            let text = format!("{paras:?}").replace("\\u{a0}", " ");
            assert!(
                !text.contains("<label.") && !text.contains("<th."),
                "{kind} {lang}"
            );
            let raw = text
                .find('{')
                .map(|i| text[i..].chars().take(60).collect::<String>());
            assert!(raw.is_none(), "{kind} {lang}: a raw placeholder: {raw:?}");
        }
    }
}
