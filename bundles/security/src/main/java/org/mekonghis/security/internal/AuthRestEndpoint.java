package org.mekonghis.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mekonghis.platform.api.rest.RestEndpoint;
import org.mekonghis.platform.api.security.AuthenticationService;
import org.mekonghis.platform.api.security.AuthenticationService.AccessToken;
import org.mekonghis.platform.api.security.ClientInfo;
import org.mekonghis.platform.api.security.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/auth/token} with {@code {"username": "...", "password": "..."}}: a bearer
 * token for the REST API, {@code {"accessToken": "...", "tokenType": "Bearer", "expiresIn": 3600}}.
 * The platform lets this one path through without a token. Wrong credentials and locked accounts
 * are answered 401 by the platform from the {@code AuthenticationException}; other paths 404,
 * other methods 405, bodies over {@value #MAX_BODY_BYTES} bytes 413, anything but the expected
 * JSON 400.
 */
@Component(service = RestEndpoint.class)
public final class AuthRestEndpoint implements RestEndpoint {
    /** Far more than a user name and a password need; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 8 * 1024;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final AuthenticationService authentication;
    private final SecurityContext security;

    @Activate
    public AuthRestEndpoint(@Reference AuthenticationService authentication, @Reference SecurityContext security) {
        this.authentication = authentication;
        this.security = security;
    }

    @Override
    public String name() {
        return "auth";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String p = path == null ? "" : path;
        if (!p.equals("/token")) {
            throw AuthRequestException.noSuchResource(p);
        }
        if (!"POST".equals(request.getMethod())) {
            throw AuthRequestException.methodNotAllowed(request.getMethod());
        }
        Credentials credentials = readCredentials(request.getInputStream());
        ClientInfo client = security.client().orElseGet(() -> new ClientInfo(request.getRemoteAddr(), null,
                request.getHeader("User-Agent")));
        AccessToken token = authentication.issueToken(credentials.username(), credentials.password(), client);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accessToken", token.accessToken());
        body.put("tokenType", "Bearer");
        body.put("expiresIn", token.expiresInSeconds());
        response.setStatus(200);
        // RFC 6749 5.1: a response carrying a token must not be cached.
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** The body of a token request; {@link #toString()} never shows the password. */
    record Credentials(String username, String password) {
        @Override
        public String toString() {
            return "Credentials[username=" + username + "]";
        }
    }

    /**
     * Reads {@code {"username": "...", "password": "..."}}; other fields are ignored.
     *
     * @throws AuthRequestException when the body is too large, not JSON, not an object, or a field is
     *         missing or not a string
     */
    Credentials readCredentials(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw AuthRequestException.bodyTooLarge(MAX_BODY_BYTES);
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the input, which may hold a password: only its location is kept.
            var where = e.getLocation();
            throw AuthRequestException.malformedBody(where == null ? "not JSON"
                    : "not JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw AuthRequestException.malformedBody("not an object");
        }
        return new Credentials(text(root, "username"), text(root, "password"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isEmpty()) {
            throw AuthRequestException.malformedBody("field " + field + " is missing or not a string");
        }
        return node.textValue();
    }
}
