//! `crash-writer` (a developer's tool): writes transactions until killed,
//! for the crash-safety test in `tests/cli/crash.rs`.

use std::io::Write;

use clap::Args;
use jalga_core::domain::Property;

use super::trust::{db_path, open_store};
use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct CrashWriterArgs {
    /// How many transactions to write.
    #[arg(long, default_value_t = 1000)]
    batches: u32,
    /// Records per transaction.
    #[arg(long, default_value_t = 10)]
    batch_size: u32,
}

/// Writes `batches` transactions of `batch_size` dwellings each (ids
/// `crash-<batch>-<n>`), printing `committed <batch>` only after each
/// commit has returned. The crash test kills it at random moments.
pub fn run(ctx: &Context, args: &CrashWriterArgs) -> Result<Outcome, CliError> {
    let mut store = open_store(ctx, db_path(ctx)?)?;
    let mut out = std::io::stdout().lock();
    for batch in 0..args.batches {
        let records: Vec<Property> = (0..args.batch_size)
            .map(|n| crash_record(batch, n))
            .collect();
        store.put_all(&records)?;
        writeln!(out, "committed {batch}")?;
        out.flush()?;
    }
    Ok(Outcome::Clean)
}

fn crash_record(batch: u32, n: u32) -> Property {
    Property {
        id: format!("crash-{batch}-{n}"),
        region: "Astana".into(),
        city: "Astana".into(),
        district: None,
        street: "Kabanbay Batyr".into(),
        building: (batch % 200 + 1).to_string(),
        flat: Some((n + 1).to_string()),
        kato: None,
        rka: None,
        cadastral_number: None,
        total_area: 40.0 + f64::from(n),
        useful_area: 35.0,
        living_area: 20.0,
        rooms: 2,
        floor: Some(3),
    }
}
