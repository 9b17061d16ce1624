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
pub mod data;
pub mod layout;
mod nca_roots;
pub mod procedure;
pub mod signatures;
pub mod svg;
mod template;
pub mod verify;

pub(crate) use jalga_domain::{domain, error, i18n, limits};

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

pub use data::*;
pub use signatures::{sign_document, SignatureSummary, SignedDocument, Trust};
pub use verify::{attached_envelope, verify, verify_with, DocStatus, Failure, Verdict};

use crate::domain::{RegistrationKind, Relation};
use crate::error::CoreError;
use crate::i18n::{Lang, Message};
use layout::{Block, Flow};
use template::Template;

/// The format tag of the attached data; part of the hashed envelope.
pub const FORMAT: &str = "jalga-document/1";
/// The attached file's name.
pub const ATTACHMENT: &str = "jalga-document.json";

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
#[strum(serialize_all = "kebab-case")]
pub enum DocKind {
    Agreement,
    Consent,
    RegistrationSheet,
    ForeignerNotice,
    /// The handover act (template version 2 on).
    HandoverAct,
}

impl DocKind {
    pub const ALL: [DocKind; 5] = [
        DocKind::Agreement,
        DocKind::Consent,
        DocKind::RegistrationSheet,
        DocKind::ForeignerNotice,
        DocKind::HandoverAct,
    ];

    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for DocKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocKind::ALL
            .into_iter()
            .find(|k| k.code() == s)
            .ok_or_else(|| CoreError::Invalid {
                field: "kind".into(),
                message: Message::new("doc-unknown-kind").arg("kind", s),
            })
    }
}

/// The language(s) of a document: one, or Kazakh then Russian.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, strum::IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
#[strum(serialize_all = "kebab-case")]
pub enum DocLang {
    Kk,
    Ru,
    En,
    #[serde(rename = "kk+ru")]
    #[strum(serialize = "kk+ru")]
    KkRu,
}

impl DocLang {
    pub fn parts(self) -> &'static [Lang] {
        match self {
            DocLang::Kk => &[Lang::Kk],
            DocLang::Ru => &[Lang::Ru],
            DocLang::En => &[Lang::En],
            DocLang::KkRu => &[Lang::Kk, Lang::Ru],
        }
    }

    pub fn code(self) -> &'static str {
        self.into()
    }
}

impl fmt::Display for DocLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A `--lang` value that names no document language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use kk, ru, en or kk+ru")]
pub struct UnknownDocLang(pub String);

impl From<UnknownDocLang> for CoreError {
    fn from(e: UnknownDocLang) -> Self {
        CoreError::Invalid {
            field: "lang".into(),
            message: Message::new("doc-unknown-lang").arg("lang", e.0),
        }
    }
}

impl FromStr for DocLang {
    type Err = UnknownDocLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kk" | "kz" | "kaz" => Ok(DocLang::Kk),
            "ru" | "rus" => Ok(DocLang::Ru),
            "en" | "eng" => Ok(DocLang::En),
            "kk+ru" | "ru+kk" | "kk,ru" => Ok(DocLang::KkRu),
            _ => Err(UnknownDocLang(s.to_owned())),
        }
    }
}

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

/// The template file of a version, by name and language; None where that
/// version has no such template.
fn template_src(version: TemplateVersion, name: &str, lang: Lang) -> Option<&'static str> {
    macro_rules! t {
        ($v:literal, $k:literal) => {
            match lang {
                Lang::Kk => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".kk.tpl"
                )),
                Lang::Ru => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".ru.tpl"
                )),
                Lang::En => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".en.tpl"
                )),
            }
        };
    }
    Some(match (version, name) {
        (1, "common") => t!("v1", "common"),
        (1, "agreement") => t!("v1", "agreement"),
        (1, "consent") => t!("v1", "consent"),
        (1, "registration-sheet") => t!("v1", "registration-sheet"),
        (1, "foreigner-notice") => t!("v1", "foreigner-notice"),
        (2, "common") => t!("v2", "common"),
        (2, "agreement") => t!("v2", "agreement"),
        (2, "consent") => t!("v2", "consent"),
        (2, "registration-sheet") => t!("v2", "registration-sheet"),
        (2, "foreigner-host") => t!("v2", "foreigner-host"),
        (2, "foreigner-immigrant") => t!("v2", "foreigner-immigrant"),
        (2, "handover-act") => t!("v2", "handover-act"),
        _ => return None,
    })
}

