//! What a text file is before it is read: its character encoding (UTF-8
//! with or without a byte-order mark, UTF-16 as Excel's "Unicode text",
//! Windows-1251, KOI8-R, …) and its field separator (`,`, `;` or tab).
//!
//! Only the first [`SAMPLE`] bytes are looked at; the file itself is then
//! converted to UTF-8 as it streams (`encoding_rs_io`), never held whole.

use std::io::Read;

use encoding_rs::Encoding;
use serde::Serialize;
use ts_rs::TS;

/// How many bytes of the file the guesses are made from.
pub const SAMPLE: usize = 64 * 1024;

/// What the start of a file says about all of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    pub encoding: &'static Encoding,
    /// The file starts with a byte-order mark.
    pub bom: bool,
    /// The field separator.
    pub separator: u8,
}

/// The separator, as the UI shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
}

impl Sniffed {
    pub fn separator_kind(&self) -> Separator {
        match self.separator {
            b';' => Separator::Semicolon,
            b'\t' => Separator::Tab,
            _ => Separator::Comma,
        }
    }

    /// Whether the file is UTF-8 without a byte-order mark: Jalga's own CSV.
    pub fn is_plain_utf8(&self) -> bool {
        self.encoding == encoding_rs::UTF_8 && !self.bom
    }
}

/// Guesses the encoding and separator from the start of a file.
pub fn sniff(sample: &[u8]) -> Sniffed {
    let (encoding, bom) = match Encoding::for_bom(sample) {
        Some((enc, _)) => (enc, true),
        None => (guess_encoding(sample), false),
    };
    let bom_len = if bom {
        Encoding::for_bom(sample).map_or(0, |(_, n)| n)
    } else {
        0
    };
    let (text, _) = encoding.decode_without_bom_handling(&sample[bom_len..]);
    Sniffed {
        encoding,
        bom,
        separator: guess_separator(&text),
    }
}

fn guess_encoding(sample: &[u8]) -> &'static Encoding {
    // A sample cut in the middle of a character is still UTF-8.
    let valid = match std::str::from_utf8(sample) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && sample.len() - e.valid_up_to() < 4,
    };
    if valid {
        return encoding_rs::UTF_8;
    }
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(sample, sample.len() < SAMPLE);
    // `.kz` tells the detector to prefer Cyrillic encodings when unsure.
    det.guess(Some(b"kz"), chardetng::Utf8Detection::Deny)
}

/// The separator that splits the first lines into the same number of
/// fields, more than one; `,` when nothing does.
fn guess_separator(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    // A sample cut mid-line: its last line may be short.
    let whole = if lines.len() > 1 && !text.ends_with('\n') {
        &lines[..lines.len() - 1]
    } else {
        &lines[..]
    };
    let mut best = (b',', 0usize, false);
    for sep in [b',', b';', b'\t'] {
        let counts: Vec<usize> = whole.iter().map(|l| fields_in(l, sep)).collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        let steady = counts.iter().all(|&c| c == first);
        let better = (steady && !best.2 && first > 1) || (steady == best.2 && first > best.1);
        if first > 1 && better {
            best = (sep, first, steady);
        }
    }
    best.0
}

/// Fields in one line split by `sep`, quotes respected.
fn fields_in(line: &str, sep: u8) -> usize {
    let mut quoted = false;
    let mut n = 1;
    for b in line.bytes() {
        match b {
            b'"' => quoted = !quoted,
            _ if b == sep && !quoted => n += 1,
            _ => {}
        }
    }
    n
}

/// `input` converted to UTF-8 as it is read, its byte-order mark dropped.
pub fn utf8_reader<'a, R: Read + 'a>(input: R, sniffed: &Sniffed) -> Box<dyn Read + 'a> {
    if sniffed.is_plain_utf8() {
        return Box::new(input);
    }
    Box::new(
        encoding_rs_io::DecodeReaderBytesBuilder::new()
            .encoding(Some(sniffed.encoding))
            .bom_override(true)
            .strip_bom(true)
            .build(input),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_and_separators() {
        let text = "Фамилия;Имя;Дата рождения\nИванова;Айгерим;05.02.1990\n";
        let s = sniff(text.as_bytes());
        assert_eq!(
            (s.encoding, s.bom, s.separator),
            (encoding_rs::UTF_8, false, b';')
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        let s = sniff(&bom);
        assert_eq!((s.encoding, s.bom), (encoding_rs::UTF_8, true));
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let s = sniff(&cp);
        assert_eq!((s.encoding, s.separator), (encoding_rs::WINDOWS_1251, b';'));
        let mut utf16 = vec![0xFF, 0xFE];
        for u in text.replace(';', "\t").encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let s = sniff(&utf16);
        assert_eq!((s.encoding, s.separator), (encoding_rs::UTF_16LE, b'\t'));
        let mut out = String::new();
        utf8_reader(&cp[..], &sniff(&cp))
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, text);
    }

    #[test]
    fn commas_inside_quotes_do_not_count() {
        let text = "a;b;c\n\"x, y, z\";2;3\n";
        assert_eq!(guess_separator(text), b';');
        assert_eq!(guess_separator("id,name\n1,\"a; b\"\n"), b',');
        assert_eq!(guess_separator("one column\n"), b',');
    }
}
