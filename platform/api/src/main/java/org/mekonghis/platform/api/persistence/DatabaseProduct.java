package org.mekonghis.platform.api.persistence;

/** The database products the HIS runs on. Every migration and query must work on both. */
public enum DatabaseProduct {
    DERBY("Apache Derby"),
    POSTGRESQL("PostgreSQL");

    private final String displayName;

    DatabaseProduct(String displayName) {
        this.displayName = displayName;
    }

    /** The name JDBC reports, e.g. {@code Apache Derby}. */
    public String displayName() {
        return displayName;
    }

    /** Maps a JDBC {@code DatabaseMetaData.getDatabaseProductName()} to a product. */
    public static DatabaseProduct fromJdbcName(String name) {
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return POSTGRESQL;
        }
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("derby")) {
            return DERBY;
        }
        throw new IllegalArgumentException("unsupported database product: " + name);
    }
}
