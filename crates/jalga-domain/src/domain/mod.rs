//! The domain's shared vocabulary. Entities (dwellings, people, leases,
//! registrations) live in submodules; these small enums are used by the
//! store, the rules and the documents alike.

crate::code_enum! {
    "kebab-case",
    /// How an occupant is related to the tenant on a lease. Area norms exempt
    /// some of these (e.g. spouses and children living together).
    #[derive(PartialOrd, Ord)]
    pub enum Relation {
        Tenant,
        Spouse,
        Child,
        Parent,
        Sibling,
        Grandparent,
        Grandchild,
        OtherRelative,
        Unrelated,
    }
}

impl Relation {
    pub const ALL: [Relation; 9] = [
        Relation::Tenant,
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::Grandparent,
        Relation::Grandchild,
        Relation::OtherRelative,
        Relation::Unrelated,
    ];
}

crate::code_enum! {
    "lowercase",
    /// Which area of a dwelling a norm counts.
    pub enum AreaBasis {
        /// Полезная площадь: the total less balconies, loggias and the like.
        Useful,
        /// Жилая площадь: the rooms only.
        Living,
    }
}

crate::code_enum! {
    "lowercase",
    /// Permanent or temporary residence registration.
    pub enum RegistrationKind {
        Permanent,
        Temporary,
    }
}

crate::code_enum! {
    "lowercase",
    /// Where a registration is in its life: draft → submitted → registered → ended.
    pub enum RegistrationStatus {
        Draft,
        Submitted,
        Registered,
        Ended,
    }
}

crate::code_enum! {
    "lowercase",
    /// A citizen of Kazakhstan (identified by IIN) or a foreigner (by passport).
    pub enum PersonKind {
        Citizen,
        Foreigner,
    }
}

crate::code_enum! {
    "lowercase",
    /// An owner is a person (IIN) or a company (BIN).
    pub enum OwnerKind {
        Person,
        Company,
    }
}

crate::code_enum! {
    "lowercase",
    /// The language a lease is drawn up in.
    pub enum LeaseLanguage {
        #[serde(rename = "kk")]
        Kk,
        #[serde(rename = "ru")]
        Ru,
        #[serde(rename = "kk+ru")]
        #[strum(serialize = "kk+ru")]
        KkRu,
    }
}

crate::code_enum! {
    "lowercase",
    /// Where a foreigner-arrival notice is: draft → sent → confirmed.
    pub enum NoticeStatus {
        Draft,
        Sent,
        Confirmed,
    }
}

crate::code_enum! {
    "kebab-case",
    /// How the rent is paid.
    pub enum PaymentMethod {
        /// To the landlord's bank account (the lease then needs its IBAN).
        BankTransfer,
        Cash,
    }
}

crate::code_enum! {
    "lowercase",
    /// How a registrant signs their eGov application: with an electronic
    /// digital signature, or a one-time code sent to a phone registered in
    /// the mobile citizens' database (БМГ).
    pub enum SigningMethod {
        Eds,
        Sms,
    }
}

crate::code_enum! {
    "lowercase",
    /// Why a person registers at a dwelling, as eGov asks it.
    pub enum RegistrationReason {
        /// Living there under a lease.
        Lease,
        /// Living with family.
        Family,
        Work,
        Study,
        Medical,
        Other,
    }
}

crate::code_enum! {
    "lowercase",
    /// A foreigner's purpose of stay, as a fixed category (the host's notice
    /// and the migration card ask for one of these, not free text).
    pub enum StayPurpose {
        Private,
        Business,
        Tourism,
        Study,
        Work,
        Medical,
        Family,
        Transit,
        Other,
    }
}

