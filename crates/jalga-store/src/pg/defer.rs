//! A bulk load into empty tables on the office server: their secondary
//! indexes are dropped inside the load's transaction and built again, once
//! each, just before it commits (sorting a million keys once costs far less
//! than a million inserts into each B-tree), as the SQLite store does.
//!
//! Only plain secondary indexes go: the primary key, the unique constraints
//! and every unique index stay, so a duplicate is refused at once as
//! before; the checks stay in force throughout. The foreign keys of those
//! tables are dropped too and added again at commit, which checks every
//! row's references in one join instead of a trigger per row: a dangling
//! reference still refuses the whole load. DDL on
//! PostgreSQL is transactional, so a refused or dropped load leaves the
//! schema exactly as it was. The tables' own statement triggers (schema
//! step 14) are switched off for the load as well, and the tables they keep
//! are derived once, after the indexes. Only a role that owns a table (or has its
//! owner's rights) may drop its indexes; for any other role, a clerk's, the
//! load takes the normal path. While the load runs, the dropped indexes
//! hold the tables under an exclusive lock: other clerks wait for the load
//! (a first load into an empty table is an office's setup, not its day).

use postgres::Transaction;

/// How much memory the rebuilt indexes may sort in, per index build.
pub(crate) const MAINTENANCE_WORK_MEM: &str = "256MB";

/// How much memory each batch's sort (the last put of a key wins) may use
/// before it spills to disk, for the rest of a bulk load's transaction.
pub(crate) const WORK_MEM: &str = "64MB";

/// What [`drop_indexes`] found and did.
#[derive(Default)]
pub(crate) struct Deferred {
    /// The statements that build again what was dropped, in order.
    pub rebuild: Vec<String>,
    /// The tables that were empty (as the connected role sees them: a
    /// clerk's may hide rows, so this is only a hint that a batch's rows
    /// are probably all new; see [`super::copy`]).
    pub empty: Vec<String>,
    /// Of those, the ones the connected role owns: their secondary
    /// indexes and foreign keys were dropped, and nobody else writes into
    /// them until the load commits (the drop holds them under an
    /// exclusive lock), so rows with new keys may be copied straight in.
    pub owned: Vec<String>,
}

/// The statements that build again what was dropped from those of
/// `tables` that are empty and owned by the connected role: the indexes'
/// `CREATE INDEX`, then the foreign keys' `ALTER TABLE … ADD CONSTRAINT`.
pub(crate) fn drop_indexes(
    tx: &mut Transaction<'_>,
    tables: &[&str],
) -> Result<Deferred, postgres::Error> {
    tx.batch_execute(&format!("SET LOCAL work_mem = '{WORK_MEM}'"))?;
    let mut load = Deferred::default();
    let deferred = &mut load.rebuild;
    let mut foreign = Vec::new();
    let mut switched_off = Vec::new();
    for table in tables {
        // The table name is an entity's constant, never input.
        let empty: bool = tx
            .query_one(&format!("SELECT NOT EXISTS (SELECT 1 FROM {table})"), &[])?
            .get(0);
        if !empty {
            continue;
        }
        load.empty.push((*table).to_owned());
        let owned: bool = tx
            .query_one(
                "SELECT pg_has_role(current_user, c.relowner, 'USAGE') \
                 AND NOT c.relforcerowsecurity \
                 FROM pg_class c WHERE c.oid = $1::text::regclass",
                &[table],
            )?
            .get(0);
        if !owned {
            continue;
        }
        // Held until commit; what a dropped index takes anyway, said
        // here for a table that has none to drop.
        tx.batch_execute(&format!("LOCK TABLE {table} IN EXCLUSIVE MODE"))?;
        load.owned.push((*table).to_owned());
        let indexes = tx.query(
            "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) \
             FROM pg_index i \
             WHERE i.indrelid = $1::text::regclass \
               AND NOT i.indisprimary AND NOT i.indisunique AND NOT i.indisexclusion \
               AND NOT EXISTS (SELECT 1 FROM pg_constraint k \
                               WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid) \
             ORDER BY i.indexrelid",
            &[table],
        )?;
        for row in indexes {
            let name: String = row.get(0);
            // `regclass` output is already quoted where it must be.
            tx.batch_execute(&format!("DROP INDEX {name}"))?;
            deferred.push(row.get(1));
        }
        let keys = tx.query(
            "SELECT quote_ident(k.conname), pg_get_constraintdef(k.oid) \
             FROM pg_constraint k \
             WHERE k.conrelid = $1::text::regclass AND k.contype = 'f' ORDER BY k.conname",
            &[table],
        )?;
        for row in keys {
            let name: String = row.get(0);
            let def: String = row.get(1);
            tx.batch_execute(&format!("ALTER TABLE {table} DROP CONSTRAINT {name}"))?;
            foreign.push(format!("ALTER TABLE {table} ADD CONSTRAINT {name} {def}"));
        }
        // The schema's statement triggers (the audit's candidates, schema
        // step 14) would look every batch's people up in tables without
        // their indexes; they are off for the load, and what they keep is
        // derived once at its end.
        let triggers = tx.query(
            "SELECT quote_ident(t.tgname) FROM pg_trigger t \
             WHERE t.tgrelid = $1::text::regclass AND NOT t.tgisinternal AND t.tgenabled <> 'D' \
             ORDER BY t.tgname",
            &[table],
        )?;
        for row in triggers {
            let name: String = row.get(0);
            tx.batch_execute(&format!("ALTER TABLE {table} DISABLE TRIGGER {name}"))?;
            switched_off.push(format!("ALTER TABLE {table} ENABLE TRIGGER {name}"));
        }
    }
    // The indexes first: checking the references may use them, and so
    // does deriving what the triggers keep.
    deferred.extend(foreign);
    if !switched_off.is_empty() {
        deferred.extend(switched_off);
        deferred.push("SELECT jalga_derive_all()".to_owned());
    }
    Ok(load)
}

/// Builds the indexes [`drop_indexes`] dropped, with room to sort.
pub(crate) fn rebuild(
    tx: &mut Transaction<'_>,
    deferred: &[String],
) -> Result<(), postgres::Error> {
    if deferred.is_empty() {
        return Ok(());
    }
    tx.batch_execute(&format!(
        "SET LOCAL maintenance_work_mem = '{MAINTENANCE_WORK_MEM}'"
    ))?;
    for sql in deferred {
        tx.batch_execute(sql)?;
    }
    Ok(())
}
