//! The one verdict on a document checked against the store, as the app's
//! verification screen and `jalga --db verify` both show it.
//!
//! The rule: the file's own check comes first, and its word is
//! [`DocStatus::of_failure`] (a file whose attached data cannot be read or
//! rendered is `unknown`, one whose text, data or hash disagree is
//! `altered`); only an intact file is compared with the store, which says
//! `issued-here`, `altered` (with the fields that changed) or `unknown`.

use serde::Serialize;
use ts_rs::TS;

use super::issued::{self, StoreCheck};
use crate::documents::{self, DocKind, DocStatus, Failure, Trust};
use crate::error::CoreError;
use crate::i18n::{Lang, Message, ToMessage};
use crate::Store;

/// What checking a document against the store found, explained.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct VerifyView {
    /// The verdict word: `issued-here`, `altered` or `unknown`.
    pub state: DocStatus,
    pub code: Option<String>,
    pub kind: Option<DocKind>,
    pub number: Option<String>,
    /// Why, in the reader's language.
    pub reason: Option<String>,
    /// The parties' EDS signatures, one line each, with its notes.
    pub signatures: Vec<String>,
}

/// One line per signature: "✓ Signed by NAME (IIN) on DATE", then why it
/// does not hold and whether revocation was checked, on the same line.
pub fn signature_lines(own: &documents::Verdict, lang: Lang) -> Vec<String> {
    own.signatures
        .iter()
        .map(|s| signature_line(s, lang))
        .collect()
}

/// One signature's line (see [`signature_lines`]): the app's Verify and
/// the CLI's `verify` print the same.
pub fn signature_line(s: &documents::SignatureSummary, lang: Lang) -> String {
    let mut line = format!("{} {}", if s.holds { "✓" } else { "✗" }, s.localize(lang));
    for note in s.notes() {
        line.push_str(" · ");
        line.push_str(&note.render(lang));
    }
    line
}

/// The store's answer as one sentence.
pub fn store_message(check: &StoreCheck) -> Message {
    match check {
        StoreCheck::Intact {
            kind, subject_id, ..
        } => Message::new("verify-store-intact")
            .arg("kind", kind.code())
            .arg("subject", subject_id.as_str()),
        StoreCheck::Altered {
            kind,
            subject_id,
            what,
            ..
        } => Message::new("verify-store-altered")
            .arg("kind", kind.code())
            .arg("subject", subject_id.as_str())
            .arg("what", what.join(", ")),
        StoreCheck::Unknown { reason } => {
            Message::new("verify-store-unknown").arg("reason", reason.as_str())
        }
    }
}

/// The store's answer for a file whose own check failed: the word of
/// [`DocStatus::of_failure`], with the failure's code as the reason.
pub fn failed_own_check(
    failure: &Failure,
    kind: Option<DocKind>,
    subject_id: String,
    code: Option<String>,
) -> StoreCheck {
    match (DocStatus::of_failure(Some(failure)), kind) {
        (DocStatus::Altered, Some(kind)) => StoreCheck::Altered {
            kind,
            subject_id,
            code: code.unwrap_or_default(),
            what: vec![failure.code().to_owned()],
        },
        _ => StoreCheck::Unknown {
            reason: failure.code().to_owned(),
        },
    }
}

/// The view of `check`, with the file's own verdict first when given.
pub fn view(own: Option<&documents::Verdict>, check: &StoreCheck, lang: Lang) -> VerifyView {
    if let Some((v, failure)) = own.and_then(|v| v.failure.as_ref().map(|f| (v, f))) {
        return VerifyView {
            state: DocStatus::of_failure(Some(failure)),
            code: v.code.clone(),
            kind: v.kind,
            number: v.number.clone(),
            reason: Some(failure.to_message().render(lang)),
            signatures: signature_lines(v, lang),
        };
    }
    let (code, kind, number) = match check {
        StoreCheck::Intact {
            kind,
            subject_id,
            code,
        }
        | StoreCheck::Altered {
            kind,
            subject_id,
            code,
            ..
        } => (Some(code.clone()), Some(*kind), Some(subject_id.clone())),
        StoreCheck::Unknown { .. } => (None, None, None),
    };
    let mut view = VerifyView {
        state: check.status(),
        code,
        kind,
        number,
        reason: Some(store_message(check).render(lang)),
        signatures: own.map(|v| signature_lines(v, lang)).unwrap_or_default(),
    };
    // Both parties' signatures hold: the document is authentic, unless the
    // store knows it was altered since it was issued.
    if own.is_some_and(|v| v.status == DocStatus::Authentic) && view.state != DocStatus::Altered {
        view.state = DocStatus::Authentic;
        view.reason = Some(DocStatus::Authentic.explanation().render(lang));
    }
    view
}

/// A PDF checked against its own data, then against the store.
pub fn verify_pdf(
    store: &Store,
    bytes: &[u8],
    trust: &Trust,
    lang: Lang,
) -> Result<(StoreCheck, VerifyView), CoreError> {
    let own = documents::verify_with(bytes, trust);
    let check = issued::verify_pdf_against_store(store, bytes)?;
    let view = view(Some(&own), &check, lang);
    Ok((check, view))
}

/// A typed verification code checked against the documents the store issued.
pub fn verify_code(
    store: &Store,
    typed: &str,
    lang: Lang,
) -> Result<(StoreCheck, VerifyView), CoreError> {
    let check = issued::verify_code(store, typed)?;
    let view = view(None, &check, lang);
    Ok((check, view))
}
