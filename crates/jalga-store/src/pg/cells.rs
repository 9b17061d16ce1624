//! A server's row as the read seam's cells ([`crate::query::Cell`]): each
//! column read from the driver's binary form by its type. Days (`date`)
//! become the `YYYY-MM-DD` text the SQLite store holds, exact areas
//! (`numeric`) the same `f64` the SQLite store's `REAL` holds (a whole
//! number stays an integer, as SQLite's sums of integers are), booleans 0
//! or 1. A type the seam has no cell for is a store error naming it.

use std::error::Error;

use chrono::NaiveDate;
use postgres::types::{FromSql, Type};

use crate::query::Cell;

/// A column's bytes as the server sent them.
struct Raw<'a>(&'a [u8]);

impl<'a> FromSql<'a> for Raw<'a> {
    fn from_sql(_: &Type, raw: &'a [u8]) -> Result<Self, Box<dyn Error + Sync + Send>> {
        Ok(Raw(raw))
    }

    fn accepts(_: &Type) -> bool {
        true
    }
}

/// Why a column could not be read.
#[derive(Debug, thiserror::Error)]
#[error("column {column}: {detail}")]
pub(crate) struct CellError {
    pub column: usize,
    pub detail: String,
}

/// Decodes every column of `row` into `out` (cleared first).
pub(crate) fn decode(row: &postgres::Row, out: &mut Vec<Cell>) -> Result<(), CellError> {
    out.clear();
    for (i, column) in row.columns().iter().enumerate() {
        let bad = |detail: String| CellError { column: i, detail };
        let raw: Option<Raw<'_>> = row.try_get(i).map_err(|e| bad(e.to_string()))?;
        let cell = match raw {
            None => Cell::Null,
            Some(Raw(b)) => cell(column.type_(), b).map_err(bad)?,
        };
        out.push(cell);
    }
    Ok(())
}

fn fixed<const N: usize>(b: &[u8]) -> Result<[u8; N], String> {
    b.try_into()
        .map_err(|_| format!("{} bytes where {N} were due", b.len()))
}

fn cell(ty: &Type, b: &[u8]) -> Result<Cell, String> {
    Ok(match *ty {
        Type::BOOL => Cell::Integer(i64::from(fixed::<1>(b)?[0] != 0)),
        Type::INT2 => Cell::Integer(i16::from_be_bytes(fixed(b)?).into()),
        Type::INT4 => Cell::Integer(i32::from_be_bytes(fixed(b)?).into()),
        Type::INT8 => Cell::Integer(i64::from_be_bytes(fixed(b)?)),
        Type::FLOAT4 => Cell::Real(f32::from_be_bytes(fixed(b)?).into()),
        Type::FLOAT8 => Cell::Real(f64::from_be_bytes(fixed(b)?)),
        Type::NUMERIC => numeric(b)?,
        Type::DATE => Cell::Text(date(i32::from_be_bytes(fixed(b)?))?),
        Type::TIMESTAMP => Cell::Text(timestamp(i64::from_be_bytes(fixed(b)?))?),
        Type::TEXT | Type::VARCHAR | Type::BPCHAR | Type::NAME | Type::UNKNOWN | Type::JSON => {
            Cell::Text(
                std::str::from_utf8(b)
                    .map_err(|e| e.to_string())?
                    .to_owned(),
            )
        }
        // jsonb: a version byte (1), then the text.
        Type::JSONB => match b.split_first() {
            Some((1, text)) => Cell::Text(
                std::str::from_utf8(text)
                    .map_err(|e| e.to_string())?
                    .to_owned(),
            ),
            _ => return Err("jsonb of an unknown version".to_owned()),
        },
        Type::BYTEA => Cell::Blob(b.to_vec()),
        ref other => return Err(format!("the read seam has no cell for type {other}")),
    })
}

/// A `date` (days since 2000-01-01) as `YYYY-MM-DD`; the infinities have
/// no such text and are refused.
fn date(days: i32) -> Result<String, String> {
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).ok_or("no epoch")?;
    epoch
        .checked_add_signed(chrono::TimeDelta::days(days.into()))
        .filter(|_| days != i32::MIN && days != i32::MAX)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .ok_or_else(|| format!("the day {days} after 2000-01-01 is no calendar day"))
}

