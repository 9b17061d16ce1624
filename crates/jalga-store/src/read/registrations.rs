//! The registrations export: every registration with its person and its
//! dwelling, one row each, in the order of the CSV format's columns
//! (`jalga_core::interchange::CSV_COLUMNS`; a test reads every column).

use crate::query::{Query, Row};
use crate::{CoreError, Store};

const JOIN: Query = Query::sqlite(
    "SELECT r.id, r.person_id, r.property_id, r.lease_id, r.kind, r.status, \
    r.date_from, r.date_to, r.consent_by, r.consent_date, \
    p.kind, p.iin, p.surname, p.given_name, p.patronymic, p.birth_date, p.sex, \
    p.passport_number, p.citizenship, p.surname_latin, p.given_name_latin, \
    d.region, d.city, d.district, d.street, d.building, d.flat, d.rka, \
    d.total_area, d.useful_area, d.living_area, d.rooms, r.submitted_on, \
    p.labour_contract_end, \
    r.reason, r.signing_method, r.signing_phone, p.address, p.phone, \
    p.entry_date, p.entry_point, p.purpose_of_stay, p.visa_number, p.visa_type, \
    p.visa_valid_from, p.visa_valid_to \
    FROM registration r JOIN person p ON p.id = r.person_id \
    JOIN property d ON d.id = r.property_id ORDER BY r.id",
);

impl Store {
    /// Calls `each` with every registration's export row, ordered by id,
    /// streaming (a city's export is not held in memory).
    pub fn registrations_export(
        &self,
        mut each: impl FnMut(&Row<'_>) -> Result<(), CoreError>,
    ) -> Result<(), CoreError> {
        #[cfg(feature = "postgres")]
        if let Some(mut server) = self.server() {
            return server.registrations_export(each);
        }
        let err = |e| self.err(e);
        let mut stmt = self.conn().prepare(JOIN.sqlite).map_err(err)?;
        let mut rows = stmt.query([]).map_err(err)?;
        while let Some(r) = rows.next().map_err(err)? {
            each(&Row {
                inner: crate::query::RowCells::Sqlite(r),
                path: self.path(),
            })?;
        }
        Ok(())
    }
}