/// The template an envelope is rendered with: its kind's, except that a
/// version-2 foreigner's sheet follows the regime of the arrival date.
fn template_name(env: &Envelope) -> &'static str {
    match (env.template_version, env.kind, &env.data.foreigner) {
        (2.., DocKind::ForeignerNotice, Some(f)) => {
            procedure::ForeignerRegime::on(f.arrival_date).template()
        }
        _ => env.kind.code(),
    }
}

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
    let env = env.clone();
    check(&env)?;
    let canonical = env.canonical();
    let sha: [u8; 32] = Sha256::digest(&canonical).into();
    let code = short_code(&sha);
    let pages = layout_pages(&env, &code)?;
    verify::write_pdf(&env, &pages, &canonical, &sha, &code, fonts)
}

/// What a kind needs besides the common data.
fn check(env: &Envelope) -> Result<(), CoreError> {
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

/// Every language part's blocks, in order.
fn parts(env: &Envelope) -> Result<Vec<(Template, Vec<Block>)>, CoreError> {
    let mut out = Vec::new();
    let version = env.template_version;
    let name = template_name(env);
    for &lang in env.lang.parts() {
        let missing = || CoreError::Invalid {
            field: format!("template.{name}.{lang}"),
            message: Message::new("doc-no-template")
                .arg("kind", env.kind.code())
                .arg("version", version),
        };
        let src = template_src(version, name, lang).ok_or_else(missing)?;
        let common = template_src(version, "common", lang).ok_or_else(missing)?;
        let tpl = Template::parse(src, common);
        let mut values = values(&env.data, &tpl, lang);
        let d = &env.data;
        let result = if version >= 2 {
            procedure::values(d, &tpl, lang, env.lang, &mut values);
            tpl.blocks(&values, &procedure::V2::new(d, &tpl))
        } else {
            tpl.blocks(&values, &V1 { d, tpl: &tpl })
        };
        let blocks = result.map_err(|e| CoreError::Invalid {
            field: format!("template.{}.{}:{}", name, lang, e.line),
            message: Message::new("doc-template").arg("what", e.what),
        })?;
        out.push((tpl, blocks));
    }
    Ok(out)
}

/// Version 1's tables and signatures.
struct V1<'a> {
    d: &'a DocumentData,
    tpl: &'a Template,
}

impl template::Source for V1<'_> {
    fn items(&self, _: &str) -> Option<Vec<BTreeMap<String, String>>> {
        None
    }
    fn table(&self, name: &str, _: template::Item<'_>) -> Option<Block> {
        tables(name, self.d, self.tpl)
    }
    fn signature(&self, role: &str, _: template::Item<'_>) -> Option<Vec<String>> {
        signature(role, self.d, self.tpl)
    }
}

