//! `check-iin` and `check-bin`.

use std::io::Write;

use clap::Args;
use jalga_core::i18n::ToMessage;
use jalga_core::ident;
use serde::Serialize;

use crate::{CliError, Context, Outcome};

#[derive(Args)]
pub struct CheckArgs {
    /// The numbers to check.
    #[arg(required = true, value_name = "NUMBER")]
    numbers: Vec<String>,
    /// Print a JSON array with the derived details instead of lines.
    #[arg(long)]
    json: bool,
}

/// One number's verdict, as printed by `--json`.
#[derive(Serialize)]
struct Verdict<I> {
    input: String,
    valid: bool,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    info: Option<I>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<ReasonOut>,
}

#[derive(Serialize)]
struct ReasonOut {
    code: &'static str,
    message: String,
}

pub fn check_iin(ctx: &Context, args: &CheckArgs) -> Result<Outcome, CliError> {
    report(ctx, args, |n| {
        ident::check_iin(n).map_err(|r| ReasonOut {
            code: r.code(),
            message: r.localize(ctx.lang),
        })
    })
}

pub fn check_bin(ctx: &Context, args: &CheckArgs) -> Result<Outcome, CliError> {
    report(ctx, args, |n| {
        ident::check_bin(n).map_err(|r| ReasonOut {
            code: r.code(),
            message: r.localize(ctx.lang),
        })
    })
}

fn report<I: Serialize>(
    _ctx: &Context,
    args: &CheckArgs,
    check: impl Fn(&str) -> Result<I, ReasonOut>,
) -> Result<Outcome, CliError> {
    let verdicts: Vec<Verdict<I>> = args
        .numbers
        .iter()
        .map(|n| match check(n) {
            Ok(info) => Verdict {
                input: n.clone(),
                valid: true,
                info: Some(info),
                reason: None,
            },
            Err(reason) => Verdict {
                input: n.clone(),
                valid: false,
                info: None,
                reason: Some(reason),
            },
        })
        .collect();
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &verdicts)?;
        writeln!(out)?;
    } else {
        for v in &verdicts {
            match &v.reason {
                None => writeln!(out, "{} valid", v.input)?,
                Some(r) => writeln!(out, "{} invalid {}: {}", v.input, r.code, r.message)?,
            }
        }
    }
    Ok(if verdicts.iter().all(|v| v.valid) {
        Outcome::Clean
    } else {
        Outcome::Reported
    })
}
