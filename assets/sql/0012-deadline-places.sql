-- Version 12: an index that lists each person's registrations by dwelling,
-- the newest first (by date, the first by id on a tie), and the same for
-- the foreigners' notices. The deadlines read a city's places person by
-- person (`rule_facts_stream.rs`): with these the places without a lease
-- come straight from the index in the order they are read, and the newest
-- registration and notice of a place is the first entry under it, instead
-- of every place being gathered, sorted and each one's registrations
-- sorted again.

CREATE INDEX registration_place_newest
    ON registration (person_id, property_id, date_from DESC, id);

CREATE INDEX notice_place_newest
    ON foreigner_notice (person_id, property_id, arrival_date DESC, id);
