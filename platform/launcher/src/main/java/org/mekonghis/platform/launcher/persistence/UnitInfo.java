package org.mekonghis.platform.launcher.persistence;

import java.net.URL;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import org.mekonghis.platform.api.persistence.PersistenceUnit;

/** A bundle's unit as EclipseLink sees it: resource-local, over the shared non-JTA pool, listed classes only. */
final class UnitInfo implements PersistenceUnitInfo {
    private final PersistenceUnit unit;
    private final DataSource dataSource;
    private final Properties properties;

    UnitInfo(PersistenceUnit unit, DataSource dataSource, Properties properties) {
        this.unit = unit;
        this.dataSource = dataSource;
        this.properties = properties;
    }

    @Override
    public String getPersistenceUnitName() {
        return unit.name();
    }

    @Override
    public String getPersistenceProviderClassName() {
        return org.eclipse.persistence.jpa.PersistenceProvider.class.getName();
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return unit.rootUrl();
    }

    @Override
    public List<String> getManagedClassNames() {
        return unit.entityClasses().stream().map(Class::getName).toList();
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        // Several nodes may share the database: no node may trust a shared cache.
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return properties;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.1";
    }

    @Override
    public ClassLoader getClassLoader() {
        return unit.classLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // Weaving is off: nothing inside OSGi would apply the transformer.
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return unit.classLoader();
    }
}
