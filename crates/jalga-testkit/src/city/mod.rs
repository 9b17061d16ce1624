//! A synthetic city for audits: districts of Astana and Almaty, dwellings
//! with realistic areas, owner families, tenants with leases, roommates,
//! foreigners with entry dates and notices, people who moved — and a known
//! number of planted violations of each audit kind, listed in a manifest, so
//! that an audit can be tested for recall (every planted one found) and
//! precision (nothing found on the clean part).
//!
//! Deterministic: the same seed, size and day give the same city. The
//! random numbers come from a small SplitMix64 generator kept here, so that
//! a city never changes with a dependency's version.

use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::audit::FindingKind;
use crate::demo::make_iin;
use crate::domain::{
    ForeignerNotice, Lease, LeaseLanguage, NoticeStatus, Occupant, Owner, OwnerKind, Person,
    PersonKind, Property, Registration, RegistrationKind, RegistrationStatus, Relation,
    StayPurpose,
};
use crate::error::CoreError;
use crate::ident::Sex;
use crate::interchange::Bundle;
use crate::store::{self, Store};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CityParams {
    /// People to generate (at least; a household is never split).
    pub people: u64,
    pub seed: u64,
    /// The day the city is generated as of; audit it as of the same day.
    pub today: NaiveDate,
}

/// The planted violations of one kind: the subjects an audit must report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct PlantedSet {
    pub kind: FindingKind,
    pub subjects: Vec<String>,
}

/// What was generated and which violations were planted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct CityManifest {
    #[ts(type = "number")]
    pub seed: u64,
    #[ts(type = "string")]
    pub today: NaiveDate,
    #[ts(type = "number")]
    pub people: u64,
    #[ts(type = "number")]
    pub dwellings: u64,
    #[ts(type = "number")]
    pub registrations: u64,
    #[ts(type = "number")]
    pub notices: u64,
    /// Every record written (all tables).
    #[ts(type = "number")]
    pub records: u64,
    /// The rubber flat: 35.7 m² of useful area, 937 people registered.
    pub rubber_flat: String,
    pub planted: Vec<PlantedSet>,
}

impl CityManifest {
    pub fn planted_total(&self) -> u64 {
        self.planted.iter().map(|p| p.subjects.len() as u64).sum()
    }
}

/// Where generated records go.
pub trait CitySink {
    fn property(&mut self, r: Property) -> Result<(), CoreError>;
    fn owner(&mut self, r: Owner) -> Result<(), CoreError>;
    fn person(&mut self, r: Person) -> Result<(), CoreError>;
    fn lease(&mut self, r: Lease) -> Result<(), CoreError>;
    fn occupant(&mut self, r: Occupant) -> Result<(), CoreError>;
    fn registration(&mut self, r: Registration) -> Result<(), CoreError>;
    fn notice(&mut self, r: ForeignerNotice) -> Result<(), CoreError>;
}

impl CitySink for Bundle {
    fn property(&mut self, r: Property) -> Result<(), CoreError> {
        self.properties.push(r);
        Ok(())
    }
    fn owner(&mut self, r: Owner) -> Result<(), CoreError> {
        self.owners.push(r);
        Ok(())
    }
    fn person(&mut self, r: Person) -> Result<(), CoreError> {
        self.persons.push(r);
        Ok(())
    }
    fn lease(&mut self, r: Lease) -> Result<(), CoreError> {
        self.leases.push(r);
        Ok(())
    }
    fn occupant(&mut self, r: Occupant) -> Result<(), CoreError> {
        self.occupants.push(r);
        Ok(())
    }
    fn registration(&mut self, r: Registration) -> Result<(), CoreError> {
        self.registrations.push(r);
        Ok(())
    }
    fn notice(&mut self, r: ForeignerNotice) -> Result<(), CoreError> {
        self.foreigner_notices.push(r);
        Ok(())
    }
}

/// Writes through the store's one write path, as an import does: each
/// kind of record is logged as one row when the unit commits.
struct TxSink<'u, 's> {
    unit: &'u mut store::Unit<'s>,
}

impl TxSink<'_, '_> {
    fn put<T: store::Entity + 'static>(&mut self, r: &T) -> Result<(), CoreError> {
        self.unit.put(r)
    }
}

