-- Version 13: the people whose IIN the audit may report, kept by the server
-- as they are written, so that an audit of a city reads those few people
-- instead of every one of them (at 20 million registrations, 24 million
-- rows sent and checked).
--
-- jalga_iin_suspect is true when the IIN check of the audit
-- (jalga-domain `ident::check_iin`, then the birth date and sex compared
-- with the record's) would report the person: a citizen without an IIN, an
-- IIN that is not twelve ASCII digits, a 7th digit outside 1-6, a birth
-- date (YYMMDD with the century of the 7th digit) or a sex (odd: male) that
-- is not the record's, and a wrong or impossible check digit (weights 1-11,
-- then 3-11,1,2 when the first pass gives 10). The audit still decides each
-- person it reads with the Rust check, so this may only ever say too much:
-- it says "suspect" for an IIN with spaces around it, which the Rust check
-- trims and accepts. A test compares the two on generated people.
--
-- One expression with no FROM and immutable parts only, so that the server
-- inlines it where it is used (the index's predicate and the audit's WHERE
-- become the same expression, and the index is chosen for it); each branch
-- is guarded so that no value of any column raises an error while a row is
-- written. Its price is paid on writing: about 1.8 us of the server's time
-- per person written (11 s for the index of 5.95 million people), where an
-- audit saved reading and checking every person.

CREATE FUNCTION jalga_iin_suspect(kind text, iin text, birth date, sex text)
RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
SELECT CASE
    WHEN iin IS NULL THEN kind = 'citizen'
    WHEN octet_length(iin) <> 12 OR translate(iin, '0123456789', '') <> '' THEN true
    ELSE NOT (substr(iin, 7, 1) IN ('1', '3', '5') AND sex = 'male'
              OR substr(iin, 7, 1) IN ('2', '4', '6') AND sex = 'female')
        OR substr(iin, 1, 6)::int <> (extract(year FROM birth)::int % 100) * 10000
            + extract(month FROM birth)::int * 100 + extract(day FROM birth)::int
        OR extract(year FROM birth)::int / 100 <> 18 + (ascii(substr(iin, 7, 1)) - 49) / 2
        OR NOT (
            ((ascii(substr(iin, 1, 1)) - 48) * 1 + (ascii(substr(iin, 2, 1)) - 48) * 2
            + (ascii(substr(iin, 3, 1)) - 48) * 3 + (ascii(substr(iin, 4, 1)) - 48) * 4
            + (ascii(substr(iin, 5, 1)) - 48) * 5 + (ascii(substr(iin, 6, 1)) - 48) * 6
            + (ascii(substr(iin, 7, 1)) - 48) * 7 + (ascii(substr(iin, 8, 1)) - 48) * 8
            + (ascii(substr(iin, 9, 1)) - 48) * 9 + (ascii(substr(iin, 10, 1)) - 48) * 10
            + (ascii(substr(iin, 11, 1)) - 48) * 11) % 11 = ascii(substr(iin, 12, 1)) - 48
            OR ((ascii(substr(iin, 1, 1)) - 48) * 1 + (ascii(substr(iin, 2, 1)) - 48) * 2
            + (ascii(substr(iin, 3, 1)) - 48) * 3 + (ascii(substr(iin, 4, 1)) - 48) * 4
            + (ascii(substr(iin, 5, 1)) - 48) * 5 + (ascii(substr(iin, 6, 1)) - 48) * 6
            + (ascii(substr(iin, 7, 1)) - 48) * 7 + (ascii(substr(iin, 8, 1)) - 48) * 8
            + (ascii(substr(iin, 9, 1)) - 48) * 9 + (ascii(substr(iin, 10, 1)) - 48) * 10
            + (ascii(substr(iin, 11, 1)) - 48) * 11) % 11 = 10
            AND ((ascii(substr(iin, 1, 1)) - 48) * 3 + (ascii(substr(iin, 2, 1)) - 48) * 4
            + (ascii(substr(iin, 3, 1)) - 48) * 5 + (ascii(substr(iin, 4, 1)) - 48) * 6
            + (ascii(substr(iin, 5, 1)) - 48) * 7 + (ascii(substr(iin, 6, 1)) - 48) * 8
            + (ascii(substr(iin, 7, 1)) - 48) * 9 + (ascii(substr(iin, 8, 1)) - 48) * 10
            + (ascii(substr(iin, 9, 1)) - 48) * 11 + (ascii(substr(iin, 10, 1)) - 48) * 1
            + (ascii(substr(iin, 11, 1)) - 48) * 2) % 11 = ascii(substr(iin, 12, 1)) - 48)
END
$$;

-- Only the suspects are in the index: a city's few hundred, not its people.
CREATE INDEX person_iin_suspect ON person (id COLLATE "C")
    WHERE jalga_iin_suspect(kind, iin, birth_date, sex);

-- How many the expression keeps, for the planner (ANALYZE fills it): without
-- it the server guesses a third of the people and reads them all.
CREATE STATISTICS person_iin_suspect_share ON (jalga_iin_suspect(kind, iin, birth_date, sex))
    FROM person;
