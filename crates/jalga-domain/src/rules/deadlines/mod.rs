//! Deadlines for the people at a dwelling: registration of citizens, the
//! foreigner-arrival notice and its successors from 1 Jul 2026, the end of a
//! temporary registration, the lease's end, de-registration after moving
//! out, and the EAEU stay limit. Periods, sources and fines are data in
//! `assets/deadlines/kz.json`; working days come from
//! [`Calendar`](super::calendar::Calendar).
//!
//! The engine takes plain input ([`DeadlineInput`]) so that it works on a
//! JSON file today and on the store's records later.

mod data;
mod engine;
mod input;
mod output;
mod shared;
mod stream;

pub use data::{
    ChildrenRule, CountryList, DayKind, DeadlineRules, PeriodRule, ShortStayExemption, SourcedFact,
};
pub use engine::{by_due, deadlines, deadlines_builtin};
pub use input::{DeadlineInput, PersonFacts, RegistrationFacts};
pub use output::{fine_notes, Deadline, DeadlineKind, DeadlineStatus};
pub use stream::DeadlineStream;
