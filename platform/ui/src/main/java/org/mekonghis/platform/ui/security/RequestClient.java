package org.mekonghis.platform.ui.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.WrappedSession;

import org.mekonghis.platform.api.security.ClientInfo;

/**
 * The {@link ClientInfo} of a browser request, as the audit log records it. The session is named
 * by a reference derived from its id, never by the id itself: whoever reads the audit log must
 * not be able to take over a session. The launcher's filter and the shell use the same
 * derivation, so entries of one session carry the same reference.
 */
public final class RequestClient {

    private static final int REFERENCE_HEX_DIGITS = 16;

    private RequestClient() {
    }

    /** Where {@code request} comes from; the session reference only if the request has a session already. */
    public static ClientInfo of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String reference = null;
        if (session != null) {
            try {
                reference = sessionReference(session.getId());
            } catch (IllegalStateException invalidated) {
                reference = null;
            }
        }
        return new ClientInfo(request.getRemoteAddr(), reference, request.getHeader("User-Agent"));
    }

    /** Where the current Vaadin request comes from; {@link ClientInfo#LOCAL} outside a request. */
    public static ClientInfo current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            return of(servletRequest.getHttpServletRequest());
        }
        if (request == null) {
            return ClientInfo.LOCAL;
        }
        WrappedSession session = request.getWrappedSession(false);
        return new ClientInfo(request.getRemoteAddr(), session == null ? null : sessionReference(session.getId()),
                request.getHeader("User-Agent"));
    }

    /**
     * An opaque, stable reference to a session: the first {@value #REFERENCE_HEX_DIGITS} hex
     * digits of the SHA-256 of its id.
     */
    public static String sessionReference(String sessionId) {
        if (sessionId == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, REFERENCE_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("HIS-0430: SHA-256 is not available", e);
        }
    }
}
