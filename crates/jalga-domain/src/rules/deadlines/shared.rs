//! The texts every deadline cites, put into messages once per run.
//!
//! A rule's or a fine's source runs to a few hundred bytes in each of three
//! languages, and a city's deadlines cite the same few of them hundreds of
//! thousands of times. Each becomes a message once; every deadline holds a
//! clone of it, whose texts are shared rather than copied.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::i18n::{Message, MessageArg};

/// The source notes and texts made so far in one run of the engine.
#[derive(Default)]
pub(super) struct SharedTexts {
    /// `rule-source` notes by their English text (each one's other
    /// languages are checked too: two rules may share an English source).
    notes: HashMap<Arc<str>, Vec<Message>>,
    texts: HashSet<Arc<str>>,
}

impl SharedTexts {
    /// The note citing a source: [`crate::rules::source_message`], its
    /// texts shared with every earlier note citing the same source.
    pub(super) fn source_note(&mut self, en: &str, ru: Option<&str>, kk: Option<&str>) -> Message {
        let (ru, kk) = (ru.unwrap_or(en), kk.unwrap_or(en));
        let same = |m: &&Message| arg_is(m, "source_ru", ru) && arg_is(m, "source_kk", kk);
        if let Some(found) = self.notes.get(en).and_then(|ms| ms.iter().find(same)) {
            return found.clone();
        }
        let (en, ru, kk) = (self.text(en), self.text(ru), self.text(kk));
        let note = crate::rules::shared_source_message(en.clone(), ru, kk);
        self.notes.entry(en).or_default().push(note.clone());
        note
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
