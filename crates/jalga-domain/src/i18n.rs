//! The one message catalogue shared by the app, the CLI and the documents.
//!
//! Messages are Fluent files under `assets/i18n/<lang>/`, compiled into the
//! binary so that a message can never be missing at run time. The UI loads
//! the very same files.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// The languages Jalga speaks.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[ts(export)]
#[strum(serialize_all = "lowercase")]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    pub fn code(self) -> &'static str {
        self.into()
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "kk" | "kz" | "kaz" => Ok(Lang::Kk),
            "ru" | "rus" => Ok(Lang::Ru),
            "en" | "eng" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use kk, ru or en")]
pub struct UnknownLang(pub String);

/// The Fluent sources, per language, in load order. A new area of messages
/// adds one line per language here.
const SOURCES: &[(Lang, &str, &str)] = &[
    (
        Lang::Kk,
        "common",
        include_str!("../../../assets/i18n/kk/common.ftl"),
    ),
    (
        Lang::Ru,
        "common",
        include_str!("../../../assets/i18n/ru/common.ftl"),
    ),
    (
        Lang::En,
        "common",
        include_str!("../../../assets/i18n/en/common.ftl"),
    ),
    (
        Lang::Kk,
        "rules",
        include_str!("../../../assets/i18n/kk/rules.ftl"),
    ),
    (
        Lang::Ru,
        "rules",
        include_str!("../../../assets/i18n/ru/rules.ftl"),
    ),
    (
        Lang::En,
        "rules",
        include_str!("../../../assets/i18n/en/rules.ftl"),
    ),
    (
        Lang::Kk,
        "data",
        include_str!("../../../assets/i18n/kk/data.ftl"),
    ),
    (
        Lang::Ru,
        "data",
        include_str!("../../../assets/i18n/ru/data.ftl"),
    ),
    (
        Lang::En,
        "data",
        include_str!("../../../assets/i18n/en/data.ftl"),
    ),
    (
        Lang::Kk,
        "trust",
        include_str!("../../../assets/i18n/kk/trust.ftl"),
    ),
    (
        Lang::Ru,
        "trust",
        include_str!("../../../assets/i18n/ru/trust.ftl"),
    ),
    (
        Lang::En,
        "trust",
        include_str!("../../../assets/i18n/en/trust.ftl"),
    ),
    (
        Lang::Kk,
        "documents",
        include_str!("../../../assets/i18n/kk/documents.ftl"),
    ),
    (
        Lang::Ru,
        "documents",
        include_str!("../../../assets/i18n/ru/documents.ftl"),
    ),
    (
        Lang::En,
        "documents",
        include_str!("../../../assets/i18n/en/documents.ftl"),
    ),
    (
        Lang::Kk,
        "audit",
        include_str!("../../../assets/i18n/kk/audit.ftl"),
    ),
    (
        Lang::Ru,
        "audit",
        include_str!("../../../assets/i18n/ru/audit.ftl"),
    ),
    (
        Lang::En,
        "audit",
        include_str!("../../../assets/i18n/en/audit.ftl"),
    ),
    (
        Lang::Kk,
        "clerk",
        include_str!("../../../assets/i18n/kk/clerk.ftl"),
    ),
    (
        Lang::Ru,
        "clerk",
        include_str!("../../../assets/i18n/ru/clerk.ftl"),
    ),
    (
        Lang::En,
        "clerk",
        include_str!("../../../assets/i18n/en/clerk.ftl"),
    ),
    (
        Lang::Kk,
        "landlord",
        include_str!("../../../assets/i18n/kk/landlord.ftl"),
    ),
    (
        Lang::Ru,
        "landlord",
        include_str!("../../../assets/i18n/ru/landlord.ftl"),
    ),
    (
        Lang::En,
        "landlord",
        include_str!("../../../assets/i18n/en/landlord.ftl"),
    ),
    (
        Lang::Kk,
        "hostile",
        include_str!("../../../assets/i18n/kk/hostile.ftl"),
    ),
    (
        Lang::Ru,
        "hostile",
        include_str!("../../../assets/i18n/ru/hostile.ftl"),
    ),
    (
        Lang::En,
        "hostile",
        include_str!("../../../assets/i18n/en/hostile.ftl"),
    ),
    (
        Lang::Kk,
        "office",
        include_str!("../../../assets/i18n/kk/office.ftl"),
    ),
    (
        Lang::Ru,
        "office",
        include_str!("../../../assets/i18n/ru/office.ftl"),
    ),
    (
        Lang::En,
        "office",
        include_str!("../../../assets/i18n/en/office.ftl"),
    ),
];

