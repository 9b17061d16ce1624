//! `gen-city`: a synthetic city with planted violations, into the database
//! (or a JSON bundle), with a manifest of what was planted.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::Args;
use jalga_core::i18n::Message;
use jalga_core::CoreError;
use jalga_testkit::city::{generate_bundle, generate_into, CityManifest, CityParams};

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct GenCityArgs {
    /// How many people (at least: a household is never split).
    #[arg(long, default_value_t = 5_000)]
    people: u64,
    /// The random seed: the same seed gives the same city.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The day the city is generated as of (default: today); audit it as
    /// of the same day.
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    today: Option<NaiveDate>,
    /// Write a JSON bundle to this file instead of the database.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Print the manifest as JSON.
    #[arg(long)]
    json: bool,
}

/// Where the manifest goes: next to the database or bundle.
pub fn manifest_path(target: &Path) -> PathBuf {
    let mut name = target.file_name().unwrap_or_default().to_owned();
    name.push(".manifest.json");
    target.with_file_name(name)
}

fn write_json(path: &Path, value: &impl serde::Serialize) -> Result<(), CliError> {
    let text = serde_json::to_vec_pretty(value)?;
    std::fs::write(path, text).map_err(|e| {
        CliError::Core(CoreError::Io {
            path: path.display().to_string(),
            source: e,
        })
    })
}

pub fn generate(ctx: &Context, args: &GenCityArgs) -> Result<(CityManifest, PathBuf), CliError> {
    let params = CityParams {
        people: args.people,
        seed: args.seed,
        today: args
            .today
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
    };
    match &args.out {
        Some(out) => {
            let (bundle, manifest) = generate_bundle(&params)?;
            write_json(out, &bundle)?;
            Ok((manifest, out.clone()))
        }
        None => {
            let mut store = crate::commands::data::open(ctx)?;
            let manifest = generate_into(&mut store, &params)?;
            Ok((manifest, store.path().to_owned()))
        }
    }
}

pub fn run(ctx: &Context, args: &GenCityArgs) -> Result<Outcome, CliError> {
    let (manifest, target) = generate(ctx, args)?;
    let path = manifest_path(&target);
    write_json(&path, &manifest)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&manifest)?);
    } else {
        println!(
            "{}",
            Message::new("gen-city-done")
                .arg("people", manifest.people as f64)
                .arg("registrations", manifest.registrations as f64)
                .arg("dwellings", manifest.dwellings as f64)
                .arg("planted", manifest.planted_total() as f64)
                .render(ctx.lang)
        );
        println!(
            "{}",
            Message::new("gen-city-manifest")
                .arg("path", path.display().to_string())
                .render(ctx.lang)
        );
    }
    Ok(Outcome::Clean)
}
