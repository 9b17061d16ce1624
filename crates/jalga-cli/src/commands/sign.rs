//! `sign`: a party signs a Jalga PDF with their own EDS key (PKCS#12), and
//! the trust options `verify` shares with it.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use jalga_core::documents::{self, SignatureSummary, Trust};
use jalga_core::i18n::{Lang, Message, ToMessage};
use jalga_core::limits;
use zeroize::Zeroizing;

use crate::{CliError, Context, Outcome};

/// The key store's password: from this variable, else a prompt. Never an
/// argument, never written or logged.
const PASSWORD_VAR: &str = "JALGA_P12_PASSWORD";

/// Whom to trust, besides NCA RK's roots and `JALGA_TRUST`.
#[derive(Args, Clone, Default)]
pub struct TrustArgs {
    /// Also trust these CA certificates (PEM or DER), e.g. an NCA RK root
    /// newer than this release.
    #[arg(long = "trust", value_name = "CERT")]
    pub trust: Vec<PathBuf>,
    /// Check revocation against this CRL (PEM or DER); without one,
    /// revocation is not checked (it needs the network).
    #[arg(long = "crl", value_name = "FILE.crl")]
    pub crl: Vec<PathBuf>,
}

impl TrustArgs {
    pub fn trust(&self) -> Result<Trust, CliError> {
        let mut t = Trust::from_env();
        for p in &self.trust {
            t.add_roots(&limits::read_file(p, limits::MAX_DOC_DATA_BYTES)?)?;
        }
        for p in &self.crl {
            t.add_crl(&limits::read_file(p, limits::MAX_PDF_BYTES)?)?;
        }
        Ok(t)
    }
}

#[derive(Args)]
pub struct SignArgs {
    /// The Jalga PDF to sign (already signed by the other party, or not).
    #[arg(value_name = "FILE.pdf")]
    file: PathBuf,
    /// The key store with your signing key (RSA…, not AUTH_RSA…).
    #[arg(long, value_name = "KEY.p12")]
    p12: PathBuf,
    /// The signed PDF to write (default: FILE-signed.pdf beside FILE).
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
    /// Also write a detached CMS (CAdES) of FILE as given, as FILE.cms.
    #[arg(long)]
    cms: bool,
    #[command(flatten)]
    trust: TrustArgs,
}

fn beside(file: &Path, suffix: &str) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!("{stem}{suffix}"))
}

fn password(lang: Lang) -> Result<Zeroizing<String>, CliError> {
    if let Ok(p) = std::env::var(PASSWORD_VAR) {
        return Ok(Zeroizing::new(p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Message(Message::new("cli-sign-password-needed")));
    }
    let prompt = Message::new("cli-sign-password-prompt").render(lang);
    Ok(Zeroizing::new(rpassword::prompt_password(prompt)?))
}

pub fn sign(ctx: &Context, args: &SignArgs) -> Result<Outcome, CliError> {
    let pdf = limits::read_file(&args.file, limits::MAX_PDF_BYTES)?;
    let p12 = limits::read_file(&args.p12, limits::MAX_DOC_DATA_BYTES)?;
    let trust = args.trust.trust()?;
    let password = password(ctx.lang)?;
    let signed = documents::sign_document(&pdf, &p12, &password, &trust, chrono::Utc::now())?;
    // Nothing is written before every check has passed.
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| beside(&args.file, "-signed.pdf"));
    std::fs::write(&out, &signed.pdf)?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{}", signed.signer.localize(ctx.lang))?;
    writeln!(stdout, "{}", out.display())?;
    if args.cms {
        let path = beside(&args.file, ".cms");
        std::fs::write(&path, &signed.cms)?;
        writeln!(stdout, "{}", path.display())?;
    }
    Ok(Outcome::Clean)
}

/// The lines `verify` prints under a file: one per signature, the core's
/// line as the app shows it, indented under the file.
pub fn signature_lines(sigs: &[SignatureSummary], lang: Lang) -> Vec<String> {
    sigs.iter()
        .map(|s| format!("  {}", jalga_core::audit::verdict::signature_line(s, lang)))
        .collect()
}
