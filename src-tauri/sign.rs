//! Signing an exported document with a party's own EDS key. The clerk sees
//! the signatures through the core's one verdict (`audit::verdict`).
//! The shell reads the files, hands them to the core and writes what it returns.

use std::path::{Path, PathBuf};

use jalga_core::documents::{self, Trust};
use jalga_core::i18n::ToMessage;
use jalga_core::{limits, CoreError, Lang, Problem};
use serde::Serialize;
use zeroize::Zeroizing;

use crate::{off_main, ShellError};

/// What signing did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct SignView {
    /// The PDF, signed in place.
    pub path: String,
    /// The detached CMS of the PDF as it was before this signature.
    pub cms: String,
    /// "Signed by NAME (IIN) on DATE", localized.
    pub signer: String,
    /// How many signatures the PDF carries now.
    pub signatures: u32,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ShellError + '_ {
    move |source| {
        ShellError::Core(CoreError::Io {
            path: path.display().to_string(),
            source,
        })
    }
}

/// Signs the PDF at `path` with the key in the PKCS#12 file `p12_path`.
/// The password lives in memory for this call only. Refusals (wrong
/// password, authentication key, expired or foreign certificate, a signer
/// who is not a party, GOST) come back as a problem and write nothing.
#[tauri::command]
pub async fn sign_document(
    path: String,
    p12_path: String,
    password: String,
    lang: Lang,
) -> Result<SignView, Problem> {
    let password = Zeroizing::new(password);
    off_main(move || {
        let file = PathBuf::from(path.trim());
        let pdf = limits::read_file(&file, limits::MAX_PDF_BYTES)?;
        let p12 = limits::read_file(Path::new(p12_path.trim()), limits::MAX_DOC_DATA_BYTES)?;
        let signed =
            documents::sign_document(&pdf, &p12, &password, Trust::system(), chrono::Utc::now())?;
        let count = documents::verify(&signed.pdf).signatures.len() as u32;
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let cms = file.with_file_name(format!("{stem}-signature-{count}.cms"));
        // In place, through a sibling file: a failed write leaves the
        // document as it was.
        let part = file.with_extension("pdf.part");
        std::fs::write(&part, &signed.pdf).map_err(io(&part))?;
        std::fs::rename(&part, &file).map_err(io(&file))?;
        std::fs::write(&cms, &signed.cms).map_err(io(&cms))?;
        Ok(SignView {
            path: file.display().to_string(),
            cms: cms.display().to_string(),
            signer: signed.signer.localize(lang),
            signatures: count,
        })
    })
    .await
    .map_err(|e| e.to_problem(lang))
}