impl StayPurpose {
    /// The category a purpose written as free text (by an older Jalga, in
    /// Kazakh, Russian or English) falls in; what matches none is `Other`.
    /// The schema migration `0006-documents.sql` applies the same word list.
    pub fn from_legacy(text: &str) -> StayPurpose {
        let t = text.trim().to_lowercase();
        if let Some(p) = StayPurpose::from_code(&t) {
            return p;
        }
        // First match wins, in this order: "трудовая деятельность" is work,
        // "деловая поездка" business, "частная поездка" private.
        const WORDS: &[(StayPurpose, &[&str])] = &[
            (
                StayPurpose::Work,
                &["работ", "труд", "жұмыс", "еңбек", "work", "employ", "labo"],
            ),
            (
                StayPurpose::Study,
                &["учёб", "учеб", "обуч", "оқу", "study", "educat", "student"],
            ),
            (
                StayPurpose::Business,
                &["делов", "бизнес", "іскер", "business"],
            ),
            (StayPurpose::Tourism, &["тури", "tour"]),
            (
                StayPurpose::Medical,
                &["лечен", "медиц", "емдел", "medic", "treatment"],
            ),
            (
                StayPurpose::Family,
                &["семь", "родств", "отбас", "туыс", "family", "relative"],
            ),
            (StayPurpose::Transit, &["транзит", "transit"]),
            (StayPurpose::Private, &["частн", "жеке", "private", "visit"]),
        ];
        WORDS
            .iter()
            .find(|(_, words)| words.iter().any(|w| t.contains(w)))
            .map_or(StayPurpose::Other, |(p, _)| *p)
    }
}

crate::code_enum! {
    "lowercase",
    /// The text that prevails in a bilingual (kk+ru) agreement.
    pub enum PrevailingLanguage {
        Kk,
        Ru,
    }
}

mod defaults;
mod entities;
pub mod iban;
pub mod on_day;
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

/// The codes are derived (`strum`, with the same case rule as serde), not
/// written out: `domain::tests::codes_are_the_serde_form` holds the two
/// together.
macro_rules! codes {
    ($($t:ty),* $(,)?) => {
        $(impl Code for $t {
            const ALL: &'static [Self] = <$t as strum::VariantArray>::VARIANTS;
            fn code(self) -> &'static str {
                self.into()
            }
        })*
    };
}

codes!(
    Relation,
    AreaBasis,
    RegistrationKind,
    RegistrationStatus,
    PersonKind,
    OwnerKind,
    LeaseLanguage,
    NoticeStatus,
    PaymentMethod,
    SigningMethod,
    StayPurpose,
    RegistrationReason,
    PrevailingLanguage,
    crate::ident::Sex,
);

mod handover;
pub use handover::{
    Handover, HandoverDirection, InventoryLine, KeyLine, MeterKind, MeterLine, MAX_INVENTORY,
    MAX_KEY_SETS, MAX_METERS,
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    fn same<T: Code + Serialize + std::fmt::Debug>() -> usize {
        for v in T::ALL {
            let serde = serde_json::to_value(v).unwrap();
            assert_eq!(serde.as_str(), Some(v.code()), "{v:?}");
            assert_eq!(T::from_code(v.code()).map(|x| x.code()), Some(v.code()));
        }
        assert!(T::from_code("no-such-code").is_none());
        T::ALL.len()
    }

    #[test]
    fn codes_are_the_serde_form() {
        let n = same::<Relation>()
            + same::<AreaBasis>()
            + same::<RegistrationKind>()
            + same::<RegistrationStatus>()
            + same::<PersonKind>()
            + same::<OwnerKind>()
            + same::<LeaseLanguage>()
            + same::<NoticeStatus>()
            + same::<PaymentMethod>()
            + same::<SigningMethod>()
            + same::<StayPurpose>()
            + same::<RegistrationReason>()
            + same::<PrevailingLanguage>()
            + same::<HandoverDirection>()
            + same::<MeterKind>()
            + same::<crate::ident::Sex>();
        assert_eq!(
            n,
            9 + 2 + 2 + 4 + 2 + 2 + 3 + 3 + 2 + 2 + 9 + 6 + 2 + 2 + 2 + 5
        );
    }
}
