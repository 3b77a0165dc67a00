package org.mekonghis.clinical.ui.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;

/**
 * A choice the browser remembers for the next visit (the doctor's room), in a cookie of the
 * application's path: it belongs to the workstation, not to the user's account.
 */
public final class Remembered {
    /** Only codes are remembered; anything else in the cookie is ignored. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final Duration LIFETIME = Duration.ofDays(365);

    private final String name;

    public Remembered(String name) {
        this.name = name;
    }

    /** The remembered code, read from the current request. */
    public Optional<String> read() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && CODE.matcher(v).matches()).findFirst();
    }

    /** Remembers {@code code} with the response to the current request. */
    public void write(String code) {
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null || request == null || code == null || !CODE.matcher(code).matches()) {
            return;
        }
        Cookie cookie = new Cookie(name, code);
        String path = request.getContextPath();
        cookie.setPath(path == null || path.isEmpty() ? "/" : path);
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
