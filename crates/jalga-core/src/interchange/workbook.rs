//! Workbooks (`.xlsx`, `.xlsm`, `.xlsb`, `.xls`, `.ods`) read with
//! `calamine`, one sheet, as rows of text.
//!
//! An `.xlsx` sheet is read cell by cell as it is unzipped, so a sheet of a
//! million rows is never held whole; the other formats are read a sheet at
//! a time, as `calamine` reads them. Reading happens on its own thread,
//! which hands rows over through a short queue.

use std::io;
use std::path::Path;
use std::sync::mpsc::{sync_channel, Receiver};

use calamine::{open_workbook_auto, Data, DataRef, ExcelDateTime, Reader, Sheets};

use super::office::{Cell, Row, RowSource};
use crate::domain::Violation;
use crate::error::CoreError;
use crate::i18n::Message;

/// Rows waiting between the reading thread and the import.
const QUEUE: usize = 1024;

/// One sheet of a workbook, its rows arriving from the reading thread.
pub(crate) struct SheetRows {
    pub sheets: Vec<String>,
    pub sheet: String,
    rows: Receiver<io::Result<Row>>,
}

fn unreadable(path: &Path, detail: impl std::fmt::Display) -> CoreError {
    CoreError::ImportRejected(vec![Violation::new(
        path.display().to_string(),
        "workbook",
        Message::new("v-office-workbook").arg("detail", detail.to_string()),
    )])
}

/// Opens `path` and starts reading `sheet` (the first when `None`).
pub(crate) fn open(path: &Path, sheet: Option<&str>) -> Result<SheetRows, CoreError> {
    let mut wb = open_workbook_auto(path).map_err(|e| unreadable(path, e))?;
    let sheets = wb.sheet_names();
    let sheet = match sheet {
        None => sheets
            .first()
            .cloned()
            .ok_or_else(|| unreadable(path, "no sheets"))?,
        Some(s) => sheets
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| {
                CoreError::ImportRejected(vec![Violation::new(
                    path.display().to_string(),
                    "sheet",
                    Message::new("v-office-sheet")
                        .arg("sheet", s)
                        .arg("sheets", sheets.join(", ")),
                )])
            })?,
    };
    let (tx, rx) = sync_channel(QUEUE);
    let name = sheet.clone();
    std::thread::spawn(move || {
        // A send fails only when the import has stopped listening.
        let send = |r: io::Result<Row>| tx.send(r).is_ok();
        let err =
            |e: &dyn std::fmt::Display| io::Error::new(io::ErrorKind::InvalidData, e.to_string());
        match &mut wb {
            Sheets::Xlsx(x) => {
                let mut cells = match x.worksheet_cells_reader(&name) {
                    Ok(c) => c,
                    Err(e) => {
                        send(Err(err(&e)));
                        return;
                    }
                };
                let mut row = Row::default();
                loop {
                    match cells.next_cell() {
                        Ok(Some(c)) => {
                            let (r, col) = c.get_position();
                            let number = u64::from(r) + 1;
                            if number != row.number
                                && !row.cells.is_empty()
                                && !send(Ok(std::mem::take(&mut row)))
                            {
                                return;
                            }
                            row.number = number;
                            let col = col as usize;
                            if row.cells.len() <= col {
                                row.cells.resize(col + 1, Cell::default());
                            }
                            row.cells[col] = cell_ref(c.get_value());
                        }
                        Ok(None) => break,
                        Err(e) => {
                            send(Err(err(&e)));
                            return;
                        }
                    }
                }
                if !row.cells.is_empty() {
                    send(Ok(row));
                }
            }
            other => {
                let range = match other.worksheet_range(&name) {
                    Ok(r) => r,
                    Err(e) => {
                        send(Err(err(&e)));
                        return;
                    }
                };
                let (top, left) = range.start().unwrap_or((0, 0));
                for (i, r) in range.rows().enumerate() {
                    let mut cells = vec![Cell::default(); left as usize];
                    cells.extend(r.iter().map(cell));
                    let row = Row {
                        number: u64::from(top) + i as u64 + 1,
                        cells,
                    };
                    if !send(Ok(row)) {
                        return;
                    }
                }
            }
        }
    });
    Ok(SheetRows {
        sheets,
        sheet,
        rows: rx,
    })
}

impl RowSource for SheetRows {
    fn next_row(&mut self) -> io::Result<Option<Row>> {
        match self.rows.recv() {
            Ok(r) => r.map(Some),
            Err(_) => Ok(None),
        }
    }
}

fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

fn date_text(d: &ExcelDateTime) -> String {
    match d.as_datetime() {
        Some(dt) if d.is_datetime() => {
            if dt.time() == chrono::NaiveTime::MIN {
                dt.date().format("%Y-%m-%d").to_string()
            } else {
                dt.format("%Y-%m-%d %H:%M:%S").to_string()
            }
        }
        _ => number_text(d.as_f64()),
    }
}

fn text(t: String) -> Cell {
    Cell {
        text: t,
        numeric: false,
    }
}

fn num(t: String) -> Cell {
    Cell {
        text: t,
        numeric: true,
    }
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::default(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => text(s.clone()),
        Data::Float(f) => num(number_text(*f)),
        Data::Int(i) => num(i.to_string()),
        Data::Bool(b) => text(b.to_string()),
        Data::DateTime(d) => text(date_text(d)),
        Data::Error(e) => text(format!("#{e:?}")),
    }
}

fn cell_ref(d: &DataRef<'_>) -> Cell {
    match d {
        DataRef::Empty => Cell::default(),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => text(s.clone()),
        DataRef::SharedString(s) => text((*s).to_owned()),
        DataRef::Float(f) => num(number_text(*f)),
        DataRef::Int(i) => num(i.to_string()),
        DataRef::Bool(b) => text(b.to_string()),
        DataRef::DateTime(d) => text(date_text(d)),
        DataRef::Error(e) => text(format!("#{e:?}")),
    }
}
