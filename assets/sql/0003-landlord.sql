-- The landlord's desktop app: whether a lease is ready to sign (or only a
-- draft), with the recorded override when it breaks the area norm, and the
-- forms a user has typed but not saved yet.

CREATE TABLE lease_state (
    lease_id        TEXT PRIMARY KEY NOT NULL REFERENCES lease (id),
    state           TEXT NOT NULL CHECK (state IN ('draft', 'ready')),
    -- The norm's verdict when the lease was saved.
    norm_verdict    TEXT NOT NULL,
    -- Who decided to go ahead despite the norm, when and why; all three or none.
    override_by     TEXT,
    override_at     TEXT,
    override_reason TEXT,
    CHECK ((override_by IS NULL) = (override_at IS NULL)
       AND (override_by IS NULL) = (override_reason IS NULL))
) STRICT;

CREATE TABLE form_draft (
    key      TEXT PRIMARY KEY NOT NULL,
    json     TEXT NOT NULL,
    saved_at TEXT NOT NULL
) STRICT;
