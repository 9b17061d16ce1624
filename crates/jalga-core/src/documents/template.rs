//! The document templates under `assets/templates/`: one file per kind and
//! language, one directive per line.
//!
//! ```text
//! # comment
//! v key = text             a word the data is printed with (labels, enum names)
//! title text               the document's title, centred
//! split left | right       a line with a left and a right part (place, date)
//! h text                   a numbered section heading ("1. ...")
//! c text                   a numbered clause ("1.1. ...")
//! p text                   an unnumbered paragraph
//! s text                   an unnumbered heading (data sheets)
//! f label | value          a row of a label/value table (consecutive rows form one table)
//! table NAME               a table filled from the data: parties, occupants, owners, people
//! signatures ROLE ROLE     a signature block (landlord, tenant, owner, host)
//! ```
//!
//! `{key}` in any text is replaced by the data's value for `key`; an unknown
//! key is an error, so a template can never print a raw placeholder.

use std::collections::BTreeMap;

use super::layout::{Align, Block, Style};

/// A parsed template: its vocabulary and its lines.
pub struct Template {
    pub vocab: BTreeMap<String, String>,
    lines: Vec<(usize, String, String)>,
}

/// What went wrong filling a template: the line and the key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    pub line: usize,
    pub what: String,
}

impl Template {
    /// Parses a kind's template over the language's common vocabulary.
    pub fn parse(src: &str, common: &str) -> Template {
        let mut t = Template::parse_one(common);
        let own = Template::parse_one(src);
        t.vocab.extend(own.vocab);
        t.lines = own.lines;
        t
    }

    fn parse_one(src: &str) -> Template {
        let mut vocab = BTreeMap::new();
        let mut lines = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let l = raw.trim_end();
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            let (dir, rest) = l.split_once(' ').unwrap_or((l, ""));
            if dir == "v" {
                if let Some((k, v)) = rest.split_once('=') {
                    vocab.insert(k.trim().to_owned(), v.trim().to_owned());
                }
                continue;
            }
            lines.push((i + 1, dir.to_owned(), rest.trim().to_owned()));
        }
        Template { vocab, lines }
    }

    /// A word of the vocabulary; a missing one is reported by `fill`'s caller.
    pub fn word(&self, key: &str) -> String {
        self.vocab
            .get(key)
            .cloned()
            .unwrap_or_else(|| format!("<{key}>"))
    }

    /// Lays the template out over `values`; `tables` builds a data table by name.
    pub fn blocks(
        &self,
        values: &BTreeMap<String, String>,
        tables: &dyn Fn(&str) -> Option<Block>,
        signatures: &dyn Fn(&str) -> Option<Vec<String>>,
    ) -> Result<Vec<Block>, TemplateError> {
        let mut out = Vec::new();
        let mut section = 0u32;
        let mut clause = 0u32;
        let mut rows: Vec<Vec<String>> = Vec::new();
        let flush = |rows: &mut Vec<Vec<String>>, out: &mut Vec<Block>| {
            if !rows.is_empty() {
                out.push(Block::Table {
                    widths: vec![0.42, 0.58],
                    header: None,
                    rows: std::mem::take(rows),
                    bold_first: true,
                });
            }
        };
        for (line, dir, rest) in &self.lines {
            let err = |what: String| TemplateError { line: *line, what };
            let text = fill(rest, values).map_err(err)?;
            if dir != "f" {
                flush(&mut rows, &mut out);
            }
            match dir.as_str() {
                "title" => out.push(Block::Title(text)),
                "split" => {
                    let (a, b) = text.split_once('|').unwrap_or((&text, ""));
                    out.push(Block::Split(a.trim().to_owned(), b.trim().to_owned()));
                }
                "h" => {
                    section += 1;
                    clause = 0;
                    out.push(Block::Heading(format!("{section}. {text}")));
                }
                "s" => out.push(Block::Heading(text)),
                "c" => {
                    clause += 1;
                    out.push(Block::Para {
                        label: Some(format!("{section}.{clause}.")),
                        text,
                        style: Style::BODY,
                        align: Align::Left,
                    });
                }
                "p" => out.push(Block::Para {
                    label: None,
                    text,
                    style: Style::BODY,
                    align: Align::Left,
                }),
                "note" => out.push(Block::Para {
                    label: None,
                    text,
                    style: Style {
                        grey: true,
                        ..Style::BODY.small()
                    },
                    align: Align::Left,
                }),
                "f" => {
                    let (a, b) = text.split_once('|').unwrap_or((&text, ""));
                    rows.push(vec![a.trim().to_owned(), b.trim().to_owned()]);
                }
                "table" => {
                    out.push(tables(rest).ok_or_else(|| err(format!("unknown table {rest:?}")))?)
                }
                "signatures" => {
                    let cols = rest
                        .split_whitespace()
                        .map(|r| signatures(r).ok_or_else(|| err(format!("unknown role {r:?}"))))
                        .collect::<Result<Vec<_>, _>>()?;
                    out.push(Block::Signatures(cols));
                }
                other => return Err(err(format!("unknown directive {other:?}"))),
            }
        }
        flush(&mut rows, &mut out);
        Ok(out)
    }
}

/// Replaces every `{key}` in `s` with its value.
pub fn fill(s: &str, values: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = String::with_capacity(s.len() + 32);
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("unclosed placeholder in {s:?}"))?;
        let key = &after[..close];
        let v = values
            .get(key)
            .ok_or_else(|| format!("unknown placeholder {{{key}}}"))?;
        out.push_str(v);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
