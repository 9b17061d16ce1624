// Records for the tests that load a bundle dated from today (the home, the
// registration cycle): days counted from today, valid IINs, and the
// bundle's dwellings, people and leases with every field the bundle needs.

/** The local day `n` days from today, as the app counts it (YYYY-MM-DD). */
export function day(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  const pad = (x) => String(x).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A valid IIN of a woman born in the 1900s on `birth` (YYYY-MM-DD). */
export function iin(birth) {
  const yymmdd = birth.slice(2).replaceAll("-", "");
  for (let serial = 1; ; serial++) {
    const d = `${yymmdd}4${String(serial).padStart(4, "0")}`.split("").map(Number);
    const sum = (w) => d.reduce((acc, x, i) => acc + x * w[i], 0) % 11;
    let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    if (check < 10) return d.join("") + check;
  }
}

/** A citizen (a woman, for the IIN's sex digit); `extra` overrides fields. */
export function person(id, surname, given, birth, extra = {}) {
  return {
    id, kind: "citizen", iin: iin(birth), surname, given_name: given, patronymic: null, birth_date: birth,
    sex: "female", id_document: null, passport_number: null, citizenship: null, surname_latin: null,
    given_name_latin: null, entry_date: null, purpose_of_stay: null, visa_number: null,
    labour_contract_end: null, address: null, phone: null, visa_type: null, visa_valid_from: null,
    visa_valid_to: null, entry_point: null, ...extra,
  };
}

/** A two-room flat in Astana at `street` `building`, flat `flat`. */
export function flat(id, street, building, flat) {
  return {
    id, region: "Астана", city: "Астана", district: null, street, building, flat, kato: null,
    rka: null, cadastral_number: null, total_area: 60, useful_area: 55, living_area: 40, rooms: 2, floor: 3,
  };
}

/** A lease of `property` by the owner `p-owner` to `tenant`. */
export function lease(id, property, tenant, start, end, { rent, language }) {
  return {
    id, property_id: property, landlord_id: "p-owner", tenant_id: tenant, start_date: start, end_date: end,
    rent, deposit: 0, payment_day: 5, utilities: "Наниматель төлейді", language,
  };
}
