//! Writing the PDF (fonts, metadata, the attached data) and checking one.

use lopdf::{dictionary, Object, Stream, StringFormat};
use std::collections::BTreeSet;

use printpdf::{
    FontId, Mm, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions,
};
use serde::Serialize;
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::layout::{self, Item};
use super::read::{attachment, load, pages};
use super::render::render_envelope_as;
use super::signatures::{SignatureSummary, Trust};
use super::{
    compact, content, short_code, DocKind, Envelope, FontEmbedding, QrDrawing, ATTACHMENT,
};
use crate::error::CoreError;
use crate::i18n::{Message, ToMessage};

/// Six capital letters from the hash: the subset tag of a font (ISO 32000-1
/// 9.6.4), so the same data always gives the same bytes.
fn tag(sha: &[u8], salt: u8) -> String {
    sha.iter()
        .take(6)
        .map(|b| char::from(b'A' + (b.wrapping_add(salt) % 26)))
        .collect()
}

fn hex(b: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(b)
}

pub fn write_pdf(
    env: &Envelope,
    pages: &[Vec<Item>],
    canonical: &[u8],
    sha: &[u8; 32],
    code: &str,
    embedding: FontEmbedding,
    qr: QrDrawing,
) -> Result<Vec<u8>, CoreError> {
    let fonts = layout::fonts();
    let title = format!("{} {}", env.kind, env.data.number);
    let mut doc = PdfDocument::new(&title);
    let regular = FontId(format!("{}R", tag(sha, 0)));
    let bold = FontId(format!("{}B", tag(sha, 7)));
    let (reg_face, bold_face) = match embedding {
        FontEmbedding::Whole => (fonts.regular.clone(), fonts.bold.clone()),
        FontEmbedding::Subset => subset_faces(pages, &regular, &bold)?,
    };
    // The pages' content is written here (`content.rs`); printpdf writes the
    // rest, its fonts from the glyphs the pages show.
    let mut glyphs = Default::default();
    let faces = content::Faces {
        regular: (&regular.0, &reg_face),
        bold: (&bold.0, &bold_face),
    };
    let contents: Vec<Vec<u8>> = pages
        .iter()
        .map(|items| {
            let drawn = compact::page_items(items, qr);
            content::page(drawn.iter().copied(), &faces, &mut glyphs)
        })
        .collect();
    let (rh, bh) = add_fonts(&mut doc, (regular, reg_face), (bold, bold_face));
    let mut usage = Some(content::usage_ops(&rh, &bh, &glyphs));
    let pdf_pages = pages
        .iter()
        .map(|_| PdfPage::new(Mm(210.0), Mm(297.0), usage.take().unwrap_or_default()))
        .collect();
    doc.with_pages(pdf_pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: embedding == FontEmbedding::Subset,
        secure: true,
        image_optimization: None,
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut Vec::new());
    let pdf_err = |e: lopdf::Error| CoreError::Pdf(e.to_string());
    content::set(&mut lo, contents).map_err(pdf_err)?;
    if qr == QrDrawing::Shared {
        compact::share_qr(&mut lo, pages.first().map_or(&[][..], Vec::as_slice))?;
    }

    // Deterministic file identifier: the hash.
    let id = Object::String(hex(&sha[..16]).into_bytes(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    // Metadata.
    let when = format!("D:{}000000Z", env.data.date.format("%Y%m%d"));
    let info_id = lo
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .map_err(pdf_err)?;
    let info = lo.get_dictionary_mut(info_id).map_err(pdf_err)?;
    let text = |s: &str| Object::string_literal(utf16(s));
    info.set("Title", text(&title));
    info.set("Subject", text(&format!("{} {}", env.kind, env.lang)));
    info.set("Keywords", text(code));
    info.set("Creator", text("Jalga"));
    info.set("Producer", text("Jalga"));
    info.set("CreationDate", Object::string_literal(when.clone()));
    info.set("ModDate", Object::string_literal(when));
    info.set("JalgaCode", Object::string_literal(code));
    info.set("JalgaSHA256", Object::string_literal(hex(sha)));

    // The canonical data as an attached file.
    let file = Stream::new(
        dictionary! {
            "Type" => "EmbeddedFile",
            "Subtype" => Object::Name(b"application/json".to_vec()),
            "Params" => dictionary! { "Size" => canonical.len() as i64 },
        },
        canonical.to_vec(),
    );
    let file_id = lo.add_object(file);
    let spec_id = lo.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => Object::string_literal(ATTACHMENT),
        "UF" => Object::string_literal(ATTACHMENT),
        "Desc" => Object::string_literal("Jalga document data (canonical JSON)"),
        "AFRelationship" => "Data",
        "EF" => dictionary! { "F" => file_id },
    });
    let names = dictionary! {
        "EmbeddedFiles" => dictionary! {
            "Names" => vec![Object::string_literal(ATTACHMENT), Object::Reference(spec_id)],
        },
    };
    let catalog = lo.catalog_mut().map_err(pdf_err)?;
    catalog.set("Names", names);
    catalog.set("AF", vec![Object::Reference(spec_id)]);
    catalog.set("PageMode", "UseAttachments");

    compress(&mut lo)?;
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| CoreError::Pdf(e.to_string()))?;
    Ok(out)
}

