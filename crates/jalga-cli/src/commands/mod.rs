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
pub mod norm;
pub mod trust;
pub mod verify_store;

/// A date on the command line: `YYYY-MM-DD` within the years Jalga
/// accepts anywhere (`limits::FIRST_YEAR`–`LAST_YEAR`); anything else is a
/// usage error.
pub fn date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    let d: chrono::NaiveDate = s
        .parse()
        .map_err(|e| format!("{s:?} is not a date (YYYY-MM-DD): {e}"))?;
    if !jalga_core::limits::date_in_range(d) {
        return Err(format!(
            "{s} is outside {}-01-01..{}-12-31",
            jalga_core::limits::FIRST_YEAR,
            jalga_core::limits::LAST_YEAR
        ));
    }
    Ok(d)
}
