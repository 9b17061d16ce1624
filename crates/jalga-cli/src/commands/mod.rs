pub mod audit;
#[cfg(feature = "dev-tools")]
pub mod bench;
pub mod browse;
#[cfg(feature = "dev-tools")]
pub mod crash_writer;
pub mod data;
pub mod deadlines;
pub mod docs;
#[cfg(feature = "dev-tools")]
pub mod gen_city;
pub mod ids;
pub mod migrate;
pub mod norm;
pub mod server;
pub mod sign;
pub mod trust;
pub mod verify_store;

/// A date on the command line: `YYYY-MM-DD` within the years Jalga
/// accepts anywhere (`limits::FIRST_YEAR`–`LAST_YEAR`); anything else is a
/// usage error.
pub fn date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    jalga_core::dates::parse_day(s)
}
