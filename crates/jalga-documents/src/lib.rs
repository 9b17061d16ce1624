//! The documents a landlord leaves Jalga with: the model lease agreement,
//! the owner's consent to registration, the registration data sheet and the
//! foreigner-arrival notice data sheet, as A4 PDFs.
//!
//! Every document is made from its data ([`DocumentData`]) and a template in
//! `assets/templates/`. The data, the kind and the language form an
//! [`Envelope`]; its canonical JSON is hashed with SHA-256, the first bits
//! of the hash become the short code printed on every page and carried by
//! the QR code, and the canonical JSON itself is attached to the PDF. Since
//! rendering is deterministic, [`verify`] renders the attached data again and
//! compares the pages: changed text, changed data or missing data all fail.

//!
//! This crate owns rendering and checking documents from their data. It
//! depends on `jalga-domain` only among Jalga's crates: it must not hold a
//! database connection (the data is gathered from the store by `jalga-core`)
//! nor depend on Tauri.

mod bounds;
mod compact;
mod content;
pub mod data;
mod deflate;
mod envelope;
mod fill;
mod kind;
pub mod layout;
mod nca_roots;
pub mod procedure;
mod qr;
mod read;
mod render;
pub mod signatures;
mod subsets;
pub mod svg;
mod template;
mod values;
pub mod verify;

pub(crate) use jalga_domain::{domain, error, i18n, limits};

pub use data::*;
pub use deflate::forget_kept_font_programs;
pub use envelope::{qr_payload, short_code, Envelope, ATTACHMENT, FORMAT};
pub use kind::{DocKind, DocLang, UnknownDocLang};
pub use render::{
    paragraphs, paragraphs_of, render, render_envelope, render_with, FontEmbedding, Paragraph,
};
pub use signatures::{sign_document, SignatureSummary, SignedDocument, Trust};
pub use verify::{attached_envelope, verify, verify_with, DocStatus, Failure, Verdict};

pub(crate) use compact::QrDrawing;
pub(crate) use error::CoreError;
pub(crate) use fill::{signature, tables};
pub(crate) use render::{check, layout_pages};
pub(crate) use values::{date, occupant_id, passport, relation_word};
