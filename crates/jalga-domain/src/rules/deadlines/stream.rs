//! The engine one person at a time, for a whole city's store: the caller
//! reads each person's facts as they come and hands their deadlines on
//! (printed, counted, a page kept), so that memory holds one person's
//! deadlines instead of everyone's. The notes and source texts that many
//! deadlines share are made once for the whole run, as in [`deadlines`].
//!
//! [`deadlines`]: super::deadlines

use chrono::NaiveDate;

use crate::rules::calendar::Calendar;

use super::data::DeadlineRules;
use super::engine::Ctx;
use super::input::PersonFacts;
use super::output::Deadline;
use super::shared::SharedNotes;

/// One run of the engine fed a person at a time.
pub struct DeadlineStream<'a> {
    ctx: Ctx<'a>,
}

impl<'a> DeadlineStream<'a> {
    /// Deadlines as they stand on `on` under `rules` and `cal`.
    pub fn new(on: NaiveDate, rules: &'a DeadlineRules, cal: &'a Calendar) -> Self {
        DeadlineStream {
            ctx: Ctx {
                rules,
                cal,
                on,
                out: Vec::new(),
                shared: SharedNotes::default(),
                name: std::sync::Arc::from(""),
            },
        }
    }

    /// The day the deadlines are worked out for.
    pub fn on(&self) -> NaiveDate {
        self.ctx.on
    }

    /// The deadlines of one person at one dwelling, in the order the rules
    /// give them (not sorted by due date: a caller that lists them sorts
    /// with [`super::by_due`]).
    pub fn person(&mut self, p: &PersonFacts) -> std::vec::Drain<'_, Deadline> {
        self.ctx.out.clear();
        self.ctx.person(p);
        self.ctx.out.drain(..)
    }
}

impl DeadlineStream<'static> {
    /// [`DeadlineStream::new`] with the built-in rules and calendar.
    pub fn builtin(on: NaiveDate) -> Self {
        DeadlineStream::new(on, DeadlineRules::builtin(), Calendar::builtin())
    }
}
