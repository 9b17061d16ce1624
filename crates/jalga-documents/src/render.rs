//! From an envelope to pages and PDF bytes: the checks a kind needs, the
//! layout of every language part with its footer, and the plain paragraphs.

use sha2::{Digest, Sha256};

use crate::compact::QrDrawing;
use crate::error::CoreError;
use crate::fill::parts;
use crate::i18n::Message;
use crate::layout::{self, Block, Flow};
use crate::{
    bounds, procedure, qr_payload, short_code, verify, DocKind, DocLang, DocumentData, Envelope,
    CURRENT_TEMPLATE_VERSION,
};

/// How the whole font is embedded: subset (the default) or whole (the
/// benchmark's baseline).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontEmbedding {
    Subset,
    Whole,
}

/// Makes the PDF of `kind` from `data` in `lang`.
pub fn render(kind: DocKind, data: &DocumentData, lang: DocLang) -> Result<Vec<u8>, CoreError> {
    render_with(kind, data, lang, FontEmbedding::Subset)
}

pub fn render_with(
    kind: DocKind,
    data: &DocumentData,
    lang: DocLang,
    fonts: FontEmbedding,
) -> Result<Vec<u8>, CoreError> {
    render_envelope(&Envelope::new(kind, lang, data.clone()), fonts)
}

/// Renders an envelope with the templates of its own version: how a
/// document is re-made to be verified.
pub fn render_envelope(env: &Envelope, fonts: FontEmbedding) -> Result<Vec<u8>, CoreError> {
    render_envelope_as(env, fonts, QrDrawing::Shared)
}

/// Renders an envelope with its QR code drawn as `qr` says (earlier
/// releases drew it on every page).
pub(crate) fn render_envelope_as(
    env: &Envelope,
    fonts: FontEmbedding,
    qr: QrDrawing,
) -> Result<Vec<u8>, CoreError> {
    let env = env.clone();
    check(&env)?;
    let canonical = env.canonical();
    let sha: [u8; 32] = Sha256::digest(&canonical).into();
    let code = short_code(&sha);
    let pages = layout_pages(&env, &code)?;
    verify::write_pdf(&env, &pages, &canonical, &sha, &code, fonts, qr)
}

/// What a kind needs besides the common data.
pub(crate) fn check(env: &Envelope) -> Result<(), CoreError> {
    bounds::check(&env.data)?;
    let d = &env.data;
    let missing = |field: &str| CoreError::Invalid {
        field: field.into(),
        message: Message::new("doc-missing-data")
            .arg("field", field)
            .arg("kind", env.kind.code()),
    };
    if !(1..=CURRENT_TEMPLATE_VERSION).contains(&env.template_version) {
        return Err(CoreError::Invalid {
            field: "template_version".into(),
            message: Message::new("doc-unknown-version")
                .arg("version", env.template_version)
                .arg("current", CURRENT_TEMPLATE_VERSION),
        });
    }
    match env.kind {
        DocKind::Consent | DocKind::RegistrationSheet => {
            let r = d
                .registration
                .as_ref()
                .ok_or_else(|| missing("registration"))?;
            if r.people.is_empty() {
                return Err(missing("registration.people"));
            }
            if let Some(&i) = r.people.iter().find(|&&i| i >= d.occupants.len()) {
                return Err(CoreError::Invalid {
                    field: "registration.people".into(),
                    message: Message::new("doc-bad-occupant").arg("index", i as u32),
                });
            }
        }
        DocKind::ForeignerNotice => {
            d.foreigner.as_ref().ok_or_else(|| missing("foreigner"))?;
        }
        DocKind::HandoverAct => {
            d.handover.as_ref().ok_or_else(|| missing("handover"))?;
        }
        DocKind::Agreement => {}
    }
    if env.template_version >= 2 {
        // A bank account is printed only when it is a Kazakh IBAN whose
        // check digits hold.
        for (field, p) in [("landlord", &d.landlord), ("tenant", &d.tenant)] {
            if let Some(b) = &p.bank {
                crate::domain::iban::check_kz_iban(&b.iban).map_err(|why| CoreError::Invalid {
                    field: format!("{field}.bank.iban"),
                    message: crate::i18n::ToMessage::to_message(&why),
                })?;
            }
        }
    }
    if env.template_version >= 2
        && env.kind == DocKind::RegistrationSheet
        && procedure::sheets(d).is_empty()
    {
        // Everyone listed is under 14: nobody files an application.
        return Err(CoreError::Invalid {
            field: "registration.people".into(),
            message: Message::new("doc-no-registrant").arg("age", procedure::REGISTRATION_AGE),
        });
    }
    Ok(())
}

