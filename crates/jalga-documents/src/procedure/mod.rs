//! How eGov's procedure shapes the documents of template version 2: who
//! files an application (everyone registered aged 14 or over, for
//! themselves), whether that person is an owner, whose consent each
//! application waits for, how long the registration runs, and which regime
//! a foreigner's arrival falls under.
//!
//! Sources (see `docs/documents/README.md`): the applicant is the person
//! registered and "I am the owner" is about them [S1, S2]; each co-owner
//! consents by EDS [S2, S8]; children under 14 are not registered [S5]; a
//! parent applies for a 14–16-year-old [S7]; the host's notice until
//! 30.06.2026 [S12] and the immigrant's own application from 01.07.2026
//! [S13].

use std::collections::BTreeMap;

use chrono::{Datelike, Months, NaiveDate};

use super::data::*;
use super::layout::Block;
use super::template::{Item, Source, Template};
use super::{date, occupant_id, passport, relation_word, DocLang};
use crate::i18n::Lang;

/// Below this age a child is not registered: they follow a parent.
pub const REGISTRATION_AGE: u32 = 14;
/// From this age a person files alone; between 14 and this a parent files.
pub const FILES_ALONE_AGE: u32 = 16;

/// The first day of the immigrant's own application (MVD order No. 923 of
/// 17.11.2025, in force 01.07.2026) [S13]; before it the host notifies
/// (order No. 83 of 27.01.2016) [S12].
pub fn immigrant_regime_start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 1).expect("a date")
}

/// What a blank for a pen looks like.
pub const BLANK: &str = "________________";

/// Full years of age on `day`.
pub fn age_on(birth: NaiveDate, day: NaiveDate) -> u32 {
    let mut years = day.year() - birth.year();
    if (day.month(), day.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    years.max(0) as u32
}

/// One registrant's application sheet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    /// Index into `occupants` of the person registered.
    pub person: usize,
    /// Their IIN is among the owners' ("I am the owner").
    pub is_owner: bool,
    /// A parent who files for a 14–16-year-old (index into `occupants`).
    pub filed_by: Option<usize>,
    /// Children under 14 who follow this person and are not registered.
    pub followers: Vec<usize>,
    /// Indexes into `dwelling.owners` of everyone whose consent this
    /// application waits for: every owner but the registrant.
    pub approvers: Vec<usize>,
}

/// The application sheets of a registration: one per person aged 14 or
/// over on its first day, in the order of `registration.people`. Children
/// under 14 among the occupants go on their parent's sheet (the one named in
/// their application, else the tenant's, else the first sheet).
pub fn sheets(d: &DocumentData) -> Vec<Sheet> {
    let Some(r) = &d.registration else {
        return Vec::new();
    };
    let age = |i: usize| age_on(d.occupants[i].birth_date, r.start);
    let owner_of = |i: usize| {
        let iin = d.occupants[i].iin.as_deref();
        d.dwelling
            .owners
            .iter()
            .position(|o| iin.is_some() && o.iin.as_deref() == iin)
    };
    let tenant = d
        .occupants
        .iter()
        .position(|o| o.relation == domain_tenant());
    let parent_of = |i: usize| {
        d.occupants[i]
            .application
            .as_ref()
            .and_then(|a| a.parent)
            .filter(|&p| p < d.occupants.len() && p != i)
            .or(tenant.filter(|&t| t != i))
    };
    let mut out: Vec<Sheet> = r
        .people
        .iter()
        .copied()
        .filter(|&i| i < d.occupants.len() && age(i) >= REGISTRATION_AGE)
        .map(|i| {
            let own = owner_of(i);
            Sheet {
                person: i,
                is_owner: own.is_some(),
                filed_by: (age(i) < FILES_ALONE_AGE).then(|| parent_of(i)).flatten(),
                followers: Vec::new(),
                approvers: (0..d.dwelling.owners.len())
                    .filter(|&o| Some(o) != own)
                    .collect(),
            }
        })
        .collect();
    for i in 0..d.occupants.len() {
        if age(i) >= REGISTRATION_AGE {
            continue;
        }
        let sheet = parent_of(i)
            .and_then(|p| out.iter().position(|s| s.person == p))
            .unwrap_or(0);
        if let Some(s) = out.get_mut(sheet) {
            s.followers.push(i);
        }
    }
    out
}

