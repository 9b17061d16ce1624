//! Each record's table, columns and row mapping.

use super::*;

// ---- the entities -----------------------------------------------------

impl Entity for Property {
    const KIND: EntityKind = EntityKind::Property;
    const TABLE: &'static str = "property";
    const SEARCH: bool = true;
    fn search_text(&self) -> Option<String> {
        search_of([
            Some(self.city.as_str()),
            Some(self.street.as_str()),
            Some(self.building.as_str()),
            self.flat.as_deref(),
            self.rka.as_deref(),
            self.cadastral_number.as_deref(),
            Some(self.id.as_str()),
        ])
    }
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "region",
        "city",
        "district",
        "street",
        "building",
        "flat",
        "kato",
        "rka",
        "cadastral_number",
        "total_area",
        "useful_area",
        "living_area",
        "rooms",
        "floor",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Property {
    fn values(&self) -> Vec<Value> {
        self.clone().into_values()
    }
    fn into_values(self) -> Vec<Value> {
        vec![
            mv(self.id),
            mv(self.region),
            mv(self.city),
            omv(self.district),
            mv(self.street),
            mv(self.building),
            omv(self.flat),
            omv(self.kato),
            omv(self.rka),
            omv(self.cadastral_number),
            Value::Real(self.total_area),
            Value::Real(self.useful_area),
            Value::Real(self.living_area),
            i(self.rooms),
            self.floor.map_or(Value::Null, i),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Property {
            id: r.get(0)?,
            region: r.get(1)?,
            city: r.get(2)?,
            district: r.get(3)?,
            street: r.get(4)?,
            building: r.get(5)?,
            flat: r.get(6)?,
            kato: r.get(7)?,
            rka: r.get(8)?,
            cadastral_number: r.get(9)?,
            total_area: r.get(10)?,
            useful_area: r.get(11)?,
            living_area: r.get(12)?,
            rooms: r.get(13)?,
            floor: r.get(14)?,
        })
    }
}

impl Entity for Owner {
    const KIND: EntityKind = EntityKind::Owner;
    const TABLE: &'static str = "owner";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "property_id",
        "kind",
        "iin_bin",
        "name",
        "share_numerator",
        "share_denominator",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Owner {
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.property_id),
            c(self.kind),
            t(&self.iin_bin),
            t(&self.name),
            i(self.share_numerator),
            i(self.share_denominator),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Owner {
            id: r.get(0)?,
            property_id: r.get(1)?,
            kind: code(r, 2)?,
            iin_bin: r.get(3)?,
            name: r.get(4)?,
            share_numerator: r.get(5)?,
            share_denominator: r.get(6)?,
        })
    }
}

impl Entity for Person {
    const KIND: EntityKind = EntityKind::Person;
    const TABLE: &'static str = "person";
    const SEARCH: bool = true;
    fn search_text(&self) -> Option<String> {
        search_of([
            Some(self.surname.as_str()),
            Some(self.given_name.as_str()),
            self.patronymic.as_deref(),
            self.iin.as_deref(),
            self.passport_number.as_deref(),
            self.surname_latin.as_deref(),
            self.given_name_latin.as_deref(),
        ])
    }
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "kind",
        "iin",
        "surname",
        "given_name",
        "patronymic",
        "birth_date",
        "sex",
        "id_document",
        "passport_number",
        "citizenship",
        "surname_latin",
        "given_name_latin",
        "entry_date",
        "purpose_of_stay",
        "visa_number",
        "labour_contract_end",
        "address",
        "phone",
        "visa_type",
        "visa_valid_from",
        "visa_valid_to",
        "entry_point",
        "id_document_expires",
        "passport_expires",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Person {
    fn values(&self) -> Vec<Value> {
        self.clone().into_values()
    }
    fn into_values(self) -> Vec<Value> {
        vec![
            mv(self.id),
            c(self.kind),
            omv(self.iin),
            mv(self.surname),
            mv(self.given_name),
            omv(self.patronymic),
            d(self.birth_date),
            c(self.sex),
            omv(self.id_document),
            omv(self.passport_number),
            omv(self.citizenship),
            omv(self.surname_latin),
            omv(self.given_name_latin),
            od(self.entry_date),
            oc(self.purpose_of_stay),
            omv(self.visa_number),
            od(self.labour_contract_end),
            omv(self.address),
            omv(self.phone),
            omv(self.visa_type),
            od(self.visa_valid_from),
            od(self.visa_valid_to),
            omv(self.entry_point),
            od(self.id_document_expires),
            od(self.passport_expires),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Person {
            id: r.get(0)?,
            kind: code(r, 1)?,
            iin: r.get(2)?,
            surname: r.get(3)?,
            given_name: r.get(4)?,
            patronymic: r.get(5)?,
            birth_date: date(r, 6)?,
            sex: code(r, 7)?,
            id_document: r.get(8)?,
            passport_number: r.get(9)?,
            citizenship: r.get(10)?,
            surname_latin: r.get(11)?,
            given_name_latin: r.get(12)?,
            entry_date: odate(r, 13)?,
            purpose_of_stay: ocode(r, 14)?,
            visa_number: r.get(15)?,
            labour_contract_end: odate(r, 16)?,
            address: r.get(17)?,
            phone: r.get(18)?,
            visa_type: r.get(19)?,
            visa_valid_from: odate(r, 20)?,
            visa_valid_to: odate(r, 21)?,
            entry_point: r.get(22)?,
            id_document_expires: odate(r, 23)?,
            passport_expires: odate(r, 24)?,
        })
    }
}

impl Entity for Lease {
    const KIND: EntityKind = EntityKind::Lease;
    const TABLE: &'static str = "lease";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "property_id",
        "landlord_id",
        "tenant_id",
        "start_date",
        "end_date",
        "rent",
        "deposit",
        "payment_day",
        "utilities",
        "language",
        "signed_on",
        "payment_method",
        "bank_iban",
        "bank_name",
        "bank_bic",
        "poa_number",
        "poa_date",
        "poa_notary",
        "prevailing_language",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Lease {
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.property_id),
            t(&self.landlord_id),
            t(&self.tenant_id),
            d(self.start_date),
            od(self.end_date),
            i(self.rent as i64),
            i(self.deposit as i64),
            i(self.payment_day),
            t(&self.utilities),
            c(self.language),
            od(self.signed_on),
            oc(self.payment_method),
            ot(&self.bank_iban),
            ot(&self.bank_name),
            ot(&self.bank_bic),
            ot(&self.poa_number),
            od(self.poa_date),
            ot(&self.poa_notary),
            oc(self.prevailing_language),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Lease {
            id: r.get(0)?,
            property_id: r.get(1)?,
            landlord_id: r.get(2)?,
            tenant_id: r.get(3)?,
            start_date: date(r, 4)?,
            end_date: odate(r, 5)?,
            rent: r.get::<_, i64>(6)? as u64,
            deposit: r.get::<_, i64>(7)? as u64,
            payment_day: r.get(8)?,
            utilities: r.get(9)?,
            language: code(r, 10)?,
            signed_on: odate(r, 11)?,
            payment_method: ocode(r, 12)?,
            bank_iban: r.get(13)?,
            bank_name: r.get(14)?,
            bank_bic: r.get(15)?,
            poa_number: r.get(16)?,
            poa_date: odate(r, 17)?,
            poa_notary: r.get(18)?,
            prevailing_language: ocode(r, 19)?,
        })
    }
}

