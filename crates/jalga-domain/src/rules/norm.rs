//! Per-person area norms: presets kept as data (`assets/norms/*.json`) and
//! their evaluation for one dwelling and the people who live or will live
//! there.
//!
//! Areas are compared in hundredths of a square metre (integers), so that an
//! area exactly on the limit is on the limit and 35.7 / 15 never depends on
//! floating-point rounding.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::domain::{AreaBasis, Relation};
use crate::error::CoreError;
use crate::i18n::Message;

use super::date_text;

/// Whether a preset is law, a proposal, or the absence of a norm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum NormStatus {
    Law,
    Proposal,
    /// No legal norm: only the density is reported.
    None,
}

/// One area norm, as kept in `assets/norms/` or added by a user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct NormPreset {
    pub id: String,
    pub status: NormStatus,
    pub jurisdiction: String,
    pub basis: AreaBasis,
    /// Square metres of `basis` area per counted person; `None` for no norm.
    pub m2_per_person: Option<f64>,
    /// Whether the total area stands in when the `basis` area is zero or
    /// unknown.
    pub fallback_to_total: bool,
    pub exempt_relations: Vec<Relation>,
    /// People already registered stay even if the norm is exceeded.
    pub new_registrations_only: bool,
    pub effective_from: Option<NaiveDate>,
    pub effective_from_confirmed: bool,
    pub effective_to: Option<NaiveDate>,
    pub source: String,
    #[serde(default)]
    pub source_ru: Option<String>,
    #[serde(default)]
    pub source_kk: Option<String>,
    /// Where the source can be read.
    #[serde(default)]
    pub url: Option<String>,
}

const BUILTIN: [(&str, &str); 4] = [
    (
        "kz-astana",
        include_str!("../../../../assets/norms/kz-astana.json"),
    ),
    (
        "kz-none",
        include_str!("../../../../assets/norms/kz-none.json"),
    ),
    (
        "ru-proposal-6m2-living",
        include_str!("../../../../assets/norms/ru-proposal-6m2-living.json"),
    ),
    (
        "ru-proposal-8m2-migrant",
        include_str!("../../../../assets/norms/ru-proposal-8m2-migrant.json"),
    ),
];

/// The preset used when none is named.
pub const DEFAULT_PRESET: &str = "kz-astana";

impl NormPreset {
    /// Reads and checks a user's preset.
    pub fn from_json(text: &str) -> Result<NormPreset, CoreError> {
        let p: NormPreset = super::from_json("preset", text)?;
        p.validate()?;
        Ok(p)
    }

    fn validate(&self) -> Result<(), CoreError> {
        let bad = |field: &str, id: &str| CoreError::Invalid {
            field: format!("preset.{field}"),
            message: Message::new(id).arg("preset", self.id.as_str()),
        };
        if self.id.trim().is_empty() {
            return Err(bad("id", "norm-preset-no-id"));
        }
        match (self.status, self.m2_per_person) {
            (NormStatus::None, _) => {}
            (_, Some(m2)) if m2.is_finite() && m2 > 0.0 => {}
            _ => return Err(bad("m2_per_person", "norm-preset-bad-m2")),
        }
        if let (Some(from), Some(to)) = (self.effective_from, self.effective_to) {
            if to < from {
                return Err(bad("effective_to", "norm-preset-bad-dates"));
            }
        }
        Ok(())
    }

    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from.is_none_or(|f| f <= date) && self.effective_to.is_none_or(|t| date <= t)
    }
}

/// The built-in presets plus any a user added.
#[derive(Debug, Clone)]
pub struct NormRegistry {
    presets: Vec<NormPreset>,
}

impl NormRegistry {
    pub fn builtin() -> NormRegistry {
        let presets = BUILTIN
            .iter()
            .map(|(name, text)| {
                let p: NormPreset = super::builtin(name, text);
                assert_eq!(p.id, *name, "preset file name and id differ");
                p
            })
            .collect();
        NormRegistry { presets }
    }

    pub fn presets(&self) -> &[NormPreset] {
        &self.presets
    }

    pub fn get(&self, id: &str) -> Result<&NormPreset, CoreError> {
        self.presets
            .iter()
            .find(|p| p.id == id)
            .ok_or_else(|| CoreError::Invalid {
                field: "preset".to_owned(),
                message: Message::new("norm-unknown-preset").arg("preset", id).arg(
                    "known",
                    self.presets
                        .iter()
                        .map(|p| p.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            })
    }

    /// Adds a user's preset; one with the same id replaces the old one.
    pub fn add(&mut self, preset: NormPreset) -> Result<(), CoreError> {
        preset.validate()?;
        self.presets.retain(|p| p.id != preset.id);
        self.presets.push(preset);
        Ok(())
    }
}

/// A dwelling's areas, in m²; unknown ones are `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DwellingAreas {
    pub total: Option<f64>,
    pub useful: Option<f64>,
    pub living: Option<f64>,
}

/// A person living, or about to live, at the dwelling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct NormPerson {
    /// A name or number to show in the explanation.
    #[serde(default)]
    pub label: Option<String>,
    pub relation: Relation,
    /// Already registered at this dwelling (otherwise: a new registration).
    #[serde(default)]
    pub registered: bool,
}

