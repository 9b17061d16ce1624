//! How the connection to the office server is protected: `sslmode` and
//! `sslrootcert` in the URL, read as libpq reads them, over the OpenSSL the
//! build already vendors.
//!
//! | `sslmode`     | encrypted | the server's certificate checked          |
//! |---------------|-----------|-------------------------------------------|
//! | `disable`     | no        | —                                          |
//! | `allow`, `prefer` | if the server offers it (on this machine only) | no |
//! | `require`     | yes       | no                                         |
//! | `verify-ca`   | yes       | signed by the CA in `sslrootcert`          |
//! | `verify-full` | yes       | that, and it names the host of the URL     |
//!
//! Without `sslmode`, a server on this machine (`localhost`, a loopback
//! address, a Unix socket) is `prefer` and any other is `require`: Jalga
//! never sends a password or a record to another machine in plain text
//! unless the URL says `sslmode=disable` in so many words (`allow` and
//! `prefer` count as `require` there). `verify-*` without `sslrootcert`
//! reads `~/.postgresql/root.crt` (`%APPDATA%\postgresql\root.crt` on
//! Windows), as libpq does.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use openssl::ssl::{SslConnector, SslMethod, SslVerifyMode};
use postgres::config::{Host, SslMode};
use postgres::Config;
use postgres_openssl::MakeTlsConnector;

use crate::i18n::Message;
use crate::CoreError;

/// The `sslmode`s Jalga knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl Mode {
    fn parse(text: &str) -> Option<Mode> {
        Some(match text {
            "disable" => Mode::Disable,
            "allow" | "prefer" => Mode::Prefer,
            "require" => Mode::Require,
            "verify-ca" => Mode::VerifyCa,
            "verify-full" => Mode::VerifyFull,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Mode::Disable => "disable",
            Mode::Prefer => "prefer",
            Mode::Require => "require",
            Mode::VerifyCa => "verify-ca",
            Mode::VerifyFull => "verify-full",
        }
    }

    /// Whether the connection must be encrypted (no plain-text fallback).
    pub fn encrypted(self) -> bool {
        matches!(self, Mode::Require | Mode::VerifyCa | Mode::VerifyFull)
    }
}

/// What a URL asks for, once `sslmode` and `sslrootcert` are taken out of
/// it (the driver itself knows only `disable`, `prefer` and `require`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    /// The URL without the two.
    pub url: String,
    pub mode: Option<Mode>,
    pub root: Option<PathBuf>,
}

fn invalid(message: Message) -> CoreError {
    CoreError::Invalid {
        field: "db".into(),
        message,
    }
}

/// `%XX` in a URL's query value as the byte it stands for.
fn percent_decoded(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Takes `sslmode` and `sslrootcert` out of `url`'s query.
pub fn asked(url: &str) -> Result<Asked, CoreError> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok(Asked {
            url: url.to_owned(),
            mode: None,
            root: None,
        });
    };
    let (mut mode, mut root, mut rest) = (None, None, Vec::new());
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "sslmode" => {
                let value = percent_decoded(value);
                mode = Some(Mode::parse(&value).ok_or_else(|| {
                    invalid(Message::new("server-tls-bad-mode").arg("mode", value))
                })?);
            }
            "sslrootcert" => root = Some(PathBuf::from(percent_decoded(value))),
            _ => rest.push(pair),
        }
    }
    let url = if rest.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", rest.join("&"))
    };
    Ok(Asked { url, mode, root })
}

/// Whether every host of `config` is this machine.
fn local(config: &Config) -> bool {
    config.get_hosts().iter().all(|h| match h {
        // A Unix socket (no such host on Windows).
        #[cfg(unix)]
        Host::Unix(_) => true,
        Host::Tcp(name) => {
            name.eq_ignore_ascii_case("localhost")
                || name
                    .trim_start_matches('[')
                    .trim_end_matches(']')
                    .parse::<IpAddr>()
                    .is_ok_and(|ip| ip.is_loopback())
        }
    })
}

/// The mode a connection uses: the one asked for, with the defaults and the
/// no-plain-text-to-another-machine rule of the module documentation.
pub fn effective(asked: Option<Mode>, local: bool) -> Mode {
    match (asked, local) {
        (Some(Mode::Prefer) | None, false) => Mode::Require,
        (None, true) => Mode::Prefer,
        (Some(m), _) => m,
    }
}

/// libpq's default CA file for the `verify-*` modes.
fn default_root() -> Option<PathBuf> {
    if cfg!(windows) {
        std::env::var_os("APPDATA").map(|d| Path::new(&d).join("postgresql").join("root.crt"))
    } else {
        std::env::var_os("HOME").map(|d| Path::new(&d).join(".postgresql").join("root.crt"))
    }
}

/// How to connect: the driver's configuration (its `sslmode` set) and the
/// TLS connector, from the URL as [`asked`] splits it.
pub struct Plan {
    pub mode: Mode,
    pub connector: MakeTlsConnector,
}

