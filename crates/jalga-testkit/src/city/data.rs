//! The generated city's fixed data: the cities, names and countries it
//! draws from.

pub(super) struct CityDef {
    pub(super) region: &'static str,
    pub(super) city: &'static str,
    pub(super) kato: &'static str,
    pub(super) cadastral_region: &'static str,
    pub(super) districts: &'static [&'static str],
    pub(super) streets: &'static [&'static str],
}

pub(super) const CITIES: [CityDef; 2] = [
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
pub(super) const SURNAMES: [(&str, &str); 20] = [
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
pub(super) const MALE: [&str; 16] = [
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
pub(super) const FEMALE: [&str; 14] = [
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
pub(super) const FOREIGN: [(&str, &str, &str, &str, &str); 12] = [
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
pub(super) const EAEU: [&str; 4] = ["RUS", "KGZ", "BLR", "ARM"];
/// Foreigners whose host has 3 working days and no longer period.
pub(super) const PLAIN_NOTICE: [&str; 4] = ["CHN", "TUR", "KOR", "DEU"];

pub(super) const RUBBER_AREA: (f64, f64, f64) = (38.2, 35.7, 18.4);
pub(super) const RUBBER_PEOPLE: u32 = 937;
