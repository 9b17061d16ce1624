//! The office server's store: the same records, change log and rules as
//! the embedded SQLite store, kept in a PostgreSQL database that several
//! clerks use at once (feature `postgres`).
//!
//! [`PgStore::open`] connects with a `postgres://USER@HOST:PORT/DB` URL;
//! the password never sits in a file: it comes from the URL the user typed
//! or from `JALGA_PG_PASSWORD`. The schema is migrated from
//! `assets/sql/postgres/` ([`schema`]); a server at a newer version is
//! refused before anything is written, as a newer SQLite file is.
//!
//! Records are written with the SQLite store's own column lists
//! ([`Entity`]): every value is sent as text and cast to the column's type
//! (`date`, `numeric`, `integer`, …) by the server, and read back as the
//! row's JSON, which the entity's serde form reads. Writes go through
//! [`PgStore::write`] (a [`PgUnit`]) or [`PgStore::transact`], which retries
//! a unit on a serialization failure or a deadlock; each unit first locks
//! the change log's head row, so clerks' writes follow each other in the
//! chain.

mod cells;
mod copy;
mod defer;
pub(crate) mod facts;
mod forget;
mod log;
mod own;
mod plug;
mod read;
pub mod schema;
pub mod scratch;
mod snapshot;
pub mod tls;
mod unit;

use std::collections::HashMap;

use postgres::{Client, Config, Statement};
use serde::de::DeserializeOwned;

/// The driver, for test suites that work on a server behind the store's
/// back (a tampered log, roles); only with the `test-raw` feature.
#[cfg(feature = "test-raw")]
#[doc(hidden)]
pub use postgres;

pub use forget::forget_person;
pub use log::{list as log_list, verify as log_verify};
pub(crate) use snapshot::PgReader;
pub use snapshot::{SETTINGS as AUDIT_SETTINGS, WORK_MEM as AUDIT_WORK_MEM};
pub use unit::PgUnit;

use crate::{CoreError, DbFailure, Entity, OpenOptions, StoreSummary};

/// The environment variable a clerk's password may come from.
pub const PASSWORD_VAR: &str = "JALGA_PG_PASSWORD";

/// Whether `db` names an office server rather than a file.
pub fn is_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// A store on a PostgreSQL server.
pub struct PgStore {
    client: Client,
    /// The server as errors name it: the URL without its password.
    name: String,
    actor: String,
    /// Each column's type, by table: what a sent text is cast to.
    types: HashMap<(String, String), String>,
    statements: HashMap<String, Statement>,
    /// How this store connected (with the password), so that the audit's
    /// readers connect the same way ([`PgStore::connect_again`]).
    config: Config,
    /// The TLS mode and connector the first connection used.
    tls: tls::Plan,
}

/// A driver error as the core's store error about `name`; a serialization
/// failure or a deadlock counts as busy (nothing was written, try again).
pub(crate) fn pg_error(name: &str, e: postgres::Error) -> CoreError {
    let busy = unit::retryable(&e);
    CoreError::Store {
        path: name.to_owned(),
        source: DbFailure::new(busy, e),
    }
}

/// A server URL as messages name it: without its password.
pub fn server_label(url: &str) -> String {
    url.parse::<Config>()
        .map_or_else(|_| "postgres://…".to_owned(), |c| display_name(&c))
}

/// The URL without its password, for messages.
fn display_name(config: &Config) -> String {
    let user = config.get_user().unwrap_or("");
    let host = config
        .get_hosts()
        .first()
        .map(|h| match h {
            postgres::config::Host::Tcp(h) => h.clone(),
            #[cfg(unix)]
            postgres::config::Host::Unix(p) => p.display().to_string(),
        })
        .unwrap_or_default();
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let db = config.get_dbname().unwrap_or("");
    format!("postgres://{user}@{host}:{port}/{db}")
}

impl PgStore {
    /// Connects to the server at `url` and migrates its schema.
    pub fn open(url: &str, options: &OpenOptions) -> Result<PgStore, CoreError> {
        PgStore::open_as(url, options, None)
    }