/// The plan for `config`, which was parsed from `asked.url`.
pub fn plan(config: &mut Config, asked: &Asked, server: &str) -> Result<Plan, CoreError> {
    let mode = effective(asked.mode, local(config));
    config.ssl_mode(match mode {
        Mode::Disable => SslMode::Disable,
        Mode::Prefer => SslMode::Prefer,
        _ => SslMode::Require,
    });
    let tls_error = |e: openssl::error::ErrorStack| {
        invalid(
            Message::new("server-tls-failed")
                .arg("server", server)
                .arg("detail", e.to_string()),
        )
    };
    let mut builder = SslConnector::builder(SslMethod::tls_client()).map_err(tls_error)?;
    let verify = matches!(mode, Mode::VerifyCa | Mode::VerifyFull);
    if verify {
        let root = asked.root.clone().or_else(default_root).unwrap_or_default();
        if !root.is_file() {
            return Err(invalid(
                Message::new("server-tls-no-root")
                    .arg("mode", mode.name())
                    .arg("path", root.display().to_string()),
            ));
        }
        builder.set_ca_file(&root).map_err(|e| {
            invalid(
                Message::new("server-tls-bad-root")
                    .arg("path", root.display().to_string())
                    .arg("detail", e.to_string()),
            )
        })?;
        builder.set_verify(SslVerifyMode::PEER);
    } else {
        // `require` and `prefer` encrypt without checking who answers, as
        // libpq's do.
        builder.set_verify(SslVerifyMode::NONE);
    }
    let mut connector = MakeTlsConnector::new(builder.build());
    let check_host = mode == Mode::VerifyFull;
    connector.set_callback(move |c, _| {
        c.set_verify_hostname(check_host);
        if !verify {
            c.set_verify(SslVerifyMode::NONE);
        }
        Ok(())
    });
    Ok(Plan { mode, connector })
}

/// A failed connection as the user should read it: a TLS failure says what
/// to do, in the user's language; anything else stays the driver's error.
pub fn connect_error(e: postgres::Error, mode: Mode, server: &str) -> CoreError {
    let text = e.to_string();
    if !text.starts_with("error performing TLS handshake") {
        return super::pg_error(server, e);
    }
    let id = if text.contains("server does not support TLS") {
        "server-tls-unsupported"
    } else {
        "server-tls-failed"
    };
    let detail = std::error::Error::source(&e).map_or(text.clone(), |s| s.to_string());
    invalid(
        Message::new(id)
            .arg("server", server)
            .arg("mode", mode.name())
            .arg("detail", detail),
    )
}

#[cfg(test)]
mod tests {
    use super::{asked, effective, Mode};

    #[test]
    fn the_mode_is_the_one_asked_and_plain_text_never_goes_to_another_machine() {
        // (asked, the server is on this machine, what is used)
        let cases = [
            (None, true, Mode::Prefer),
            (None, false, Mode::Require),
            (Some(Mode::Prefer), false, Mode::Require),
            (Some(Mode::Prefer), true, Mode::Prefer),
            (Some(Mode::Disable), false, Mode::Disable),
            (Some(Mode::Disable), true, Mode::Disable),
            (Some(Mode::Require), true, Mode::Require),
            (Some(Mode::VerifyCa), false, Mode::VerifyCa),
            (Some(Mode::VerifyFull), true, Mode::VerifyFull),
        ];
        for (asked, local, expected) in cases {
            assert_eq!(effective(asked, local), expected, "{asked:?} {local}");
        }
    }

    #[test]
    fn sslmode_and_sslrootcert_are_taken_out_of_the_url() {
        let a = asked(
            "postgres://clerk@db.office:5432/jalga?application_name=x&sslmode=verify-full&sslrootcert=C%3A%5Coffice%20ca.crt",
        )
        .unwrap();
        assert_eq!(
            a.url,
            "postgres://clerk@db.office:5432/jalga?application_name=x"
        );
        assert_eq!(a.mode, Some(Mode::VerifyFull));
        assert_eq!(a.root.unwrap().to_str(), Some("C:\\office ca.crt"));
        let plain = asked("postgres://clerk@db/jalga?sslmode=disable").unwrap();
        assert_eq!(plain.url, "postgres://clerk@db/jalga");
        assert_eq!(plain.mode, Some(Mode::Disable));
        let err = asked("postgres://clerk@db/jalga?sslmode=sometimes").unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert_eq!(err.field(), Some("db"));
    }

    #[test]
    fn a_remote_host_is_told_from_this_machine() {
        for (url, local) in [
            ("postgres://u@localhost/db", true),
            ("postgres://u@127.0.0.1:5433/db", true),
            ("postgres://u@[::1]/db", true),
            ("postgres://u@db.office/db", false),
            ("postgres://u@10.0.0.5/db", false),
        ] {
            let config: postgres::Config = url.parse().unwrap();
            assert_eq!(super::local(&config), local, "{url}");
        }
    }
}
