package org.mekonghis.platform.api.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mekonghis.platform.api.security.Principal;

/**
 * What a contributed view is created with.
 *
 * @param path       the path segments after the view's route (e.g. {@code ["42"]} for {@code sample/notices/42})
 * @param parameters the query parameters of the request, first value of each
 * @param locale     the user's locale
 * @param principal  the signed-in principal
 */
public record ViewContext(List<String> path, Map<String, String> parameters, Locale locale, Principal principal) {
    public ViewContext {
        path = List.copyOf(path);
        parameters = Map.copyOf(parameters);
    }
}
