//! The audit's own facts (when consent became required, the sources of the
//! lease, double-registration and IIN rules) and its severity thresholds,
//! kept as data in `assets/audit/kz.json`.

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Message;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct AuditRules {
    pub jurisdiction: String,
    pub version: u32,
    /// Registrations starting on or after this day need the owner's consent.
    pub consent_required_from: NaiveDate,
    pub consent_source: String,
    pub consent_source_ru: Option<String>,
    pub consent_source_kk: Option<String>,
    pub consent_url: Option<String>,
    pub lease_source: String,
    pub lease_source_ru: Option<String>,
    pub lease_source_kk: Option<String>,
    pub lease_url: Option<String>,
    pub double_source: String,
    pub double_source_ru: Option<String>,
    pub double_source_kk: Option<String>,
    pub double_url: Option<String>,
    pub duplicate_source: String,
    pub duplicate_source_ru: Option<String>,
    pub duplicate_source_kk: Option<String>,
    pub iin_source: String,
    pub iin_source_ru: Option<String>,
    pub iin_source_kk: Option<String>,
    /// A double registration overlapping longer than this is `high`.
    pub double_high_after_days: u32,
    /// A deadline missed by more than this is `medium` rather than `low`.
    pub late_medium_after_days: u32,
    /// An overstay longer than this is `critical`.
    pub overstay_critical_after_days: u32,
    /// Counted people per allowed person from which overcrowding is `high`.
    pub overcrowded_high_ratio: f64,
    /// … and `critical`.
    pub overcrowded_critical_ratio: f64,
}

impl AuditRules {
    pub fn builtin() -> &'static AuditRules {
        static RULES: OnceLock<AuditRules> = OnceLock::new();
        RULES.get_or_init(|| {
            crate::rules::builtin(
                "audit/kz.json",
                include_str!("../../../assets/audit/kz.json"),
            )
        })
    }

    pub(crate) fn consent_source(&self) -> Message {
        crate::rules::source_message(
            &self.consent_source,
            self.consent_source_ru.as_deref(),
            self.consent_source_kk.as_deref(),
        )
    }
    pub(crate) fn lease_source(&self) -> Message {
        crate::rules::source_message(
            &self.lease_source,
            self.lease_source_ru.as_deref(),
            self.lease_source_kk.as_deref(),
        )
    }
    pub(crate) fn double_source(&self) -> Message {
        crate::rules::source_message(
            &self.double_source,
            self.double_source_ru.as_deref(),
            self.double_source_kk.as_deref(),
        )
    }
    pub(crate) fn duplicate_source(&self) -> Message {
        crate::rules::source_message(
            &self.duplicate_source,
            self.duplicate_source_ru.as_deref(),
            self.duplicate_source_kk.as_deref(),
        )
    }
    pub(crate) fn iin_source(&self) -> Message {
        crate::rules::source_message(
            &self.iin_source,
            self.iin_source_ru.as_deref(),
            self.iin_source_kk.as_deref(),
        )
    }
}
