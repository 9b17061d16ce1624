//! How data is written in a document: dates, sums, areas, identities,
//! addresses, and the flat key → text map templates fill from.

use std::collections::BTreeMap;

use crate::domain::{RegistrationKind, Relation};
use crate::i18n::Lang;
use crate::template::{self, Template};
use crate::*;

pub(crate) fn date(d: chrono::NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// 150000 → "150 000" (thin grouping by a no-break space).
pub(crate) fn money(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

pub(crate) fn area(a: f64, lang: Lang) -> String {
    let s = format!("{}", (a * 100.0).round() / 100.0);
    if lang == Lang::En {
        s
    } else {
        s.replace('.', ",")
    }
}

pub(crate) fn relation_key(r: Relation) -> &'static str {
    match r {
        Relation::Tenant => "relation.tenant",
        Relation::Spouse => "relation.spouse",
        Relation::Child => "relation.child",
        Relation::Parent => "relation.parent",
        Relation::Sibling => "relation.sibling",
        Relation::Grandparent => "relation.grandparent",
        Relation::Grandchild => "relation.grandchild",
        Relation::OtherRelative => "relation.other-relative",
        Relation::Unrelated => "relation.unrelated",
    }
}

/// How a document names an occupant's relation to the tenant. Template
/// version 1 knew no grandparents or grandchildren: it says "relative".
pub(crate) fn relation_word(tpl: &template::Template, r: Relation) -> String {
    tpl.word_or(relation_key(r), "relation.other-relative")
}

pub(crate) fn party_id(p: &Party, tpl: &Template) -> String {
    let mut parts = Vec::new();
    if let Some(i) = &p.iin {
        parts.push(format!("{} {i}", tpl.word("label.iin")));
    }
    if let Some(b) = &p.bin {
        parts.push(format!("{} {b}", tpl.word("label.bin")));
    }
    if let Some(d) = &p.id_document {
        parts.push(d.clone());
    }
    if let Some(pp) = &p.passport {
        parts.push(passport(pp, tpl));
    }
    parts.join(", ")
}

pub(crate) fn passport(p: &Passport, tpl: &Template) -> String {
    let mut s = format!(
        "{} {} ({})",
        tpl.word("label.passport"),
        p.number,
        p.citizenship
    );
    if let Some(i) = p.issued {
        s.push_str(&format!(", {} {}", tpl.word("label.issued"), date(i)));
    }
    if let Some(e) = p.expires {
        s.push_str(&format!(", {} {}", tpl.word("label.expires"), date(e)));
    }
    s
}

pub(crate) fn occupant_id(o: &Occupant, tpl: &Template) -> String {
    match (&o.iin, &o.passport) {
        (Some(i), _) => i.clone(),
        (None, Some(p)) => passport(p, tpl),
        (None, None) => "—".into(),
    }
}

pub(crate) fn address(d: &Dwelling, tpl: &Template) -> String {
    let mut parts = vec![d.region.clone(), d.city.clone()];
    if let Some(x) = &d.district {
        parts.push(x.clone());
    }
    parts.push(format!(
        "{}, {} {}",
        d.street,
        tpl.word("label.building"),
        d.building
    ));
    if let Some(f) = &d.flat {
        parts.push(format!("{} {f}", tpl.word("label.flat")));
    }
    parts.join(", ")
}

/// The flat key → text map every template fills its placeholders from.
pub(crate) fn values(d: &DocumentData, tpl: &Template, lang: Lang) -> BTreeMap<String, String> {
    let mut v = BTreeMap::new();
    let mut put = |k: &str, s: String| {
        v.insert(k.to_owned(), s);
    };
    let dash = || "—".to_owned();
    put("number", d.number.clone());
    put("date", date(d.date));
    put("place", d.place.clone());
    for (role, p) in [("landlord", &d.landlord), ("tenant", &d.tenant)] {
        put(&format!("{role}.name"), p.name.clone());
        put(&format!("{role}.id"), party_id(p, tpl));
        put(&format!("{role}.address"), p.address.clone());
        put(
            &format!("{role}.phone"),
            p.phone.clone().unwrap_or_else(dash),
        );
        put(
            &format!("{role}.iin"),
            p.iin.clone().or(p.bin.clone()).unwrap_or_else(dash),
        );
        put(
            &format!("{role}.representative"),
            p.representative
                .as_ref()
                .map(|r| format!(" {} {r},", tpl.word("label.represented-by")))
                .unwrap_or_default(),
        );
    }
    let w = &d.dwelling;
    put("dwelling.address", address(w, tpl));
    put("dwelling.region", w.region.clone());
    put("dwelling.city", w.city.clone());
    put("dwelling.district", w.district.clone().unwrap_or_else(dash));
    put("dwelling.street", w.street.clone());
    put("dwelling.building", w.building.clone());
    put("dwelling.flat", w.flat.clone().unwrap_or_else(dash));
    put("dwelling.rka", w.rka.clone());
    put("dwelling.kato", w.kato.clone().unwrap_or_else(dash));
    put("dwelling.cadastral", w.cadastral.clone());
    put("dwelling.total_area", area(w.total_area, lang));
    put("dwelling.useful_area", area(w.useful_area, lang));
    put("dwelling.living_area", area(w.living_area, lang));
    put("dwelling.rooms", w.rooms.to_string());
    put(
        "dwelling.title_document",
        w.title_document.clone().unwrap_or_else(dash),
    );
    put(
        "dwelling.owners",
        w.owners
            .iter()
            .map(|o| format!("{} ({})", o.name, o.share))
            .collect::<Vec<_>>()
            .join("; "),
    );
    let t = &d.terms;
    put("terms.start", date(t.start));
    put("terms.end", date(t.end));
    put("terms.rent", money(t.rent));
    put("terms.deposit", money(t.deposit));
    put("terms.payment_day", t.payment_day.to_string());
    put(
        "terms.payment_method",
        tpl.word(match t.payment_method {
            PaymentMethod::BankTransfer => "payment.bank-transfer",
            PaymentMethod::Cash => "payment.cash",
        }),
    );
    put(
        "terms.utilities",
        tpl.word(match t.utilities {
            Utilities::Included => "utilities.included",
            Utilities::TenantByMeters => "utilities.tenant-by-meters",
            Utilities::TenantRepays => "utilities.tenant-repays",
        }),
    );
    put("occupants.count", d.occupants.len().to_string());
    if let Some(r) = &d.registration {
        let yes_no = |b: bool| tpl.word(if b { "yes" } else { "no" });
        put(
            "registration.kind",
            tpl.word(match r.kind {
                RegistrationKind::Permanent => "registration.permanent",
                RegistrationKind::Temporary => "registration.temporary",
            }),
        );
        put("registration.start", date(r.start));
        put(
            "registration.months",
            r.months.map(|m| m.to_string()).unwrap_or_else(dash),
        );
        let end = r
            .months
            .and_then(|m| {
                r.start
                    .checked_add_months(chrono::Months::new(u32::from(m)))
            })
            .map(date)
            .unwrap_or_else(dash);
        put("registration.end", end);
        put(
            "registration.is_owner",
            yes_no(r.applicant_is_owner.unwrap_or(false)),
        );
        put("registration.owner_region", r.owner_region.clone());
        put(
            "registration.co_owners_consent",
            yes_no(r.co_owners_consent.unwrap_or(false)),
        );
        put(
            "registration.signature",
            tpl.word(match r.signature {
                Some(SignatureMethod::Sms) => "signature.sms",
                _ => "signature.eds",
            }),
        );
        let owner_iin = w
            .owners
            .iter()
            .filter_map(|o| o.iin.clone())
            .collect::<Vec<_>>()
            .join(", ");
        put("registration.owner_iin", owner_iin);
        put(
            "registration.people",
            r.people
                .iter()
                .filter_map(|&i| d.occupants.get(i))
                .map(|o| o.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        );
    }
    if let Some(f) = &d.foreigner {
        put("foreigner.surname_latin", f.surname_latin.clone());
        put("foreigner.given_names_latin", f.given_names_latin.clone());
        put("foreigner.surname", f.surname.clone());
        put("foreigner.given_names", f.given_names.clone());
        put(
            "foreigner.patronymic",
            f.patronymic.clone().unwrap_or_else(dash),
        );
        put("foreigner.birth_date", date(f.birth_date));
        put(
            "foreigner.sex",
            tpl.word(match f.sex {
                Sex::Male => "sex.male",
                Sex::Female => "sex.female",
            }),
        );
        put("foreigner.citizenship", f.passport.citizenship.clone());
        put("foreigner.passport", f.passport.number.clone());
        put(
            "foreigner.passport_issued",
            f.passport.issued.map(date).unwrap_or_else(dash),
        );
        put(
            "foreigner.passport_expires",
            f.passport.expires.map(date).unwrap_or_else(dash),
        );
        put("foreigner.entry_date", date(f.entry_date));
        put("foreigner.entry_point", f.entry_point.clone());
        put("foreigner.purpose", f.purpose.clone());
        put("foreigner.stay_until", date(f.stay_until));
        put("foreigner.arrival_date", date(f.arrival_date));
    }
    v
}
