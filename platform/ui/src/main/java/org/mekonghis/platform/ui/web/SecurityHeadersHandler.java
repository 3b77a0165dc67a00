package org.mekonghis.platform.ui.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Adds the security headers to every response, before the application writes anything, so
 * they are present on Vaadin pages, {@code /api} answers and error pages alike.
 */
final class SecurityHeadersHandler extends Handler.Wrapper {

    private final String contentSecurityPolicy;

    SecurityHeadersHandler(String contentSecurityPolicy, Handler handler) {
        super(handler);
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        if (contentSecurityPolicy != null && !contentSecurityPolicy.isBlank()) {
            headers.put("Content-Security-Policy", contentSecurityPolicy);
        }
        return super.handle(request, response, callback);
    }
}
