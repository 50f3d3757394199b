package dev.autogen.spring.autoconfigure;

import java.util.Map;
import java.util.Set;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;

/**
 * Turns Hibernate's schema writing off when autogen migrates: {@code spring.jpa.hibernate.ddl-auto}
 * (and the JPA schema-generation action) set to create, create-drop, drop or update become none, with
 * a log line saying so; {@code validate} and {@code none} stay, since they do not write.
 */
class AutogenDdlAutoCustomizer implements HibernatePropertiesCustomizer {

    private static final Log LOG = LogFactory.getLog(AutogenDdlAutoCustomizer.class);

    static final String HBM2DDL_AUTO = "hibernate.hbm2ddl.auto";
    static final String JPA_ACTION = "jakarta.persistence.schema-generation.database.action";
    private static final Set<String> READ_ONLY = Set.of("none", "validate");

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        for (String key : new String[] {HBM2DDL_AUTO, JPA_ACTION}) {
            Object mode = hibernateProperties.get(key);
            if (mode != null && !READ_ONLY.contains(mode.toString().trim().toLowerCase(java.util.Locale.ROOT))) {
                hibernateProperties.put(key, "none");
                LOG.info("autogen migrates this database, so Hibernate's " + key + "=" + mode
                        + " is turned off (none); set spring.jpa.hibernate.ddl-auto=none (or validate) to "
                        + "silence this, or autogen.enabled=false to let Hibernate write the schema");
            }
        }
    }
}