/// Lays out every language part, each from a new page.
fn layout_pages(env: &Envelope, code: &str) -> Result<Vec<Vec<layout::Item>>, CoreError> {
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
fn qr(payload: &str) -> Result<layout::Qr, CoreError> {
    let code = qrcode::QrCode::with_error_correction_level(payload.as_bytes(), qrcode::EcLevel::M)
        .map_err(|_| CoreError::Invalid {
            field: "number".into(),
            message: Message::new("doc-qr-too-long"),
        })?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok(layout::Qr { width, dark })
}

pub(crate) fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// 150000 → "150 000" (thin grouping by a no-break space).
pub(crate) fn money(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

fn area(a: f64, lang: Lang) -> String {
    let s = format!("{}", (a * 100.0).round() / 100.0);
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

fn relation_key(r: Relation) -> &'static str {
    match r {
        Relation::Tenant => "relation.tenant",
        Relation::Spouse => "relation.spouse",
        Relation::Child => "relation.child",
        Relation::Parent => "relation.parent",
        Relation::Sibling => "relation.sibling",
        Relation::Grandparent => "relation.grandparent",
        Relation::Grandchild => "relation.grandchild",
        Relation::OtherRelative => "relation.other-relative",
        Relation::Unrelated => "relation.unrelated",
    }
}

/// How a document names an occupant's relation to the tenant. Template
/// version 1 knew no grandparents or grandchildren: it says "relative".
pub(crate) fn relation_word(tpl: &template::Template, r: Relation) -> String {
    tpl.word_or(relation_key(r), "relation.other-relative")
}

fn party_id(p: &Party, tpl: &Template) -> String {
    let mut parts = Vec::new();
    if let Some(i) = &p.iin {
        parts.push(format!("{} {i}", tpl.word("label.iin")));
    }
    if let Some(b) = &p.bin {
        parts.push(format!("{} {b}", tpl.word("label.bin")));
    }
    if let Some(d) = &p.id_document {
        parts.push(d.clone());
    }
    if let Some(pp) = &p.passport {
        parts.push(passport(pp, tpl));
    }
    parts.join(", ")
}

pub(crate) fn passport(p: &Passport, tpl: &Template) -> String {
    let mut s = format!(
        "{} {} ({})",
        tpl.word("label.passport"),
        p.number,
        p.citizenship
    );
    if let Some(i) = p.issued {
        s.push_str(&format!(", {} {}", tpl.word("label.issued"), date(i)));
    }
    if let Some(e) = p.expires {
        s.push_str(&format!(", {} {}", tpl.word("label.expires"), date(e)));
    }
    s
}

pub(crate) fn occupant_id(o: &Occupant, tpl: &Template) -> String {
    match (&o.iin, &o.passport) {
        (Some(i), _) => i.clone(),
        (None, Some(p)) => passport(p, tpl),
        (None, None) => "—".into(),
    }
}

fn address(d: &Dwelling, tpl: &Template) -> String {
    let mut parts = vec![d.region.clone(), d.city.clone()];
    if let Some(x) = &d.district {
        parts.push(x.clone());
    }
    parts.push(format!(
        "{}, {} {}",
        d.street,
        tpl.word("label.building"),
        d.building
    ));
    if let Some(f) = &d.flat {
        parts.push(format!("{} {f}", tpl.word("label.flat")));
    }
    parts.join(", ")
}

/// The flat key → text map every template fills its placeholders from.
fn values(d: &DocumentData, tpl: &Template, lang: Lang) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    let mut put = |k: &str, s: String| {
        v.insert(k.to_owned(), s);
    };
    let dash = || "—".to_owned();
    put("number", d.number.clone());
    put("date", date(d.date));
    put("place", d.place.clone());
    for (role, p) in [("landlord", &d.landlord), ("tenant", &d.tenant)] {
        put(&format!("{role}.name"), p.name.clone());
        put(&format!("{role}.id"), party_id(p, tpl));
        put(&format!("{role}.address"), p.address.clone());
        put(
            &format!("{role}.phone"),
            p.phone.clone().unwrap_or_else(dash),
        );
        put(
            &format!("{role}.iin"),
            p.iin.clone().or(p.bin.clone()).unwrap_or_else(dash),
        );
        put(
            &format!("{role}.representative"),
            p.representative
                .as_ref()
                .map(|r| format!(" {} {r},", tpl.word("label.represented-by")))
                .unwrap_or_default(),
        );
    }
    let w = &d.dwelling;
    put("dwelling.address", address(w, tpl));
    put("dwelling.region", w.region.clone());
    put("dwelling.city", w.city.clone());
    put("dwelling.district", w.district.clone().unwrap_or_else(dash));
    put("dwelling.street", w.street.clone());
    put("dwelling.building", w.building.clone());
    put("dwelling.flat", w.flat.clone().unwrap_or_else(dash));
    put("dwelling.rka", w.rka.clone());
    put("dwelling.kato", w.kato.clone().unwrap_or_else(dash));
    put("dwelling.cadastral", w.cadastral.clone());
    put("dwelling.total_area", area(w.total_area, lang));
    put("dwelling.useful_area", area(w.useful_area, lang));
    put("dwelling.living_area", area(w.living_area, lang));
    put("dwelling.rooms", w.rooms.to_string());
    put(
        "dwelling.title_document",
        w.title_document.clone().unwrap_or_else(dash),
    );
    put(
        "dwelling.owners",
        w.owners
            .iter()
            .map(|o| format!("{} ({})", o.name, o.share))
            .collect::<Vec<_>>()
            .join("; "),
    );
    let t = &d.terms;
    put("terms.start", date(t.start));
    put("terms.end", date(t.end));
    put("terms.rent", money(t.rent));
    put("terms.deposit", money(t.deposit));
    put("terms.payment_day", t.payment_day.to_string());
    put(
        "terms.payment_method",
        tpl.word(match t.payment_method {
            PaymentMethod::BankTransfer => "payment.bank-transfer",
            PaymentMethod::Cash => "payment.cash",
        }),
    );
    put(
        "terms.utilities",
        tpl.word(match t.utilities {
            Utilities::Included => "utilities.included",
            Utilities::TenantByMeters => "utilities.tenant-by-meters",
            Utilities::TenantRepays => "utilities.tenant-repays",
        }),
    );
    put("occupants.count", d.occupants.len().to_string());
    if let Some(r) = &d.registration {
        let yes_no = |b: bool| tpl.word(if b { "yes" } else { "no" });
        put(
            "registration.kind",
            tpl.word(match r.kind {
                RegistrationKind::Permanent => "registration.permanent",
                RegistrationKind::Temporary => "registration.temporary",
            }),
        );
        put("registration.start", date(r.start));
        put(
            "registration.months",
            r.months.map(|m| m.to_string()).unwrap_or_else(dash),
        );
        let end = r
            .months
            .and_then(|m| {
                r.start
                    .checked_add_months(chrono::Months::new(u32::from(m)))
            })
            .map(date)
            .unwrap_or_else(dash);
        put("registration.end", end);
        put(
            "registration.is_owner",
            yes_no(r.applicant_is_owner.unwrap_or(false)),
        );
        put("registration.owner_region", r.owner_region.clone());
        put(
            "registration.co_owners_consent",
            yes_no(r.co_owners_consent.unwrap_or(false)),
        );
        put(
            "registration.signature",
            tpl.word(match r.signature {
                Some(SignatureMethod::Sms) => "signature.sms",
                _ => "signature.eds",
            }),
        );
        let owner_iin = w
            .owners
            .iter()
            .filter_map(|o| o.iin.clone())
            .collect::<Vec<_>>()
            .join(", ");
        put("registration.owner_iin", owner_iin);
        put(
            "registration.people",
            r.people
                .iter()
                .filter_map(|&i| d.occupants.get(i))
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if let Some(f) = &d.foreigner {
        put("foreigner.surname_latin", f.surname_latin.clone());
        put("foreigner.given_names_latin", f.given_names_latin.clone());
        put("foreigner.surname", f.surname.clone());
        put("foreigner.given_names", f.given_names.clone());
        put(
            "foreigner.patronymic",
            f.patronymic.clone().unwrap_or_else(dash),
        );
        put("foreigner.birth_date", date(f.birth_date));
        put(
            "foreigner.sex",
            tpl.word(match f.sex {
                Sex::Male => "sex.male",
                Sex::Female => "sex.female",
            }),
        );
        put("foreigner.citizenship", f.passport.citizenship.clone());
        put("foreigner.passport", f.passport.number.clone());
        put(
            "foreigner.passport_issued",
            f.passport.issued.map(date).unwrap_or_else(dash),
        );
        put(
            "foreigner.passport_expires",
            f.passport.expires.map(date).unwrap_or_else(dash),
        );
        put("foreigner.entry_date", date(f.entry_date));
        put("foreigner.entry_point", f.entry_point.clone());
        put("foreigner.purpose", f.purpose.clone());
        put("foreigner.stay_until", date(f.stay_until));
        put("foreigner.arrival_date", date(f.arrival_date));
    }
    v
}

pub(crate) fn tables(name: &str, d: &DocumentData, tpl: &Template) -> Option<Block> {
    let header = |keys: &[&str]| Some(keys.iter().map(|k| tpl.word(k)).collect());
    match name {
        "parties" => Some(Block::Table {
            widths: vec![0.16, 0.26, 0.30, 0.28],
            header: header(&["th.role", "th.name", "th.id", "th.address"]),
            rows: [("role.landlord", &d.landlord), ("role.tenant", &d.tenant)]
                .into_iter()
                .map(|(r, p)| {
                    let mut addr = p.address.clone();
                    if let Some(ph) = &p.phone {
                        addr.push_str(&format!(", {} {ph}", tpl.word("label.phone")));
                    }
                    vec![tpl.word(r), p.name.clone(), party_id(p, tpl), addr]
                })
                .collect(),
            bold_first: false,
        }),
        "occupants" | "people" => {
            let idx: Vec<usize> = if name == "people" {
                d.registration.as_ref()?.people.clone()
            } else {
                (0..d.occupants.len()).collect()
            };
            Some(Block::Table {
                widths: vec![0.06, 0.34, 0.30, 0.13, 0.17],
                header: header(&["th.n", "th.name", "th.id", "th.birth", "th.relation"]),
                rows: idx
                    .iter()
                    .filter_map(|&i| d.occupants.get(i))
                    .enumerate()
                    .map(|(n, o)| {
                        vec![
                            (n + 1).to_string(),
                            o.name.clone(),
                            occupant_id(o, tpl),
                            date(o.birth_date),
                            relation_word(tpl, o.relation),
                        ]
                    })
                    .collect(),
                bold_first: false,
            })
        }
        "owners" => Some(Block::Table {
            widths: vec![0.06, 0.54, 0.25, 0.15],
            header: header(&["th.n", "th.name", "th.id", "th.share"]),
            rows: d
                .dwelling
                .owners
                .iter()
                .enumerate()
                .map(|(n, o)| {
                    vec![
                        (n + 1).to_string(),
                        o.name.clone(),
                        o.iin.clone().unwrap_or_else(|| "—".into()),
                        o.share.clone(),
                    ]
                })
                .collect(),
            bold_first: false,
        }),
        _ => None,
    }
}

pub(crate) fn signature(role: &str, d: &DocumentData, tpl: &Template) -> Option<Vec<String>> {
    let (key, p) = match role {
        "landlord" => ("sig.landlord", &d.landlord),
        "tenant" => ("sig.tenant", &d.tenant),
        "owner" | "host" => (
            if role == "owner" {
                "sig.owner"
            } else {
                "sig.host"
            },
            &d.landlord,
        ),
        _ => return None,
    };
    let mut col = vec![tpl.word(key), p.name.clone()];
    if let Some(i) = p.iin.as_ref().or(p.bin.as_ref()) {
        col.push(format!(
            "{} {i}",
            tpl.word(if p.iin.is_some() {
                "label.iin"
            } else {
                "label.bin"
            })
        ));
    }
    col.push(tpl.word("sig.line"));
    Some(col)
}
