-- database/schema.sql, kept by hand (seed 001), with its schema_migrations table:
-- no serial columns, a hand-made sequence and default instead.
CREATE SCHEMA reporting;

CREATE TYPE interview_status AS ENUM ('scheduled', 'done', 'cancelled');

CREATE SEQUENCE interviewer_ids START 100;

CREATE TABLE interviewers (
    id integer PRIMARY KEY DEFAULT nextval('interviewer_ids'),
    name varchar(120) NOT NULL,
    backup_interviewer_id integer REFERENCES interviewers (id),
    last_interview_id uuid
);

CREATE TABLE interviews (
    interview_id uuid PRIMARY KEY,
    interviewer_id integer NOT NULL REFERENCES interviewers (id) ON DELETE RESTRICT,
    status interview_status NOT NULL DEFAULT 'scheduled',
    stars smallint CHECK (stars BETWEEN 1 AND 5),
    starts_at timestamptz NOT NULL,
    notes text,
    CONSTRAINT uq_interviews_slot UNIQUE (interviewer_id, starts_at)
);

ALTER TABLE interviewers ADD CONSTRAINT fk_interviewers_last_interview
    FOREIGN KEY (last_interview_id) REFERENCES interviews (interview_id) ON DELETE SET NULL;

CREATE INDEX ix_interviews_starts_at ON interviews (starts_at DESC);
CREATE UNIQUE INDEX ux_interviews_notes ON interviews (notes);

CREATE TABLE reporting.daily_counts (
    day date NOT NULL,
    interviewer_id integer NOT NULL REFERENCES interviewers (id),
    interviews integer NOT NULL DEFAULT 0 CHECK (interviews >= 0),
    PRIMARY KEY (day, interviewer_id)
);

COMMENT ON TABLE interviews IS 'One interview of one candidate';
COMMENT ON COLUMN interviews.stars IS 'The interviewer''s rating, 1 to 5';

CREATE TABLE schema_migrations (
    version varchar(20) PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO schema_migrations (version) VALUES ('20240101_init'), ('20240315_add_stars');
