package dev.autogen.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a used test database as good as a new one, so that the next test gets it instead of a
 * {@code CREATE DATABASE} (which copies {@code template0} and is the dearest statement the tests
 * send). What a test made is dropped (every schema but the system ones and {@code public}, then
 * every relation, type and routine in {@code public}), and the database is then proved to be in the
 * state of a fresh one: no object of any per-database catalog with an OID a user's object gets
 * (every such catalog, listed by the server itself, so a kind of object this class does not drop is
 * seen too), and the same owner, privileges and comment of {@code public}, settings and privileges of
 * the database as a fresh database has ({@link #fingerprint}). A database that is not proved clean is
 * dropped, as before.
 */
final class TestDatabaseRecycler {

    /** PostgreSQL's {@code FirstNormalObjectId}: every object a user makes has an OID at least this. */
    private static final int FIRST_USER_OID = 16384;

    /** Drops what tests make; anything else is left for {@link #fingerprint} to find. */
    private static final String RESET = """
            DO $reset$
            DECLARE r record;
            BEGIN
              FOR r IN SELECT oid, extname FROM pg_extension WHERE oid >= 16384 LOOP
                EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname);
              END LOOP;
              FOR r IN SELECT oid, nspname FROM pg_namespace WHERE oid >= 16384 AND nspname <> 'public'
                       AND nspname NOT LIKE 'pg\\_temp\\_%' AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%' LOOP
                EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname);
              END LOOP;
              FOR r IN SELECT c.oid, c.relkind FROM pg_class c
                       WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') LOOP
                CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_class WHERE oid = r.oid);
                EXECUTE format(CASE r.relkind WHEN 'v' THEN 'DROP VIEW %s CASCADE'
                                              WHEN 'm' THEN 'DROP MATERIALIZED VIEW %s CASCADE'
                                              WHEN 'f' THEN 'DROP FOREIGN TABLE %s CASCADE'
                                              WHEN 'S' THEN 'DROP SEQUENCE %s CASCADE'
                                              ELSE 'DROP TABLE %s CASCADE' END, r.oid::regclass);
              END LOOP;
              FOR r IN SELECT t.oid, t.typtype FROM pg_type t
                       WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'c', 'r')
                       AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c') LOOP
                CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_type WHERE oid = r.oid);
                EXECUTE format(CASE r.typtype WHEN 'd' THEN 'DROP DOMAIN %s CASCADE'
                                              ELSE 'DROP TYPE %s CASCADE' END, r.oid::regtype);
              END LOOP;
              FOR r IN SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i') LOOP
                CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_proc WHERE oid = r.oid);
                EXECUTE format('DROP ROUTINE %s CASCADE', r.oid::regprocedure);
              END LOOP;
            END
            $reset$""";

    /**
     * The schemas a session's temporary tables go to stay in the catalog once made (empty when no
     * session uses them, as a fresh database has them after its first temporary table).
     */
    private static final String NOT_PUBLIC_NOR_TEMPORARY = " AND nspname <> 'public' AND nspname NOT LIKE 'pg\\_temp\\_%'"
            + " AND nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

    private String reference;

    /**
     * Notes what a fresh database looks like, from one just created; the first one made is the
     * reference the recycled ones must match.
     */
    synchronized void fresh(Connection fresh) throws SQLException {
        if (reference == null) {
            reference = fingerprint(fresh);
        }
    }

    /**
     * Resets the database {@code name}, through {@code admin} (a connection to another database of
     * the server) and {@code own} (a new connection to {@code name}, closed here); true when it is
     * now proved to be as a fresh one.
     */
    boolean reset(Connection admin, String name, ConnectionSource own) {
        String expected;
        synchronized (this) {
            expected = reference;
        }
        if (expected == null) {
            return false;
        }
        try {
            // connections a test left open would hold locks (and see the next test's objects)
            try (var st = admin.prepareStatement("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    + "WHERE datname = ? AND pid <> pg_backend_pid()")) {
                st.setString(1, name);
                st.executeQuery().close();
            }
            try (Connection c = own.connect(); Statement st = c.createStatement()) {
                st.execute(RESET);
                return expected.equals(fingerprint(c));
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * What must be equal in a fresh and a recycled database: how many objects users made (zero, in
     * every per-database catalog that has OIDs), {@code public}'s owner, privileges and comment, and the
     * database's own settings, privileges, comment and options.
     */
    static String fingerprint(Connection c) throws SQLException {
        List<String> catalogs = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'oid' "
                        + "WHERE c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' "
                        + "AND NOT c.relisshared ORDER BY 1")) {
            while (rs.next()) {
                catalogs.add(rs.getString(1));
            }
        }
        StringBuilder sql = new StringBuilder("SELECT concat_ws(' | ', ");
        for (String catalog : catalogs) {
            sql.append("'").append(catalog).append("=' || (SELECT count(*) FROM pg_catalog.").append(catalog)
                    .append(" WHERE oid >= ").append(FIRST_USER_OID)
                    .append(catalog.equals("pg_namespace") ? NOT_PUBLIC_NOR_TEMPORARY : "").append("), ");
        }
        sql.append("(SELECT n.oid || ' ' || n.nspowner::regrole || ' ' || coalesce(n.nspacl::text, '-') || ' '"
                + " || coalesce(obj_description(n.oid, 'pg_namespace'), '-') FROM pg_namespace n WHERE nspname = 'public'), ");
        sql.append("(SELECT d.datdba::regrole || ' ' || d.encoding || ' ' || d.datcollate || ' ' || d.datctype || ' '"
                + " || d.datistemplate || ' ' || d.datallowconn || ' ' || d.datconnlimit || ' ' || d.dattablespace"
                + " || ' ' || coalesce(d.datacl::text, '-') || ' ' || coalesce(shobj_description(d.oid, 'pg_database'), '-')"
                + " FROM pg_database d WHERE d.datname = current_database()), ");
        sql.append("(SELECT count(*) FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase"
                + " WHERE d.datname = current_database()), ");
        sql.append("(SELECT count(*) FROM pg_seclabel), (SELECT count(*) FROM pg_init_privs WHERE objoid >= 16384))");
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A new connection to the database being reset. */
    interface ConnectionSource {
        Connection connect() throws SQLException;
    }
}