crate::code_enum! {
    "kebab-case",
    /// The verdict on a dwelling.
    pub enum NormVerdict {
        Allowed,
        NotAllowed,
        /// The preset has no norm: only the density is reported.
        NoNorm,
        /// The preset is not in force on the date asked.
        NotInForce,
        /// The area the preset counts is zero or unknown, and it does not fall
        /// back to the total area.
        AreaMissing,
    }
}

impl NormVerdict {
    /// Whether the registrations may go ahead as far as the norm is concerned.
    pub fn permits(self) -> bool {
        matches!(
            self,
            NormVerdict::Allowed | NormVerdict::NoNorm | NormVerdict::NotInForce
        )
    }
}

/// How the norm treats one person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export)]
pub enum PersonTreatment {
    /// Counts against the norm (a new registration).
    Counted,
    /// Already registered, counts in the density but stays whatever the norm.
    Grandfathered,
    /// A relation the preset exempts.
    Exempt,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct PersonOutcome {
    pub index: u32,
    pub label: Option<String>,
    pub relation: Relation,
    pub treatment: PersonTreatment,
}

/// The full, structured answer with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct NormResult {
    pub preset: String,
    pub date: NaiveDate,
    pub verdict: NormVerdict,
    /// The area used and which one it was (the preset's basis, or the total
    /// as a fallback).
    pub area_m2: Option<f64>,
    pub area_used: Option<AreaUsed>,
    /// How many counted people the area allows; `None` when there is no norm
    /// or no area.
    pub capacity: Option<u32>,
    pub people: u32,
    /// Non-exempt people, registered or new: those the norm counts.
    pub counted: u32,
    pub new_counted: u32,
    pub exempt: u32,
    pub grandfathered: u32,
    /// Area per counted person.
    pub m2_per_counted_person: Option<f64>,
    pub outcomes: Vec<PersonOutcome>,
    /// The verdict in one sentence (also in `explanation`).
    pub summary: Message,
    pub explanation: Vec<Message>,
    /// The explanation rests on an unconfirmed fact (the norm's start).
    pub unconfirmed: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
pub enum AreaUsed {
    Useful,
    Living,
    Total,
}

impl AreaUsed {
    fn code(self) -> &'static str {
        match self {
            AreaUsed::Useful => "useful",
            AreaUsed::Living => "living",
            AreaUsed::Total => "total",
        }
    }
}

fn basis_code(b: AreaBasis) -> &'static str {
    match b {
        AreaBasis::Useful => "useful",
        AreaBasis::Living => "living",
    }
}

pub(crate) fn relation_code(r: Relation) -> &'static str {
    use crate::domain::Code;
    r.code()
}

/// m² in hundredths, rounded to the nearest.
fn centi(m2: f64) -> u64 {
    (m2 * 100.0).round().max(0.0) as u64
}

