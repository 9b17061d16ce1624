//! Throwaway databases on a server, for the tests and the benchmarks: each
//! run gets its own database, dropped when it is done, so runs side by side
//! never see each other's records.

use std::sync::atomic::{AtomicU32, Ordering};

use postgres::{Client, NoTls};

use super::pg_error;
use crate::CoreError;

/// The variable that names the test server (`scripts/pg-cluster.sh`).
pub const TEST_URL_VAR: &str = "JALGA_TEST_PG_URL";

/// The test server's URL. Unset: `None`, and the reason is printed so a
/// skipped test says why; but with `JALGA_REQUIRE_TOOLS` set (as
/// `scripts/test.sh` sets it) a missing server is a failure.
pub fn test_server(test: &str) -> Option<String> {
    match std::env::var(TEST_URL_VAR) {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            assert!(
                std::env::var_os("JALGA_REQUIRE_TOOLS").is_none(),
                "{test}: {TEST_URL_VAR} is not set and JALGA_REQUIRE_TOOLS is: \
                 start a server with scripts/pg-cluster.sh"
            );
            eprintln!("{test}: skipped on PostgreSQL: {TEST_URL_VAR} is not set");
            None
        }
    }
}

/// A database created for one run; dropped (with any session still on it)
/// when this value is.
pub struct ScratchDb {
    admin_url: String,
    name: String,
    url: String,
}

static SERIAL: AtomicU32 = AtomicU32::new(0);

/// `url` with its database replaced by `db`.
fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let server = match base.find("://").map(|i| i + 3) {
        Some(start) => match base[start..].find('/') {
            Some(slash) => &base[..start + slash],
            None => base,
        },
        None => base,
    };
    format!("{server}/{db}{query}")
}

impl ScratchDb {
    /// Creates an empty database on the server at `admin_url` (whose user
    /// may create databases).
    pub fn create(admin_url: &str) -> Result<ScratchDb, CoreError> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "jalga_scratch_{}_{}_{nanos}",
            std::process::id(),
            SERIAL.fetch_add(1, Ordering::Relaxed)
        );
        let mut admin = Client::connect(admin_url, NoTls).map_err(|e| pg_error(admin_url, e))?;
        // The name is made here from numbers, never from input.
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .map_err(|e| pg_error(admin_url, e))?;
        Ok(ScratchDb {
            admin_url: admin_url.to_owned(),
            url: with_database(admin_url, &name),
            name,
        })
    }

    /// A database an earlier run kept ([`ScratchDb::keep`]), dropped when
    /// this value is, unless kept again. `None` unless `name` is one this
    /// module makes (letters, digits, `_`) and the server has it.
    pub fn reopen(admin_url: &str, name: &str) -> Result<Option<ScratchDb>, CoreError> {
        if !name.starts_with("jalga_scratch_")
            || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return Ok(None);
        }
        let mut admin = Client::connect(admin_url, NoTls).map_err(|e| pg_error(admin_url, e))?;
        let there: bool = admin
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)",
                &[&name],
            )
            .map_err(|e| pg_error(admin_url, e))?
            .get(0);
        Ok(there.then(|| ScratchDb {
            admin_url: admin_url.to_owned(),
            url: with_database(admin_url, name),
            name: name.to_owned(),
        }))
    }

    /// Leaves the database on the server (for a later run to
    /// [`ScratchDb::reopen`]) and returns its name.
    pub fn keep(self) -> String {
        let this = std::mem::ManuallyDrop::new(self);
        this.name.clone()
    }

    /// The database's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The URL of the new database.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The URL of the server's administrative database.
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }
}

impl Drop for ScratchDb {
    fn drop(&mut self) {
        if let Ok(mut admin) = Client::connect(&self.admin_url, NoTls) {
            let _ = admin.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                self.name
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_gets_another_database() {
        assert_eq!(
            super::with_database("postgres://postgres@127.0.0.1:5544/postgres", "x1"),
            "postgres://postgres@127.0.0.1:5544/x1"
        );
        assert_eq!(
            super::with_database("postgres://u@h/db?sslmode=disable", "x2"),
            "postgres://u@h/x2?sslmode=disable"
        );
        assert_eq!(
            super::with_database("postgres://u@h", "x3"),
            "postgres://u@h/x3"
        );
    }
}
