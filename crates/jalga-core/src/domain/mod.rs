//! The domain's shared vocabulary. Entities (dwellings, people, leases,
//! registrations) live in submodules; these small enums are used by the
//! store, the rules and the documents alike.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How an occupant is related to the tenant on a lease. Area norms exempt
/// some of these (e.g. spouses and children living together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum Relation {
    Tenant,
    Spouse,
    Child,
    Parent,
    Sibling,
    OtherRelative,
    Unrelated,
}

impl Relation {
    pub const ALL: [Relation; 7] = [
        Relation::Tenant,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::OtherRelative,
        Relation::Unrelated,
    ];
}

/// Which area of a dwelling a norm counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum AreaBasis {
    /// Полезная площадь: the total less balconies, loggias and the like.
    Useful,
    /// Жилая площадь: the rooms only.
    Living,
}

/// Permanent or temporary residence registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum RegistrationKind {
    Permanent,
    Temporary,
}

/// Where a registration is in its life: draft → submitted → registered → ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum RegistrationStatus {
    Draft,
    Submitted,
    Registered,
    Ended,
}
