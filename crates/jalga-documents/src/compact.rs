//! Keeping a document small: the footer's QR code is drawn once, as a form
//! XObject, and every page shows it, instead of its modules being drawn
//! again on every page (they were more than half of a page's content); and
//! the pages share one resource dictionary instead of five objects each.

use lopdf::{dictionary, Dictionary, Object, ObjectId, Stream};

use crate::error::CoreError;
use crate::layout::{Item, PAGE_H, PAGE_W};

/// How the footer's QR code is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrDrawing {
    /// Once, as a form XObject every page shows (how documents are made).
    Shared,
    /// Its modules on every page: how earlier releases made documents,
    /// kept so that their documents still verify.
    Inline,
}

/// The name pages show the QR code's XObject by.
const QR_NAME: &str = "JalgaQR";

/// A page's items as they are drawn in its own content: without the QR
/// code's modules when the code is shared (the footer's only fills).
pub fn page_items(items: &[Item], qr: QrDrawing) -> Vec<&Item> {
    items
        .iter()
        .filter(|i| qr == QrDrawing::Inline || !matches!(i, Item::Fill { .. }))
        .collect()
}

/// Adds the QR code (the fills of `first_page`, the same on every page) as
/// one form XObject, and one content stream showing it to every page's
/// contents.
pub fn share_qr(doc: &mut lopdf::Document, first_page: &[Item]) -> Result<(), CoreError> {
    let pdf_err = |e: lopdf::Error| CoreError::Pdf(e.to_string());
    let mut form = String::from("0 0 0 rg\n");
    for item in first_page {
        if let Item::Fill { x, y, w, h } = item {
            form.push_str(&format!("{x} {y} {w} {h} re\n"));
        }
    }
    form.push_str("f\n");
    let xobject = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), Object::Real(PAGE_W), Object::Real(PAGE_H)],
        },
        form.into_bytes(),
    ));
    let show = doc.add_object(Stream::new(
        dictionary! {},
        format!("q /{QR_NAME} Do Q\n").into_bytes(),
    ));
    let pages: Vec<_> = doc.get_pages().into_values().collect();
    let mut shared = merged_resources(doc, &pages);
    let mut xobjects = match shared.get(b"XObject") {
        Ok(Object::Dictionary(d)) => d.clone(),
        _ => Dictionary::new(),
    };
    xobjects.set(QR_NAME, Object::Reference(xobject));
    shared.set("XObject", xobjects);
    let shared = doc.add_object(shared);
    for page in pages {
        let dict = doc.get_dictionary_mut(page).map_err(pdf_err)?;
        let mut contents = match dict.get(b"Contents") {
            Ok(Object::Array(a)) => a.clone(),
            Ok(r @ Object::Reference(_)) => vec![r.clone()],
            _ => Vec::new(),
        };
        contents.push(Object::Reference(show));
        dict.set("Contents", contents);
        dict.set("Resources", Object::Reference(shared));
    }
    // The pages' own resource dictionaries are no longer referenced.
    doc.prune_objects();
    Ok(())
}

/// Every page's resources in one dictionary, each kind (fonts, XObjects,
/// graphics states) inline.
fn merged_resources(doc: &lopdf::Document, pages: &[ObjectId]) -> Dictionary {
    let resolve = |o: &Object| match o {
        Object::Reference(id) => doc.get_dictionary(*id).ok().cloned(),
        Object::Dictionary(d) => Some(d.clone()),
        _ => None,
    };
    let mut out = Dictionary::new();
    for &page in pages {
        let Some(res) = doc
            .get_dictionary(page)
            .ok()
            .and_then(|p| p.get(b"Resources").ok())
            .and_then(resolve)
        else {
            continue;
        };
        for (kind, entries) in res.iter() {
            match resolve(entries) {
                Some(entries) => {
                    let mut merged = match out.get(kind) {
                        Ok(Object::Dictionary(d)) => d.clone(),
                        _ => Dictionary::new(),
                    };
                    for (name, value) in entries.iter() {
                        merged.set(name.clone(), value.clone());
                    }
                    if !merged.is_empty() {
                        out.set(kind.clone(), merged);
                    }
                }
                None => out.set(kind.clone(), entries.clone()),
            }
        }
    }
    out
}
