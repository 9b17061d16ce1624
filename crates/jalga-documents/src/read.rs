//! Reading a PDF from outside: its attached data and its pages' content,
//! every inflated stream bounded.

use lopdf::{Object, Stream};

use crate::ATTACHMENT;

pub(crate) fn attachment(doc: &lopdf::Document) -> Option<Vec<u8>> {
    let catalog = doc.catalog().ok()?;
    let names = doc
        .dereference(catalog.get(b"Names").ok()?)
        .ok()?
        .1
        .as_dict()
        .ok()?;
    let ef = doc
        .dereference(names.get(b"EmbeddedFiles").ok()?)
        .ok()?
        .1
        .as_dict()
        .ok()?;
    let arr = doc
        .dereference(ef.get(b"Names").ok()?)
        .ok()?
        .1
        .as_array()
        .ok()?;
    for pair in arr.chunks(2) {
        let [name, spec] = pair else { continue };
        if name.as_str().ok()? != ATTACHMENT.as_bytes() {
            continue;
        }
        let spec = doc.dereference(spec).ok()?.1.as_dict().ok()?;
        let files = doc
            .dereference(spec.get(b"EF").ok()?)
            .ok()?
            .1
            .as_dict()
            .ok()?;
        let stream = doc
            .dereference(files.get(b"F").ok()?)
            .ok()?
            .1
            .as_stream()
            .ok()?;
        // Capped: a few bytes of deflate can claim gigabytes. Data that
        // does not inflate is handed on as it is and fails to parse.
        return Some(
            stream
                .decompressed_content_with_limit(MAX_PAGE)
                .unwrap_or_else(|_| stream.content.clone()),
        );
    }
    None
}

const MAX_PAGE: usize = crate::limits::MAX_PDF_STREAM_BYTES;

/// Loads a PDF from outside with every eagerly inflated stream capped.
pub(crate) fn load(bytes: &[u8]) -> Result<lopdf::Document, lopdf::Error> {
    lopdf::Document::load_mem_with_options(
        bytes,
        lopdf::LoadOptions {
            max_decompressed_size: Some(MAX_PAGE),
            ..Default::default()
        },
    )
}

/// Every page's content, followed by the content of the form XObjects it
/// shows (the QR code), each bounded.
pub(crate) fn pages(doc: &lopdf::Document) -> Result<Vec<Vec<u8>>, lopdf::Error> {
    doc.get_pages()
        .values()
        .map(|&id| {
            let mut content = doc.get_page_content_with_limit(id, MAX_PAGE)?;
            for form in forms(doc, id) {
                let room = MAX_PAGE.saturating_sub(content.len());
                let bytes = if form.dict.has(b"Filter") {
                    form.decompressed_content_with_limit(room)?
                } else {
                    form.content.clone()
                };
                if bytes.len() > room {
                    return Err(lopdf::Error::DictKey("XObject".into()));
                }
                content.extend_from_slice(&bytes);
            }
            Ok(content)
        })
        .collect()
}

/// The form XObjects in a page's resources, in the order they are listed.
fn forms(doc: &lopdf::Document, page: lopdf::ObjectId) -> Vec<&Stream> {
    fn resolve<'a>(doc: &'a lopdf::Document, o: &'a Object) -> Option<&'a lopdf::Dictionary> {
        doc.dereference(o).ok().and_then(|(_, o)| o.as_dict().ok())
    }
    let dict = |o| resolve(doc, o);
    let Some(xobjects) = doc
        .get_dictionary(page)
        .ok()
        .and_then(|p| p.get(b"Resources").ok())
        .and_then(dict)
        .and_then(|r| r.get(b"XObject").ok())
        .and_then(dict)
    else {
        return Vec::new();
    };
    xobjects
        .iter()
        .filter_map(|(_, o)| doc.dereference(o).ok()?.1.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form"))
        .collect()
}
