package org.mekonghis.platform.launcher.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SystemPackagesTest {

    @Test
    void derive_exportsTheDocumentApi_butNotThePdfLibraryBehindIt() {
        List<String> clauses = SystemPackages.splitClauses(SystemPackages.derive(SystemPackages.currentClassPath()));

        assertThat(clauses).contains("org.mekonghis.platform.api.document;version=\"1.0.0\"");
        assertThat(clauses).anyMatch(c -> c.startsWith("org.slf4j;"));
        assertThat(clauses).noneMatch(c -> c.startsWith("com.itextpdf"));
    }

    @Test
    void iTextPackages_areHostPrivate() {
        assertThat(SystemPackages.isHostPrivate("com.itextpdf.kernel.pdf")).isTrue();
        assertThat(SystemPackages.isHostPrivate("com.itextpdf.layout")).isTrue();
        assertThat(SystemPackages.isHostPrivate("org.mekonghis.platform.api.document")).isFalse();
    }

    @Test
    void osgiVersion_mapsMavenVersions() {
        assertThat(SystemPackages.osgiVersion("9.4.0")).isEqualTo("9.4.0");
        assertThat(SystemPackages.osgiVersion("2.0-rc1")).isEqualTo("2.0.0.rc1");
    }
}