/// An argument of a message: numbers are kept as numbers so that Fluent can
/// pick Kazakh and Russian plural forms, and days as days, so that each
/// language writes them as people type them ([`crate::typed_day`]:
/// `05.02.2026` in kk and ru, `05/02/2026` in en) when the message is put
/// into words. A day is written in JSON as `{"day": "2026-02-05"}`: the
/// data stays ISO, and the UI formats it as the core does.
// A text is shared, not copied, when a message is cloned: a rule's source,
// in three languages, is one text however many deadlines cite it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(untagged)]
#[ts(export)]
pub enum MessageArg {
    Number(f64),
    Text(#[serde(serialize_with = "shared_text")] Arc<str>),
    Day {
        #[ts(type = "string")]
        day: chrono::NaiveDate,
    },
}

/// A shared text is written as the plain string it holds.
pub(crate) fn shared_text<S: serde::Serializer>(text: &Arc<str>, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(text)
}

impl From<u32> for MessageArg {
    fn from(v: u32) -> Self {
        MessageArg::Number(f64::from(v))
    }
}
impl From<f64> for MessageArg {
    fn from(v: f64) -> Self {
        MessageArg::Number(v)
    }
}
impl From<&str> for MessageArg {
    fn from(v: &str) -> Self {
        MessageArg::Text(Arc::from(v))
    }
}
impl From<String> for MessageArg {
    fn from(v: String) -> Self {
        MessageArg::Text(Arc::from(v))
    }
}
impl From<chrono::NaiveDate> for MessageArg {
    fn from(day: chrono::NaiveDate) -> Self {
        MessageArg::Day { day }
    }
}
impl From<Arc<str>> for MessageArg {
    fn from(v: Arc<str>) -> Self {
        MessageArg::Text(v)
    }
}

/// A message not yet put into words: its id in the catalogue and its
/// arguments. Rules and validators return these; the caller picks the
/// language.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct Message {
    pub id: String,
    pub args: Vec<(String, MessageArg)>,
}

impl Message {
    pub fn new(id: &str) -> Self {
        Message {
            id: id.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &str, value: impl Into<MessageArg>) -> Self {
        self.args.push((name.to_owned(), value.into()));
        self
    }

    /// This message in `lang`, from the global catalogue.
    pub fn render(&self, lang: Lang) -> String {
        Catalog::global().render(lang, self)
    }
}

/// Anything that can explain itself in any of Jalga's languages.
pub trait ToMessage {
    fn to_message(&self) -> Message;

    fn localize(&self, lang: Lang) -> String {
        self.to_message().render(lang)
    }
}

/// The compiled catalogue: one Fluent bundle per language.
pub struct Catalog {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl Catalog {
    /// The process-wide catalogue, parsed once.
    pub fn global() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::load().expect("the built-in catalogue is valid"))
    }

    /// Parses the built-in sources. Errors name the file and the problem;
    /// a test makes sure the shipped files have none.
    pub fn load() -> Result<Catalog, String> {
        let mut bundles = Vec::new();
        for lang in Lang::ALL {
            let id: LanguageIdentifier = lang.code().parse().map_err(|e| format!("{e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks would end up in PDFs and terminals as junk.
            bundle.set_use_isolating(false);
            for (_, area, src) in SOURCES.iter().filter(|(l, _, _)| *l == lang) {
                let res = FluentResource::try_new((*src).to_owned())
                    .map_err(|(_, errs)| format!("{lang}/{area}.ftl: {errs:?}"))?;
                bundle
                    .add_resource(res)
                    .map_err(|errs| format!("{lang}/{area}.ftl: {errs:?}"))?;
            }
            bundles.push(bundle);
        }
        Ok(Catalog { bundles })
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self.bundles[lang.index()]
    }

    /// Message ids present in `lang`'s bundle.
    pub fn ids(&self, lang: Lang) -> Vec<String> {
        SOURCES
            .iter()
            .filter(|(l, _, _)| *l == lang)
            .flat_map(|(_, _, src)| {
                FluentResource::try_new((*src).to_owned())
                    .map(|r| {
                        r.entries()
                            .filter_map(|e| match e {
                                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                                _ => None,
                            })
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
            .collect()
    }

    /// Puts a message into words. A missing message or argument shows up as
    /// its id in the text (and fails the catalogue tests), never as a panic.
    pub fn render(&self, lang: Lang, msg: &Message) -> String {
        self.try_render(lang, msg)
            .unwrap_or_else(|e| format!("[{}: {e}]", msg.id))
    }

    pub fn try_render(&self, lang: Lang, msg: &Message) -> Result<String, String> {
        let bundle = self.bundle(lang);
        let pattern = bundle
            .get_message(&msg.id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("no message {} in {lang}", msg.id))?;
        let mut args = FluentArgs::new();
        for (name, value) in &msg.args {
            let v: FluentValue = match value {
                MessageArg::Number(n) => FluentValue::from(*n),
                MessageArg::Text(t) => FluentValue::from(Cow::Borrowed(&**t)),
                MessageArg::Day { day } => {
                    FluentValue::from(crate::typed_day::format_day(*day, lang))
                }
            };
            args.set(name.clone(), v);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("{errors:?}"))
        }
    }

    /// A plain message with no arguments, e.g. a label.
    pub fn text(&self, lang: Lang, id: &str) -> String {
        self.render(lang, &Message::new(id))
    }
}
