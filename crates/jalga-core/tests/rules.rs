//! The rules engine against the case tables in `tests/cases/`: area norms,
//! the working-day calendar and deadlines; plus the properties of the norm
//! and the completeness of every explanation in all three languages.

use chrono::NaiveDate;
use jalga_core::domain::{AreaBasis, Relation};
use jalga_core::i18n::{Catalog, Message};
use jalga_core::rules::calendar::Calendar;
use jalga_core::rules::deadlines::{
    deadlines_builtin, Deadline, DeadlineInput, DeadlineRules, DeadlineStatus, PersonFacts,
};
use jalga_core::rules::fines::{MrpTable, Penalty};
use jalga_core::rules::norm::{
    evaluate, DwellingAreas, NormPerson, NormPreset, NormRegistry, NormResult, NormVerdict,
};
use jalga_core::rules::source_message;
use jalga_core::Lang;
use proptest::prelude::*;
use serde::Deserialize;
use serde_json::json;

fn date(s: &str) -> NaiveDate {
    s.parse()
        .unwrap_or_else(|e| panic!("bad date {s:?} in a case table: {e}"))
}

/// Rows of a tab-separated table, skipping comments and the header row.
fn rows(table: &str) -> Vec<(usize, Vec<&str>)> {
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l.split('\t').collect()))
        .collect()
}

fn registry() -> NormRegistry {
    let mut reg = NormRegistry::builtin();
    let user = NormPreset::from_json(include_str!("cases/norm-user-preset.json"))
        .expect("the test preset is valid");
    reg.add(user).unwrap();
    reg
}

fn relation(s: &str) -> Relation {
    serde_json::from_value(json!(s)).unwrap_or_else(|e| panic!("bad relation {s:?}: {e}"))
}

/// "tenant spouse R:unrelated*3" → people.
fn people(spec: &str) -> Vec<NormPerson> {
    let mut out = Vec::new();
    for item in spec.split_whitespace() {
        let (registered, item) = match item.strip_prefix("R:") {
            Some(rest) => (true, rest),
            None => (false, item),
        };
        let (rel, n) = match item.split_once('*') {
            Some((r, n)) => (r, n.parse::<usize>().unwrap()),
            None => (item, 1),
        };
        for _ in 0..n {
            out.push(NormPerson {
                label: None,
                relation: relation(rel),
                registered,
            });
        }
    }
    out
}

fn area(s: &str) -> Option<f64> {
    (s != "-").then(|| s.parse().unwrap())
}

fn verdict_code(v: NormVerdict) -> String {
    serde_json::to_value(v)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

fn assert_renders(msgs: &[Message], context: &str) {
    let catalog = Catalog::global();
    for lang in Lang::ALL {
        for m in msgs {
            let text = catalog
                .try_render(lang, m)
                .unwrap_or_else(|e| panic!("{context}: {lang}: {e}"));
            assert!(
                !text.contains("{") && !text.contains('[') && !text.trim().is_empty(),
                "{context}: {lang}: {} rendered as {text:?}",
                m.id
            );
        }
    }
}

#[test]
fn norm_case_table() {
    let reg = registry();
    let table = rows(include_str!("cases/norm.tsv"));
    let (_, header) = &table[0];
    assert_eq!(header[0], "case");
    let cases = &table[1..];
    assert!(cases.len() >= 25, "the table lost rows: {}", cases.len());
    for (line, c) in cases {
        assert_eq!(c.len(), 14, "line {line}: {} columns", c.len());
        let preset = reg.get(c[1]).unwrap();
        let areas = DwellingAreas {
            useful: area(c[3]),
            living: area(c[4]),
            total: area(c[5]),
        };
        let r = evaluate(preset, &areas, &people(c[6]), date(c[2]));
        let ctx = format!("line {line} ({})", c[0]);
        assert_eq!(verdict_code(r.verdict), c[7], "{ctx}: verdict");
        assert_eq!(
            r.capacity.map(|n| n.to_string()).unwrap_or("-".into()),
            c[8],
            "{ctx}: capacity"
        );
        assert_eq!(r.counted.to_string(), c[9], "{ctx}: counted");
        assert_eq!(r.exempt.to_string(), c[10], "{ctx}: exempt");
        assert_eq!(r.grandfathered.to_string(), c[11], "{ctx}: grandfathered");
        assert_eq!(
            r.m2_per_counted_person,
            area(c[12]),
            "{ctx}: m² per counted person"
        );
        let ids: Vec<&str> = r.explanation.iter().map(|m| m.id.as_str()).collect();
        for want in c[13].split(',').filter(|w| *w != "-") {
            assert!(ids.contains(&want), "{ctx}: no {want} in {ids:?}");
        }
        assert_eq!(r.explanation.last().unwrap().id, "rule-source", "{ctx}");
        assert_renders(&r.explanation, &ctx);
    }
}

#[test]
fn presets_are_complete_and_labelled() {
    let reg = NormRegistry::builtin();
    let ids: Vec<&str> = reg.presets().iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "kz-astana",
            "kz-none",
            "ru-proposal-6m2-living",
            "ru-proposal-8m2-migrant"
        ]
    );
    let astana = reg.get("kz-astana").unwrap();
    assert_eq!(astana.m2_per_person, Some(15.0));
    assert_eq!(astana.basis, AreaBasis::Useful);
    assert!(astana.new_registrations_only && !astana.effective_from_confirmed);
    for p in reg.presets().iter().filter(|p| p.id.starts_with("ru-")) {
        let r = evaluate(p, &DwellingAreas::default(), &[], date("2026-01-01"));
        assert!(r
            .explanation
            .iter()
            .any(|m| m.id == "norm-proposal-warning"));
    }
}

