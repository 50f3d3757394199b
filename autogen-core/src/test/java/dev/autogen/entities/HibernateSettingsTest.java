package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.junit.jupiter.api.Test;

class HibernateSettingsTest {

    @Test
    void theSettingsComeFromHibernateAndItsSuperInterfaces() {
        assertThat(HibernateSettings.known(MappingSettings.DEFAULT_SCHEMA)).isTrue();
        assertThat(HibernateSettings.known(MappingSettings.PHYSICAL_NAMING_STRATEGY)).isTrue();
        assertThat(HibernateSettings.known(JdbcSettings.DIALECT)).isTrue();
        assertThat(HibernateSettings.known(SchemaToolingSettings.HBM2DDL_AUTO)).isTrue();
        assertThat(HibernateSettings.known(AvailableSettings.JAKARTA_JDBC_URL)).isTrue();
        assertThat(HibernateSettings.names()).hasSizeGreaterThan(200).contains("jakarta.persistence.jdbc.url");
    }

    @Test
    void prefixesHibernateDeclaresTakeAFamilyOfKeys() {
        assertThat(HibernateSettings.known("hibernate.connection.sslmode")).isTrue();
        assertThat(HibernateSettings.known("hibernate.event.listener.pre-insert")).isTrue();
        assertThat(HibernateSettings.known("hibernate.integration.envers.enabled")).isTrue();
        assertThat(HibernateSettings.known("hibernate.hikari.maximumPoolSize")).isTrue();
    }

    @Test
    void typosAndOtherToolsKeysAreNotKnown() {
        assertThat(HibernateSettings.known("hibernate.defualt_schema")).isFalse();
        assertThat(HibernateSettings.known("default_schema")).isFalse();
        assertThat(HibernateSettings.known("spring.jpa.hibernate.ddl-auto")).isFalse();
        assertThat(HibernateSettings.known("jakarta.persistence.jdbc.ur")).isFalse();
        assertThat(HibernateSettings.known("hibernate.connectionx")).isFalse();
    }
}