/// A `timestamp` (microseconds since 2000-01-01 00:00) as the file writes
/// one, `YYYY-MM-DDTHH:MM:SS` (the store's timestamps are to the second).
fn timestamp(micros: i64) -> Result<String, String> {
    let epoch = NaiveDate::from_ymd_opt(2000, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .ok_or("no epoch")?;
    epoch
        .checked_add_signed(chrono::TimeDelta::microseconds(micros))
        .filter(|_| micros != i64::MIN && micros != i64::MAX)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
        .ok_or_else(|| format!("{micros} µs after 2000-01-01 is no time of day"))
}

/// A `numeric`: its base-10000 digits as a decimal text, read as the `f64`
/// nearest to it (the one the SQLite store holds for the same text), or as
/// an integer when it has no fraction and fits.
fn numeric(b: &[u8]) -> Result<Cell, String> {
    let head = |i: usize| -> Result<u16, String> {
        b.get(i..i + 2)
            .map(|s| u16::from_be_bytes([s[0], s[1]]))
            .ok_or_else(|| "a short numeric".to_owned())
    };
    let ndigits = usize::from(head(0)?);
    let weight = i32::from(head(2)? as i16);
    let sign = head(4)?;
    let dscale = head(6)?;
    match sign {
        0x0000 | 0x4000 => {}
        0xC000 => return Ok(Cell::Real(f64::NAN)),
        other => return Err(format!("a numeric of sign {other:#x}")),
    }
    let mut text = String::with_capacity(ndigits * 4 + 8);
    if sign == 0x4000 {
        text.push('-');
    }
    for d in 0..ndigits {
        let digit = head(8 + 2 * d)?;
        if d == 0 {
            text.push_str(&digit.to_string());
        } else {
            text.push_str(&format!("{digit:04}"));
        }
    }
    if ndigits == 0 {
        return Ok(Cell::Integer(0));
    }
    // The value is the digits times 10000^(weight - ndigits + 1).
    let exponent = 4 * (weight - ndigits as i32 + 1);
    if dscale == 0 && exponent >= 0 {
        let mut whole = text.clone();
        whole.extend(std::iter::repeat_n('0', exponent as usize));
        if let Ok(n) = whole.parse::<i64>() {
            return Ok(Cell::Integer(n));
        }
    }
    format!("{text}e{exponent}")
        .parse::<f64>()
        .map(Cell::Real)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `numeric` as the server sends it: (ndigits, weight, sign, dscale, digits).
    fn wire(weight: i16, sign: u16, dscale: u16, digits: &[u16]) -> Vec<u8> {
        let mut b = Vec::new();
        b.extend((digits.len() as u16).to_be_bytes());
        b.extend(weight.to_be_bytes());
        b.extend(sign.to_be_bytes());
        b.extend(dscale.to_be_bytes());
        for d in digits {
            b.extend(d.to_be_bytes());
        }
        b
    }

    #[test]
    fn numerics_read_as_the_f64_of_their_text_and_whole_ones_as_integers() {
        // 54.3 = 54 . 3000
        assert_eq!(numeric(&wire(0, 0, 1, &[54, 3000])), Ok(Cell::Real(54.3)));
        // 40.00000000000001
        assert_eq!(
            numeric(&wire(0, 0, 14, &[40, 0, 0, 0, 100])),
            Ok(Cell::Real(40.000_000_000_000_01))
        );
        // -0.05
        assert_eq!(numeric(&wire(-1, 0x4000, 2, &[500])), Ok(Cell::Real(-0.05)));
        // 120000 = 12 0000, whole
        assert_eq!(numeric(&wire(1, 0, 0, &[12])), Ok(Cell::Integer(120_000)));
        assert_eq!(numeric(&wire(0, 0, 0, &[])), Ok(Cell::Integer(0)));
        assert!(numeric(&[0, 1]).is_err());
    }

    #[test]
    fn timestamps_read_as_the_files_text() {
        let cases: &[(i64, &str)] = &[
            (0, "2000-01-01T00:00:00"),
            (-1_000_000, "1999-12-31T23:59:59"),
            (849_441_600_000_000, "2026-12-01T12:00:00"),
        ];
        for (micros, text) in cases {
            assert_eq!(super::timestamp(*micros).unwrap(), *text, "{micros}");
        }
        assert!(super::timestamp(i64::MAX).is_err());
    }

    #[test]
    fn days_read_as_iso_text() {
        assert_eq!(date(0).unwrap(), "2000-01-01");
        assert_eq!(date(-1).unwrap(), "1999-12-31");
        assert_eq!(date(9820).unwrap(), "2026-11-20");
        assert!(date(i32::MAX).is_err());
    }
}