impl CitySink for TxSink<'_, '_> {
    fn property(&mut self, r: Property) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn owner(&mut self, r: Owner) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn person(&mut self, r: Person) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn lease(&mut self, r: Lease) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn occupant(&mut self, r: Occupant) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn registration(&mut self, r: Registration) -> Result<(), CoreError> {
        self.put(&r)
    }
    fn notice(&mut self, r: ForeignerNotice) -> Result<(), CoreError> {
        self.put(&r)
    }
}

/// Generates a city into `store` in one transaction.
pub fn generate_into(store: &mut Store, params: &CityParams) -> Result<CityManifest, CoreError> {
    let mut unit = store.write("generate")?;
    let manifest = generate(params, &mut TxSink { unit: &mut unit })?;
    unit.commit()?;
    Ok(manifest)
}

/// Where a bulk load's records go ([`generate_bulk_into`]).
struct BulkSink<'b, 's> {
    bulk: &'b mut store::bulk::Bulk<'s>,
}

impl CitySink for BulkSink<'_, '_> {
    fn property(&mut self, r: Property) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn owner(&mut self, r: Owner) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn person(&mut self, r: Person) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn lease(&mut self, r: Lease) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn occupant(&mut self, r: Occupant) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn registration(&mut self, r: Registration) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
    fn notice(&mut self, r: ForeignerNotice) -> Result<(), CoreError> {
        self.bulk.put(&r)
    }
}

/// Generates a city into `store` in one bulk load: the tables that are
/// empty have their secondary indexes (and, on an office server, their
/// foreign keys) built once at the end instead of row by row. The same
/// records as [`generate_into`].
pub fn generate_bulk_into(
    store: &mut Store,
    params: &CityParams,
) -> Result<CityManifest, CoreError> {
    use crate::store::Entity;
    let mut bulk = store.write("generate")?.bulk(&[
        Property::TABLE,
        Owner::TABLE,
        Person::TABLE,
        Lease::TABLE,
        Occupant::TABLE,
        Registration::TABLE,
        ForeignerNotice::TABLE,
    ])?;
    let manifest = generate(params, &mut BulkSink { bulk: &mut bulk })?;
    bulk.commit()?;
    Ok(manifest)
}

/// Generates a city as a JSON bundle (for small sizes).
pub fn generate_bundle(params: &CityParams) -> Result<(Bundle, CityManifest), CoreError> {
    let mut b = Bundle::default();
    let m = generate(params, &mut b)?;
    Ok((b, m))
}

/// SplitMix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
    fn area(&mut self, lo: f64, hi: f64) -> f64 {
        let x = lo + (hi - lo) * (self.next() % 10_000) as f64 / 10_000.0;
        (x * 10.0).round() / 10.0
    }
}

/// A generated dwelling and its owner (who lives elsewhere).
struct Home {
    id: String,
    owner: String,
    owner_name: String,
}

struct Gen<'s, S: CitySink> {
    sink: &'s mut S,
    rng: Rng,
    today: NaiveDate,
    n_people: u64,
    /// The citizens' IINs so far, as numbers.
    iins: std::collections::HashSet<u64>,
    n_dwellings: u64,
    n_leases: u64,
    n_regs: u64,
    n_notices: u64,
    n_owners: u64,
    n_occupants: u64,
    /// Dwellings of owner families, for movers' previous addresses.
    family_homes: Vec<String>,
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn plus(d: NaiveDate, n: u64) -> NaiveDate {
    d + Days::new(n)
}

fn minus(d: NaiveDate, n: u64) -> NaiveDate {
    d - Days::new(n)
}

