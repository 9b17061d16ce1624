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

/// A citizen of Kazakhstan (identified by IIN) or a foreigner (by passport).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum PersonKind {
    Citizen,
    Foreigner,
}

/// An owner is a person (IIN) or a company (BIN).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum OwnerKind {
    Person,
    Company,
}

/// The language a lease is drawn up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[ts(export)]
pub enum LeaseLanguage {
    #[serde(rename = "kk")]
    Kk,
    #[serde(rename = "ru")]
    Ru,
    #[serde(rename = "kk+ru")]
    KkRu,
}

/// Where a foreigner-arrival notice is: draft → sent → confirmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum NoticeStatus {
    Draft,
    Sent,
    Confirmed,
}

mod entities;
pub mod iban;
pub mod validate;

pub use entities::{ForeignerNotice, Lease, Occupant, Owner, Person, Property, Registration};
pub use validate::{validate_record, Violation};

/// The text form of the small enums, as stored in SQLite and written in CSV:
/// the same strings as their serde form.
pub trait Code: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn code(self) -> &'static str;
    fn from_code(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.code() == s)
    }
}

macro_rules! codes {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl Code for $t {
            const ALL: &'static [Self] = &[$(<$t>::$v),*];
            fn code(self) -> &'static str {
                match self { $(<$t>::$v => $s),* }
            }
        }
    };
}

codes!(Relation { Tenant => "tenant", Spouse => "spouse", Child => "child", Parent => "parent",
    Sibling => "sibling", OtherRelative => "other-relative", Unrelated => "unrelated" });
codes!(AreaBasis { Useful => "useful", Living => "living" });
codes!(RegistrationKind { Permanent => "permanent", Temporary => "temporary" });
codes!(RegistrationStatus { Draft => "draft", Submitted => "submitted", Registered => "registered", Ended => "ended" });
codes!(PersonKind { Citizen => "citizen", Foreigner => "foreigner" });
codes!(OwnerKind { Person => "person", Company => "company" });
codes!(LeaseLanguage { Kk => "kk", Ru => "ru", KkRu => "kk+ru" });
codes!(NoticeStatus { Draft => "draft", Sent => "sent", Confirmed => "confirmed" });
codes!(crate::ident::Sex { Male => "male", Female => "female" });
