//! The demo's handover acts and the prevailing text of its bilingual
//! agreements: a move-in act for two Astana flats, with their rooms and
//! furniture, meter readings on the day and keys.

use chrono::NaiveDate;

use crate::domain::{
    Handover, HandoverDirection, InventoryLine, KeyLine, LeaseLanguage, MeterKind, MeterLine,
    PrevailingLanguage,
};
use crate::interchange::Bundle;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
}

fn line(room: &str, item: &str, quantity: u32, condition: &str) -> InventoryLine {
    InventoryLine {
        room: room.to_owned(),
        item: item.to_owned(),
        quantity,
        condition: condition.to_owned(),
    }
}

fn meter(kind: MeterKind, serial: &str, reading: &str) -> MeterLine {
    MeterLine {
        kind,
        serial: Some(serial.to_owned()),
        reading: reading.to_owned(),
    }
}

fn keys(what: &str, count: u32) -> KeyLine {
    KeyLine {
        what: what.to_owned(),
        count,
    }
}

/// Adds the acts, and says which text prevails in each kk+ru agreement
/// (the Kazakh one, as the state language).
pub(super) fn add(b: &mut Bundle) {
    for l in b.leases.iter_mut() {
        if l.language == LeaseLanguage::KkRu {
            l.prevailing_language = Some(PrevailingLanguage::Kk);
        }
    }
    b.handovers = vec![
        Handover {
            id: "h-tauelsizdik-2026-in".into(),
            lease_id: "l-tauelsizdik-2026".into(),
            direction: HandoverDirection::MoveIn,
            handed_on: date(2026, 3, 1),
            inventory: vec![
                line("Гостиная", "Диван раскладной", 1, "хорошее, без пятен"),
                line(
                    "Гостиная",
                    "Телевизор Samsung 43\"",
                    1,
                    "исправен, пульт есть",
                ),
                line("Спальня", "Кровать двуспальная с матрасом", 1, "хорошее"),
                line("Спальня", "Шкаф-купе", 1, "царапина на левой двери"),
                line("Кухня", "Холодильник Indesit", 1, "исправен"),
                line("Кухня", "Стулья", 4, "хорошее"),
                line("Ванная", "Стиральная машина LG", 1, "исправна"),
            ],
            meters: vec![
                meter(MeterKind::Electricity, "E-0047311", "12458.3"),
                meter(MeterKind::ColdWater, "CW-220917", "00341.27"),
                meter(MeterKind::HotWater, "HW-220918", "00198.05"),
                meter(MeterKind::Heat, "T-77120", "3.412"),
            ],
            keys: vec![
                keys("Входная дверь квартиры", 2),
                keys("Домофон (брелок)", 2),
                keys("Почтовый ящик", 1),
            ],
            remarks: Some("Царапина на левой двери шкафа-купе была до передачи.".into()),
        },
        Handover {
            id: "h-kabanbay-2026-in".into(),
            lease_id: "l-kabanbay-2026".into(),
            direction: HandoverDirection::MoveIn,
            handed_on: date(2026, 1, 15),
            inventory: vec![
                line("Комната", "Кровать односпальная", 3, "хорошее"),
                line("Кухня", "Газовая плита", 1, "исправна"),
            ],
            meters: vec![
                meter(MeterKind::Electricity, "E-1190442", "30771"),
                meter(MeterKind::Gas, "G-58213", "1045.6"),
            ],
            keys: vec![keys("Входная дверь квартиры", 3)],
            remarks: None,
        },
    ];
}
