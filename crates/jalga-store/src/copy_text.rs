//! A record's values as one line of `COPY … FROM STDIN`'s text format, as
//! the office server's bulk loads send them: the same texts a single put
//! sends (`pg::texts`), tab-separated, `\N` for NULL, with the format's
//! escapes. The server reads each field with its column's input function,
//! as the single put's `::type` cast does.
//!
//! A line is written into a buffer the caller keeps (a batch's), so an
//! import encodes its rows on the checking thread without a text per
//! value.

use std::io::Write;

use rusqlite::types::Value;

/// Appends `values` as one line (newline included) to `out`.
pub(crate) fn encode_line(values: &[Value], out: &mut Vec<u8>) {
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            out.push(b'\t');
        }
        encode_value(v, out);
    }
    out.push(b'\n');
}

/// Appends one field: the text a single put would send for `v`.
fn encode_value(v: &Value, out: &mut Vec<u8>) {
    match v {
        Value::Null => out.extend_from_slice(b"\\N"),
        Value::Integer(i) => {
            let _ = write!(out, "{i}");
        }
        // As `f64::to_string`: the shortest text that reads back as the
        // same f64; `numeric` keeps it exactly.
        Value::Real(f) => {
            let _ = write!(out, "{f}");
        }
        Value::Text(s) => escape(s.as_bytes(), out),
        Value::Blob(b) => {
            let start = out.len();
            out.resize(start + data_encoding::HEXLOWER.encode_len(b.len()), 0);
            data_encoding::HEXLOWER.encode_mut(b, &mut out[start..]);
        }
    }
}

/// Appends `text` with the text format's escapes: a backslash, a newline,
/// a carriage return and a tab are the only bytes it gives a meaning.
pub(crate) fn escape(text: &[u8], out: &mut Vec<u8>) {
    let special = |b: &u8| matches!(b, b'\\' | b'\n' | b'\r' | b'\t');
    if !text.iter().any(special) {
        out.extend_from_slice(text);
        return;
    }
    for &b in text {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            _ => out.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(values: &[Value]) -> String {
        let mut out = Vec::new();
        encode_line(values, &mut out);
        String::from_utf8(out).unwrap()
    }

    #[cfg(feature = "postgres")]
    #[test]
    fn each_value_is_the_text_a_single_put_sends() {
        let values = vec![
            Value::Text("d-1".into()),
            Value::Null,
            Value::Integer(-42),
            Value::Real(54.2),
            Value::Real(1e21),
            Value::Blob(vec![0xab, 0x01]),
        ];
        let sent: Vec<String> = crate::pg::texts(values.clone())
            .into_iter()
            .map(|t| t.unwrap_or_else(|| "\\N".into()))
            .collect();
        assert_eq!(line(&values), format!("{}\n", sent.join("\t")));
        assert_eq!(
            line(&values),
            "d-1\t\\N\t-42\t54.2\t1000000000000000000000\tab01\n"
        );
    }

    #[test]
    fn the_format_s_special_bytes_are_escaped_and_nothing_else() {
        let values = vec![
            Value::Text("a\\b\tc\nd\re".into()),
            Value::Text("Есиль \\N".into()),
            Value::Text(String::new()),
        ];
        assert_eq!(line(&values), "a\\\\b\\tc\\nd\\re\tЕсиль \\\\N\t\n");
    }
}
