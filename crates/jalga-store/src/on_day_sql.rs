//! "Registered on a day" in SQL, for every query that counts registrations
//! on a day (the audit's candidates, the charts): the SQL twin of
//! `jalga_domain::domain::on_day::registered_on`, tested to agree with it.

/// The condition on registration alias `$r` for the day `:today`:
/// submitted or registered, begun, not yet ended (the last day counts).
#[macro_export]
macro_rules! registered_on_sql {
    ($r:literal) => {
        concat!(
            $r,
            ".status IN ('submitted', 'registered') AND ",
            $r,
            ".date_from <= :today AND (",
            $r,
            ".date_to IS NULL OR ",
            $r,
            ".date_to >= :today)"
        )
    };
}

/// [`registered_on_sql!`] for a registration `r`, as a query condition.
pub const REGISTERED_ON: &str = registered_on_sql!("r");