/// The regular and bold faces cut down to the characters `pages` print in
/// each (and .notdef), renumbered, with cmaps of their own, named
/// `TAG+Name` (the tags of `regular` and `bold`) as ISO 32000-1 9.6.4 asks.
///
/// printpdf 0.12 subsets only when built with its `text_layout` feature
/// (a browser-style layout engine); without it `subset_fonts` silently
/// embeds whole fonts. So the subset is made here with the same subsetter
/// (allsorts) and handed to printpdf as an ordinary font.
pub fn subset_faces(
    pages: &[Vec<Item>],
    regular: &FontId,
    bold: &FontId,
) -> Result<(ParsedFont, ParsedFont), CoreError> {
    let fonts = layout::fonts();
    // Latin and Cyrillic (most of a document's characters) noted in a
    // bitmap, the rest in the set.
    const NOTED: usize = 0x800;
    let mut noted = [[0u64; NOTED / 64]; 2];
    let mut used = [BTreeSet::new(), BTreeSet::new()];
    for item in pages.iter().flatten() {
        if let Item::Text { style, text, .. } = item {
            let face = usize::from(style.bold);
            for c in text.chars() {
                match c as usize {
                    i if i < NOTED => noted[face][i / 64] |= 1 << (i % 64),
                    _ => {
                        used[face].insert(c);
                    }
                }
            }
        }
    }
    for (set, bits) in used.iter_mut().zip(&noted) {
        set.extend(
            (0..NOTED)
                .filter(|&i| bits[i / 64] & (1 << (i % 64)) != 0)
                .filter_map(|i| char::from_u32(i as u32)),
        );
    }
    // The same characters give the same subset: made once per process.
    let kept = |full: &ParsedFont,
                bytes: &[u8],
                chars: &BTreeSet<char>,
                id: &FontId,
                name: &'static str| {
        let mut face = crate::subsets::kept_or(name, chars, || subset(full, bytes, chars))?;
        face.font_name = Some(format!("{}+{name}", &id.0[..6]));
        Ok::<_, CoreError>(face)
    };
    Ok((
        kept(
            &fonts.regular,
            layout::REGULAR_TTF,
            &used[0],
            regular,
            "NotoSerif-Regular",
        )?,
        kept(
            &fonts.bold,
            layout::BOLD_TTF,
            &used[1],
            bold,
            "NotoSerif-Bold",
        )?,
    ))
}

/// Puts the two faces into the document; returns the handles pages draw
/// text with.
pub fn add_fonts(
    doc: &mut PdfDocument,
    (regular, reg_face): (FontId, ParsedFont),
    (bold, bold_face): (FontId, ParsedFont),
) -> (PdfFontHandle, PdfFontHandle) {
    doc.resources
        .fonts
        .map
        .insert(regular.clone(), PdfFont::new(reg_face));
    doc.resources
        .fonts
        .map
        .insert(bold.clone(), PdfFont::new(bold_face));
    (
        PdfFontHandle::External(regular),
        PdfFontHandle::External(bold),
    )
}

/// The face cut down to the glyphs of `chars` (and .notdef), renumbered,
/// unnamed.
fn subset(
    full: &ParsedFont,
    bytes: &[u8],
    chars: &BTreeSet<char>,
) -> Result<ParsedFont, CoreError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};
    let err = |e: String| CoreError::Pdf(format!("font subset: {e}"));
    let gids: BTreeSet<u16> = chars
        .iter()
        .filter_map(|&c| full.lookup_glyph_index(c as u32))
        .filter(|&g| g != 0)
        .collect();
    let ids: Vec<u16> = std::iter::once(0).chain(gids).collect();
    let data = ReadScope::new(bytes)
        .read::<FontData<'_>>()
        .map_err(|e| err(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| err(e.to_string()))?;
    let sub = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| err(e.to_string()))?;
    ParsedFont::from_bytes(&sub, 0, &mut Vec::new()).ok_or_else(|| err("unreadable".into()))
}

pub use crate::deflate::compress;

