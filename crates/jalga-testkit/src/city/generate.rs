//! The generator's run: how many households of each kind, in which
//! order, and the manifest of what was planted.

use super::*;

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