/// Lays out every language part, each from a new page.
pub(crate) fn layout_pages(
    env: &Envelope,
    code: &str,
) -> Result<Vec<Vec<layout::Item>>, CoreError> {
    let fonts = layout::fonts();
    let mut flow = Flow::new(fonts);
    let mut footer_label = Vec::new();
    let mut footer_note = Vec::new();
    for (i, (tpl, blocks)) in parts(env)?.into_iter().enumerate() {
        if i > 0 {
            flow.page_break();
        }
        footer_label.push(tpl.word("footer.code"));
        if env.template_version >= 2 {
            footer_note.push((flow.pages.len(), tpl.word("footer.note")));
        }
        for (j, b) in blocks.iter().enumerate() {
            flow.add(b, &blocks[j + 1..]);
        }
    }
    let qr = qr(&qr_payload(env, code))?;
    let label = footer_label.join(" / ");
    let total = flow.pages.len();
    bounds::check_pages(total)?;
    let mut pages = flow.pages;
    for (n, page) in pages.iter_mut().enumerate() {
        layout::footer(page, fonts, &label, code, &qr, n + 1, total);
        // What the code is for, in the footer and not in the text: the
        // note of the language part the page belongs to.
        if let Some((_, note)) = footer_note.iter().rev().find(|(first, _)| *first <= n + 1) {
            layout::footer_note(page, fonts, note);
        }
    }
    Ok(pages)
}

/// One paragraph of a document's text, for tools that lay text out on
/// their own (the benchmark's office-suite baseline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Paragraph {
    Title(String),
    Heading(String),
    Text(String),
    /// A table row, cell by cell.
    Row(Vec<String>),
    /// A new language part begins.
    PageBreak,
}

/// The text of a document as paragraphs, without layout.
pub fn paragraphs(
    kind: DocKind,
    data: &DocumentData,
    lang: DocLang,
) -> Result<Vec<Paragraph>, CoreError> {
    paragraphs_of(&Envelope::new(kind, lang, data.clone()))
}

/// The text of an envelope as paragraphs, with its own templates' version.
pub fn paragraphs_of(env: &Envelope) -> Result<Vec<Paragraph>, CoreError> {
    let env = env.clone();
    check(&env)?;
    let mut out = Vec::new();
    for (i, (_, blocks)) in parts(&env)?.into_iter().enumerate() {
        if i > 0 {
            out.push(Paragraph::PageBreak);
        }
        for b in blocks {
            match b {
                Block::Title(t) => out.push(Paragraph::Title(t)),
                Block::Heading(t) => out.push(Paragraph::Heading(t)),
                Block::Split(a, b) => out.push(Paragraph::Text(format!("{a}\t{b}"))),
                Block::Para { label, text, .. } => out.push(Paragraph::Text(match label {
                    Some(l) => format!("{l} {text}"),
                    None => text,
                })),
                Block::Table { header, rows, .. } => {
                    out.extend(header.into_iter().chain(rows).map(Paragraph::Row))
                }
                Block::Signatures(cols) => out.push(Paragraph::Row(
                    cols.into_iter().map(|c| c.join("\n")).collect(),
                )),
                Block::PageBreak => out.push(Paragraph::PageBreak),
            }
        }
    }
    Ok(out)
}

/// The QR code of `payload`; the bounds on the fields it carries keep it
/// within a QR code's capacity, and a payload that still does not fit is
/// refused, not a panic.
pub(crate) fn qr(payload: &str) -> Result<layout::Qr, CoreError> {
    let (width, dark) =
        crate::qr::modules(payload.as_bytes(), qrcode::EcLevel::M).map_err(|_| {
            CoreError::Invalid {
                field: "number".into(),
                message: Message::new("doc-qr-too-long"),
            }
        })?;
    Ok(layout::Qr { width, dark })
}
