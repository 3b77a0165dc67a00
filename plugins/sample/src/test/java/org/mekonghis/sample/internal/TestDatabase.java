package org.mekonghis.sample.internal;

import org.mekonghis.platform.testing.InMemoryDatabase;

/** The plugin's real changelog and mappings on a fresh in-memory database, for unit tests. */
final class TestDatabase extends InMemoryDatabase {

    private TestDatabase() {
        super(SampleDatabase.UNIT, "sample-test", SampleDatabase.CHANGELOG);
    }

    /** A new in-memory Derby database. */
    static TestDatabase create() {
        return new TestDatabase();
    }

    /** Empties the tables and forgets events, so one migrated database serves a whole test class. */
    void reset() {
        reset("Activity", "Notice");
    }
}