/// PDF text strings outside ASCII go as UTF-16BE with a byte-order mark.
pub fn utf16(s: &str) -> Vec<u8> {
    if s.is_ascii() {
        return s.as_bytes().to_vec();
    }
    let mut v = vec![0xfe, 0xff];
    for u in s.encode_utf16() {
        v.extend_from_slice(&u.to_be_bytes());
    }
    v
}

/// What a verification can say about a document, in the same words
/// everywhere (CLI, app). A matching hash proves only that the document is
/// self-consistent; anyone can make such a PDF. Only the store's register of
/// issued documents can say a document was issued here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "DocStatus")]
pub enum DocStatus {
    /// Its text and its attached data agree, and the hash holds; it is
    /// not signed by both parties (anyone can make such a PDF).
    Consistent,
    /// Consistent, and signed by both parties with EDS signatures that
    /// hold, whose IINs are the parties' in its data.
    Authentic,
    /// Consistent, and found with the same data in this store's register
    /// of issued documents.
    IssuedHere,
    /// The text, the data or the hash do not agree, or the data differs
    /// from what this store issued.
    Altered,
    /// Not a Jalga document, unreadable, or not in this store's register.
    Unknown,
}

impl DocStatus {
    pub fn code(self) -> &'static str {
        match self {
            DocStatus::Consistent => "consistent",
            DocStatus::Authentic => "authentic",
            DocStatus::IssuedHere => "issued-here",
            DocStatus::Altered => "altered",
            DocStatus::Unknown => "unknown",
        }
    }

    /// The file's own check.
    pub fn of_failure(failure: Option<&Failure>) -> DocStatus {
        match failure {
            None => DocStatus::Consistent,
            Some(Failure::Unreadable { .. } | Failure::NoData | Failure::BadData { .. }) => {
                DocStatus::Unknown
            }
            Some(_) => DocStatus::Altered,
        }
    }

    /// What the word means, for the person reading it.
    pub fn explanation(self) -> Message {
        Message::new(match self {
            DocStatus::Consistent => "doc-status-consistent",
            DocStatus::Authentic => "doc-status-authentic",
            DocStatus::IssuedHere => "doc-status-issued-here",
            DocStatus::Altered => "doc-status-altered",
            DocStatus::Unknown => "doc-status-unknown",
        })
    }
}

/// The answer of [`verify`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export, rename = "DocVerdict")]
pub struct Verdict {
    /// The file's own check: consistent, altered or unknown.
    pub status: DocStatus,
    pub intact: bool,
    pub kind: Option<DocKind>,
    /// The code the attached data gives.
    pub code: Option<String>,
    pub number: Option<String>,
    pub failure: Option<Failure>,
    /// The parties' EDS signatures, earliest first (empty: unsigned).
    pub signatures: Vec<SignatureSummary>,
}

/// Why a document is not intact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "code", rename_all = "kebab-case")]
#[ts(export, rename = "DocFailure")]
pub enum Failure {
    /// Not a PDF that can be read.
    Unreadable { detail: String },
    /// The attached data is missing: it was removed, or the file was not made by Jalga.
    NoData,
    /// The attached data is not a Jalga document's data.
    BadData { detail: String },
    /// The attached data does not give the hash recorded in the file.
    DataAltered { recorded: String, computed: String },
    /// A page's content differs from what the attached data produces.
    PageAltered { page: usize },
    /// The number of pages differs from what the attached data produces.
    PageCount { expected: usize, found: usize },
    /// An EDS signature does not hold over the bytes it covers, or the
    /// file was changed after it.
    SignatureBroken { name: String, detail: String },
}

impl Failure {
    pub fn code(&self) -> &'static str {
        match self {
            Failure::Unreadable { .. } => "unreadable",
            Failure::NoData => "no-data",
            Failure::BadData { .. } => "bad-data",
            Failure::DataAltered { .. } => "data-altered",
            Failure::PageAltered { .. } => "page-altered",
            Failure::PageCount { .. } => "page-count",
            Failure::SignatureBroken { .. } => "signature-broken",
        }
    }
}

impl ToMessage for Failure {
    fn to_message(&self) -> Message {
        let m = Message::new(match self {
            Failure::Unreadable { .. } => "verify-unreadable",
            Failure::NoData => "verify-no-data",
            Failure::BadData { .. } => "verify-bad-data",
            Failure::DataAltered { .. } => "verify-data-altered",
            Failure::PageAltered { .. } => "verify-page-altered",
            Failure::PageCount { .. } => "verify-page-count",
            Failure::SignatureBroken { .. } => "verify-signature-broken",
        });
        match self {
            Failure::Unreadable { detail } | Failure::BadData { detail } => {
                m.arg("detail", detail.as_str())
            }
            Failure::NoData => m,
            Failure::DataAltered { recorded, computed } => m
                .arg("recorded", recorded.as_str())
                .arg("computed", computed.as_str()),
            Failure::PageAltered { page } => m.arg("page", *page as u32),
            Failure::PageCount { expected, found } => m
                .arg("expected", *expected as u32)
                .arg("found", *found as u32),
            Failure::SignatureBroken { name, detail } => {
                m.arg("name", name.as_str()).arg("detail", detail.as_str())
            }
        }
    }
}