fn domain_tenant() -> crate::domain::Relation {
    crate::domain::Relation::Tenant
}

/// The registration's last day: start + N months − 1 day, never past the
/// lease's end. None for a permanent registration (no end).
pub fn registration_until(r: &Registration, terms: &Terms) -> Option<NaiveDate> {
    let months = r.months?;
    let end = r
        .start
        .checked_add_months(Months::new(u32::from(months)))?
        .pred_opt()?;
    Some(end.min(terms.end))
}

/// The two legal regimes of a foreigner's arrival.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForeignerRegime {
    /// Until 30.06.2026: the host notifies within 3 working days.
    HostNotice,
    /// From 01.07.2026: the immigrant applies, the owner confirms.
    ImmigrantApplication,
}

impl ForeignerRegime {
    pub fn on(arrival: NaiveDate) -> Self {
        if arrival < immigrant_regime_start() {
            ForeignerRegime::HostNotice
        } else {
            ForeignerRegime::ImmigrantApplication
        }
    }

    /// The template of this regime.
    pub fn template(self) -> &'static str {
        match self {
            ForeignerRegime::HostNotice => "foreigner-host",
            ForeignerRegime::ImmigrantApplication => "foreigner-immigrant",
        }
    }
}

fn or_blank(s: Option<String>) -> String {
    s.filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| BLANK.to_owned())
}

/// A vocabulary word with `{key}` placeholders, filled from `args`.
fn phrase(tpl: &Template, key: &str, args: &[(&str, String)]) -> String {
    let map: BTreeMap<String, String> = args
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    super::template::fill(&tpl.word(key), &map).unwrap_or_else(|_| tpl.word(key))
}

fn poa_phrase(tpl: &Template, p: Option<&PowerOfAttorney>) -> String {
    match p {
        Some(p) => phrase(
            tpl,
            "poa.text",
            &[
                ("number", p.number.clone()),
                ("date", date(p.date)),
                ("notary", p.notary.clone()),
            ],
        ),
        None => phrase(
            tpl,
            "poa.text",
            &[
                ("number", BLANK.into()),
                ("date", BLANK.into()),
                ("notary", BLANK.into()),
            ],
        ),
    }
}

