//! The version-2 templates' data source: the registrants' sheets, the
//! owners, the tables and the signature blocks a template loops over.

use super::*;

/// The data a version-2 template's loops, tables and signatures come from.
pub struct V2<'a> {
    pub d: &'a DocumentData,
    pub tpl: &'a Template,
    pub sheets: Vec<Sheet>,
}

impl<'a> V2<'a> {
    pub fn new(d: &'a DocumentData, tpl: &'a Template) -> Self {
        V2 {
            d,
            tpl,
            sheets: sheets(d),
        }
    }

    fn owner_line(&self, o: &Owner) -> Vec<String> {
        vec![
            o.name.clone(),
            o.iin.clone().unwrap_or_else(|| BLANK.into()),
            o.share.clone(),
        ]
    }

    fn acting(&self, o: &Owner) -> String {
        match &o.power_of_attorney {
            Some(p) => {
                let holder = p.holder.clone().unwrap_or_else(|| BLANK.into());
                let iin = p
                    .holder_iin
                    .as_ref()
                    .map(|i| format!(", {} {i}", self.tpl.word("label.iin")))
                    .unwrap_or_default();
                format!(
                    "{} {holder}{iin}, {}",
                    self.tpl.word("acting.by"),
                    poa_phrase(self.tpl, Some(p))
                )
            }
            None => self.tpl.word("owner.in-person"),
        }
    }
}

