//! The notes every deadline shares, made once per run.
//!
//! A rule's or a fine's source runs to a few hundred bytes in each of three
//! languages, and a city's deadlines cite the same few sources, fines and
//! caveats hundreds of thousands of times. Each such note is made once and
//! every deadline holds a reference to it; a source's texts are kept once.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::i18n::{Message, MessageArg};
use crate::rules::fines::FineExposure;

use super::output::{fine_notes, DeadlineStatus};

/// The notes and texts made so far in one run of the engine.
#[derive(Default)]
pub(super) struct SharedNotes {
    /// `rule-source` notes by their English text (the other languages are
    /// compared too: two rules may share an English source).
    sources: HashMap<Arc<str>, Vec<Arc<Message>>>,
    texts: HashSet<Arc<str>>,
    fines: HashMap<FineExposure, Vec<Arc<Message>>>,
    statuses: HashMap<DeadlineStatus, Arc<Message>>,
    plain: HashMap<&'static str, Arc<Message>>,
}

impl SharedNotes {
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
