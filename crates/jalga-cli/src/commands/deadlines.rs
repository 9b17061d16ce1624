//! `deadlines`: what is due, what is overdue and by how much.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use jalga_core::i18n::{Lang, Message};
use jalga_core::rules::deadlines::{
    deadlines_builtin, Deadline, DeadlineInput, DeadlineKind, DeadlineStatus,
};
use jalga_core::rules::fines::FineExposure;
use jalga_core::store::rule_facts_stream::{stream_deadlines, Candidates};
use jalga_core::CoreError;
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct DeadlinesArgs {
    /// A JSON file with the people's facts: {"people": [...]}. Without it,
    /// the facts come from the --db database.
    #[arg(long, value_name = "FILE")]
    input: Option<PathBuf>,
    /// The day to look from (YYYY-MM-DD); today by default.
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    on: Option<NaiveDate>,
    /// Print the deadlines as JSON.
    #[arg(long)]
    json: bool,
}

/// One deadline as `--json` prints it, its words in the chosen language.
#[derive(Serialize)]
struct DeadlineOut<'a> {
    person: &'a str,
    kind: DeadlineKind,
    start: NaiveDate,
    due: NaiveDate,
    status: DeadlineStatus,
    rule: &'a str,
    source: &'a str,
    actor: Option<&'a str>,
    fines: Vec<&'a FineExposure>,
    calendar_confirmed: bool,
    rule_confirmed: bool,
    all_confirmed: bool,
    explanation: String,
    notes: Vec<String>,
}

pub fn run(ctx: &Context, args: &DeadlinesArgs) -> Result<Outcome, CliError> {
    let on = args.on.unwrap_or_else(jalga_core::dates::today);
    // Buffered: stdout alone flushes at every newline.
    let mut out = Printer {
        out: std::io::BufWriter::new(std::io::stdout().lock()),
        lang: ctx.lang,
        json: args.json,
        printed: 0,
        overdue: false,
    };
    match (&args.input, &ctx.db) {
        (Some(path), _) => {
            let bytes =
                jalga_core::limits::read_file(path, jalga_core::limits::MAX_DOC_DATA_BYTES)?;
            let input = DeadlineInput::from_json(&String::from_utf8_lossy(&bytes))?;
            for d in &deadlines_builtin(&input, on) {
                out.print(d)?;
            }
        }
        // A store may hold a city: each person's deadlines are printed as
        // they are worked out (person by person, not sorted by due date),
        // and none is kept.
        (None, Some(_)) => {
            let store = crate::commands::data::open(ctx)?;
            // A write error (a closed pipe) stops the stream and is
            // reported as the write's own error.
            let mut failed = None;
            let read = stream_deadlines(&store, on, Candidates::All, |d| {
                out.print(&d).map_err(|e| {
                    let stop = CoreError::Io {
                        path: "stdout".into(),
                        source: std::io::Error::new(e.kind(), e.to_string()),
                    };
                    failed = Some(e);
                    stop
                })
            });
            if let Some(e) = failed {
                return Err(CliError::Io(e));
            }
            read?;
        }
        (None, None) => return Err(CliError::Usage(Message::new("deadlines-no-input"))),
    }
    out.finish()?;
    Ok(if out.overdue {
        Outcome::Reported
    } else {
        Outcome::Clean
    })
}

/// Prints deadlines one at a time: a line each, or the items of one JSON
/// array (written as `serde_json`'s pretty printer writes a whole list).
struct Printer<W: Write> {
    out: W,
    lang: Lang,
    json: bool,
    printed: usize,
    overdue: bool,
}

impl<W: Write> Printer<W> {
    fn print(&mut self, d: &Deadline) -> std::io::Result<()> {
        let lang = self.lang;
        self.overdue |= matches!(d.status, DeadlineStatus::Overdue { .. });
        // The source has its own field in JSON; the line keeps status,
        // fine and caveats.
        let notes = d
            .notes
            .iter()
            .filter(|m| m.id != "rule-source")
            .map(|m| m.render(lang));
        if self.json {
            let view = DeadlineOut {
                person: &d.person,
                kind: d.kind,
                start: d.start,
                due: d.due,
                status: d.status,
                rule: &d.rule,
                source: &d.source,
                actor: d.actor.as_deref(),
                fines: d.fines.iter().map(|f| &**f).collect(),
                calendar_confirmed: d.calendar_confirmed,
                rule_confirmed: d.rule_confirmed,
                all_confirmed: d.all_confirmed,
                explanation: d.explanation.render(lang),
                notes: notes.collect(),
            };
            let item = serde_json::to_string_pretty(&view)?;
            self.out
                .write_all(if self.printed == 0 { b"[\n" } else { b",\n" })?;
            for (i, line) in item.lines().enumerate() {
                if i > 0 {
                    self.out.write_all(b"\n")?;
                }
                write!(self.out, "  {line}")?;
            }
        } else {
            let state = match d.status {
                DeadlineStatus::Done { late_days, .. } => format!("done:{late_days}"),
                DeadlineStatus::Due { days_left } => format!("due:{days_left}"),
                DeadlineStatus::Overdue { days } => format!("overdue:{days}"),
                DeadlineStatus::Exempt => "exempt".to_owned(),
            };
            let notes: Vec<String> = notes.collect();
            writeln!(
                self.out,
                "{} {state} {} {}. {}",
                d.due,
                d.kind.code(),
                d.explanation.render(lang),
                notes.join(". ")
            )?;
        }
        self.printed += 1;
        Ok(())
    }

    fn finish(&mut self) -> std::io::Result<()> {
        if self.json {
            let end: &[u8] = if self.printed == 0 { b"[]\n" } else { b"\n]\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()
    }
}