impl Source for V2<'_> {
    fn items(&self, name: &str) -> Option<Vec<BTreeMap<String, String>>> {
        let d = self.d;
        let tpl = self.tpl;
        match name {
            "registrant" => Some(
                self.sheets
                    .iter()
                    .enumerate()
                    .map(|(n, s)| {
                        let o = &d.occupants[s.person];
                        let app = o.application.clone().unwrap_or_default();
                        let mut m = BTreeMap::new();
                        let mut put = |k: &str, v: String| {
                            m.insert(format!("registrant.{k}"), v);
                        };
                        put("n", (n + 1).to_string());
                        put("total", self.sheets.len().to_string());
                        put("name", o.name.clone());
                        put("id", occupant_id(o, tpl));
                        put("birth", date(o.birth_date));
                        put("relation", relation_word(tpl, o.relation));
                        put(
                            "is_owner",
                            tpl.word(if s.is_owner {
                                "owner.is"
                            } else {
                                "owner.is-not"
                            }),
                        );
                        // eGov takes one owner's IIN on the non-owner path.
                        put(
                            "owner_iin",
                            s.approvers
                                .first()
                                .and_then(|&i| d.dwelling.owners[i].iin.clone())
                                .unwrap_or_else(|| "—".into()),
                        );
                        put(
                            "reason",
                            app.reason
                                .map(|r| tpl.word(reason_key(r)))
                                .unwrap_or_else(|| BLANK.into()),
                        );
                        put(
                            "signature",
                            app.signature
                                .map(|x| {
                                    tpl.word(match x {
                                        SignatureMethod::Eds => "signature.eds",
                                        SignatureMethod::Sms => "signature.sms",
                                    })
                                })
                                .unwrap_or_else(|| BLANK.into()),
                        );
                        put("phone", or_blank(app.phone.clone()));
                        put(
                            "filed_by",
                            match s.filed_by {
                                Some(p) => phrase(
                                    tpl,
                                    "applicant.parent",
                                    &[("name", d.occupants[p].name.clone())],
                                ),
                                None => tpl.word("applicant.self"),
                            },
                        );
                        put("approvers", s.approvers.len().to_string());
                        m
                    })
                    .collect(),
            ),
            "owner" => Some(
                d.dwelling
                    .owners
                    .iter()
                    .enumerate()
                    .map(|(n, o)| {
                        let mut m = BTreeMap::new();
                        m.insert("owner.n".into(), (n + 1).to_string());
                        m.insert("owner.name".into(), o.name.clone());
                        m.insert(
                            "owner.iin".into(),
                            o.iin.clone().unwrap_or_else(|| BLANK.into()),
                        );
                        m.insert("owner.share".into(), o.share.clone());
                        m.insert("owner.acting".into(), self.acting(o));
                        m
                    })
                    .collect(),
            ),
            _ => None,
        }
    }

    fn table(&self, name: &str, item: Item<'_>) -> Option<Block> {
        let d = self.d;
        let tpl = self.tpl;
        let header = |keys: &[&str]| Some(keys.iter().map(|k| tpl.word(k)).collect());
        let sheet = || match item {
            Some(("registrant", n)) => self.sheets.get(n),
            _ => None,
        };
        let none = |cols: usize| {
            let mut row = vec!["—".to_owned(); cols];
            row[1] = tpl.word("table.none");
            vec![row]
        };
        match name {
            "registrants" => Some(Block::Table {
                widths: vec![0.06, 0.34, 0.30, 0.13, 0.17],
                header: header(&["th.n", "th.name", "th.id", "th.birth", "th.relation"]),
                rows: self
                    .sheets
                    .iter()
                    .enumerate()
                    .map(|(n, s)| {
                        let o = &d.occupants[s.person];
                        vec![
                            (n + 1).to_string(),
                            o.name.clone(),
                            occupant_id(o, tpl),
                            date(o.birth_date),
                            relation_word(tpl, o.relation),
                        ]
                    })
                    .collect(),
                bold_first: false,
            }),
            "followers" => {
                let s = sheet()?;
                let rows: Vec<Vec<String>> = s
                    .followers
                    .iter()
                    .enumerate()
                    .map(|(n, &i)| {
                        let o = &d.occupants[i];
                        vec![
                            (n + 1).to_string(),
                            o.name.clone(),
                            date(o.birth_date),
                            tpl.word("follower.status"),
                        ]
                    })
                    .collect();
                Some(Block::Table {
                    widths: vec![0.06, 0.36, 0.16, 0.42],
                    header: header(&["th.n", "th.name", "th.birth", "th.status"]),
                    rows: if rows.is_empty() { none(4) } else { rows },
                    bold_first: false,
                })
            }
            "approvals" => {
                let s = sheet()?;
                let rows: Vec<Vec<String>> = s
                    .approvers
                    .iter()
                    .enumerate()
                    .map(|(n, &i)| {
                        let mut row = vec![(n + 1).to_string()];
                        row.extend(self.owner_line(&d.dwelling.owners[i]));
                        row.push(tpl.word("approval.how"));
                        row
                    })
                    .collect();
                Some(Block::Table {
                    widths: vec![0.06, 0.32, 0.18, 0.10, 0.34],
                    header: header(&["th.n", "th.owner", "th.id", "th.share", "th.approval"]),
                    rows: if rows.is_empty() { none(5) } else { rows },
                    bold_first: false,
                })
            }
            "inventory" => {
                let h = d.handover.as_ref()?;
                Some(Block::Table {
                    widths: vec![0.06, 0.22, 0.30, 0.10, 0.32],
                    header: header(&["th.n", "th.room", "th.item", "th.quantity", "th.condition"]),
                    rows: h
                        .inventory
                        .iter()
                        .enumerate()
                        .map(|(n, x)| {
                            vec![
                                (n + 1).to_string(),
                                x.room.clone(),
                                x.item.clone(),
                                x.quantity.to_string(),
                                x.condition.clone(),
                            ]
                        })
                        .collect(),
                    bold_first: false,
                })
            }
            "meters" => {
                let h = d.handover.as_ref()?;
                Some(Block::Table {
                    widths: vec![0.06, 0.34, 0.30, 0.30],
                    header: header(&["th.n", "th.meter", "th.serial", "th.reading"]),
                    rows: h
                        .meters
                        .iter()
                        .enumerate()
                        .map(|(n, m)| {
                            vec![
                                (n + 1).to_string(),
                                tpl.word(meter_key(m.kind)),
                                m.serial.clone().unwrap_or_else(|| "—".into()),
                                m.reading.clone(),
                            ]
                        })
                        .collect(),
                    bold_first: false,
                })
            }
            "keys" => {
                let h = d.handover.as_ref()?;
                Some(Block::Table {
                    widths: vec![0.06, 0.64, 0.30],
                    header: header(&["th.n", "th.key", "th.quantity"]),
                    rows: h
                        .keys
                        .iter()
                        .enumerate()
                        .map(|(n, k)| {
                            vec![(n + 1).to_string(), k.what.clone(), k.count.to_string()]
                        })
                        .collect(),
                    bold_first: false,
                })
            }
            _ => crate::tables(name, d, tpl),
        }
    }

    fn signature(&self, role: &str, item: Item<'_>) -> Option<Vec<String>> {
        let d = self.d;
        let tpl = self.tpl;
        let col = |key: &str, name: String, id: Option<String>| {
            let mut c = vec![tpl.word(key), name];
            if let Some(i) = id {
                c.push(i);
            }
            c.push(tpl.word("sig.line"));
            c
        };
        match (role, item) {
            ("applicant", Some(("registrant", n))) => {
                let s = self.sheets.get(n)?;
                let o = &d.occupants[s.person];
                Some(col(
                    "sig.applicant",
                    o.name.clone(),
                    Some(occupant_id(o, tpl)),
                ))
            }
            ("this-owner", Some(("owner", n))) => {
                let o = d.dwelling.owners.get(n)?;
                let name = match o.power_of_attorney.as_ref().and_then(|p| p.holder.clone()) {
                    Some(h) => format!("{} ({} {h})", o.name, tpl.word("acting.by")),
                    None => o.name.clone(),
                };
                Some(col(
                    "sig.owner",
                    name,
                    o.iin
                        .as_ref()
                        .map(|i| format!("{} {i}", tpl.word("label.iin"))),
                ))
            }
            ("foreigner", _) => {
                let f = d.foreigner.as_ref()?;
                Some(col(
                    "sig.immigrant",
                    format!("{} {}", f.surname_latin, f.given_names_latin),
                    Some(passport(&f.passport, tpl)),
                ))
            }
            ("landlord" | "tenant" | "host", _) => crate::signature(role, d, tpl),
            _ => None,
        }
    }
}
