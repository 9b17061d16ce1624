//! `deadlines`: what is due, what is overdue and by how much.

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::Args;
use jalga_core::i18n::Message;
use jalga_core::rules::deadlines::{
    deadlines_builtin, DeadlineInput, DeadlineKind, DeadlineStatus,
};
use jalga_core::rules::fines::FineExposure;
use jalga_core::rules::from_store::deadline_input;
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
    fines: &'a [FineExposure],
    calendar_confirmed: bool,
    rule_confirmed: bool,
    all_confirmed: bool,
    explanation: String,
    notes: Vec<String>,
}

pub fn run(ctx: &Context, args: &DeadlinesArgs) -> Result<Outcome, CliError> {
    let lang = ctx.lang;
    let input = match (&args.input, &ctx.db) {
        (Some(path), _) => {
            let bytes =
                jalga_core::limits::read_file(path, jalga_core::limits::MAX_DOC_DATA_BYTES)?;
            DeadlineInput::from_json(&String::from_utf8_lossy(&bytes))?
        }
        (None, Some(_)) => deadline_input(&crate::commands::data::open(ctx)?)?,
        (None, None) => return Err(CliError::Usage(Message::new("deadlines-no-input"))),
    };
    let on = args.on.unwrap_or_else(jalga_core::dates::today);
    let list = deadlines_builtin(&input, on);
    // Buffered: stdout alone flushes at every newline.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let view: Vec<DeadlineOut> = list
            .iter()
            .map(|d| DeadlineOut {
                person: &d.person,
                kind: d.kind,
                start: d.start,
                due: d.due,
                status: d.status,
                rule: &d.rule,
                source: &d.source,
                actor: d.actor.as_deref(),
                fines: &d.fines,
                calendar_confirmed: d.calendar_confirmed,
                rule_confirmed: d.rule_confirmed,
                all_confirmed: d.all_confirmed,
                explanation: d.explanation.render(lang),
                // The source has its own field.
                notes: d
                    .notes
                    .iter()
                    .filter(|m| m.id != "rule-source")
                    .map(|m| m.render(lang))
                    .collect(),
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &view)?;
        writeln!(out)?;
    } else {
        for d in &list {
            let state = match d.status {
                DeadlineStatus::Done { late_days, .. } => format!("done:{late_days}"),
                DeadlineStatus::Due { days_left } => format!("due:{days_left}"),
                DeadlineStatus::Overdue { days } => format!("overdue:{days}"),
                DeadlineStatus::Exempt => "exempt".to_owned(),
            };
            // The source is in --json; the line keeps status, fine and caveats.
            let notes: Vec<String> = d
                .notes
                .iter()
                .filter(|m| m.id != "rule-source")
                .map(|m| m.render(lang))
                .collect();
            writeln!(
                out,
                "{} {state} {} {}. {}",
                d.due,
                d.kind.code(),
                d.explanation.render(lang),
                notes.join(". ")
            )?;
        }
    }
    out.flush()?;
    let overdue = list
        .iter()
        .any(|d| matches!(d.status, DeadlineStatus::Overdue { .. }));
    Ok(if overdue {
        Outcome::Reported
    } else {
        Outcome::Clean
    })
}
