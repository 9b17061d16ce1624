//! The app's "Office server" setting: the server's address and the clerk's
//! login role on it, kept in the data folder (`office-server.json`). When
//! set, the app opens the server's store instead of its local file.
//!
//! The password is never written anywhere: it comes from
//! `JALGA_PG_PASSWORD` or is asked at unlock and kept in memory only (a
//! [`Passphrase`], wiped when dropped). An address that carries a password
//! is refused when saved, so the settings file cannot hold one.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::CoreError;
use crate::i18n::Message;
use crate::store::Passphrase;

/// The settings file in the data folder.
pub const SETTINGS_FILE: &str = "office-server.json";

/// Where the office's server is and who the clerk is on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct OfficeServer {
    /// `postgres://HOST:PORT/DB`, with `sslmode` and `sslrootcert` if
    /// needed; no password.
    pub url: String,
    /// The clerk's login role on the server (a member of `jalga_clerk` or
    /// `jalga_supervisor`); it replaces any user in the address.
    pub role: String,
}

fn invalid(field: &str, message: Message) -> CoreError {
    CoreError::Invalid {
        field: field.into(),
        message,
    }
}

/// The address split at its user part: (scheme, user info, the rest).
fn split(url: &str) -> Option<(&str, Option<&str>, &str)> {
    let scheme_end = url.find("://")? + 3;
    let (scheme, after) = url.split_at(scheme_end);
    let authority_end = after.find(['/', '?']).unwrap_or(after.len());
    match after[..authority_end].rfind('@') {
        Some(at) => Some((scheme, Some(&after[..at]), &after[at + 1..])),
        None => Some((scheme, None, after)),
    }
}

/// `text` with every byte outside the unreserved set percent-encoded.
fn encoded(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl OfficeServer {
    /// The setting as typed, checked: a server address without a password
    /// and a login role.
    pub fn checked(url: &str, role: &str) -> Result<OfficeServer, CoreError> {
        let (url, role) = (url.trim(), role.trim());
        let is_server = url.starts_with("postgres://") || url.starts_with("postgresql://");
        let Some((_, user, rest)) = split(url).filter(|_| is_server) else {
            return Err(invalid("url", Message::new("office-url-invalid")));
        };
        if rest.is_empty() || rest.starts_with(['/', '?']) {
            return Err(invalid("url", Message::new("office-url-invalid")));
        }
        if user.is_some_and(|u| u.contains(':')) {
            return Err(invalid("url", Message::new("office-url-has-password")));
        }
        if role.is_empty() || role.chars().any(char::is_control) {
            return Err(invalid("role", Message::new("office-role-needed")));
        }
        Ok(OfficeServer {
            url: url.to_owned(),
            role: role.to_owned(),
        })
    }

    /// The address to connect with: the role as its user (the password is
    /// given to the store apart, never put in a text).
    pub fn connection_url(&self) -> Result<String, CoreError> {
        let checked = OfficeServer::checked(&self.url, &self.role)?;
        let (scheme, _, rest) = split(&checked.url)
            .ok_or_else(|| invalid("url", Message::new("office-url-invalid")))?;
        Ok(format!("{scheme}{}@{rest}", encoded(&checked.role)))
    }
}

/// The settings file in `dir`.
pub fn settings_path(dir: &Path) -> PathBuf {
    dir.join(SETTINGS_FILE)
}

/// The setting saved in `dir`, if any.
pub fn load(dir: &Path) -> Result<Option<OfficeServer>, CoreError> {
    let path = settings_path(dir);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(CoreError::io(&path, e)),
    };
    let found: OfficeServer = serde_json::from_slice(&bytes)
        .map_err(|e| CoreError::io(&path, std::io::Error::other(e)))?;
    // A file edited by hand is held to the same rule as the form.
    OfficeServer::checked(&found.url, &found.role).map(Some)
}