/// Rounds to two decimals for reporting.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Evaluates `preset` for a dwelling with `areas` and `people` on `date`.
pub fn evaluate(
    preset: &NormPreset,
    areas: &DwellingAreas,
    people: &[NormPerson],
    date: NaiveDate,
) -> NormResult {
    let mut explanation = Vec::new();
    let mut head = Message::new("norm-preset")
        .arg("preset", preset.id.as_str())
        .arg("jurisdiction", preset.jurisdiction.as_str())
        .arg(
            "status",
            match preset.status {
                NormStatus::Law => "law",
                NormStatus::Proposal => "proposal",
                NormStatus::None => "none",
            },
        )
        .arg("basis", basis_code(preset.basis));
    if let Some(m2) = preset.m2_per_person {
        head = head.arg("m2", m2);
    } else {
        head = head.arg("m2", 0.0);
    }
    explanation.push(head);
    if preset.status == NormStatus::Proposal {
        explanation.push(Message::new("norm-proposal-warning"));
    }

    // Which area counts.
    let usable = |a: Option<f64>| a.filter(|v| v.is_finite() && *v > 0.0);
    let basis_area = match preset.basis {
        AreaBasis::Useful => usable(areas.useful),
        AreaBasis::Living => usable(areas.living),
    };
    let (area_m2, area_used) = match basis_area {
        Some(a) => (
            Some(a),
            Some(match preset.basis {
                AreaBasis::Useful => AreaUsed::Useful,
                AreaBasis::Living => AreaUsed::Living,
            }),
        ),
        None => {
            explanation
                .push(Message::new("norm-area-missing").arg("basis", basis_code(preset.basis)));
            match usable(areas.total) {
                Some(t) if preset.fallback_to_total => {
                    explanation.push(Message::new("norm-area-fallback-total").arg("area", t));
                    (Some(t), Some(AreaUsed::Total))
                }
                _ => (None, None),
            }
        }
    };

    // Who counts.
    let mut outcomes = Vec::with_capacity(people.len());
    let (mut counted, mut new_counted, mut exempt, mut grandfathered) = (0u32, 0u32, 0u32, 0u32);
    let mut exempt_by_relation: Vec<(Relation, u32)> = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let treatment = if preset.exempt_relations.contains(&p.relation) {
            exempt += 1;
            match exempt_by_relation
                .iter_mut()
                .find(|(r, _)| *r == p.relation)
            {
                Some((_, n)) => *n += 1,
                None => exempt_by_relation.push((p.relation, 1)),
            }
            PersonTreatment::Exempt
        } else {
            counted += 1;
            if p.registered && preset.new_registrations_only {
                grandfathered += 1;
                PersonTreatment::Grandfathered
            } else {
                new_counted += 1;
                PersonTreatment::Counted
            }
        };
        outcomes.push(PersonOutcome {
            index: i as u32 + 1,
            label: p.label.clone(),
            relation: p.relation,
            treatment,
        });
    }
    exempt_by_relation.sort();
    for (relation, n) in &exempt_by_relation {
        explanation.push(
            Message::new("norm-exempt-group")
                .arg("count", *n)
                .arg("relation", relation_code(*relation)),
        );
    }
    if grandfathered > 0 {
        explanation.push(Message::new("norm-grandfathered").arg("count", grandfathered));
    }
    let m2_per_counted_person = match area_m2 {
        Some(a) if counted > 0 => Some(round2(a / f64::from(counted))),
        _ => None,
    };
    explanation.push(
        Message::new("norm-counted")
            .arg("people", people.len() as u32)
            .arg("counted", counted)
            .arg("exempt", exempt),
    );
    if let (Some(a), Some(used), Some(per)) = (area_m2, area_used, m2_per_counted_person) {
        explanation.push(
            Message::new("norm-density")
                .arg("area", a)
                .arg("basis", used.code())
                .arg("per", per),
        );
    }

    let capacity = match (preset.m2_per_person, area_m2) {
        (Some(m2), Some(a)) if preset.status != NormStatus::None => {
            Some(u32::try_from(centi(a) / centi(m2).max(1)).unwrap_or(u32::MAX))
        }
        _ => None,
    };
    if let (Some(c), Some(a), Some(used), Some(m2)) =
        (capacity, area_m2, area_used, preset.m2_per_person)
    {
        explanation.push(
            Message::new("norm-capacity")
                .arg("area", a)
                .arg("basis", used.code())
                .arg("m2", m2)
                .arg("capacity", c),
        );
    }

    let verdict = if preset.status == NormStatus::None {
        NormVerdict::NoNorm
    } else if !preset.in_force_on(date) {
        NormVerdict::NotInForce
    } else {
        match capacity {
            None => NormVerdict::AreaMissing,
            Some(c) => {
                let fits = counted <= c;
                let nothing_new = preset.new_registrations_only && new_counted == 0;
                if fits || nothing_new {
                    NormVerdict::Allowed
                } else {
                    NormVerdict::NotAllowed
                }
            }
        }
    };
    let verdict_msg = match verdict {
        NormVerdict::Allowed if counted > capacity.unwrap_or(u32::MAX) => {
            Message::new("norm-allowed-grandfathered")
                .arg("counted", counted)
                .arg("capacity", capacity.unwrap_or(0))
        }
        NormVerdict::Allowed => Message::new("norm-allowed")
            .arg("counted", counted)
            .arg("capacity", capacity.unwrap_or(0)),
        NormVerdict::NotAllowed => Message::new("norm-not-allowed")
            .arg("counted", counted)
            .arg("capacity", capacity.unwrap_or(0))
            .arg("over", counted.saturating_sub(capacity.unwrap_or(0))),
        NormVerdict::NoNorm => Message::new("norm-no-norm"),
        NormVerdict::NotInForce => Message::new("norm-not-in-force")
            .arg("date", date_text(date))
            .arg(
                "from",
                preset
                    .effective_from
                    .map_or_else(|| "none".into(), date_text),
            )
            .arg(
                "to",
                preset.effective_to.map_or_else(|| "none".into(), date_text),
            ),
        NormVerdict::AreaMissing => {
            Message::new("norm-cannot-evaluate").arg("basis", basis_code(preset.basis))
        }
    };
    explanation.push(verdict_msg.clone());
    if !preset.effective_from_confirmed {
        explanation.push(
            Message::new("norm-effective-unconfirmed").arg(
                "from",
                preset
                    .effective_from
                    .map_or_else(|| "none".into(), date_text),
            ),
        );
    }
    explanation.push(super::source_message(
        &preset.source,
        preset.source_ru.as_deref(),
        preset.source_kk.as_deref(),
    ));

    NormResult {
        preset: preset.id.clone(),
        date,
        verdict,
        area_m2: area_m2.map(round2),
        area_used,
        capacity,
        people: people.len() as u32,
        counted,
        new_counted,
        exempt,
        grandfathered,
        m2_per_counted_person,
        outcomes,
        summary: verdict_msg,
        unconfirmed: super::rests_on_unconfirmed(&explanation),
        explanation,
    }
}