/// Checks that a PDF is an intact Jalga document: its attached data gives
/// the hash it records, and rendering that data again gives its pages; and
/// what its EDS signatures say, trusting NCA RK's roots ([`Trust::system`]).
pub fn verify(bytes: &[u8]) -> Verdict {
    verify_with(bytes, Trust::system())
}

/// [`verify`], trusting the given roots and CRLs.
pub fn verify_with(bytes: &[u8], trust: &Trust) -> Verdict {
    let mut verdict = Verdict {
        status: DocStatus::Unknown,
        intact: false,
        kind: None,
        code: None,
        number: None,
        failure: None,
        signatures: Vec::new(),
    };
    let fail = |mut v: Verdict, f: Failure| {
        v.status = DocStatus::of_failure(Some(&f));
        v.failure = Some(f);
        v
    };
    let doc = match load(bytes) {
        Ok(d) => d,
        Err(e) => {
            return fail(
                verdict,
                Failure::Unreadable {
                    detail: e.to_string(),
                },
            )
        }
    };
    let Some(raw) = attachment(&doc) else {
        return fail(verdict, Failure::NoData);
    };
    let env: Envelope = match serde_json::from_slice(&raw) {
        Ok(e) => e,
        Err(e) => {
            return fail(
                verdict,
                Failure::BadData {
                    detail: e.to_string(),
                },
            )
        }
    };
    if env.format != super::FORMAT {
        return fail(
            verdict,
            Failure::BadData {
                detail: format!("format {:?}", env.format),
            },
        );
    }
    let sha: [u8; 32] = Sha256::digest(env.canonical()).into();
    verdict.kind = Some(env.kind);
    verdict.code = Some(short_code(&sha));
    verdict.number = Some(env.data.number.clone());
    let recorded = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|d| d.get(b"JalgaSHA256"))
        .and_then(Object::as_str)
        .map(|s| String::from_utf8_lossy(s).into_owned())
        .unwrap_or_default();
    if recorded != hex(&sha) {
        return fail(
            verdict,
            Failure::DataAltered {
                recorded,
                computed: hex(&sha),
            },
        );
    }
    // Re-made with the templates of the version it was issued with.
    let remake = |qr: QrDrawing| {
        render_envelope_as(&env, FontEmbedding::Subset, qr)
            .map_err(|e| e.to_string())
            .and_then(|b| lopdf::Document::load_mem(&b).map_err(|e| e.to_string()))
            .and_then(|d| pages(&d).map_err(|e| e.to_string()))
    };
    let expected = match remake(QrDrawing::Shared) {
        Ok(p) => p,
        Err(detail) => return fail(verdict, Failure::BadData { detail }),
    };
    let found = match pages(&doc) {
        Ok(p) => p,
        Err(e) => {
            return fail(
                verdict,
                Failure::Unreadable {
                    detail: e.to_string(),
                },
            )
        }
    };
    // A document of an earlier release draws its QR code on every page.
    let expected = if expected == found {
        expected
    } else {
        match remake(QrDrawing::Inline) {
            Ok(p) if p == found => p,
            _ => expected,
        }
    };
    if expected.len() != found.len() {
        return fail(
            verdict,
            Failure::PageCount {
                expected: expected.len(),
                found: found.len(),
            },
        );
    }
    if let Some(i) = expected.iter().zip(&found).position(|(a, b)| a != b) {
        return fail(verdict, Failure::PageAltered { page: i + 1 });
    }
    let (signatures, authentic, broken) = super::signatures::check(bytes, &env, trust);
    verdict.signatures = signatures;
    if let Some(f) = broken {
        return fail(verdict, f);
    }
    verdict.intact = true;
    verdict.status = if authentic {
        DocStatus::Authentic
    } else {
        DocStatus::Consistent
    };
    verdict
}

/// The data attached to a Jalga PDF, if it has any that reads as a
/// document's (whether or not the rest of the file is intact).
pub fn attached_envelope(bytes: &[u8]) -> Option<Envelope> {
    let doc = lopdf::Document::load_mem(bytes).ok()?;
    let raw = attachment(&doc)?;
    serde_json::from_slice::<Envelope>(&raw)
        .ok()
        .filter(|e| e.format == super::FORMAT)
}
