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
//! each NAME                 (version 2) repeat the lines up to `end` for every
//!                           item of a list: registrant, owner
//! end                       closes `each`
//! newpage                   (version 2) the next line starts a new page
//! ```
//!
//! Inside `each`, the item's own keys (`registrant.*`, `owner.*`) are added
//! to the values, and tables and signature roles are asked for with the
//! item's index.
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

/// The item of an `each` loop a line is laid out for: the list's name and
/// the item's index.
pub type Item<'a> = Option<(&'a str, usize)>;

/// What a template asks of its data: loops' items, tables, signature roles.
pub trait Source {
    /// The items' own values of the list `name`; None for an unknown list.
    fn items(&self, name: &str) -> Option<Vec<BTreeMap<String, String>>>;
    fn table(&self, name: &str, item: Item<'_>) -> Option<Block>;
    fn signature(&self, role: &str, item: Item<'_>) -> Option<Vec<String>>;
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

    /// `key`'s word, or `fallback`'s where this template version has no
    /// such word (a released version is never edited to add one).
    pub fn word_or(&self, key: &str, fallback: &str) -> String {
        match self.vocab.get(key) {
            Some(w) => w.clone(),
            None => self.word(fallback),
        }
    }

    /// A word of the vocabulary; a missing one is reported by `fill`'s caller.
    pub fn word(&self, key: &str) -> String {
        self.vocab
            .get(key)
            .cloned()
            .unwrap_or_else(|| format!("<{key}>"))
    }

    /// Lays the template out over `values`; `src` gives the loops' items,
    /// the tables and the signature blocks.
    pub fn blocks(
        &self,
        values: &BTreeMap<String, String>,
        src: &dyn Source,
    ) -> Result<Vec<Block>, TemplateError> {
        let mut st = State::default();
        self.run(&self.lines, values, src, None, &mut st)?;
        st.flush();
        Ok(st.out)
    }

    fn run(
        &self,
        lines: &[(usize, String, String)],
        values: &BTreeMap<String, String>,
        src: &dyn Source,
        item: Item<'_>,
        st: &mut State,
    ) -> Result<(), TemplateError> {
        let mut i = 0;
        while i < lines.len() {
            let (line, dir, rest) = &lines[i];
            let err = |what: String| TemplateError { line: *line, what };
            if dir == "each" {
                let close = matching_end(lines, i).ok_or_else(|| err("each without end".into()))?;
                let items = src
                    .items(rest)
                    .ok_or_else(|| err(format!("unknown list {rest:?}")))?;
                for (n, own) in items.into_iter().enumerate() {
                    let mut v = values.clone();
                    v.extend(own);
                    self.run(&lines[i + 1..close], &v, src, Some((rest.as_str(), n)), st)?;
                }
                i = close + 1;
                continue;
            }
            if dir == "end" {
                return Err(err("end without each".into()));
            }
            let text = fill(rest, values).map_err(err)?;
            if dir != "f" {
                st.flush();
            }
            let out = &mut st.out;
            match dir.as_str() {
                "title" => out.push(Block::Title(text)),
                "split" => {
                    let (a, b) = text.split_once('|').unwrap_or((&text, ""));
                    out.push(Block::Split(a.trim().to_owned(), b.trim().to_owned()));
                }
                "h" => {
                    st.section += 1;
                    st.clause = 0;
                    out.push(Block::Heading(format!("{}. {text}", st.section)));
                }
                "s" => out.push(Block::Heading(text)),
                "c" => {
                    st.clause += 1;
                    out.push(Block::Para {
                        label: Some(format!("{}.{}.", st.section, st.clause)),
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
                    st.rows.push(vec![a.trim().to_owned(), b.trim().to_owned()]);
                }
                "table" => out.push(
                    src.table(rest, item)
                        .ok_or_else(|| err(format!("unknown table {rest:?}")))?,
                ),
                "signatures" => {
                    let cols = rest
                        .split_whitespace()
                        .map(|r| {
                            src.signature(r, item)
                                .ok_or_else(|| err(format!("unknown role {r:?}")))
                        })
                        .collect::<Result<Vec<_>, _>>()?;
                    out.push(Block::Signatures(cols));
                }
                "newpage" => out.push(Block::PageBreak),
                other => return Err(err(format!("unknown directive {other:?}"))),
            }
            i += 1;
        }
        Ok(())
    }
}

/// The index of the `end` closing the `each` at `open`.
fn matching_end(lines: &[(usize, String, String)], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (j, (_, dir, _)) in lines.iter().enumerate().skip(open) {
        match dir.as_str() {
            "each" => depth += 1,
            "end" => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

#[derive(Default)]
struct State {
    out: Vec<Block>,
    rows: Vec<Vec<String>>,
    section: u32,
    clause: u32,
}

impl State {
    /// Consecutive `f` rows form one table.
    fn flush(&mut self) {
        if !self.rows.is_empty() {
            self.out.push(Block::Table {
                widths: vec![0.42, 0.58],
                header: None,
                rows: std::mem::take(&mut self.rows),
                bold_first: true,
            });
        }
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