impl Entity for Occupant {
    const KIND: EntityKind = EntityKind::Occupant;
    const TABLE: &'static str = "occupant";
    const COLUMNS: &'static [&'static str] = &["lease_id", "person_id", "relation"];
    const KEY_LEN: usize = 2;
    fn key(&self) -> String {
        format!("{}/{}", self.lease_id, self.person_id)
    }
}

impl Columns for Occupant {
    fn values(&self) -> Vec<Value> {
        vec![t(&self.lease_id), t(&self.person_id), c(self.relation)]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Occupant {
            lease_id: r.get(0)?,
            person_id: r.get(1)?,
            relation: code(r, 2)?,
        })
    }
}

impl Entity for Registration {
    const KIND: EntityKind = EntityKind::Registration;
    const TABLE: &'static str = "registration";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "property_id",
        "lease_id",
        "kind",
        "status",
        "date_from",
        "date_to",
        "consent_by",
        "consent_date",
        "submitted_on",
        "reason",
        "signing_method",
        "signing_phone",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for Registration {
    fn values(&self) -> Vec<Value> {
        self.clone().into_values()
    }
    fn into_values(self) -> Vec<Value> {
        vec![
            mv(self.id),
            mv(self.person_id),
            mv(self.property_id),
            omv(self.lease_id),
            c(self.kind),
            c(self.status),
            d(self.date_from),
            od(self.date_to),
            omv(self.consent_by),
            od(self.consent_date),
            od(self.submitted_on),
            oc(self.reason),
            oc(self.signing_method),
            omv(self.signing_phone),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(Registration {
            id: r.get(0)?,
            person_id: r.get(1)?,
            property_id: r.get(2)?,
            lease_id: r.get(3)?,
            kind: code(r, 4)?,
            status: code(r, 5)?,
            date_from: date(r, 6)?,
            date_to: odate(r, 7)?,
            consent_by: r.get(8)?,
            consent_date: odate(r, 9)?,
            submitted_on: odate(r, 10)?,
            reason: ocode(r, 11)?,
            signing_method: ocode(r, 12)?,
            signing_phone: r.get(13)?,
        })
    }
}

impl Entity for ForeignerNotice {
    const KIND: EntityKind = EntityKind::ForeignerNotice;
    const TABLE: &'static str = "foreigner_notice";
    const COLUMNS: &'static [&'static str] = &[
        "id",
        "person_id",
        "property_id",
        "host_id",
        "arrival_date",
        "status",
        "filed_on",
    ];
    fn key(&self) -> String {
        self.id.clone()
    }
}

impl Columns for ForeignerNotice {
    fn values(&self) -> Vec<Value> {
        vec![
            t(&self.id),
            t(&self.person_id),
            t(&self.property_id),
            t(&self.host_id),
            d(self.arrival_date),
            c(self.status),
            od(self.filed_on),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(ForeignerNotice {
            id: r.get(0)?,
            person_id: r.get(1)?,
            property_id: r.get(2)?,
            host_id: r.get(3)?,
            arrival_date: date(r, 4)?,
            status: code(r, 5)?,
            filed_on: odate(r, 6)?,
        })
    }
}
