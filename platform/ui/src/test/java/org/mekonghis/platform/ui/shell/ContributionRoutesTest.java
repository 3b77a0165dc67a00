package org.mekonghis.platform.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ContributionRoutesTest {

    @Test
    void normalise_trimsSlashesAndKeepsSegments() {
        assertThat(ContributionRoutes.normalise("/sample/notices/")).isEqualTo("sample/notices");
        assertThat(ContributionRoutes.normalise("lab")).isEqualTo("lab");
    }

    @Test
    void normalise_rejectsEmptyUpperCaseParametersAndHostRoutes() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContributionRoutes.normalise(""));
        assertThatIllegalArgumentException().isThrownBy(() -> ContributionRoutes.normalise("Lab/Orders"));
        assertThatIllegalArgumentException().isThrownBy(() -> ContributionRoutes.normalise("lab/:id"));
        assertThatIllegalArgumentException().isThrownBy(() -> ContributionRoutes.normalise("lab//orders"));
        assertThatIllegalArgumentException().isThrownBy(() -> ContributionRoutes.normalise("admin/bundles"));
    }

    @Test
    void template_addsTheWildcardPathParameter() {
        assertThat(ContributionRoutes.template("lab/orders")).isEqualTo("lab/orders/:path*");
    }
}
