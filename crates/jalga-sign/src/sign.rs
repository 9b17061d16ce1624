//! Signing: a detached CAdES signature (CMS) and a PAdES baseline B
//! signature appended to a PDF as an incremental update.
//!
//! lopdf writes the incremental update (the new objects, a cross-reference
//! section and a trailer with /Prev). Two things are done by hand, because
//! no PDF crate does them: the signature dictionary is written with a
//! fixed-width /ByteRange and a zero-filled /Contents placeholder, and once
//! the file is laid out the real byte range is patched in and the CMS over
//! those bytes is hex-encoded into the placeholder (ISO 32000-1 12.8.1).
//!
//! One departure from ETSI EN 319 142-1 baseline B: OpenSSL always adds the
//! CMS signing-time attribute, which that profile leaves out in favour of
//! the dictionary's /M (both carry the same claimed time here). Removing it
//! needs OpenSSL calls the Rust binding does not expose.

use chrono::{DateTime, Utc};
use lopdf::{dictionary, Dictionary, IncrementalDocument, Object, StringFormat};
use openssl::cms::{CMSOptions, CmsContentInfo};
use openssl::stack::Stack;
use openssl::x509::X509;

use crate::keys::{check_signer, CertInfo, KeyStore};
use crate::SignError;

/// OpenSSL 3's `CMS_CADES` flag (cms.h): adds the ESS signing-certificate-v2
/// attribute that CAdES and PAdES baseline B require. The Rust binding does
/// not name it yet.
const CMS_CADES: u32 = 0x10_0000;

/// Bytes reserved for the CMS in the PDF: an RSA-4096 signature with a
/// chain of three NCA-sized certificates fits with room to spare.
const RESERVED: usize = 16 * 1024;

/// What to check and what to write.
#[derive(Debug, Clone)]
pub struct SignOptions {
    /// The roots the signer's certificate must chain to.
    pub roots: Vec<X509>,
    /// The IINs of the document's parties; `None` skips the check.
    pub parties: Option<Vec<String>>,
    /// The time the signature claims (the PDF's /M) and the checks use.
    pub now: DateTime<Utc>,
    /// The reason shown by PDF readers.
    pub reason: Option<String>,
}

/// A signed file and who signed it.
#[derive(Debug, Clone)]
pub struct Signed {
    pub bytes: Vec<u8>,
    pub signer: CertInfo,
}

fn cms_over(ks: &KeyStore, data: &[u8]) -> Result<Vec<u8>, SignError> {
    let mut certs = Stack::new()?;
    for c in &ks.chain {
        certs.push(c.clone())?;
    }
    let flags = CMSOptions::DETACHED
        | CMSOptions::BINARY
        | CMSOptions::NOSMIMECAP
        | CMSOptions::from_bits_retain(CMS_CADES);
    let cms = CmsContentInfo::sign(
        Some(&ks.cert),
        Some(&ks.key),
        Some(&certs),
        Some(data),
        flags,
    )?;
    Ok(cms.to_der()?)
}

/// A detached CMS (CAdES-BES, SHA-256) of `data`, after the same checks as
/// [`sign_pdf`].
pub fn sign_detached(data: &[u8], ks: &KeyStore, opts: &SignOptions) -> Result<Signed, SignError> {
    let signer = check_signer(ks, &opts.roots, opts.parties.as_deref(), opts.now)?;
    Ok(Signed {
        bytes: cms_over(ks, data)?,
        signer,
    })
}

fn text(s: &str) -> Object {
    let mut v = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(v, StringFormat::Literal)
}

/// A placeholder wide enough for any offset of a file under 10 GB.
const WIDE: i64 = 9_999_999_999;