    /// [`PgStore::open`] with a password given at unlock (kept in memory
    /// only); without one, the URL's or `JALGA_PG_PASSWORD`'s. A server that
    /// wants a password when there is none is [`CoreError::Locked`].
    pub(crate) fn open_as(
        url: &str,
        options: &OpenOptions,
        password: Option<&crate::Passphrase>,
    ) -> Result<PgStore, CoreError> {
        let asked = tls::asked(url)?;
        let mut config: Config = asked.url.parse().map_err(|e| CoreError::Store {
            path: "postgres://…".to_owned(),
            source: DbFailure::new(false, e),
        })?;
        let name = display_name(&config);
        let plan = tls::plan(&mut config, &asked, &name)?;
        if let Some(p) = password {
            config.password(p.expose());
        } else if config.get_password().is_none() {
            if let Ok(password) = std::env::var(PASSWORD_VAR) {
                config.password(password);
            }
        }
        let none_given = config.get_password().is_none();
        config.application_name("jalga");
        let mut client = config.connect(plan.connector.clone()).map_err(|e| {
            match tls::connect_error(e, plan.mode, &name) {
                CoreError::Store { path, source }
                    if none_given && source.to_string().contains("password missing") =>
                {
                    CoreError::Locked { path }
                }
                other => other,
            }
        })?;
        schema::migrate(&mut client, &name)?;
        let types = schema::column_types(&mut client).map_err(|e| pg_error(&name, e))?;
        Ok(PgStore {
            client,
            name,
            actor: options
                .actor
                .clone()
                .unwrap_or_else(crate::change_log::default_actor),
            types,
            statements: HashMap::new(),
            config,
            tls: plan,
        })
    }

    /// One more connection to the same server as the same user, made as
    /// [`PgStore::open`] made this one (for the audit's parallel readers).
    pub(crate) fn connect_again(&self) -> Result<Client, CoreError> {
        self.config
            .connect(self.tls.connector.clone())
            .map_err(|e| tls::connect_error(e, self.tls.mode, &self.name))
    }

    /// The server as messages name it (no password).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Who the change log names for this session's writes.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    pub(crate) fn err(&self, e: postgres::Error) -> CoreError {
        pg_error(&self.name, e)
    }

    /// The schema version on the server.
    pub fn schema_version(&mut self) -> Result<u32, CoreError> {
        schema::version(&mut self.client)
            .map_err(|e| pg_error(&self.name, e))
            .map(|v| v.unwrap_or(0))
    }

    fn select_json<T: Entity + DeserializeOwned>(
        &mut self,
        filter: Option<&str>,
        value: Option<&str>,
    ) -> Result<Vec<T>, CoreError> {
        let sql = json_select_sql::<T>(filter)?;
        let statement = self.prepared(&sql)?;
        let rows = match value {
            Some(v) => self.client.query(&statement, &[&v]),
            None => self.client.query(&statement, &[]),
        }
        .map_err(|e| self.err(e))?;
        rows.iter()
            .map(|r| from_json::<T>(&self.name, r.get(0)))
            .collect()
    }

    /// `sql` prepared once per connection.
    fn prepared(&mut self, sql: &str) -> Result<Statement, CoreError> {
        if let Some(s) = self.statements.get(sql) {
            return Ok(s.clone());
        }
        let s = self
            .client
            .prepare(sql)
            .map_err(|e| pg_error(&self.name, e))?;
        self.statements.insert(sql.to_owned(), s.clone());
        Ok(s)
    }

    /// Whether a record of `T` with this id exists.
    pub fn exists<T: Entity>(&mut self, id: &str) -> Result<bool, CoreError> {
        let sql = format!(
            "SELECT EXISTS (SELECT 1 FROM {} WHERE {} = $1)",
            T::TABLE,
            T::COLUMNS[0]
        );
        let statement = self.prepared(&sql)?;
        let row = self
            .client
            .query_one(&statement, &[&id])
            .map_err(|e| pg_error(&self.name, e))?;
        Ok(row.get(0))
    }

    /// All records of one kind, ordered by key as SQLite orders them
    /// (bytewise).
    pub fn list<T: Entity + DeserializeOwned>(&mut self) -> Result<Vec<T>, CoreError> {
        self.select_json(None, None)
    }

    /// One record by id, if present.
    pub fn get<T: Entity + DeserializeOwned>(&mut self, id: &str) -> Result<Option<T>, CoreError> {
        Ok(self
            .select_json::<T>(Some(T::COLUMNS[0]), Some(id))?
            .into_iter()
            .next())
    }

    /// Records whose `column` (one of `T::COLUMNS`) equals `value`.
    pub fn list_where<T: Entity + DeserializeOwned>(
        &mut self,
        column: &str,
        value: &str,
    ) -> Result<Vec<T>, CoreError> {
        self.select_json(Some(column), Some(value))
    }

    /// How many records of one kind.
    pub fn count<T: Entity>(&mut self) -> Result<u64, CoreError> {
        let sql = format!("SELECT count(*) FROM {}", T::TABLE);
        let n: i64 = self
            .client
            .query_one(&sql, &[])
            .map_err(|e| pg_error(&self.name, e))?
            .get(0);
        Ok(n as u64)
    }

    /// How much the server holds, as [`crate::Store::summary`] says it.
    pub fn summary(&mut self) -> Result<StoreSummary, CoreError> {
        use crate::domain::{Lease, Person, Property, Registration};
        Ok(StoreSummary {
            schema_version: self.schema_version()?,
            dwellings: self.count::<Property>()?,
            people: self.count::<Person>()?,
            leases: self.count::<Lease>()?,
            registrations: self.count::<Registration>()?,
        })
    }

    /// The connection, for this crate's own SQL (the log, forgetting).
    pub(crate) fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}

