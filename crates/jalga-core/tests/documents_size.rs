//! What a document's bytes are spent on: the QR code is drawn once and
//! shown by every page, and the pages share one resource dictionary.

use jalga_core::documents::{render, verify, DocKind, DocLang, DocumentData};
use lopdf::{Document, Object};

fn agreement() -> Vec<u8> {
    let data: DocumentData =
        serde_json::from_str(include_str!("../../../assets/samples/lease-astana.json"))
            .expect("the sample parses");
    render(DocKind::Agreement, &data, DocLang::KkRu).expect("the agreement renders")
}

fn is_form(o: &Object) -> bool {
    o.as_stream()
        .is_ok_and(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form"))
}

#[test]
fn the_qr_code_is_one_xobject_every_page_shows() {
    let pdf = agreement();
    if let Ok(path) = std::env::var("JALGA_WRITE_PDF") {
        std::fs::write(path, &pdf).unwrap();
    }
    let doc = Document::load_mem(&pdf).unwrap();
    let forms: Vec<_> = doc.objects.iter().filter(|(_, o)| is_form(o)).collect();
    assert_eq!(forms.len(), 1, "one form XObject in the file");
    let form_id = *forms[0].0;
    let pages = doc.get_pages();
    assert!(pages.len() > 1, "a document of several pages");
    let mut resources = Vec::new();
    for &page in pages.values() {
        let content = String::from_utf8(doc.get_page_content(page)).unwrap();
        assert!(content.contains("/JalgaQR Do"), "every page shows the code");
        assert!(
            !content.contains(" re\n"),
            "no page draws the modules itself"
        );
        let dict = doc.get_dictionary(page).unwrap();
        let res = dict.get(b"Resources").unwrap().as_reference().unwrap();
        let xobjects = doc.get_dictionary(res).unwrap().get(b"XObject").unwrap();
        let qr = xobjects.as_dict().unwrap().get(b"JalgaQR").unwrap();
        assert_eq!(qr.as_reference().unwrap(), form_id);
        resources.push(res);
    }
    resources.dedup();
    assert_eq!(
        resources.len(),
        1,
        "the pages share one resource dictionary"
    );
    assert!(verify(&pdf).intact, "the document still verifies");
}

#[test]
fn a_changed_qr_code_fails() {
    let pdf = agreement();
    let mut doc = Document::load_mem(&pdf).unwrap();
    let id = *doc
        .objects
        .iter()
        .find(|(_, o)| is_form(o))
        .expect("the QR code's XObject")
        .0;
    let stream = doc.get_object_mut(id).unwrap().as_stream_mut().unwrap();
    let content = stream.decompressed_content().unwrap();
    let text = String::from_utf8(content).unwrap();
    // One module fewer: the first rectangle's line dropped.
    let first = text.find(" re\n").unwrap() + 4;
    let start = text[..first - 4].rfind('\n').unwrap() + 1;
    let changed = format!("{}{}", &text[..start], &text[first..]);
    stream.set_plain_content(changed.into_bytes());
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    let verdict = verify(&out);
    assert!(!verdict.intact, "a changed QR code is caught");
}
