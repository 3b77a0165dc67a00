package org.mekonghis.sample.internal;

import java.util.List;

import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.sample.api.NoticeBoard;
import org.osgi.service.component.annotations.Component;

/** Declares the board's permission so administrators can grant it to roles. */
@Component(service = PermissionContribution.class)
public final class SamplePermissions implements PermissionContribution {

    @Override
    public List<PermissionDefinition> permissions() {
        return List.of(new PermissionDefinition(NoticeBoard.PERMISSION, "sample.permission.notices"));
    }
}
