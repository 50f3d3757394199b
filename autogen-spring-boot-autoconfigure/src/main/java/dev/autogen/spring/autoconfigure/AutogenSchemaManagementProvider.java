package dev.autogen.spring.autoconfigure;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/** Says that autogen manages the schema of the application's DataSource, as Flyway's provider does. */
class AutogenSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<DataSource> dataSource;

    AutogenSchemaManagementProvider(ObjectProvider<DataSource> dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource candidate) {
        return candidate.equals(dataSource.getIfUnique()) ? SchemaManagement.MANAGED : SchemaManagement.UNMANAGED;
    }
}