#[test]
fn bad_presets_are_refused_with_a_field() {
    let good: serde_json::Value =
        serde_json::from_str(include_str!("cases/norm-user-preset.json")).unwrap();
    let cases = [
        ("m2_per_person", json!(0), "preset.m2_per_person"),
        ("m2_per_person", json!(null), "preset.m2_per_person"),
        ("effective_to", json!("2019-01-01"), "preset.effective_to"),
        ("id", json!(" "), "preset.id"),
        ("basis", json!("cubic"), "preset"),
    ];
    for (field, value, want) in cases {
        let mut p = good.clone();
        p[field] = value;
        let err = NormPreset::from_json(&p.to_string()).expect_err(field);
        assert_eq!(err.field(), Some(want), "{field}");
        assert_renders(&[jalga_core::i18n::ToMessage::to_message(&err)], field);
    }
    let err = NormRegistry::builtin().get("nowhere").unwrap_err();
    assert!(err.localize_en().contains("kz-astana"));
}

trait LocalizeEn {
    fn localize_en(&self) -> String;
}
impl LocalizeEn for jalga_core::CoreError {
    fn localize_en(&self) -> String {
        self.to_problem(Lang::En).message
    }
}

#[test]
fn calendar_case_table() {
    let cal = Calendar::builtin();
    let cases = rows(include_str!("cases/calendar.tsv"));
    assert!(cases.len() >= 30);
    for (line, c) in cases {
        let unconfirmed = c.last() == Some(&"unconfirmed");
        match c[0] {
            "day" => {
                let (working, confirmed) = cal.is_working_day(date(c[1]));
                assert_eq!(working, c[2] == "working", "line {line}: {}", c[1]);
                assert_eq!(confirmed, !unconfirmed, "line {line}: confirmed");
            }
            "add" => {
                let (due, confirmed) = cal.add_working_days(date(c[1]), c[2].parse().unwrap());
                assert_eq!(due, date(c[3]), "line {line}");
                assert_eq!(confirmed, !unconfirmed, "line {line}: confirmed");
            }
            other => panic!("line {line}: unknown row kind {other}"),
        }
    }
}

#[test]
fn the_transfer_rule_reproduces_the_published_years() {
    let cal = Calendar::builtin();
    for year in [2025, 2026] {
        let y = cal.year(year).unwrap();
        assert!(y.confirmed);
        assert_eq!(
            Some(y.derived_transfers()),
            y.transfers,
            "{year}: the rule and the published transfers differ"
        );
    }
    let y2027 = cal.year(2027).unwrap();
    assert!(!y2027.confirmed && y2027.lunar_pending && y2027.transfers.is_none());
    assert_eq!(cal.working_days_in(2026), 246);
    assert_eq!(cal.year(2026).unwrap().working_days, Some(246));
}