/// Saves the setting in `dir` (checked first), or removes it (`None`: the
/// app opens its local file again).
pub fn save(dir: &Path, server: Option<&OfficeServer>) -> Result<(), CoreError> {
    let path = settings_path(dir);
    match server {
        Some(s) => {
            let s = OfficeServer::checked(&s.url, &s.role)?;
            let text = serde_json::to_vec_pretty(&s)
                .map_err(|e| CoreError::io(&path, std::io::Error::other(e)))?;
            std::fs::create_dir_all(dir).map_err(|e| CoreError::io(dir, e))?;
            std::fs::write(&path, text).map_err(|e| CoreError::io(&path, e))
        }
        None => match std::fs::remove_file(&path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(CoreError::io(&path, e)),
            _ => Ok(()),
        },
    }
}

/// Opens the server's store as the clerk, with the `password` given at
/// unlock, else `JALGA_PG_PASSWORD`; a server that wants a password when
/// neither is there is [`CoreError::Locked`], as a locked file is, so the
/// app asks for it.
#[cfg(feature = "postgres")]
pub fn open(
    server: &OfficeServer,
    password: Option<&Passphrase>,
) -> Result<crate::Store, CoreError> {
    let options = crate::store::OpenOptions {
        passphrase: None,
        actor: Some(server.role.clone()),
    };
    crate::Store::open_server_as(&server.connection_url()?, password, &options)
}

/// Without the server backend in this build, a set server is an error.
#[cfg(not(feature = "postgres"))]
pub fn open(
    _server: &OfficeServer,
    _password: Option<&Passphrase>,
) -> Result<crate::Store, CoreError> {
    Err(invalid("url", Message::new("server-not-built")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_checked_and_never_holds_a_password() {
        // (url, role, the field refused, if any)
        let cases = [
            ("postgres://db.office:5432/jalga", "clerk_yesil", None),
            (
                "postgresql://db.office/jalga?sslmode=verify-full&sslrootcert=/etc/ca.crt",
                "c",
                None,
            ),
            ("postgres://someone@db.office/jalga", "clerk_yesil", None),
            (
                "postgres://someone:s3cret@db.office/jalga",
                "clerk_yesil",
                Some("url"),
            ),
            ("/home/clerk/jalga.sqlite3", "clerk_yesil", Some("url")),
            ("postgres:///jalga", "clerk_yesil", Some("url")),
            ("postgres://db.office/jalga", "  ", Some("role")),
        ];
        for (url, role, refused) in cases {
            let got = OfficeServer::checked(url, role);
            assert_eq!(got.as_ref().err().and_then(|e| e.field()), refused, "{url}");
        }
    }

    #[test]
    fn the_connection_address_has_the_role_as_its_user() {
        let s = OfficeServer::checked(
            "postgres://old@db.office:5432/jalga?sslmode=require",
            "айгерім",
        )
        .unwrap();
        assert_eq!(
            s.connection_url().unwrap(),
            "postgres://%D0%B0%D0%B9%D0%B3%D0%B5%D1%80%D1%96%D0%BC@db.office:5432/jalga?sslmode=require"
        );
    }

    #[test]
    fn the_settings_file_holds_the_address_and_the_role_and_no_password() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).unwrap(), None);
        let s = OfficeServer::checked("postgres://db.office/jalga", "clerk_yesil").unwrap();
        save(dir.path(), Some(&s)).unwrap();
        assert_eq!(load(dir.path()).unwrap(), Some(s.clone()));
        let refused = OfficeServer {
            url: "postgres://clerk:hunter2@db.office/jalga".into(),
            role: "clerk".into(),
        };
        assert!(save(dir.path(), Some(&refused)).is_err());
        let text = std::fs::read_to_string(settings_path(dir.path())).unwrap();
        assert!(!text.contains("hunter2"), "{text}");
        assert!(text.contains("clerk_yesil"));
        save(dir.path(), None).unwrap();
        assert_eq!(load(dir.path()).unwrap(), None);
    }
}
