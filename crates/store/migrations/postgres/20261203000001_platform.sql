-- The platform (identity, sessions, API tokens): organisations are atlas actors with an
-- operational profile kept apart from the report's facts; users belong to one
-- organisation and one country. Timestamps are RFC 3339 UTC text, sortable in both backends.

CREATE TABLE organisation (
    actor_id           TEXT PRIMARY KEY,
    country_code       TEXT NOT NULL,
    contact_email      TEXT,
    contact_phone      TEXT,
    working_hours      TEXT,
    receives_referrals BOOLEAN NOT NULL DEFAULT FALSE,
    enabled_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);

CREATE TABLE app_user (
    id                  TEXT PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE,
    display_name        TEXT NOT NULL,
    organisation_id     TEXT NOT NULL REFERENCES organisation (actor_id),
    country_code        TEXT NOT NULL,
    roles               TEXT NOT NULL,
    password_hash       TEXT NOT NULL,
    -- TOTP secrets are sealed with the server's key (XChaCha20-Poly1305), never stored plain.
    totp_secret         TEXT,
    totp_pending        TEXT,
    totp_last_step      BIGINT,
    disabled            BOOLEAN NOT NULL DEFAULT FALSE,
    failed_sign_ins     BIGINT NOT NULL DEFAULT 0,
    locked_until        TEXT,
    created_at          TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
CREATE INDEX app_user_country ON app_user (country_code, username);

-- Failed sign-ins per client address, for throttling across every node.
CREATE TABLE sign_in_failure (
    address TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX sign_in_failure_address ON sign_in_failure (address, at);

-- Server-side sessions (tower-sessions records); user_id lets "sign out everywhere"
-- delete every session of one user.
CREATE TABLE web_session (
    id         TEXT PRIMARY KEY,
    user_id    TEXT,
    data       TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX web_session_user ON web_session (user_id);
CREATE INDEX web_session_expiry ON web_session (expires_at);

-- Bearer tokens for scripts: only a SHA-256 of the token is kept.
CREATE TABLE api_token (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES app_user (id),
    name         TEXT NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
);
CREATE INDEX api_token_user ON api_token (user_id);