#[test]
fn mrp_by_year() {
    let t = MrpTable::builtin();
    let got: Vec<_> = [2024, 2025, 2026, 2027, 2023]
        .into_iter()
        .map(|y| t.for_year(y).map(|v| (v.year, v.tenge, v.substituted)))
        .collect();
    assert_eq!(
        got,
        [
            Some((2024, 3692, false)),
            Some((2025, 3932, false)),
            Some((2026, 4325, false)),
            Some((2026, 4325, true)),
            None
        ]
    );
}

#[derive(Deserialize)]
struct DeadlineCases {
    cases: Vec<DeadlineCase>,
}

#[derive(Deserialize)]
struct DeadlineCase {
    case: String,
    on: NaiveDate,
    person: PersonFacts,
    expect: Vec<String>,
}

fn summary(d: &Deadline) -> String {
    let status = match d.status {
        DeadlineStatus::Done { late_days, .. } => format!("done:{late_days}"),
        DeadlineStatus::Due { days_left } => format!("due:{days_left}"),
        DeadlineStatus::Overdue { days } => format!("overdue:{days}"),
        DeadlineStatus::Exempt => "exempt".to_owned(),
    };
    let fine = if d.fines.is_empty() {
        "-".to_owned()
    } else {
        d.fines
            .iter()
            .map(|f| f.code())
            .collect::<Vec<_>>()
            .join("+")
    };
    let mut s = format!("{} {} {status} {fine}", d.kind.code(), d.due);
    if !d.calendar_confirmed {
        s.push_str(" unconfirmed-calendar");
    }
    s
}

#[test]
fn deadline_case_table() {
    let file: DeadlineCases =
        serde_json::from_str(include_str!("cases/deadlines.json")).expect("the case file parses");
    assert!(file.cases.len() >= 20);
    for c in &file.cases {
        let input = DeadlineInput {
            people: vec![c.person.clone()],
        };
        let got = deadlines_builtin(&input, c.on);
        let summaries: Vec<String> = got.iter().map(summary).collect();
        assert_eq!(summaries, c.expect, "case: {}", c.case);
        for d in &got {
            assert!(
                !d.source.is_empty() && d.rule.starts_with("kz."),
                "{}",
                c.case
            );
            let mut msgs = vec![d.explanation.clone()];
            msgs.extend(d.notes.iter().map(|m| Message::clone(m)));
            assert_renders(&msgs, &c.case);
            // Whatever rests on an unconfirmed fact says so.
            let says_unconfirmed = d.notes.iter().any(|m| {
                [
                    "deadline-rule-unconfirmed",
                    "deadline-calendar-unconfirmed",
                    "deadline-fine-unconfirmed",
                ]
                .contains(&m.id.as_str())
            });
            assert_eq!(
                says_unconfirmed, !d.all_confirmed,
                "{}: {:?}",
                c.case, d.notes
            );
            // A warning is a warning: never a sum of 0 tenge.
            for f in &d.fines {
                if matches!(f.penalty, Penalty::Warning { .. }) {
                    assert_eq!(f.tenge, None, "{}", c.case);
                }
            }
        }
    }
}

/// The fines of one deadline in words: who, which article, how much.
fn fine_lines(d: &Deadline, lang: Lang) -> Vec<String> {
    d.notes
        .iter()
        .filter(|m| m.id.starts_with("deadline-fine"))
        .map(|m| m.render(lang))
        .collect()
}

