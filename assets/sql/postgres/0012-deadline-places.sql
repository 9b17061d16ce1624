-- Version 12, as SQLite's 0012-deadline-places.sql: each person's
-- registrations and notices by dwelling, the newest first. Ids are ordered
-- byte by byte (`COLLATE "C"`), as the deadlines' query orders them.

CREATE INDEX registration_place_newest
    ON registration (person_id COLLATE "C", property_id COLLATE "C", date_from DESC, id COLLATE "C");

CREATE INDEX notice_place_newest
    ON foreigner_notice (person_id COLLATE "C", property_id COLLATE "C", arrival_date DESC, id COLLATE "C");
