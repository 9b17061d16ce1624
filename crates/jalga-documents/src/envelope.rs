//! The envelope: the data, kind, language and template version a document
//! renders, its canonical JSON and hash, the short code and the QR payload.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{DocKind, DocLang, DocumentData, TemplateVersion, CURRENT_TEMPLATE_VERSION};

/// The format tag of the attached data; part of the hashed envelope.
pub const FORMAT: &str = "jalga-document/1";
/// The attached file's name.
pub const ATTACHMENT: &str = "jalga-document.json";
/// What a document is a rendering of: hashed, attached, verified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub format: String,
    pub kind: DocKind,
    pub lang: DocLang,
    /// The templates it was rendered with; absent in documents of version 1.
    #[serde(default = "first_version", skip_serializing_if = "is_first_version")]
    pub template_version: TemplateVersion,
    pub data: DocumentData,
}

fn first_version() -> TemplateVersion {
    1
}

fn is_first_version(v: &TemplateVersion) -> bool {
    *v == 1
}

impl Envelope {
    /// An envelope rendered with the current templates.
    pub fn new(kind: DocKind, lang: DocLang, data: DocumentData) -> Self {
        Envelope::with_version(kind, lang, data, CURRENT_TEMPLATE_VERSION)
    }

    pub fn with_version(
        kind: DocKind,
        lang: DocLang,
        data: DocumentData,
        template_version: TemplateVersion,
    ) -> Self {
        Envelope {
            format: FORMAT.into(),
            kind,
            lang,
            template_version,
            data,
        }
    }

    /// The canonical form: JSON with object keys sorted, no whitespace,
    /// absent optional fields left out, numbers in their shortest form.
    pub fn canonical(&self) -> Vec<u8> {
        // serde_json's Value keeps objects in a BTreeMap: keys come out sorted.
        let value = serde_json::to_value(self).expect("documents serialize");
        serde_json::to_vec(&value).expect("a value serializes")
    }

    pub fn sha256(&self) -> [u8; 32] {
        Sha256::digest(self.canonical()).into()
    }
}

/// The short code: the hash's first 60 bits in RFC 4648 base32, as
/// `XXXX-XXXX-XXXX` (letters A–Z and digits 2–7, nothing to misread).
pub fn short_code(sha: &[u8; 32]) -> String {
    let b32 = data_encoding::BASE32_NOPAD.encode(&sha[..10]);
    let c = &b32[..12];
    format!("{}-{}-{}", &c[..4], &c[4..8], &c[8..12])
}

/// What the QR code carries: the code and the key fields, `|`-separated.
pub fn qr_payload(env: &Envelope, code: &str) -> String {
    let d = &env.data;
    let tenant_id = d
        .tenant
        .iin
        .clone()
        .or_else(|| d.tenant.passport.as_ref().map(|p| p.number.clone()))
        .unwrap_or_default();
    format!(
        "JALGA1|{code}|{}|{}|{}|RKA {}|{}|{}",
        env.kind,
        d.number,
        d.date,
        d.dwelling.rka,
        tenant_id,
        hex(&env.sha256()[..8])
    )
}

fn hex(b: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(b)
}