#[test]
fn a_citizen_40_days_late_exposes_the_resident_under_492_and_the_owner_under_493() {
    let person: PersonFacts = serde_json::from_value(json!({
        "name": "A", "citizenship": "KAZ", "moved_in": "2026-03-01",
        "registration": {"kind": "permanent", "status": "registered", "submitted_on": "2026-04-20"}
    }))
    .unwrap();
    let got = deadlines_builtin(
        &DeadlineInput {
            people: vec![person],
        },
        date("2026-05-01"),
    );
    let d = &got[0];
    assert_eq!(
        d.status,
        DeadlineStatus::Done {
            on: date("2026-04-20"),
            late_days: 40
        }
    );
    let who: Vec<(&str, &str, Option<u32>, Option<u64>)> = d
        .fines
        .iter()
        .map(|f| (f.article.as_str(), f.who.as_str(), f.mrp, f.tenge))
        .collect();
    assert_eq!(
        who,
        [
            ("492", "resident", Some(7), Some(30_275)),
            ("493", "owner", Some(10), Some(43_250)),
        ]
    );
    let en = fine_lines(d, Lang::En).join(" | ");
    assert!(
        en.contains("The resident, CAO art. 492: 7 MRP = 30"),
        "{en}"
    );
    assert!(en.contains("The owner, CAO art. 493: 10 MRP = 43"), "{en}");
    assert!(
        en.contains("13 MRP") && en.contains("not confirmed"),
        "{en}"
    );
    let ru = fine_lines(d, Lang::Ru).join(" | ");
    assert!(
        ru.contains("ст. 492 КоАП: 7 МРП") && ru.contains("ст. 493 КоАП: 10 МРП"),
        "{ru}"
    );
    let kk = fine_lines(d, Lang::Kk).join(" | ");
    assert!(
        kk.contains("ӘҚБтК 492-бабы: 7 АЕК") && kk.contains("ӘҚБтК 493-бабы: 10 АЕК"),
        "{kk}"
    );
}

#[test]
fn a_late_host_before_july_2026_gets_a_warning_under_518_never_zero_tenge() {
    let person: PersonFacts = serde_json::from_value(json!({
        "name": "B", "citizenship": "CHN", "moved_in": "2026-03-02", "notice_filed": "2026-03-16"
    }))
    .unwrap();
    let got = deadlines_builtin(
        &DeadlineInput {
            people: vec![person],
        },
        date("2026-03-20"),
    );
    let d = &got[0];
    assert_eq!(d.actor.as_deref(), Some("host"));
    let f = &d.fines[0];
    assert_eq!(
        (f.article.as_str(), f.part.as_deref(), f.who.as_str()),
        ("518", Some("1"), "host")
    );
    assert_eq!(f.penalty, Penalty::Warning { fine_from: None });
    assert_eq!((f.mrp, f.tenge), (None, None));
    assert_eq!((f.repeat_mrp, f.repeat_tenge), (Some(30), Some(129_750)));
    for lang in Lang::ALL {
        let text = fine_lines(d, lang).join(" | ");
        assert!(
            text.contains("518") && !text.contains(" 0 "),
            "{lang}: {text}"
        );
    }
    let en = fine_lines(d, Lang::En).join(" | ");
    assert!(en.contains("part 1: a warning"), "{en}");
    assert!(fine_lines(d, Lang::Ru).join(" ").contains("предупреждение"));
    assert!(fine_lines(d, Lang::Kk).join(" ").contains("ескерту"));
}

#[test]
fn the_foreigners_fine_is_unrecorded_and_says_it_is_unconfirmed() {
    let person: PersonFacts = serde_json::from_value(json!({
        "name": "B", "citizenship": "UZB", "entered_country": "2026-07-01", "moved_in": "2026-07-01"
    }))
    .unwrap();
    let got = deadlines_builtin(
        &DeadlineInput {
            people: vec![person],
        },
        date("2026-08-10"),
    );
    let d = &got[0];
    assert_eq!(d.actor.as_deref(), Some("immigrant"));
    assert_eq!(d.fines[0].article, "517");
    assert_eq!(d.fines[0].penalty, Penalty::Unrecorded);
    assert!(!d.all_confirmed);
    let ids: Vec<&str> = d.notes.iter().map(|m| m.id.as_str()).collect();
    assert!(ids.contains(&"deadline-fine-unconfirmed"), "{ids:?}");
}

