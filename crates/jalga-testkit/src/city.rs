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

struct CityDef {
    region: &'static str,
    city: &'static str,
    kato: &'static str,
    cadastral_region: &'static str,
    districts: &'static [&'static str],
    streets: &'static [&'static str],
}

const CITIES: [CityDef; 2] = [
    CityDef {
        region: "г. Астана",
        city: "Астана",
        kato: "711000000",
        cadastral_region: "21",
        districts: &[
            "Есильский район",
            "Алматинский район",
            "Сарыаркинский район",
            "Байконурский район",
            "район Нура",
        ],
        streets: &[
            "проспект Туран",
            "проспект Кабанбай батыра",
            "улица Сыганак",
            "проспект Мангилик Ел",
            "улица Кенесары",
            "улица Бейбитшилик",
            "проспект Абая",
            "улица Сейфуллина",
            "улица Бокейхана",
            "проспект Республики",
        ],
    },
    CityDef {
        region: "г. Алматы",
        city: "Алматы",
        kato: "751000000",
        cadastral_region: "20",
        districts: &[
            "Алмалинский район",
            "Бостандыкский район",
            "Медеуский район",
            "Ауэзовский район",
            "Алатауский район",
        ],
        streets: &[
            "проспект Достык",
            "улица Толе би",
            "проспект Абая",
            "улица Жандосова",
            "проспект Райымбека",
            "улица Наурызбай батыра",
            "проспект Аль-Фараби",
            "улица Гоголя",
        ],
    },
];

/// Surnames with their female form.
const SURNAMES: [(&str, &str); 20] = [
    ("Ахметов", "Ахметова"),
    ("Сейткали", "Сейткали"),
    ("Жақсыбеков", "Жақсыбекова"),
    ("Омаров", "Омарова"),
    ("Төлегенов", "Төлегенова"),
    ("Ким", "Ким"),
    ("Нұрпейісов", "Нұрпейісова"),
    ("Искаков", "Искакова"),
    ("Әбенов", "Әбенова"),
    ("Серікбаев", "Серікбаева"),
    ("Қасымов", "Қасымова"),
    ("Бекмұхамедов", "Бекмұхамедова"),
    ("Мұратов", "Мұратова"),
    ("Шәріпов", "Шәріпова"),
    ("Иванов", "Иванова"),
    ("Петров", "Петрова"),
    ("Смирнов", "Смирнова"),
    ("Кузнецов", "Кузнецова"),
    ("Попов", "Попова"),
    ("Ли", "Ли"),
];
const MALE: [&str; 16] = [
    "Нұрлан",
    "Данияр",
    "Арман",
    "Ерлан",
    "Бауыржан",
    "Азамат",
    "Тимур",
    "Руслан",
    "Әлихан",
    "Ілияс",
    "Қайрат",
    "Ғалым",
    "Сергей",
    "Андрей",
    "Дмитрий",
    "Алексей",
];
const FEMALE: [&str; 14] = [
    "Айгерім",
    "Динара",
    "Сәуле",
    "Жанар",
    "Гүлнар",
    "Әсел",
    "Мадина",
    "Ақмарал",
    "Ұлжан",
    "Іңкәр",
    "Анна",
    "Елена",
    "Ольга",
    "Наталья",
];

/// Foreign citizens: country, Latin and Cyrillic surname and given name.
const FOREIGN: [(&str, &str, &str, &str, &str); 12] = [
    ("UZB", "KARIMOV", "RUSTAM", "Каримов", "Рустам"),
    ("UZB", "YUSUPOVA", "DILNOZA", "Юсупова", "Дилноза"),
    ("TJK", "RAHIMOV", "FARRUKH", "Рахимов", "Фаррух"),
    ("CHN", "WANG", "LI", "Ван", "Ли"),
    ("TUR", "YILMAZ", "MEHMET", "Йылмаз", "Мехмет"),
    ("KOR", "PARK", "MINJUN", "Пак", "Минджун"),
    ("DEU", "MUELLER", "THOMAS", "Мюллер", "Томас"),
    ("RUS", "IVANOV", "SERGEY", "Иванов", "Сергей"),
    ("KGZ", "ASANOV", "BAKYT", "Асанов", "Бакыт"),
    ("BLR", "KOVALENKO", "PAVEL", "Коваленко", "Павел"),
    ("ARM", "PETROSYAN", "ARMEN", "Петросян", "Армен"),
    ("IND", "SHARMA", "RAHUL", "Шарма", "Рахул"),
];
/// Of those, the countries whose citizens the 90-in-180 limit binds.
const EAEU: [&str; 4] = ["RUS", "KGZ", "BLR", "ARM"];
/// Foreigners whose host has 3 working days and no longer period.
const PLAIN_NOTICE: [&str; 4] = ["CHN", "TUR", "KOR", "DEU"];

