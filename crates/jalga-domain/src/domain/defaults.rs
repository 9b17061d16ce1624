//! Defaults, so that a record written in code names what it knows and
//! leaves the rest to `..Default::default()`: every optional part is
//! `None`, a number 0, a text empty. The required codes default to their
//! first variant and a date to 1970-01-01 only so that the derive exists: a
//! literal always sets them (validation refuses an empty id or name).

use super::{LeaseLanguage, PersonKind, RegistrationKind, RegistrationStatus};
use crate::ident::Sex;

macro_rules! first_variant_default {
    ($($t:ty => $v:expr),* $(,)?) => {
        $(impl Default for $t {
            fn default() -> Self {
                $v
            }
        })*
    };
}

first_variant_default!(
    PersonKind => PersonKind::Citizen,
    Sex => Sex::Male,
    LeaseLanguage => LeaseLanguage::Kk,
    RegistrationKind => RegistrationKind::Permanent,
    RegistrationStatus => RegistrationStatus::Draft,
);

#[cfg(test)]
mod tests {
    use crate::domain::{Lease, Person, Registration};

    /// A record left to its defaults has none of its optional parts.
    #[test]
    fn the_optional_parts_default_to_none() {
        let p = Person::default();
        assert!(p.iin.is_none() && p.patronymic.is_none() && p.visa_valid_to.is_none());
        let l = Lease::default();
        assert!(l.end_date.is_none() && l.bank_iban.is_none() && l.prevailing_language.is_none());
        assert_eq!((l.rent, l.deposit), (0, 0));
        let r = Registration::default();
        assert!(r.lease_id.is_none() && r.submitted_on.is_none() && r.signing_phone.is_none());
    }
}
