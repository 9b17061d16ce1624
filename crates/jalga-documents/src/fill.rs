//! The templates of every version and how an envelope's language parts are
//! made into blocks: the template chosen, its placeholders filled, the
//! version-1 tables and the signature columns.

use std::collections::BTreeMap;

use crate::error::CoreError;
use crate::i18n::{Lang, Message};
use crate::layout::Block;
use crate::template::{self, Template};
use crate::values::{date, occupant_id, party_id, relation_word, values};
use crate::{procedure, DocKind, DocumentData, Envelope, TemplateVersion};

/// The template file of a version, by name and language; None where that
/// version has no such template.
pub(crate) fn template_src(
    version: TemplateVersion,
    name: &str,
    lang: Lang,
) -> Option<&'static str> {
    macro_rules! t {
        ($v:literal, $k:literal) => {
            match lang {
                Lang::Kk => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".kk.tpl"
                )),
                Lang::Ru => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".ru.tpl"
                )),
                Lang::En => include_str!(concat!(
                    "../../../assets/templates/",
                    $v,
                    "/",
                    $k,
                    ".en.tpl"
                )),
            }
        };
    }
    Some(match (version, name) {
        (1, "common") => t!("v1", "common"),
        (1, "agreement") => t!("v1", "agreement"),
        (1, "consent") => t!("v1", "consent"),
        (1, "registration-sheet") => t!("v1", "registration-sheet"),
        (1, "foreigner-notice") => t!("v1", "foreigner-notice"),
        (2, "common") => t!("v2", "common"),
        (2, "agreement") => t!("v2", "agreement"),
        (2, "consent") => t!("v2", "consent"),
        (2, "registration-sheet") => t!("v2", "registration-sheet"),
        (2, "foreigner-host") => t!("v2", "foreigner-host"),
        (2, "foreigner-immigrant") => t!("v2", "foreigner-immigrant"),
        (2, "handover-act") => t!("v2", "handover-act"),
        _ => return None,
    })
}

/// The template an envelope is rendered with: its kind's, except that a
/// version-2 foreigner's sheet follows the regime of the arrival date.
pub(crate) fn template_name(env: &Envelope) -> &'static str {
    match (env.template_version, env.kind, &env.data.foreigner) {
        (2.., DocKind::ForeignerNotice, Some(f)) => {
            procedure::ForeignerRegime::on(f.arrival_date).template()
        }
        _ => env.kind.code(),
    }
}

/// Every language part's blocks, in order.
pub(crate) fn parts(env: &Envelope) -> Result<Vec<(Template, Vec<Block>)>, CoreError> {
    let mut out = Vec::new();
    let version = env.template_version;
    let name = template_name(env);
    for &lang in env.lang.parts() {
        let missing = || CoreError::Invalid {
            field: format!("template.{name}.{lang}"),
            message: Message::new("doc-no-template")
                .arg("kind", env.kind.code())
                .arg("version", version),
        };
        let src = template_src(version, name, lang).ok_or_else(missing)?;
        let common = template_src(version, "common", lang).ok_or_else(missing)?;
        let tpl = Template::parse(src, common);
        let mut values = values(&env.data, &tpl, lang);
        let d = &env.data;
        let result = if version >= 2 {
            procedure::values(d, &tpl, lang, env.lang, &mut values);
            tpl.blocks(&values, &procedure::V2::new(d, &tpl))
        } else {
            tpl.blocks(&values, &V1 { d, tpl: &tpl })
        };
        let blocks = result.map_err(|e| CoreError::Invalid {
            field: format!("template.{}.{}:{}", name, lang, e.line),
            message: Message::new("doc-template").arg("what", e.what),
        })?;
        out.push((tpl, blocks));
    }
    Ok(out)
}

/// Version 1's tables and signatures.
pub(crate) struct V1<'a> {
    d: &'a DocumentData,
    tpl: &'a Template,
}

impl template::Source for V1<'_> {
    fn items(&self, _: &str) -> Option<Vec<BTreeMap<String, String>>> {
        None
    }
    fn table(&self, name: &str, _: template::Item<'_>) -> Option<Block> {
        tables(name, self.d, self.tpl)
    }
    fn signature(&self, role: &str, _: template::Item<'_>) -> Option<Vec<String>> {
        signature(role, self.d, self.tpl)
    }
}

pub(crate) fn tables(name: &str, d: &DocumentData, tpl: &Template) -> Option<Block> {
    let header = |keys: &[&str]| Some(keys.iter().map(|k| tpl.word(k)).collect());
    match name {
        "parties" => Some(Block::Table {
            widths: vec![0.16, 0.26, 0.30, 0.28],
            header: header(&["th.role", "th.name", "th.id", "th.address"]),
            rows: [("role.landlord", &d.landlord), ("role.tenant", &d.tenant)]
                .into_iter()
                .map(|(r, p)| {
                    let mut addr = p.address.clone();
                    if let Some(ph) = &p.phone {
                        addr.push_str(&format!(", {} {ph}", tpl.word("label.phone")));
                    }
                    vec![tpl.word(r), p.name.clone(), party_id(p, tpl), addr]
                })
                .collect(),
            bold_first: false,
        }),
        "occupants" | "people" => {
            let idx: Vec<usize> = if name == "people" {
                d.registration.as_ref()?.people.clone()
            } else {
                (0..d.occupants.len()).collect()
            };
            Some(Block::Table {
                widths: vec![0.06, 0.34, 0.30, 0.13, 0.17],
                header: header(&["th.n", "th.name", "th.id", "th.birth", "th.relation"]),
                rows: idx
                    .iter()
                    .filter_map(|&i| d.occupants.get(i))
                    .enumerate()
                    .map(|(n, o)| {
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
            })
        }
        "owners" => Some(Block::Table {
            widths: vec![0.06, 0.54, 0.25, 0.15],
            header: header(&["th.n", "th.name", "th.id", "th.share"]),
            rows: d
                .dwelling
                .owners
                .iter()
                .enumerate()
                .map(|(n, o)| {
                    vec![
                        (n + 1).to_string(),
                        o.name.clone(),
                        o.iin.clone().unwrap_or_else(|| "—".into()),
                        o.share.clone(),
                    ]
                })
                .collect(),
            bold_first: false,
        }),
        _ => None,
    }
}

pub(crate) fn signature(role: &str, d: &DocumentData, tpl: &Template) -> Option<Vec<String>> {
    let (key, p) = match role {
        "landlord" => ("sig.landlord", &d.landlord),
        "tenant" => ("sig.tenant", &d.tenant),
        "owner" | "host" => (
            if role == "owner" {
                "sig.owner"
            } else {
                "sig.host"
            },
            &d.landlord,
        ),
        _ => return None,
    };
    let mut col = vec![tpl.word(key), p.name.clone()];
    if let Some(i) = p.iin.as_ref().or(p.bin.as_ref()) {
        col.push(format!(
            "{} {i}",
            tpl.word(if p.iin.is_some() {
                "label.iin"
            } else {
                "label.bin"
            })
        ));
    }
    col.push(tpl.word("sig.line"));
    Some(col)
}