#[test]
fn deadline_rules_data_is_as_researched() {
    let r = DeadlineRules::builtin();
    assert_eq!(r.citizen_registration.days, 10);
    assert_eq!(r.foreigner_notice.days, 3);
    assert_eq!(r.foreigner_registration.days, 30);
    assert_eq!(
        r.foreigner_registration.effective_from,
        Some(date("2026-07-01"))
    );
    assert_eq!(r.foreigner_address_change.days, 5);
    assert_eq!((r.eaeu_stay.days, r.eaeu_stay.window_days), (90, Some(180)));
    assert_eq!(r.short_stay_exemption.countries, ["RUS", "KGZ"]);
    assert_eq!(r.children_not_registered.under_age, 14);
    // Who is liable under which article (CAO 492, 493, 518 p. 1, 517).
    let fine = |id: &str| &r.fines[id];
    let resident = fine("resident-unregistered");
    assert_eq!(
        (
            resident.article.as_str(),
            resident.who.as_str(),
            resident.warning
        ),
        ("492", "resident", true)
    );
    assert_eq!(
        (
            resident.warning_up_to_months,
            resident.mrp,
            resident.repeat_mrp
        ),
        (Some(1), Some(7), Some(13))
    );
    let owner = fine("owner-unregistered");
    assert_eq!(
        (owner.article.as_str(), owner.who.as_str(), owner.warning),
        ("493", "owner", false)
    );
    assert_eq!((owner.mrp, owner.repeat_mrp), (Some(10), Some(20)));
    let host = fine("host-notice");
    assert_eq!(
        (
            host.article.as_str(),
            host.part.as_deref(),
            host.who.as_str()
        ),
        ("518", Some("1"), "host")
    );
    assert_eq!(
        (host.warning, host.mrp, host.repeat_mrp),
        (true, None, Some(30))
    );
    let others: Vec<u32> = host.others.iter().map(|o| o.mrp).collect();
    assert_eq!(others, [10, 15, 20]);
    let foreigner = fine("foreigner-stay");
    assert_eq!((foreigner.article.as_str(), foreigner.mrp), ("517", None));
    assert!(!foreigner.confirmed);
    // Each rule names fines that exist, and each liable party is the one
    // the law names.
    for (rule, want) in [
        (&r.citizen_registration, &["492", "493"][..]),
        (&r.temporary_registration_end, &["492", "493"]),
        (&r.deregistration, &["493"]),
        (&r.foreigner_notice, &["518"]),
        (&r.foreigner_registration, &["517"]),
        (&r.foreigner_address_change, &["517"]),
        (&r.eaeu_stay, &["517"]),
        (&r.lease_end, &[]),
    ] {
        assert_eq!(rule.fines.len(), r.fines_of(rule).len(), "{:?}", rule.fines);
        let articles: Vec<&str> = r
            .fines_of(rule)
            .iter()
            .map(|f| f.article.as_str())
            .collect();
        assert_eq!(articles, want, "{}", rule.fact.source);
    }
    assert_eq!(r.foreigner_notice.actor.as_deref(), Some("host"));
    assert_eq!(r.foreigner_notice.effective_to, Some(date("2026-06-30")));
    assert_eq!(r.foreigner_registration.actor.as_deref(), Some("immigrant"));
    // The 90-in-180 source is not confirmed (see LEGAL-REVIEW §3).
    assert!(!r.eaeu_stay.fact.confirmed);
}

#[test]
fn a_bad_input_file_names_where() {
    let err = DeadlineInput::from_json("{\"people\": [{\"name\": 1}]}").unwrap_err();
    assert_eq!(err.field(), Some("input"));
    let text = err.to_problem(Lang::Ru).message;
    assert!(text.contains("строка 1"), "{text}");
}

/// Deadlines share their notes and source texts in memory; what they write
/// is what an unshared message writes: each note a message object, each text
/// a plain string, the same for every deadline under one rule.
#[test]
fn shared_notes_are_written_as_the_messages_they_hold() {
    let person = |name: &str| -> PersonFacts {
        serde_json::from_value(json!({
            "name": name, "citizenship": "KAZ", "moved_in": "2026-03-01"
        }))
        .unwrap()
    };
    let got = deadlines_builtin(
        &DeadlineInput {
            people: vec![person("A"), person("B")],
        },
        date("2026-05-01"),
    );
    assert_eq!(got.len(), 2);
    let rule = &DeadlineRules::builtin().citizen_registration.fact;
    let written: Vec<serde_json::Value> = got
        .iter()
        .map(|d| serde_json::to_value(d).unwrap())
        .collect();
    assert_eq!(written[0]["source"], json!(rule.source));
    assert_eq!(written[0]["notes"], written[1]["notes"]);
    let unshared = source_message(
        &rule.source,
        rule.source_ru.as_deref(),
        rule.source_kk.as_deref(),
    );
    let notes = written[0]["notes"].as_array().unwrap();
    assert!(
        notes.contains(&serde_json::to_value(&unshared).unwrap()),
        "{notes:?}"
    );
    assert!(notes
        .iter()
        .all(|n| n["id"].is_string() && n["args"].is_array()));
}

