-- A Flyway migration as a team writes one (src/main/resources/db/migration/V1__init.sql),
-- followed by the history table Flyway creates for itself.
CREATE SCHEMA billing;

CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped');

CREATE TABLE customers (
    id serial PRIMARY KEY,
    email varchar(200) NOT NULL,
    referred_by integer REFERENCES customers (id),
    favourite_order_id bigint,
    created_at timestamp NOT NULL DEFAULT now(),
    CONSTRAINT uq_customers_email UNIQUE (email)
);

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    status order_status NOT NULL DEFAULT 'new',
    total numeric(10, 2) NOT NULL CHECK (total >= 0),
    note text
);

-- a cycle: customers -> orders -> customers
ALTER TABLE customers ADD CONSTRAINT fk_customers_favourite_order
    FOREIGN KEY (favourite_order_id) REFERENCES orders (id);

CREATE INDEX ix_orders_customer ON orders (customer_id);
CREATE UNIQUE INDEX ux_orders_customer_note ON orders (customer_id, note);

CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id),
    number varchar(40) NOT NULL UNIQUE,
    amount numeric(10, 2) CHECK (amount > 0)
);

CREATE SEQUENCE billing.invoice_numbers START 1000 INCREMENT 1;

COMMENT ON TABLE orders IS 'What customers bought';
COMMENT ON COLUMN orders.note IS 'Free text from the checkout page';

CREATE TABLE "flyway_schema_history" (
    "installed_rank" INT NOT NULL,
    "version" VARCHAR(50),
    "description" VARCHAR(200) NOT NULL,
    "type" VARCHAR(20) NOT NULL,
    "script" VARCHAR(1000) NOT NULL,
    "checksum" INT,
    "installed_by" VARCHAR(100) NOT NULL,
    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
    "execution_time" INTEGER NOT NULL,
    "success" BOOLEAN NOT NULL
);
ALTER TABLE "flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");
CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
INSERT INTO flyway_schema_history VALUES (1, '1', 'init', 'SQL', 'V1__init.sql', 12345, 'app', now(), 10, true);
