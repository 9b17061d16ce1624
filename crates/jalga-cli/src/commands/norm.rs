//! `norm`: may these people be registered at a dwelling of this area?

use std::io::Write;
use std::path::PathBuf;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use jalga_core::domain::Relation;
use jalga_core::i18n::Message;
use jalga_core::rules::norm::{
    self, AreaUsed, DwellingAreas, NormPerson, NormPreset, NormRegistry,
};
use jalga_core::CoreError;
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Clone, Copy, ValueEnum)]
pub enum BasisArg {
    Useful,
    Living,
}

#[derive(Args)]
pub struct NormArgs {
    /// The dwelling's area in m², of the kind given by --basis.
    #[arg(long, value_name = "M2", allow_hyphen_values = true)]
    area: f64,
    /// Which area --area is: useful (полезная) or living (жилая).
    #[arg(long, value_enum)]
    basis: BasisArg,
    /// The total area in m², used only by presets that fall back to it.
    #[arg(long, value_name = "M2", allow_hyphen_values = true)]
    total: Option<f64>,
    /// How many people live or will live there.
    #[arg(long, value_name = "N")]
    occupants: u32,
    /// How many of them are the tenant's spouse, children or close relatives
    /// living together.
    #[arg(long, value_name = "K", default_value_t = 0)]
    exempt: u32,
    /// How many of the others are already registered there.
    #[arg(long, value_name = "R", default_value_t = 0)]
    registered: u32,
    /// The norm preset: kz-astana, kz-none, ru-proposal-6m2-living,
    /// ru-proposal-8m2-migrant, or the id of one given by --preset-file.
    #[arg(long, value_name = "ID", default_value = norm::DEFAULT_PRESET)]
    preset: String,
    /// A JSON file with a preset of your own (the format of assets/norms/).
    #[arg(long, value_name = "FILE")]
    preset_file: Option<PathBuf>,
    /// The day to evaluate on (YYYY-MM-DD); today by default.
    #[arg(long, value_parser = crate::commands::date_arg, value_name = "DATE")]
    date: Option<NaiveDate>,
    /// Print the result as JSON.
    #[arg(long)]
    json: bool,
}

/// What `--json` prints.
#[derive(Serialize)]
struct NormOut<'a> {
    preset: &'a str,
    date: NaiveDate,
    verdict: norm::NormVerdict,
    allowed: bool,
    area_m2: Option<f64>,
    area_used: Option<AreaUsed>,
    capacity: Option<u32>,
    people: u32,
    counted: u32,
    exempt: u32,
    grandfathered: u32,
    m2_per_counted_person: Option<f64>,
    summary: String,
    explanation: Vec<String>,
}

fn invalid(field: &str, message: Message) -> CliError {
    CliError::Core(CoreError::Invalid {
        field: field.to_owned(),
        message,
    })
}

/// The people the flags describe: the exempt ones are the tenant's spouse
/// and children, the others the tenant and unrelated people, the first
/// `registered` of whom are already registered.
fn people(args: &NormArgs) -> Vec<NormPerson> {
    let counted = args.occupants - args.exempt;
    let mut out = Vec::with_capacity(args.occupants as usize);
    for i in 0..counted {
        out.push(NormPerson {
            label: None,
            relation: if i == 0 {
                Relation::Tenant
            } else {
                Relation::Unrelated
            },
            registered: i < args.registered,
        });
    }
    for i in 0..args.exempt {
        out.push(NormPerson {
            label: None,
            relation: if i == 0 {
                Relation::Spouse
            } else {
                Relation::Child
            },
            registered: false,
        });
    }
    out
}

pub fn run(ctx: &Context, args: &NormArgs) -> Result<Outcome, CliError> {
    for (field, v) in [("area", Some(args.area)), ("total", args.total)] {
        if let Some(v) = v.filter(|v| !v.is_finite() || *v < 0.0) {
            return Err(invalid(
                field,
                Message::new("norm-bad-area").arg("area", v.to_string()),
            ));
        }
    }
    if args.exempt.saturating_add(args.registered) > args.occupants {
        return Err(invalid(
            "exempt",
            Message::new("norm-too-many-exempt")
                .arg("exempt", args.exempt)
                .arg("registered", args.registered)
                .arg("occupants", args.occupants),
        ));
    }
    let mut registry = NormRegistry::builtin();
    if let Some(path) = &args.preset_file {
        let text = std::fs::read_to_string(path)?;
        registry.add(NormPreset::from_json(&text)?)?;
    }
    let preset = registry.get(&args.preset)?;
    let areas = match args.basis {
        BasisArg::Useful => DwellingAreas {
            useful: Some(args.area),
            living: None,
            total: args.total,
        },
        BasisArg::Living => DwellingAreas {
            useful: None,
            living: Some(args.area),
            total: args.total,
        },
    };
    let date = args.date.unwrap_or_else(jalga_core::dates::today);
    let result = norm::evaluate(preset, &areas, &people(args), date);
    let lang = ctx.lang;
    // Buffered: stdout alone flushes at every newline.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if args.json {
        let view = NormOut {
            preset: &result.preset,
            date: result.date,
            verdict: result.verdict,
            allowed: result.verdict.permits(),
            area_m2: result.area_m2,
            area_used: result.area_used,
            capacity: result.capacity,
            people: result.people,
            counted: result.counted,
            exempt: result.exempt,
            grandfathered: result.grandfathered,
            m2_per_counted_person: result.m2_per_counted_person,
            summary: result.summary.render(lang),
            explanation: result.explanation.iter().map(|m| m.render(lang)).collect(),
        };
        serde_json::to_writer_pretty(&mut out, &view)?;
        writeln!(out)?;
    } else {
        writeln!(out, "{}", result.summary.render(lang))?;
        for m in result.explanation.iter().filter(|m| **m != result.summary) {
            writeln!(out, "  {}", m.render(lang))?;
        }
    }
    out.flush()?;
    Ok(if result.verdict.permits() {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}