/// The keys version 2 adds to the common values.
pub fn values(
    d: &DocumentData,
    tpl: &Template,
    lang: Lang,
    doc_lang: DocLang,
    v: &mut BTreeMap<String, String>,
) {
    let mut put = |k: &str, s: String| {
        v.insert(k.to_owned(), s);
    };
    put("blank", BLANK.into());
    // The landlord's authority: an owner signs in their own right; anyone
    // else under a power of attorney, printed as blanks when not given.
    let landlord_owns = d
        .dwelling
        .owners
        .iter()
        .any(|o| o.iin.is_some() && o.iin == d.landlord.iin);
    put(
        "landlord.authority",
        if let Some(p) = &d.landlord.power_of_attorney {
            format!(" {},", poa_phrase(tpl, Some(p)))
        } else if landlord_owns {
            String::new()
        } else {
            format!(" {},", poa_phrase(tpl, None))
        },
    );
    put(
        "landlord.bank",
        match &d.landlord.bank {
            Some(b) => phrase(
                tpl,
                "bank.text",
                &[
                    ("iban", b.iban.clone()),
                    ("bank", b.bank.clone()),
                    ("bic", b.bic.clone().unwrap_or_else(|| BLANK.into())),
                ],
            ),
            None => phrase(
                tpl,
                "bank.text",
                &[
                    ("iban", BLANK.into()),
                    ("bank", BLANK.into()),
                    ("bic", BLANK.into()),
                ],
            ),
        },
    );
    put(
        "language.clause",
        match doc_lang {
            DocLang::KkRu => phrase(
                tpl,
                "language.both",
                &[(
                    "prevailing",
                    match d.terms.prevailing_language {
                        Some(PrevailingLanguage::Kk) => tpl.word("language.kk"),
                        Some(PrevailingLanguage::Ru) => tpl.word("language.ru"),
                        None => BLANK.into(),
                    },
                )],
            ),
            _ => tpl.word(match lang {
                Lang::Kk => "language.only-kk",
                Lang::Ru => "language.only-ru",
                Lang::En => "language.only-en",
            }),
        },
    );
    put("owners.count", d.dwelling.owners.len().to_string());
    if let Some(r) = &d.registration {
        put(
            "registration.until",
            registration_until(r, &d.terms)
                .map(date)
                .unwrap_or_else(|| tpl.word("registration.no-end")),
        );
        put("registration.sheets", sheets(d).len().to_string());
    }
    if let Some(f) = &d.foreigner {
        put(
            "foreigner.purpose_of_stay",
            f.purpose_of_stay
                .map(|p| tpl.word(purpose_key(p)))
                .unwrap_or_else(|| BLANK.into()),
        );
        put(
            "foreigner.purpose_note",
            if f.purpose.trim().is_empty() {
                "—".into()
            } else {
                f.purpose.clone()
            },
        );
        put("foreigner.name_latin", {
            format!("{} {}", f.surname_latin, f.given_names_latin)
        });
        let visa = f.visa.as_ref();
        put("visa.kind", or_blank(visa.map(|x| x.kind.clone())));
        put("visa.number", or_blank(visa.map(|x| x.number.clone())));
        put(
            "visa.valid_from",
            or_blank(visa.map(|x| date(x.valid_from))),
        );
        put(
            "visa.valid_until",
            or_blank(visa.map(|x| date(x.valid_until))),
        );
        put(
            "visa.entries",
            or_blank(visa.and_then(|x| x.entries.clone())),
        );
    }
    if let Some(h) = &d.handover {
        put(
            "handover.direction",
            tpl.word(match h.direction {
                HandoverDirection::MoveIn => "handover.move-in",
                HandoverDirection::Return => "handover.return",
            }),
        );
        put(
            "handover.from",
            match h.direction {
                HandoverDirection::MoveIn => d.landlord.name.clone(),
                HandoverDirection::Return => d.tenant.name.clone(),
            },
        );
        put(
            "handover.to",
            match h.direction {
                HandoverDirection::MoveIn => d.tenant.name.clone(),
                HandoverDirection::Return => d.landlord.name.clone(),
            },
        );
        put("handover.date", date(h.date));
        put("handover.remarks", or_blank(h.remarks.clone()));
        put(
            "handover.keys",
            h.keys.iter().map(|k| k.count).sum::<u32>().to_string(),
        );
    }
}

fn purpose_key(p: PurposeOfStay) -> &'static str {
    match p {
        PurposeOfStay::Private => "purpose.private",
        PurposeOfStay::Tourism => "purpose.tourism",
        PurposeOfStay::Business => "purpose.business",
        PurposeOfStay::Work => "purpose.work",
        PurposeOfStay::Study => "purpose.study",
        PurposeOfStay::Medical => "purpose.medical",
        PurposeOfStay::Family => "purpose.family",
        PurposeOfStay::Transit => "purpose.transit",
        PurposeOfStay::Other => "purpose.other",
    }
}

fn reason_key(r: RegistrationReason) -> &'static str {
    match r {
        RegistrationReason::Lease => "reason.lease",
        RegistrationReason::Family => "reason.family",
        RegistrationReason::Work => "reason.work",
        RegistrationReason::Study => "reason.study",
        RegistrationReason::Medical => "reason.medical",
        RegistrationReason::Other => "reason.other",
    }
}

fn meter_key(k: MeterKind) -> &'static str {
    match k {
        MeterKind::Electricity => "meter.electricity",
        MeterKind::ColdWater => "meter.cold-water",
        MeterKind::HotWater => "meter.hot-water",
        MeterKind::Gas => "meter.gas",
        MeterKind::Heat => "meter.heat",
    }
}

mod v2;
pub use v2::V2;