// ---- properties of the norm ----

fn any_relation() -> impl Strategy<Value = Relation> {
    proptest::sample::select(Relation::ALL.to_vec())
}

fn any_person() -> impl Strategy<Value = NormPerson> {
    (any_relation(), any::<bool>()).prop_map(|(relation, registered)| NormPerson {
        label: None,
        relation,
        registered,
    })
}

fn any_preset() -> impl Strategy<Value = NormPreset> {
    let reg = registry();
    proptest::sample::select(reg.presets().to_vec())
}

fn any_areas() -> impl Strategy<Value = DwellingAreas> {
    let a = || proptest::option::of(0.0f64..200.0);
    (a(), a(), a()).prop_map(|(total, useful, living)| DwellingAreas {
        total,
        useful,
        living,
    })
}

fn allowed(r: &NormResult) -> bool {
    r.verdict == NormVerdict::Allowed
}

proptest! {
    #[test]
    fn adding_a_person_never_turns_not_allowed_into_allowed(
        preset in any_preset(),
        areas in any_areas(),
        people in proptest::collection::vec(any_person(), 0..40),
        extra in any_person(),
        at in 0usize..40,
    ) {
        let on = date("2026-09-01");
        let before = evaluate(&preset, &areas, &people, on);
        let mut more = people.clone();
        more.insert(at.min(more.len()), extra);
        let after = evaluate(&preset, &areas, &more, on);
        if before.verdict == NormVerdict::NotAllowed {
            prop_assert!(!allowed(&after), "{:?} -> {:?}", before.verdict, after.verdict);
        }
        prop_assert!(after.counted >= before.counted);
    }

    #[test]
    fn exempting_a_person_never_turns_allowed_into_not_allowed(
        preset in any_preset(),
        areas in any_areas(),
        people in proptest::collection::vec(any_person(), 1..40),
        who in 0usize..40,
    ) {
        let on = date("2026-09-01");
        // Exempting: giving the person a relation the preset exempts.
        let Some(&exempt_rel) = preset.exempt_relations.first() else {
            return Ok(());
        };
        let before = evaluate(&preset, &areas, &people, on);
        let mut changed = people.clone();
        let i = who % changed.len();
        changed[i].relation = exempt_rel;
        let after = evaluate(&preset, &areas, &changed, on);
        if allowed(&before) {
            prop_assert_eq!(after.verdict, NormVerdict::Allowed);
        }
        prop_assert!(after.counted <= before.counted);
    }
}

#[test]
fn every_built_in_source_is_in_three_languages() {
    let reg = NormRegistry::builtin();
    for p in reg.presets() {
        assert!(
            p.source_ru.is_some() && p.source_kk.is_some(),
            "preset {}",
            p.id
        );
    }
    let r = DeadlineRules::builtin();
    for (name, rule) in [
        ("citizen_registration", &r.citizen_registration),
        ("foreigner_notice", &r.foreigner_notice),
        ("foreigner_registration", &r.foreigner_registration),
        ("foreigner_address_change", &r.foreigner_address_change),
        ("temporary_registration_end", &r.temporary_registration_end),
        ("lease_end", &r.lease_end),
        ("deregistration", &r.deregistration),
        ("eaeu_stay", &r.eaeu_stay),
    ] {
        assert!(
            rule.fact.source_ru.is_some() && rule.fact.source_kk.is_some(),
            "{name}"
        );
    }
    assert!(r.short_stay_exemption.fact.source_kk.is_some());
}
