//! The `jalga` binary as scripts and outside checks use it: one test binary
//! assembled from modules.

// These run `gen-city` or `crash-writer`, which only a build with the
// `dev-tools` feature has (scripts/test.sh turns it on).
#[cfg(feature = "dev-tools")]
mod audit;
#[cfg(feature = "dev-tools")]
mod crash;
mod data;
mod deadlines_stream;
mod docs;
mod hostile;
mod ids;
#[cfg(feature = "dev-tools")]
mod import_memory;
mod office;
mod one_rule;
mod rules;
// The office server: a build with the `postgres` feature.
#[cfg(feature = "postgres")]
mod migrate;
#[cfg(feature = "postgres")]
mod server;
#[cfg(feature = "postgres")]
mod server_documents;
// Reads on the server next to a file, on a generated city (`dev-tools`).
#[cfg(all(feature = "postgres", feature = "dev-tools"))]
mod server_reads;
#[cfg(feature = "postgres")]
mod server_tls;
mod sign;
mod trust;

use assert_cmd::Command;

pub fn jalga() -> Command {
    let mut cmd = Command::cargo_bin("jalga").expect("the jalga binary is built");
    cmd.env_remove("JALGA_LANG").env_remove("JALGA_DB");
    cmd
}