impl<S: CitySink> Gen<'_, S> {
    fn dwelling(&mut self, useful: f64, rooms: u32) -> Result<Home, CoreError> {
        let useful = (useful * 10.0).round() / 10.0;
        let total = ((useful * 1.08) * 10.0).round() / 10.0;
        let living = ((useful * 0.62) * 10.0).round() / 10.0;
        self.dwelling_exact(total, useful, living, rooms, true)
    }

    /// A new dwelling, with an owner who lives elsewhere if `with_owner`.
    fn dwelling_exact(
        &mut self,
        total: f64,
        useful: f64,
        living: f64,
        rooms: u32,
        with_owner: bool,
    ) -> Result<Home, CoreError> {
        self.n_dwellings += 1;
        let n = self.n_dwellings;
        let id = format!("d-{n:07}");
        let city = &CITIES[(self.rng.next() % 5 / 3) as usize]; // 3:2, Astana:Almaty
        let district = *self.rng.pick(city.districts);
        let street = *self.rng.pick(city.streets);
        let building = self.rng.range(1, 180);
        let flat = self.rng.range(1, 240);
        self.sink.property(Property {
            id: id.clone(),
            region: city.region.into(),
            city: city.city.into(),
            district: Some(district.into()),
            street: street.into(),
            building: building.to_string(),
            flat: Some(flat.to_string()),
            kato: Some(city.kato.into()),
            rka: Some(format!("1002{n:09}")),
            cadastral_number: Some(format!(
                "{}:{}:{:03}:{:03}:{}",
                city.cadastral_region,
                300 + n % 40,
                n / 1000 % 1000,
                building,
                flat
            )),
            total_area: total,
            useful_area: useful,
            living_area: living,
            rooms,
            floor: Some(self.rng.range(1, 16) as i32),
        })?;
        if !with_owner {
            return Ok(Home {
                id,
                owner: String::new(),
                owner_name: String::new(),
            });
        }
        let owner = self.citizen(None, None);
        self.sink.person(owner.clone())?;
        self.add_owner(&id, &owner)?;
        Ok(Home {
            id,
            owner: owner.id,
            owner_name: format!("{} {}", owner.surname, owner.given_name),
        })
    }

    fn add_owner(&mut self, property: &str, p: &Person) -> Result<(), CoreError> {
        self.n_owners += 1;
        self.sink.owner(Owner {
            id: format!("o-{:07}", self.n_owners),
            property_id: property.into(),
            kind: OwnerKind::Person,
            iin_bin: p.iin.clone().unwrap_or_default(),
            name: format!("{} {}", p.surname, p.given_name),
            share_numerator: 1,
            share_denominator: 1,
        })
    }

    fn person_id(&mut self) -> String {
        self.n_people += 1;
        format!("p-{:08}", self.n_people)
    }

    /// A citizen (not yet written); `sex` and `birth` random unless given.
    fn citizen(&mut self, sex: Option<Sex>, birth: Option<NaiveDate>) -> Person {
        let sex = sex.unwrap_or(if self.rng.chance(50) {
            Sex::Male
        } else {
            Sex::Female
        });
        let birth = birth.unwrap_or_else(|| plus(day(1950, 1, 1), self.rng.range(0, 18_000)));
        let (m, f) = *self.rng.pick(&SURNAMES);
        let father = *self.rng.pick(&MALE);
        let russian = m.ends_with("ов") && !m.contains(['ә', 'ұ', 'қ', 'ө', 'і', 'ү', 'ң', 'ғ']);
        let (surname, given, patronymic) = match sex {
            Sex::Male => (
                m,
                *self.rng.pick(&MALE),
                if russian {
                    format!("{father}ович")
                } else {
                    format!("{father}ұлы")
                },
            ),
            Sex::Female => (
                f,
                *self.rng.pick(&FEMALE),
                if russian {
                    format!("{father}овна")
                } else {
                    format!("{father}қызы")
                },
            ),
        };
        // One IIN per person: two records sharing one are a finding of
        // their own (`duplicate-person`), planted on purpose only.
        let iin = loop {
            let serial = self.rng.range(0, 9_999) as u32;
            let iin = make_iin(birth, sex, serial);
            if self.iins.insert(iin.parse().unwrap_or_default()) {
                break iin;
            }
        };
        let id = self.person_id();
        Person {
            id,
            kind: PersonKind::Citizen,
            iin: Some(iin),
            surname: surname.into(),
            given_name: given.into(),
            patronymic: Some(patronymic),
            birth_date: birth,
            sex,
            id_document: Some(format!("0{:08}", self.rng.range(10_000_000, 99_999_999))),
            citizenship: Some("KAZ".into()),
            ..Default::default()
        }
    }

    fn foreigner(&mut self, country_pool: &[&str], entry: NaiveDate) -> Result<Person, CoreError> {
        let options: Vec<_> = FOREIGN
            .iter()
            .filter(|f| country_pool.contains(&f.0))
            .collect();
        let (country, sl, gl, sc, gc) = **self.rng.pick(&options);
        let female = gl.ends_with('A');
        let id = self.person_id();
        let p = Person {
            id,
            kind: PersonKind::Foreigner,
            surname: sc.into(),
            given_name: gc.into(),
            birth_date: plus(day(1965, 1, 1), self.rng.range(0, 13_000)),
            sex: if female { Sex::Female } else { Sex::Male },
            passport_number: Some(format!(
                "{}{:07}",
                &country[..2],
                self.rng.range(1_000_000, 9_999_999)
            )),
            citizenship: Some(country.into()),
            surname_latin: Some(sl.into()),
            given_name_latin: Some(gl.into()),
            entry_date: Some(entry),
            purpose_of_stay: Some(*self.rng.pick(&[
                StayPurpose::Work,
                StayPurpose::Study,
                StayPurpose::Private,
            ])),
            ..Default::default()
        };
        self.sink.person(p.clone())?;
        Ok(p)
    }

    #[allow(clippy::too_many_arguments)]
    fn register(
        &mut self,
        person: &str,
        property: &str,
        lease: Option<&str>,
        kind: RegistrationKind,
        from: NaiveDate,
        to: Option<NaiveDate>,
        consent_by: Option<&str>,
        submitted: Option<NaiveDate>,
    ) -> Result<String, CoreError> {
        self.n_regs += 1;
        let id = format!("r-{:08}", self.n_regs);
        let status = match (submitted, to) {
            (None, _) => RegistrationStatus::Draft,
            (Some(_), Some(t)) if t < self.today => RegistrationStatus::Ended,
            (Some(s), _) if s >= minus(self.today, 3) => RegistrationStatus::Submitted,
            _ => RegistrationStatus::Registered,
        };
        self.sink.registration(Registration {
            id: id.clone(),
            person_id: person.into(),
            property_id: property.into(),
            lease_id: lease.map(Into::into),
            kind,
            status,
            date_from: from,
            date_to: to,
            consent_by: consent_by.map(Into::into),
            consent_date: consent_by.map(|_| from),
            submitted_on: submitted,
            ..Default::default()
        })?;
        Ok(id)
    }

    /// A lease and its occupants; the tenant comes first.
    fn lease(
        &mut self,
        property: &str,
        landlord: &str,
        people: &[(String, Relation)],
        start: NaiveDate,
        end: Option<NaiveDate>,
    ) -> Result<String, CoreError> {
        self.n_leases += 1;
        let id = format!("l-{:07}", self.n_leases);
        let rent = self.rng.range(12, 45) * 10_000;
        self.sink.lease(Lease {
            id: id.clone(),
            property_id: property.into(),
            landlord_id: landlord.into(),
            tenant_id: people[0].0.clone(),
            start_date: start,
            end_date: end,
            rent,
            deposit: rent,
            payment_day: self.rng.range(1, 28) as u8,
            utilities: "Наниматель оплачивает коммунальные услуги по счётчикам".into(),
            language: *self
                .rng
                .pick(&[LeaseLanguage::Kk, LeaseLanguage::Ru, LeaseLanguage::KkRu]),
            ..Default::default()
        })?;
        for (person, relation) in people {
            self.n_occupants += 1;
            self.sink.occupant(Occupant {
                lease_id: id.clone(),
                person_id: person.clone(),
                relation: *relation,
            })?;
        }
        Ok(id)
    }

    fn notice(
        &mut self,
        person: &str,
        property: &str,
        host: &str,
        arrival: NaiveDate,
        filed: Option<NaiveDate>,
    ) -> Result<String, CoreError> {
        self.n_notices += 1;
        let id = format!("n-{:07}", self.n_notices);
        self.sink.notice(ForeignerNotice {
            id: id.clone(),
            person_id: person.into(),
            property_id: property.into(),
            host_id: host.into(),
            arrival_date: arrival,
            status: if filed.is_some() {
                NoticeStatus::Confirmed
            } else {
                NoticeStatus::Draft
            },
            filed_on: filed,
        })?;
        Ok(id)
    }

    /// Days before today, at least `lo` and at most `hi`.
    fn days_ago(&mut self, lo: u64, hi: u64) -> NaiveDate {
        minus(self.today, self.rng.range(lo, hi))
    }
}

mod data;
mod generate;
mod households;

use data::*;
pub use generate::generate;