const RUBBER_AREA: (f64, f64, f64) = (38.2, 35.7, 18.4);
const RUBBER_PEOPLE: u32 = 937;

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
            passport_number: None,
            citizenship: Some("KAZ".into()),
            surname_latin: None,
            given_name_latin: None,
            entry_date: None,
            purpose_of_stay: None,
            visa_number: None,
            labour_contract_end: None,
            address: None,
            phone: None,
            visa_type: None,
            visa_valid_from: None,
            visa_valid_to: None,
            entry_point: None,
            id_document_expires: None,
            passport_expires: None,
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
            iin: None,
            surname: sc.into(),
            given_name: gc.into(),
            patronymic: None,
            birth_date: plus(day(1965, 1, 1), self.rng.range(0, 13_000)),
            sex: if female { Sex::Female } else { Sex::Male },
            id_document: None,
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
            visa_number: None,
            labour_contract_end: None,
            address: None,
            phone: None,
            visa_type: None,
            visa_valid_from: None,
            visa_valid_to: None,
            entry_point: None,
            id_document_expires: None,
            passport_expires: None,
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
            reason: None,
            signing_method: None,
            signing_phone: None,
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
            signed_on: None,
            payment_method: None,
            bank_iban: None,
            bank_name: None,
            bank_bic: None,
            poa_number: None,
            poa_date: None,
            poa_notary: None,
            prevailing_language: None,
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

    // ---- clean households ------------------------------------------------

    /// An owner family, registered permanently long ago (before the area
    /// norm and the consent rule), no lease needed.
    fn owner_family(&mut self) -> Result<(), CoreError> {
        let size = *self.rng.pick(&[1u32, 2, 2, 3, 3, 4, 4, 5]);
        let useful = self
            .rng
            .area(28.0 + 8.0 * f64::from(size), 60.0 + 15.0 * f64::from(size));
        let useful = (useful * 10.0).round() / 10.0;
        let home = self
            .dwelling_exact(
                ((useful * 1.08) * 10.0).round() / 10.0,
                useful,
                ((useful * 0.62) * 10.0).round() / 10.0,
                size.clamp(1, 4),
                false,
            )?
            .id;
        let from = plus(day(2005, 1, 1), self.rng.range(0, 7_000)).min(day(2025, 6, 1));
        let head_birth = plus(day(1955, 1, 1), self.rng.range(0, 12_000));
        let head = self.citizen(None, Some(head_birth));
        self.sink.person(head.clone())?;
        self.add_owner(&home, &head)?;
        let submitted = plus(from, self.rng.range(0, 7));
        self.register(
            &head.id,
            &home,
            None,
            RegistrationKind::Permanent,
            from,
            None,
            Some(&format!("{} {}", head.surname, head.given_name)),
            Some(submitted),
        )?;
        for _ in 1..size {
            let p = self.citizen(None, None);
            self.sink.person(p.clone())?;
            let f = plus(from, self.rng.range(0, 200));
            let s = plus(f, self.rng.range(0, 10));
            self.register(
                &p.id,
                &home,
                None,
                RegistrationKind::Permanent,
                f,
                None,
                Some(&format!("{} {}", head.surname, head.given_name)),
                Some(s),
            )?;
        }
        self.family_homes.push(home);
        Ok(())
    }

    /// Tenants: a family (tenant, spouse, children) or roommates who fit
    /// the norm, on a lease, registered for its term within the deadline.
    /// Some tenants moved from their parents' home the day the lease began.
    fn tenants(&mut self) -> Result<(), CoreError> {
        let family = self.rng.chance(70);
        let size = if family {
            *self.rng.pick(&[1u32, 2, 3, 3, 4, 5])
        } else {
            self.rng.range(2, 3) as u32
        };
        // Roommates all count against the norm: give them room.
        let min_area = if family {
            32.0
        } else {
            16.0 * f64::from(size) + 2.0
        };
        let useful = self.rng.area(min_area, min_area + 50.0);
        let Home {
            id: home,
            owner: landlord,
            owner_name: landlord_name,
        } = self.dwelling(useful, size.clamp(1, 4))?;
        let start = self.days_ago(15, 320);
        let end = if self.rng.chance(85) {
            Some(minus(start + Months::new(11), 1))
        } else {
            None
        };
        let mut people = Vec::new();
        for i in 0..size {
            let relation = match (family, i) {
                (_, 0) => Relation::Tenant,
                (true, 1) => Relation::Spouse,
                (true, _) => Relation::Child,
                (false, _) => Relation::Unrelated,
            };
            let birth = (relation == Relation::Child)
                .then(|| plus(day(2008, 1, 1), self.rng.range(0, 6_000)));
            let p = self.citizen(None, birth);
            self.sink.person(p.clone())?;
            people.push((p.id, relation));
        }
        let lease = self.lease(&home, &landlord, &people, start, end)?;
        let mover = self.rng.chance(10) && !self.family_homes.is_empty();
        for (i, (person, _)) in people.iter().enumerate() {
            let from = plus(start, self.rng.range(0, 3));
            let to = Some(match end {
                Some(e) => e,
                None => minus(from + Months::new(12), 1),
            });
            if mover && i == 0 {
                // The old registration at the family home ends on the day
                // the new one starts (a moving day, not an overlap).
                let old_home = self.rng.pick(&self.family_homes).clone();
                let old_from = plus(day(2012, 1, 1), self.rng.range(0, 4_000));
                self.register(
                    person,
                    &old_home,
                    None,
                    RegistrationKind::Permanent,
                    old_from,
                    Some(from),
                    Some("Собственник"),
                    Some(old_from),
                )?;
            }
            let submitted = plus(from, self.rng.range(0, 10)).min(self.today);
            self.register(
                person,
                &home,
                Some(&lease),
                RegistrationKind::Temporary,
                from,
                to,
                Some(&landlord_name),
                Some(submitted),
            )?;
        }
        Ok(())
    }

    /// A tenant who has just moved in: the registration is still a draft,
    /// within the deadline.
    fn newcomer(&mut self) -> Result<(), CoreError> {
        let useful = self.rng.area(30.0, 70.0);
        let Home {
            id: home,
            owner: landlord,
            ..
        } = self.dwelling(useful, 2)?;
        let start = self.days_ago(0, 6);
        let p = self.citizen(None, None);
        self.sink.person(p.clone())?;
        let lease = self.lease(
            &home,
            &landlord,
            &[(p.id.clone(), Relation::Tenant)],
            start,
            Some(minus(start + Months::new(11), 1)),
        )?;
        self.register(
            &p.id,
            &home,
            Some(&lease),
            RegistrationKind::Temporary,
            start,
            Some(minus(start + Months::new(11), 1)),
            None,
            None,
        )?;
        Ok(())
    }

    /// A foreigner renting, notified on the day of arrival. EAEU citizens
    /// arrived recently enough to be within 90 days; others any time.
    fn foreign_tenant(&mut self) -> Result<(), CoreError> {
        let eaeu = self.rng.chance(40);
        let entry = if eaeu {
            self.days_ago(12, 80)
        } else {
            self.days_ago(12, 300)
        };
        let pool: Vec<&str> = if eaeu {
            EAEU.to_vec()
        } else {
            FOREIGN
                .iter()
                .map(|f| f.0)
                .filter(|c| !EAEU.contains(c))
                .collect()
        };
        self.foreign_household(&pool, entry, |_, arrival| Some(arrival))
            .map(|_| ())
    }

    /// One foreigner on a lease with a temporary registration and a notice
    /// filed as `filed` says; returns (person, notice).
    fn foreign_household(
        &mut self,
        pool: &[&str],
        entry: NaiveDate,
        filed: impl Fn(&mut Rng, NaiveDate) -> Option<NaiveDate>,
    ) -> Result<(String, String), CoreError> {
        let useful = self.rng.area(30.0, 80.0);
        let Home {
            id: home,
            owner: landlord,
            owner_name: landlord_name,
        } = self.dwelling(useful, 2)?;
        let p = self.foreigner(pool, entry)?;
        let arrival = plus(entry, self.rng.range(0, 5)).min(self.today);
        let end = minus(arrival + Months::new(11), 1);
        let lease = self.lease(
            &home,
            &landlord,
            &[(p.id.clone(), Relation::Tenant)],
            arrival,
            Some(end),
        )?;
        self.register(
            &p.id,
            &home,
            Some(&lease),
            RegistrationKind::Temporary,
            arrival,
            Some(end),
            Some(&landlord_name),
            Some(arrival),
        )?;
        let filed = filed(&mut self.rng, arrival);
        let notice = self.notice(&p.id, &home, &landlord, arrival, filed)?;
        Ok((p.id, notice))
    }

    /// A single citizen tenant on a lease; returns (person, registration,
    /// lease start, lease end).
    #[allow(clippy::type_complexity)]
    fn single_tenant(
        &mut self,
        shape: impl Fn(
            &mut Rng,
            NaiveDate,
            NaiveDate,
        ) -> (NaiveDate, Option<NaiveDate>, Option<NaiveDate>),
    ) -> Result<(String, String), CoreError> {
        let useful = self.rng.area(30.0, 70.0);
        let Home {
            id: home,
            owner: landlord,
            owner_name: landlord_name,
        } = self.dwelling(useful, 2)?;
        let start = self.days_ago(40, 300);
        let end = minus(start + Months::new(11), 1);
        let p = self.citizen(None, None);
        self.sink.person(p.clone())?;
        let lease = self.lease(
            &home,
            &landlord,
            &[(p.id.clone(), Relation::Tenant)],
            start,
            Some(end),
        )?;
        let (from, to, submitted) = shape(&mut self.rng, start, end);
        let consent = submitted.map(|_| landlord_name.clone());
        let reg = self.register(
            &p.id,
            &home,
            Some(&lease),
            RegistrationKind::Temporary,
            from,
            to,
            consent.as_deref(),
            submitted,
        )?;
        Ok((p.id, reg))
    }

    /// One person alone with a permanent registration at a new dwelling
    /// (no lease needed); returns (person, registration, dwelling).
    fn lone_permanent(
        &mut self,
        person: Option<Person>,
        from: NaiveDate,
        consent: bool,
    ) -> Result<(String, String, String), CoreError> {
        let useful = self.rng.area(45.0, 80.0);
        let Home {
            id: home,
            owner_name: owner,
            ..
        } = self.dwelling(useful, 2)?;
        let p = match person {
            Some(p) => p,
            None => {
                let p = self.citizen(None, None);
                self.sink.person(p.clone())?;
                p
            }
        };
        let reg = self.register(
            &p.id,
            &home,
            None,
            RegistrationKind::Permanent,
            from,
            None,
            consent.then_some(owner.as_str()),
            Some(plus(from, 2)),
        )?;
        Ok((p.id, reg, home))
    }

    // ---- planted violations ------------------------------------------------

    fn overcrowded_flat(
        &mut self,
        areas: (f64, f64, f64),
        people: u32,
    ) -> Result<String, CoreError> {
        let Home {
            id: home,
            owner_name: owner,
            ..
        } = self.dwelling_exact(areas.0, areas.1, areas.2, 1, true)?;
        // Registered after the norm took effect, each within the deadline
        // and with the owner's consent: the only thing wrong is the count.
        for _ in 0..people {
            let p = self.citizen(None, None);
            self.sink.person(p.clone())?;
            // The Astana norm judges registrations from 1 Aug 2026 only.
            let from = plus(day(2026, 8, 1), self.rng.range(0, 100)).min(minus(self.today, 1));
            let submitted = plus(from, self.rng.range(0, 10)).min(self.today);
            self.register(
                &p.id,
                &home,
                None,
                RegistrationKind::Permanent,
                from,
                None,
                Some(&owner),
                Some(submitted),
            )?;
        }
        Ok(home)
    }
}