/// Every record of `T` as its row's JSON, ordered by key as SQLite orders
/// them (bytewise); with `filter` (one of `T::COLUMNS`, else not found),
/// only those whose column's text is `$1`.
fn json_select_sql<T: Entity>(filter: Option<&str>) -> Result<String, CoreError> {
    let filter = match filter {
        None => String::new(),
        Some(column) => match T::COLUMNS.iter().find(|c| **c == column) {
            Some(c) => format!(" WHERE {c}::text = $1"),
            None => {
                return Err(CoreError::NotFound {
                    kind: "column".into(),
                    id: column.into(),
                })
            }
        },
    };
    let order: Vec<String> = T::COLUMNS[..T::KEY_LEN]
        .iter()
        .map(|c| format!("x.{c} COLLATE \"C\""))
        .collect();
    Ok(format!(
        "SELECT to_json(x)::text FROM (SELECT {} FROM {}{filter}) x ORDER BY {}",
        T::COLUMNS.join(", "),
        T::TABLE,
        order.join(", ")
    ))
}

fn from_json<T: DeserializeOwned>(name: &str, text: &str) -> Result<T, CoreError> {
    serde_json::from_str(text).map_err(|e| CoreError::Store {
        path: name.to_owned(),
        source: DbFailure::new(false, e),
    })
}

/// A record's values as the texts a statement sends, each cast by the
/// server to its column's type.
pub(crate) fn texts(values: Vec<rusqlite::types::Value>) -> Vec<Option<String>> {
    use rusqlite::types::Value;
    values
        .into_iter()
        .map(|v| match v {
            Value::Null => None,
            Value::Integer(i) => Some(i.to_string()),
            // Rust prints the shortest text that reads back as the same
            // f64; `numeric` keeps it exactly.
            Value::Real(f) => Some(f.to_string()),
            Value::Text(s) => Some(s),
            Value::Blob(b) => Some(data_encoding::HEXLOWER.encode(&b)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_is_told_from_a_file() {
        assert!(super::is_url("postgres://clerk@db.office:5432/jalga"));
        assert!(super::is_url("postgresql://clerk@db/jalga"));
        assert!(!super::is_url("/home/me/jalga.sqlite3"));
        assert!(!super::is_url("postgres.sqlite3"));
    }

    #[test]
    fn messages_name_the_server_without_its_password() {
        let config: postgres::Config = "postgres://clerk:s3cret@db.office:6543/jalga"
            .parse()
            .unwrap();
        let name = super::display_name(&config);
        assert_eq!(name, "postgres://clerk@db.office:6543/jalga");
        assert!(!name.contains("s3cret"));
    }
}
