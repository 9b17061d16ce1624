//! Deflating a document's streams, with libdeflate (faster than zlib at the
//! same ratio, and a better ratio at its fastest levels).
//!
//! Half of what a document deflates is the two font programs; a subset
//! program is the same bytes for every document that prints the same
//! characters (re-verifying a document, printing it again, a batch of
//! leases whose names use no new letters), so each distinct program is
//! deflated once per process, at a level that favours size, and its
//! deflated bytes kept. The pages' content, the QR code and the attached
//! data are deflated at a fast level: what a page shows is compared
//! inflated when a document is verified, so the level changes only the
//! file's size (at most the fast level's few KB more).

use std::cell::RefCell;
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use libdeflater::{CompressionLvl, Compressor};
use lopdf::Object;

use crate::error::CoreError;

/// libdeflate's level for the font programs (deflated once per process).
const FONT_LEVEL: i32 = 6;
/// libdeflate's level for everything else.
const CONTENT_LEVEL: i32 = 3;

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

fn zlib(bytes: &[u8], level: i32) -> Result<Vec<u8>, CoreError> {
    thread_local! {
        static COMPRESSORS: RefCell<Vec<(i32, Compressor)>> = const { RefCell::new(Vec::new()) };
    }
    COMPRESSORS.with_borrow_mut(|kept| {
        let at = match kept.iter().position(|(l, _)| *l == level) {
            Some(i) => i,
            None => {
                let lvl = CompressionLvl::new(level)
                    .map_err(|e| CoreError::Pdf(format!("deflate level {level}: {e:?}")))?;
                kept.push((level, Compressor::new(lvl)));
                kept.len() - 1
            }
        };
        let c = &mut kept[at].1;
        let mut out = vec![0; c.zlib_compress_bound(bytes.len())];
        let n = c
            .zlib_compress(bytes, &mut out)
            .map_err(|e| CoreError::Pdf(format!("deflate: {e}")))?;
        out.truncate(n);
        Ok(out)
    })
}

/// `bytes` deflated; a font program (a stream with `Length1`) from the
/// process's kept programs when it was deflated before.
fn deflated(bytes: &[u8], font_program: bool) -> Result<Vec<u8>, CoreError> {
    if !font_program || bytes.len() > KEPT_MAX_BYTES {
        return zlib(bytes, CONTENT_LEVEL);
    }
    let mut h = DefaultHasher::new();
    bytes.hash(&mut h);
    let hash = h.finish();
    let kept = FONTS.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(k) = kept.iter().find(|k| k.hash == hash && *k.raw == *bytes) {
        return Ok(k.deflated.to_vec());
    }
    drop(kept);
    let z = zlib(bytes, FONT_LEVEL)?;
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

/// Forgets the kept font subsets and programs: the next document cuts and
/// deflates its own again (the benchmark's measure of a document with new
/// characters).
pub fn forget_kept_font_programs() {
    FONTS.lock().unwrap_or_else(|p| p.into_inner()).clear();
    crate::subsets::forget();
}

/// Deflates every stream not yet compressed (lopdf's own `compress` uses
/// zlib's slowest level, which took most of a document's time for a percent
/// or two of size). A stream that would not shrink is left as it is.
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
