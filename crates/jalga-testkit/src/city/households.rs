//! The households the generator writes: clean ones and the planted
//! violations an audit must find.

use super::*;

impl<S: CitySink> Gen<'_, S> {
    // ---- clean households ------------------------------------------------

    /// An owner family, registered permanently long ago (before the area
    /// norm and the consent rule), no lease needed.
    pub(super) fn owner_family(&mut self) -> Result<(), CoreError> {
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
    pub(super) fn tenants(&mut self) -> Result<(), CoreError> {
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
    pub(super) fn newcomer(&mut self) -> Result<(), CoreError> {
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
    pub(super) fn foreign_tenant(&mut self) -> Result<(), CoreError> {
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
    pub(super) fn foreign_household(
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
    pub(super) fn single_tenant(
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
    pub(super) fn lone_permanent(
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

    pub(super) fn overcrowded_flat(
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