/// Signs `pdf` as PAdES baseline B: an invisible signature field whose
/// value is a CAdES detached signature over the whole file but itself.
/// A file that is already signed keeps its signatures: this one is a new
/// revision after them.
pub fn sign_pdf(pdf: &[u8], ks: &KeyStore, opts: &SignOptions) -> Result<Signed, SignError> {
    let signer = check_signer(ks, &opts.roots, opts.parties.as_deref(), opts.now)?;
    let prev = lopdf::Document::load_mem(pdf)?;
    let catalog_id = prev.trailer.get(b"Root")?.as_reference()?;
    let catalog = prev.get_dictionary(catalog_id)?.clone();
    let page_id = *prev
        .get_pages()
        .values()
        .next()
        .ok_or_else(|| SignError::Pdf {
            detail: "no pages".into(),
        })?;
    let mut form = match catalog.get(b"AcroForm") {
        Ok(o) => prev.dereference(o)?.1.as_dict()?.clone(),
        Err(_) => Dictionary::new(),
    };
    let mut fields = match form.get(b"Fields") {
        Ok(o) => prev.dereference(o)?.1.as_array()?.clone(),
        Err(_) => Vec::new(),
    };
    let mut page = prev.get_dictionary(page_id)?.clone();
    let mut annots = match page.get(b"Annots") {
        Ok(o) => prev.dereference(o)?.1.as_array()?.clone(),
        Err(_) => Vec::new(),
    };

    let mut inc = IncrementalDocument::create_from(pdf.to_vec(), prev);
    let doc = &mut inc.new_document;
    let when = format!("D:{}Z", opts.now.format("%Y%m%d%H%M%S"));
    let mut sig = dictionary! {
        "Type" => "Sig",
        "Filter" => "Adobe.PPKLite",
        "SubFilter" => "ETSI.CAdES.detached",
        "ByteRange" => vec![Object::Integer(0), WIDE.into(), WIDE.into(), WIDE.into()],
        "Contents" => Object::String(vec![0; RESERVED], StringFormat::Hexadecimal),
        "M" => Object::string_literal(when),
        "Name" => text(&signer.display_name()),
    };
    if let Some(r) = &opts.reason {
        sig.set("Reason", text(r));
    }
    let sig_id = doc.add_object(sig);
    let field_id = doc.add_object(dictionary! {
        "Type" => "Annot",
        "Subtype" => "Widget",
        "FT" => "Sig",
        "T" => text(&format!("Signature{}", fields.len() + 1)),
        "V" => sig_id,
        "F" => 132,
        "Rect" => vec![0.into(), 0.into(), 0.into(), 0.into()],
        "P" => page_id,
    });
    fields.push(field_id.into());
    form.set("Fields", fields);
    form.set("SigFlags", 3);
    let mut catalog = catalog;
    catalog.set("AcroForm", form);
    doc.set_object(catalog_id, catalog);
    annots.push(field_id.into());
    page.set("Annots", annots);
    doc.set_object(page_id, page);

    let mut out = Vec::with_capacity(pdf.len() + 3 * RESERVED);
    inc.save_to(&mut out).map_err(|e| SignError::Pdf {
        detail: e.to_string(),
    })?;
    fill_signature(&mut out, pdf.len(), |data| cms_over(ks, data))?;
    Ok(Signed { bytes: out, signer })
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

/// Patches the byte range and the CMS into the placeholder the update at
/// `tail` wrote.
fn fill_signature(
    out: &mut [u8],
    tail: usize,
    sign: impl FnOnce(&[u8]) -> Result<Vec<u8>, SignError>,
) -> Result<(), SignError> {
    let missing = || SignError::Pdf {
        detail: "the signature placeholder was not written".into(),
    };
    let mut hole = b"<".to_vec();
    hole.extend(std::iter::repeat_n(b'0', 2 * RESERVED));
    hole.push(b'>');
    let start = find(out, &hole, tail).ok_or_else(missing)?;
    let end = start + hole.len();
    let placeholder = format!("[0 {WIDE} {WIDE} {WIDE}]");
    let br = find(out, placeholder.as_bytes(), tail).ok_or_else(missing)?;
    let range = format!("[0 {start} {end} {}]", out.len() - end);
    let padded = format!("{range:<width$}", width = placeholder.len());
    out[br..br + padded.len()].copy_from_slice(padded.as_bytes());

    let mut data = Vec::with_capacity(out.len() - hole.len());
    data.extend_from_slice(&out[..start]);
    data.extend_from_slice(&out[end..]);
    let der = sign(&data)?;
    if der.len() > RESERVED {
        return Err(SignError::TooLarge {
            needed: der.len(),
            reserved: RESERVED,
        });
    }
    let hexed = crate::keys::hex(&der);
    out[start + 1..start + 1 + hexed.len()].copy_from_slice(hexed.as_bytes());
    Ok(())
}