/// Generates a city into `sink`.
pub fn generate<S: CitySink>(params: &CityParams, sink: &mut S) -> Result<CityManifest, CoreError> {
    let mut g = Gen {
        sink,
        rng: Rng(params.seed ^ 0x6A61_6C67_6100_0000),
        today: params.today,
        n_people: 0,
        iins: std::collections::HashSet::new(),
        n_dwellings: 0,
        n_leases: 0,
        n_regs: 0,
        n_notices: 0,
        n_owners: 0,
        n_occupants: 0,
        family_homes: Vec::new(),
    };
    let k = (params.people / 2_500).max(3) as usize;
    let today = params.today;
    let mut planted: Vec<PlantedSet> = FindingKind::ALL
        .iter()
        .map(|kind| PlantedSet {
            kind: *kind,
            subjects: Vec::new(),
        })
        .collect();
    let mut plant = |kind: FindingKind, id: String| {
        if let Some(set) = planted.iter_mut().find(|s| s.kind == kind) {
            set.subjects.push(id);
        }
    };

    // A few clean homes first, so movers have somewhere to come from.
    for _ in 0..20 {
        g.owner_family()?;
    }

    let rubber = g.overcrowded_flat(RUBBER_AREA, RUBBER_PEOPLE)?;
    plant(FindingKind::Overcrowded, rubber.clone());
    for _ in 1..k {
        let useful = g.rng.area(28.0, 44.0);
        let people = g.rng.range(4, 12) as u32;
        let flat = g.overcrowded_flat((useful * 1.08, useful, useful * 0.6), people)?;
        plant(FindingKind::Overcrowded, flat);
    }
    for _ in 0..k {
        // Registered permanently at one address since 2025 and at another
        // since 2026, neither ended.
        let first = plus(day(2025, 2, 1), g.rng.range(0, 200));
        let (person, _, _) = g.lone_permanent(None, first, true)?;
        let from = plus(day(2026, 2, 1), g.rng.range(0, 200)).min(minus(today, 5));
        let useful = g.rng.area(45.0, 80.0);
        let Home {
            id: home,
            owner_name: owner,
            ..
        } = g.dwelling(useful, 2)?;
        g.register(
            &person,
            &home,
            None,
            RegistrationKind::Permanent,
            from,
            None,
            Some(&owner),
            Some(plus(from, 1)),
        )?;
        plant(FindingKind::DoubleRegistration, person);
    }
    for _ in 0..k {
        // A temporary registration with no lease, of someone who is not the
        // owner.
        let useful = g.rng.area(45.0, 80.0);
        let Home {
            id: home,
            owner_name: owner,
            ..
        } = g.dwelling(useful, 2)?;
        let p = g.citizen(None, None);
        g.sink.person(p.clone())?;
        let from = g.days_ago(20, 200);
        let reg = g.register(
            &p.id,
            &home,
            None,
            RegistrationKind::Temporary,
            from,
            Some(minus(from + Months::new(6), 1)),
            Some(&owner),
            Some(plus(from, 2)),
        )?;
        plant(FindingKind::NoLease, reg);
    }
    for i in 0..k {
        // Registered past the lease's end, or from before its start.
        let (_, reg) = g.single_tenant(move |rng, start, end| {
            // Either way within the 12 months a temporary registration may
            // last.
            if i % 2 == 0 {
                let from = start + Months::new(3);
                (
                    from,
                    Some(plus(end, rng.range(20, 60))),
                    Some(plus(from, 3)),
                )
            } else {
                let from = minus(start, rng.range(10, 40));
                (from, Some(end - Months::new(2)), Some(plus(from, 3)))
            }
        })?;
        plant(FindingKind::OutsideLease, reg);
    }
    for _ in 0..k {
        let mut p = g.citizen(None, None);
        let iin = p.iin.take().unwrap_or_default();
        // Change the check digit: the number can no longer be valid.
        let mut digits: Vec<u8> = iin.bytes().collect();
        let last = digits.len() - 1;
        digits[last] = b'0' + (digits[last] - b'0' + 1) % 10;
        p.iin = Some(String::from_utf8(digits).unwrap_or_default());
        g.sink.person(p.clone())?;
        let id = p.id.clone();
        let from = plus(day(2024, 3, 1), g.rng.range(0, 300));
        g.lone_permanent(Some(p), from, true)?;
        plant(FindingKind::InvalidIin, id);
    }
    for i in 0..k {
        let mut p = g.citizen(None, None);
        if i % 2 == 0 {
            p.birth_date = plus(p.birth_date, g.rng.range(1, 400));
        } else {
            p.sex = match p.sex {
                Sex::Male => Sex::Female,
                Sex::Female => Sex::Male,
            };
        }
        g.sink.person(p.clone())?;
        let id = p.id.clone();
        let from = plus(day(2024, 3, 1), g.rng.range(0, 300));
        g.lone_permanent(Some(p), from, true)?;
        plant(FindingKind::IinMismatch, id);
    }
    for i in 0..k {
        let (_, reg) = g.single_tenant(move |rng, start, end| {
            if i % 2 == 0 {
                (start, Some(end), Some(plus(start, rng.range(11, 35))))
            } else {
                // Still a draft long after moving in.
                (start, Some(end), None)
            }
        })?;
        plant(FindingKind::LateRegistration, reg);
    }
    for i in 0..k {
        let entry = g.days_ago(30, 200);
        let (_, notice) = g.foreign_household(&PLAIN_NOTICE, entry, move |rng, arrival| {
            (i % 2 == 0).then(|| plus(arrival, rng.range(10, 25)))
        })?;
        plant(FindingKind::LateNotice, notice);
    }
    for _ in 0..k {
        let entry = g.days_ago(120, 250);
        let (person, _) = g.foreign_household(&EAEU, entry, |_, arrival| Some(arrival))?;
        plant(FindingKind::Overstay, person);
    }
    for _ in 0..k {
        let from = plus(day(2026, 1, 10), g.rng.range(0, 250)).min(minus(today, 3));
        let (_, _, home) = g.lone_permanent(None, from, false)?;
        plant(FindingKind::NoConsent, home);
    }
    for _ in 0..k {
        // One citizen entered twice under two ids with one IIN; the second
        // record has no registration of its own.
        let from = plus(day(2024, 3, 1), g.rng.range(0, 300));
        let p = g.citizen(None, None);
        g.sink.person(p.clone())?;
        let mut again = p.clone();
        let (person, _, _) = g.lone_permanent(Some(p), from, true)?;
        again.id = g.person_id();
        g.sink.person(again)?;
        plant(FindingKind::DuplicatePerson, person);
    }

    // The clean rest of the city.
    while g.n_people < params.people {
        match g.rng.range(0, 99) {
            0..=44 => g.owner_family()?,
            45..=86 => g.tenants()?,
            87..=88 => g.newcomer()?,
            _ => g.foreign_tenant()?,
        }
    }

    for set in &mut planted {
        set.subjects.sort();
    }
    let records = g.n_dwellings
        + g.n_owners
        + g.n_people
        + g.n_leases
        + g.n_occupants
        + g.n_regs
        + g.n_notices;
    Ok(CityManifest {
        seed: params.seed,
        today,
        people: g.n_people,
        dwellings: g.n_dwellings,
        registrations: g.n_regs,
        notices: g.n_notices,
        records,
        rubber_flat: rubber,
        planted,
    })
}
