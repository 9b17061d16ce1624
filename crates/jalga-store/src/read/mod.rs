//! The typed reads of the app's screens and exports, grouped per aggregate.
//! Each is a [`Store`] method that takes and returns plain Rust values: the
//! SQL, its dialect and the driver stay in this crate.

mod dwellings;
mod leases;
pub(crate) mod page;
mod people;
mod references;
mod registrations;

pub use dwellings::DwellingListRow;
pub use leases::LeaseListRow;
pub use people::PersonListRow;
pub use references::ReferenceCounts;

use crate::{repo, CoreError, Entity, Store};

/// Where a page of a list begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageFrom<'a> {
    /// After skipping this many rows.
    Offset(u32),
    /// Right after the row whose sort key is this, in the list's order
    /// (see each list); from the first row when `None`. Paging by key
    /// reads only the page, whatever its depth.
    After(Option<&'a [&'a str]>),
}

impl PageFrom<'_> {
    /// The offset a page reports (0 when paging by key).
    pub fn offset(&self) -> u32 {
        match self {
            PageFrom::Offset(n) => *n,
            PageFrom::After(_) => 0,
        }
    }
}

/// A page of a list and how many rows match in all.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPage<T> {
    pub total: u32,
    pub rows: Vec<T>,
}

/// The `LIKE` pattern that finds `text` anywhere in a folded search text,
/// its wildcards escaped (with `\`).
pub(crate) fn contains_pattern(text: &str) -> String {
    let mut out = String::from("%");
    for c in crate::fold(text).trim().chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('%');
    out
}

impl Store {
    /// Whether a record of kind `T` with this id exists.
    pub fn exists<T: Entity>(&self, id: &str) -> Result<bool, CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.exists::<T>(id);
        }
        repo::exists::<T>(self.conn(), id).map_err(|e| self.err(e))
    }
}
