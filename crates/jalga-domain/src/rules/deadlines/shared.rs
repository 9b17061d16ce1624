//! The notes every deadline shares, made once per run.
//!
//! A rule's or a fine's source runs to a few hundred bytes in each of three
//! languages, and a city's deadlines cite the same few sources, fines and
//! caveats hundreds of thousands of times. Each such note is made once and
//! every deadline holds a reference to it; a source's texts are kept once.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use strum::EnumCount;

use crate::i18n::{Message, MessageArg};
use crate::rules::fines::{FineExposure, FineRule};

use super::data::SourcedFact;

use super::output::{fine_notes, DeadlineKind, DeadlineStatus};

/// A source as the rules hold it, in its three languages. The texts live
/// as long as the rules (`'a`), so where they are kept identifies them.
#[derive(Clone, Copy)]
pub(super) struct Cited<'a> {
    pub(super) en: &'a str,
    pub(super) ru: Option<&'a str>,
    pub(super) kk: Option<&'a str>,
}

impl<'a> Cited<'a> {
    pub(super) fn of(f: &'a SourcedFact) -> Self {
        Cited {
            en: &f.source,
            ru: f.source_ru.as_deref(),
            kk: f.source_kk.as_deref(),
        }
    }

    /// Where the three texts are kept, and their lengths.
    fn address(self) -> [usize; 6] {
        let at = |t: Option<&str>| t.map_or((0, 0), |t| (t.as_ptr() as usize, t.len()));
        let (en, ru, kk) = (at(Some(self.en)), at(self.ru), at(self.kk));
        [en.0, en.1, ru.0, ru.1, kk.0, kk.1]
    }
}

/// A fine rule (where the rules keep it), the offence's year, its start and
/// its end.
type ExposureKey = (usize, i32, NaiveDate, NaiveDate);

/// An exposure to a fine and its notes, both shared by every deadline
/// with that exposure.
pub(super) type Exposure = (Arc<FineExposure>, Arc<[Arc<Message>]>);

/// The notes and texts made so far in one run of the engine over rules
/// that live for `'a`.
#[derive(Default)]
pub(super) struct SharedNotes<'a> {
    /// The source notes and their English texts by where the rules keep
    /// the texts: a deadline's sources are found without reading them.
    /// Only texts borrowed for `'a` are keys, so no address is reused
    /// for another text while the notes live.
    cited: HashMap<[usize; 6], (Arc<Message>, Arc<str>)>,
    rules: std::marker::PhantomData<&'a str>,
    /// `rule-source` notes by their English text (the other languages are
    /// compared too: two rules may share an English source).
    sources: HashMap<Arc<str>, Vec<Arc<Message>>>,
    texts: HashSet<Arc<str>>,
    fines: HashMap<FineExposure, Vec<Arc<Message>>>,
    /// A fine rule's exposure and notes by the rule (where the rules keep
    /// it) and the offence's year, start and end.
    exposures: HashMap<ExposureKey, Exposure>,
    /// `<jurisdiction>.<kind>` of each kind of deadline, made once.
    rule_ids: [Option<Arc<str>>; DeadlineKind::COUNT],
    statuses: HashMap<DeadlineStatus, Arc<Message>>,
    plain: HashMap<&'static str, Arc<Message>>,
}

impl<'a> SharedNotes<'a> {
    /// The note citing a source of the rules, and its English text (the
    /// deadline's `source`), shared by every deadline citing it.
    pub(super) fn cited(&mut self, c: Cited<'a>) -> (Arc<Message>, Arc<str>) {
        if let Some(found) = self.cited.get(&c.address()) {
            return found.clone();
        }
        let note = self.source(c.en, c.ru, c.kk);
        let found = (note, self.text(c.en));
        self.cited.insert(c.address(), found.clone());
        found
    }

    /// The note citing a source: [`crate::rules::source_message`], its
    /// texts shared with every other note citing the same source.
    pub(super) fn source(&mut self, en: &str, ru: Option<&str>, kk: Option<&str>) -> Arc<Message> {
        let (ru, kk) = (ru.unwrap_or(en), kk.unwrap_or(en));
        let same = |m: &&Arc<Message>| arg_is(m, "source_ru", ru) && arg_is(m, "source_kk", kk);
        if let Some(found) = self.sources.get(en).and_then(|ms| ms.iter().find(same)) {
            return found.clone();
        }
        let (en, ru, kk) = (self.text(en), self.text(ru), self.text(kk));
        let note = Arc::new(crate::rules::shared_source_message(en.clone(), ru, kk));
        self.sources.entry(en).or_default().push(note.clone());
        note
    }

    /// A fine's notes ([`fine_notes`]), the same for every deadline with the
    /// same exposure.
    pub(super) fn fine(&mut self, f: &FineExposure) -> Vec<Arc<Message>> {
        if let Some(notes) = self.fines.get(f) {
            return notes.clone();
        }
        let notes: Vec<Arc<Message>> = fine_notes(f).into_iter().map(Arc::new).collect();
        self.fines.insert(f.clone(), notes.clone());
        notes
    }

    /// The exposure to a fine of the rules for an offence of `year` that
    /// began on `began` and lasted until `until`, and its notes.
    pub(super) fn exposure(
        &mut self,
        f: &'a FineRule,
        year: i32,
        began: NaiveDate,
        until: NaiveDate,
    ) -> Exposure {
        let key = (f as *const FineRule as usize, year, began, until);
        if let Some(found) = self.exposures.get(&key) {
            return found.clone();
        }
        let exposure = f.exposure(year, began, until);
        let notes = self.fine(&exposure).into();
        let found = (Arc::new(exposure), notes);
        self.exposures.insert(key, found.clone());
        found
    }

    /// The id of the rule of `kind` in rules of `jurisdiction`:
    /// `<jurisdiction>.<kind>`, shared by every deadline of that kind.
    pub(super) fn rule_id(&mut self, jurisdiction: &str, kind: DeadlineKind) -> Arc<str> {
        self.rule_ids[kind as usize]
            .get_or_insert_with(|| {
                Arc::from(format!(
                    "{}.{}",
                    jurisdiction.to_ascii_lowercase(),
                    kind.code()
                ))
            })
            .clone()
    }

    /// A status in words.
    pub(super) fn status(&mut self, status: DeadlineStatus) -> Arc<Message> {
        self.statuses
            .entry(status)
            .or_insert_with(|| Arc::new(status.message()))
            .clone()
    }

    /// A note with no arguments.
    pub(super) fn plain(&mut self, id: &'static str) -> Arc<Message> {
        self.plain
            .entry(id)
            .or_insert_with(|| Arc::new(Message::new(id)))
            .clone()
    }

    /// One shared copy of a text.
    pub(super) fn text(&mut self, text: &str) -> Arc<str> {
        if let Some(kept) = self.texts.get(text) {
            return kept.clone();
        }
        let kept: Arc<str> = Arc::from(text);
        self.texts.insert(kept.clone());
        kept
    }
}

fn arg_is(m: &Message, name: &str, want: &str) -> bool {
    m.args
        .iter()
        .any(|(n, v)| n == name && matches!(v, MessageArg::Text(t) if &**t == want))
}
