//! Deflating a document's streams. Deflate is most of a document's time,
//! and half of what it deflates is the two font programs; a subset program
//! is the same bytes for every document that prints the same characters
//! (re-verifying a document, printing it again, a batch of leases whose
//! names use no new letters), so each distinct program is deflated once per
//! process and its deflated bytes kept. The output is byte for byte what
//! deflating it again would give.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::io::Write as _;
use std::sync::{Arc, Mutex};

use lopdf::Object;

use crate::error::CoreError;

/// Font programs kept deflated: a few documents' worth of both faces.
const KEPT: usize = 16;
/// Only subsets are kept (a whole face is several hundred KB).
const KEPT_MAX_BYTES: usize = 256 * 1024;

struct Kept {
    hash: u64,
    raw: Arc<[u8]>,
    deflated: Arc<[u8]>,
}

static FONTS: Mutex<Vec<Kept>> = Mutex::new(Vec::new());

fn zlib(bytes: &[u8]) -> Result<Vec<u8>, CoreError> {
    let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes)
        .and_then(|()| enc.finish())
        .map_err(|e| CoreError::Pdf(e.to_string()))
}

/// `bytes` deflated; a font program (a stream with `Length1`) from the
/// process's kept programs when it was deflated before.
fn deflated(bytes: &[u8], font_program: bool) -> Result<Vec<u8>, CoreError> {
    if !font_program || bytes.len() > KEPT_MAX_BYTES {
        return zlib(bytes);
    }
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    let hash = h.finish();
    let kept = FONTS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(k) = kept.iter().find(|k| k.hash == hash && *k.raw == *bytes) {
        return Ok(k.deflated.to_vec());
    }
    drop(kept);
    let z = zlib(bytes)?;
    let mut kept = FONTS.lock().unwrap_or_else(|p| p.into_inner());
    if kept.len() >= KEPT {
        kept.remove(0);
    }
    kept.push(Kept {
        hash,
        raw: bytes.into(),
        deflated: z.as_slice().into(),
    });
    Ok(z)
}

/// Forgets the kept font programs: the next document deflates its own
/// again (the benchmark's measure of a document with new characters).
pub fn forget_kept_font_programs() {
    FONTS.lock().unwrap_or_else(|p| p.into_inner()).clear();
}

/// Deflates every stream not yet compressed, at zlib's default level (lopdf's
/// own `compress` uses the slowest, which took most of a document's time for
/// a percent or two of size; the fastest left a quarter more bytes in the
/// pages' content). A stream that would not shrink is left as it is.
pub fn compress(doc: &mut lopdf::Document) -> Result<(), CoreError> {
    for obj in doc.objects.values_mut() {
        let Object::Stream(s) = obj else { continue };
        if s.dict.has(b"Filter") || !s.allows_compression {
            continue;
        }
        let z = deflated(&s.content, s.dict.has(b"Length1"))?;
        if z.len() < s.content.len() {
            s.dict.set("Filter", "FlateDecode");
            s.set_content(z);
        }
    }
    Ok(())
}
