package org.mekonghis.platform.ui.web;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Graceful shutdown that waits for real work only. Vaadin push over long polling keeps a
 * request open per browser tab while it waits for something to push; counting those, a stop
 * would always run into its timeout. Push requests ({@code v-r=push}) therefore bypass the
 * count and are simply closed when the application stops.
 */
final class IdleAwareGracefulHandler extends GracefulHandler {

    IdleAwareGracefulHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (isPush(request)) {
            Handler next = getHandler();
            return next != null && next.handle(request, response, callback);
        }
        return super.handle(request, response, callback);
    }

    static boolean isPush(Request request) {
        HttpURI uri = request.getHttpURI();
        String query = uri == null ? null : uri.getQuery();
        if (query == null) {
            return false;
        }
        for (String parameter : query.split("&")) {
            if (parameter.equals("v-r=push")) {
                return true;
            }
        }
        return false;
    }
}
