//! The engine: each person's deadlines worked out from the rules.

use std::sync::Arc;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::domain::{RegistrationKind, RegistrationStatus};
use crate::i18n::Message;
use crate::rules::calendar::Calendar;
use crate::rules::date_text;
use crate::rules::fines::FineExposure;
use crate::rules::stay;

use super::data::{DayKind, DeadlineRules, PeriodRule};
use super::input::{DeadlineInput, PersonFacts};
use super::output::{status_of, Deadline, DeadlineKind, DeadlineStatus};
use super::shared::{Cited, SharedNotes};

/// `n` days after `d`, or the last day chrono knows if that is further
/// (validation keeps real input far from it; a due date there is simply
/// never reached).
fn plus_days(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_days(Days::new(u64::from(n)))
        .unwrap_or(NaiveDate::MAX)
}

pub(super) struct Ctx<'a> {
    pub(super) rules: &'a DeadlineRules,
    pub(super) cal: &'a Calendar,
    pub(super) on: NaiveDate,
    pub(super) out: Vec<Deadline>,
    pub(super) shared: SharedNotes<'a>,
    /// The name of the person being worked out, shared by their deadlines
    /// and explanations.
    pub(super) name: Arc<str>,
}

impl<'a> Ctx<'a> {
    /// The due date of `rule` counted from `start`, and whether the calendar
    /// behind it is confirmed.
    fn due(&self, rule: &PeriodRule, start: NaiveDate) -> (NaiveDate, bool) {
        match rule.day_kind {
            DayKind::Calendar => (plus_days(start, rule.days), true),
            DayKind::Working => self.cal.add_working_days(start, rule.days),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: DeadlineKind,
        rule: &PeriodRule,
        cited: Cited<'a>,
        start: NaiveDate,
        due: NaiveDate,
        calendar_confirmed: bool,
        status: DeadlineStatus,
        explanation: Message,
    ) {
        let mut notes = Vec::with_capacity(8);
        notes.push(self.shared.status(status));
        // The offence begins the day after the due date (living
        // unregistered: on moving in) and lasts until it was put right or
        // until the day asked.
        let year = plus_days(due, 1).year();
        let began = if kind == DeadlineKind::CitizenRegistration {
            start
        } else {
            plus_days(due, 1)
        };
        let until = match status {
            DeadlineStatus::Done { on, .. } => on,
            _ => self.on,
        };
        let rules = self.rules;
        let fine_rules = rules.fines_of(rule);
        if fine_rules.is_empty() {
            notes.push(self.shared.plain("deadline-no-fine"));
        }
        let mut unconfirmed = !rule.fact.confirmed;
        let mut fines: Vec<Arc<FineExposure>> = Vec::with_capacity(fine_rules.len());
        for &f in &fine_rules {
            let (exposure, fine_notes) = self.shared.exposure(f, year, began, until);
            notes.extend(fine_notes.iter().cloned());
            unconfirmed |= !exposure.confirmed;
            fines.push(exposure);
        }
        if let Some(v) = fines
            .iter()
            .find_map(|f| f.mrp_value)
            .filter(|v| v.substituted)
        {
            notes.push(Arc::new(
                Message::new("deadline-mrp-substituted")
                    .arg("year", v.year.to_string())
                    .arg("wanted", year.to_string()),
            ));
        }
        if !calendar_confirmed {
            notes.push(self.shared.plain("deadline-calendar-unconfirmed"));
        }
        if !rule.fact.confirmed {
            notes.push(self.shared.plain("deadline-rule-unconfirmed"));
        }
        let (source_note, source) = self.shared.cited(cited);
        notes.push(source_note);
        for f in fine_rules {
            let cited = Cited {
                en: &f.source,
                ru: f.source_ru.as_deref(),
                kk: f.source_kk.as_deref(),
            };
            notes.push(self.shared.cited(cited).0);
        }
        let rule_id = self.shared.rule_id(&rules.jurisdiction, kind);
        self.out.push(Deadline {
            person: self.name.clone(),
            kind,
            start,
            due,
            status,
            rule: rule_id,
            source,
            actor: rule.actor.clone(),
            fines,
            calendar_confirmed,
            rule_confirmed: rule.fact.confirmed,
            all_confirmed: !unconfirmed && calendar_confirmed,
            explanation,
            notes,
        });
    }

    pub(super) fn person(&mut self, p: &PersonFacts) {
        // A lease whose last day has passed, with no move-out recorded, is
        // taken as the move-out on that day: the lease is over, and the
        // de-registration period runs from it (the landlord's home and the
        // deadline list read the same tenancy the same way).
        let ended;
        let p = match (p.moved_out, p.lease_end) {
            (None, Some(end)) if end < self.on => {
                ended = PersonFacts {
                    moved_out: Some(end),
                    ..p.clone()
                };
                &ended
            }
            _ => p,
        };
        if *self.name != *p.name {
            self.name = Arc::from(p.name.as_str());
        }
        let rules = self.rules;
        let citizen = p.citizenship.eq_ignore_ascii_case(&rules.citizenship);
        let reg_done = p.registration.as_ref().and_then(|r| match r.status {
            RegistrationStatus::Draft => None,
            _ => r.submitted_on.or(r.from),
        });
        if citizen {
            if let Some(moved_in) = p.moved_in {
                let rule = &rules.citizen_registration;
                // A child is not registered before the age: the period
                // runs from that birthday if it falls after moving in.
                let children = &rules.children_not_registered;
                let of_age = p
                    .birth_date
                    .and_then(|b| b.checked_add_months(Months::new(12 * children.under_age)));
                if let Some(of_age) = of_age.filter(|d| *d > self.on && *d > moved_in) {
                    self.child_exempt(p, moved_in, of_age);
                    self.registration_end(p);
                    self.lease_end(p);
                    self.deregistration(p);
                    return;
                }
                let start = of_age.map_or(moved_in, |d| d.max(moved_in));
                let (due, conf) = self.due(rule, start);
                let status = status_of(due, reg_done, self.on);
                let msg = Message::new("deadline-citizen-registration")
                    .arg("person", self.name.clone())
                    .arg("days", rule.days)
                    .arg("start", date_text(start))
                    .arg("due", date_text(due));
                self.push(
                    DeadlineKind::CitizenRegistration,
                    rule,
                    Cited::of(&rule.fact),
                    start,
                    due,
                    conf,
                    status,
                    msg,
                );
            }
        } else {
            self.foreigner(p, p.notice_filed.or(reg_done));
        }
        self.registration_end(p);
        self.lease_end(p);
        self.deregistration(p);
        if !citizen {
            self.eaeu_stay(p);
        }
    }

    /// A child under the age: no registration is expected yet.
    fn child_exempt(&mut self, p: &PersonFacts, moved_in: NaiveDate, of_age: NaiveDate) {
        let children = &self.rules.children_not_registered;
        let rule = PeriodRule {
            days: 0,
            window_days: None,
            day_kind: DayKind::Calendar,
            effective_from: None,
            effective_to: None,
            fact: children.fact.clone(),
            actor: None,
            fines: Vec::new(),
        };
        let msg = Message::new("deadline-child-not-registered")
            .arg("person", self.name.clone())
            .arg("age", children.under_age)
            .arg("birth", p.birth_date.map_or_else(|| "".into(), date_text))
            .arg("due", date_text(of_age));
        self.push(
            DeadlineKind::CitizenRegistration,
            &rule,
            Cited::of(&children.fact),
            moved_in,
            of_age,
            true,
            DeadlineStatus::Exempt,
            msg,
        );
    }

    fn foreigner(&mut self, p: &PersonFacts, done: Option<NaiveDate>) {
        let rules = self.rules;
        let country = p.citizenship.to_ascii_uppercase();
        let Some(arrival) = p.moved_in.or(p.entered_country) else {
            return;
        };
        let entry = p.entered_country.unwrap_or(arrival);
        let ex = &rules.short_stay_exemption;
        let new_rules_from = rules.foreigner_registration.effective_from;
        let new_rules = new_rules_from.is_some_and(|f| arrival >= f);
        // Who acts, and who is liable, for a stay past the exemption: the
        // host's notice before 1 Jul 2026, the immigrant's registration from then.
        let regime = if new_rules {
            &rules.foreigner_registration
        } else {
            &rules.foreigner_notice
        };
        if !p.address_changed && ex.countries.contains(&country) {
            // Citizens of Russia and Kyrgyzstan need no registration for a
            // stay up to the exemption's length; past it, they register.
            let due = plus_days(entry, ex.days);
            let left_in_time = p.moved_out.is_some_and(|d| d <= due);
            let status = if left_in_time && done.is_none() {
                DeadlineStatus::Exempt
            } else {
                status_of(due, done, self.on)
            };
            let rule = PeriodRule {
                days: ex.days,
                window_days: None,
                day_kind: DayKind::Calendar,
                effective_from: None,
                effective_to: None,
                fact: ex.fact.clone(),
                actor: regime.actor.clone(),
                fines: regime.fines.clone(),
            };
            let msg = Message::new("deadline-short-stay")
                .arg("person", self.name.clone())
                .arg("country", country.as_str())
                .arg("days", ex.days)
                .arg("start", date_text(entry))
                .arg("due", date_text(due));
            self.push(
                DeadlineKind::ShortStayExemption,
                &rule,
                Cited::of(&ex.fact),
                entry,
                due,
                true,
                status,
                msg,
            );
            return;
        }
        let (kind, rule, start, msg_id) = if new_rules && p.address_changed {
            (
                DeadlineKind::ForeignerAddressChange,
                &rules.foreigner_address_change,
                arrival,
                "deadline-foreigner-address-change",
            )
        } else if new_rules && rules.ninety_day_countries.countries.contains(&country) {
            (
                DeadlineKind::ForeignerRegistration,
                &rules.foreigner_registration,
                entry,
                "deadline-foreigner-registration",
            )
        } else {
            (
                DeadlineKind::ForeignerNotice,
                &rules.foreigner_notice,
                arrival,
                "deadline-foreigner-notice",
            )
        };
        let (due, conf) = self.due(rule, start);
        let status = status_of(due, done, self.on);
        let msg = Message::new(msg_id)
            .arg("person", self.name.clone())
            .arg("country", country.as_str())
            .arg("days", rule.days)
            .arg("start", date_text(start))
            .arg("due", date_text(due));
        // Which countries have the 90-day stay is itself unconfirmed: a
        // deadline chosen by that list says so.
        let cited = Cited::of(&rule.fact);
        let list_unconfirmed = kind == DeadlineKind::ForeignerRegistration
            && !rules.ninety_day_countries.fact.confirmed;
        let rule = if list_unconfirmed && rule.fact.confirmed {
            let mut rule = rule.clone();
            rule.fact.confirmed = false;
            std::borrow::Cow::Owned(rule)
        } else {
            std::borrow::Cow::Borrowed(rule)
        };
        self.push(kind, &rule, cited, start, due, conf, status, msg);
    }

    fn registration_end(&mut self, p: &PersonFacts) {
        let Some(r) = &p.registration else { return };
        let (RegistrationKind::Temporary, Some(until)) = (r.kind, r.until) else {
            return;
        };
        if matches!(r.status, RegistrationStatus::Draft) {
            return;
        }
        let rule = &self.rules.temporary_registration_end;
        // Done when the registration ended, or when the person left (late
        // if they lived on past its end).
        let done = match (r.status, p.moved_out) {
            (RegistrationStatus::Ended, out) => Some(out.unwrap_or(until).min(until)),
            (_, Some(out)) => Some(out),
            _ => None,
        };
        let status = status_of(until, done, self.on);
        let msg = Message::new("deadline-registration-end")
            .arg("person", self.name.clone())
            .arg("due", date_text(until));
        let start = r.from.unwrap_or(until);
        self.push(
            DeadlineKind::TemporaryRegistrationEnd,
            rule,
            Cited::of(&rule.fact),
            start,
            until,
            true,
            status,
            msg,
        );
    }

    fn lease_end(&mut self, p: &PersonFacts) {
        let Some(end) = p.lease_end else { return };
        let rule = &self.rules.lease_end;
        let done = p.moved_out.filter(|d| *d <= end);
        let status = status_of(end, done, self.on);
        let msg = Message::new("deadline-lease-end")
            .arg("person", self.name.clone())
            .arg("due", date_text(end));
        self.push(
            DeadlineKind::LeaseEnd,
            rule,
            Cited::of(&rule.fact),
            p.moved_in.unwrap_or(end),
            end,
            true,
            status,
            msg,
        );
    }

    fn deregistration(&mut self, p: &PersonFacts) {
        let Some(out) = p.moved_out else { return };
        let Some(r) = &p.registration else { return };
        if matches!(r.status, RegistrationStatus::Draft) {
            return;
        }
        // A temporary registration that ran out by the move-out ends itself.
        if r.kind == RegistrationKind::Temporary && r.until.is_some_and(|u| u <= out) {
            return;
        }
        let rule = &self.rules.deregistration;
        let (due, conf) = self.due(rule, out);
        let done = p.deregistered.or(match r.status {
            RegistrationStatus::Ended => Some(out),
            _ => None,
        });
        let status = status_of(due, done, self.on);
        let msg = Message::new("deadline-deregistration")
            .arg("person", self.name.clone())
            .arg("days", rule.days)
            .arg("start", date_text(out))
            .arg("due", date_text(due));
        self.push(
            DeadlineKind::Deregistration,
            rule,
            Cited::of(&rule.fact),
            out,
            due,
            conf,
            status,
            msg,
        );
    }

    fn eaeu_stay(&mut self, p: &PersonFacts) {
        let rules = self.rules;
        let country = p.citizenship.to_ascii_uppercase();
        if !rules.eaeu_countries.contains(&country) || p.stays.is_empty() {
            return;
        }
        let rule = &rules.eaeu_stay;
        let window = stay::stay_window(rule);
        let Some(last) = stay::last_allowed_day(&p.stays, rule.days, window) else {
            return;
        };
        let start = p
            .stays
            .iter()
            .filter(|s| s.left.is_none())
            .map(|s| s.entered)
            .max()
            .unwrap_or(last);
        // A worker with a labour contract stays for its term: no overstay
        // is counted before the contract ends.
        if let Some(end) = p.labour_contract_end.filter(|end| *end > last) {
            let worker = &rules.eaeu_worker;
            let rule = PeriodRule {
                fact: worker.clone(),
                ..rule.clone()
            };
            let status = status_of(end, None, self.on);
            let msg = Message::new("deadline-eaeu-worker")
                .arg("person", self.name.clone())
                .arg("limit", rule.days)
                .arg("window", window)
                .arg("last", date_text(last))
                .arg("due", date_text(end));
            self.push(
                DeadlineKind::EaeuStay,
                &rule,
                Cited::of(worker),
                start,
                end,
                true,
                status,
                msg,
            );
            return;
        }
        let status = status_of(last, None, self.on);
        let present = stay::days_in_window(&p.stays, self.on.max(start), window);
        let msg = Message::new("deadline-eaeu-stay")
            .arg("person", self.name.clone())
            .arg("limit", rule.days)
            .arg("window", window)
            .arg("present", present)
            .arg("on", date_text(self.on.max(start)))
            .arg("due", date_text(last));
        self.push(
            DeadlineKind::EaeuStay,
            rule,
            Cited::of(&rule.fact),
            start,
            last,
            true,
            status,
            msg,
        );
    }
}

/// Every deadline for the people in `input`, as they stand on `on`, sorted
/// by due date.
pub fn deadlines(
    input: &DeadlineInput,
    on: NaiveDate,
    rules: &DeadlineRules,
    cal: &Calendar,
) -> Vec<Deadline> {
    let mut ctx = Ctx {
        rules,
        cal,
        on,
        out: Vec::new(),
        shared: SharedNotes::default(),
        name: Arc::from(""),
    };
    for p in &input.people {
        ctx.person(p);
    }
    let mut out = ctx.out;
    out.sort_by(by_due);
    out
}

/// The order [`deadlines`] lists them in: by due date, then person, then kind.
pub fn by_due(a: &Deadline, b: &Deadline) -> std::cmp::Ordering {
    a.due
        .cmp(&b.due)
        .then_with(|| a.person.cmp(&b.person))
        .then(a.kind.cmp(&b.kind))
}

/// [`deadlines`] with the built-in rules and calendar.
pub fn deadlines_builtin(input: &DeadlineInput, on: NaiveDate) -> Vec<Deadline> {
    deadlines(input, on, DeadlineRules::builtin(), Calendar::builtin())
}
