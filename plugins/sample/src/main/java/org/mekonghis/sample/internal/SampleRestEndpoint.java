package org.mekonghis.sample.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.mekonghis.platform.api.rest.RestEndpoint;
import org.mekonghis.sample.api.NoticeBoard;
import org.mekonghis.sample.api.NoticeDto;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The board's REST API under {@code /api/sample/}:
 * <ul>
 * <li>{@code GET /notices?limit=n}: the notices on the board, newest first (default 50, at most 500)</li>
 * <li>{@code POST /notices} with {@code {"title": "...", "body": "..."}}: posts a notice; 201 and the notice</li>
 * <li>{@code POST /notices/<id>/archive}: archives a notice; 200 and the notice</li>
 * <li>{@code GET /activity?limit=n}: the activity feed, newest first</li>
 * <li>{@code GET /stats}: {@code {"notices": n, "activities": n, "distinctActivityEvents": n}}</li>
 * </ul>
 * Errors are thrown as {@code MekongException}s; the platform answers them with their status and
 * a JSON body {@code {"error": {"status", "code", "message"}}}. Permission checks happen in the services.
 */
@Component(service = RestEndpoint.class)
public final class SampleRestEndpoint implements RestEndpoint {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = NoticeBoard.LIST_MAX;
    /** Far more than a notice needs; a larger body is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final String NOTICES = "/notices";
    private static final String ARCHIVE = "/archive";

    /** Strict on input: trailing content or a repeated field makes a request ambiguous, so it is refused. */
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final NoticeBoard board;
    private final ActivityLog activity;

    @Activate
    public SampleRestEndpoint(@Reference NoticeBoard board, @Reference ActivityLog activity) {
        this.board = board;
        this.activity = activity;
    }

    @Override
    public String name() {
        return "sample";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String method = request.getMethod();
        String p = path == null || path.equals("/") ? "" : stripTrailingSlash(path);
        if (p.equals(NOTICES)) {
            if ("GET".equals(method)) {
                List<NoticeDto> notices = board.list(limit(request.getParameter("limit")));
                write(response, 200, notices.stream().map(SampleRestEndpoint::toJson).toList());
            } else if ("POST".equals(method)) {
                NoticeRequest posted = readNotice(request.getInputStream());
                NoticeDto notice = board.post(posted.title(), posted.body());
                response.setHeader("Location", request.getContextPath() + "/api/sample/notices/" + notice.id());
                write(response, 201, toJson(notice));
            } else {
                throw BadRequestException.methodNotAllowed(method, p);
            }
        } else if (p.startsWith(NOTICES + "/") && p.endsWith(ARCHIVE)) {
            String id = p.substring(NOTICES.length() + 1, p.length() - ARCHIVE.length());
            if (id.isEmpty() || id.contains("/")) {
                throw BadRequestException.noSuchResource(p);
            }
            if (!"POST".equals(method)) {
                throw BadRequestException.methodNotAllowed(method, p);
            }
            write(response, 200, toJson(board.archive(id)));
        } else if (p.equals("/activity")) {
            requireGet(method, p);
            List<ActivityEntry> lines = activity.latest(limit(request.getParameter("limit")));
            write(response, 200, lines.stream().map(SampleRestEndpoint::toJson).toList());
        } else if (p.equals("/stats")) {
            requireGet(method, p);
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("notices", board.count());
            stats.put("activities", activity.count());
            stats.put("distinctActivityEvents", activity.countDistinctEvents());
            write(response, 200, stats);
        } else {
            throw BadRequestException.noSuchResource(p);
        }
    }

    /** The body of {@code POST /notices}. Fields left out are null; the board decides what is required. */
    record NoticeRequest(String title, String body) {
    }

    /**
     * Reads a notice from a request body: a JSON object whose {@code title} and {@code body} are
     * strings (or null, or absent). Other fields are ignored.
     *
     * @throws BadRequestException when the body is too large, not JSON, not an object, or a field is not a string
     */
    NoticeRequest readNotice(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw BadRequestException.bodyTooLarge(MAX_BODY_BYTES);
        }
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw BadRequestException.malformedBody("not JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw BadRequestException.malformedBody("not an object");
        }
        return new NoticeRequest(text(root, "title"), text(root, "body"));
    }

    private static String text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw BadRequestException.malformedBody("field " + field + " is not a string");
        }
        return node.textValue();
    }

    /** The {@code limit} query parameter: absent means {@value #DEFAULT_LIMIT}. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below as a bad request, like any other out-of-range value
        }
        throw BadRequestException.badLimit();
    }

    private static void requireGet(String method, String path) {
        if (!"GET".equals(method)) {
            throw BadRequestException.methodNotAllowed(method, path);
        }
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    static Map<String, Object> toJson(NoticeDto notice) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", notice.id());
        m.put("title", notice.title());
        m.put("body", notice.body());
        m.put("author", notice.author());
        m.put("authorId", notice.authorId());
        m.put("postedAt", iso(notice.postedAt()));
        m.put("archived", notice.archived());
        return m;
    }

    static Map<String, Object> toJson(ActivityEntry line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", line.id());
        m.put("eventId", line.eventId());
        m.put("noticeId", line.noticeId());
        m.put("actor", line.actor());
        m.put("text", line.text());
        m.put("recordedAt", iso(line.recordedAt()));
        return m;
    }

    /** ISO-8601 in UTC, e.g. {@code 2025-03-01T02:30:00Z}; no Jackson time module needed. */
    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        json.writeValue(response.getOutputStream(), body);
    }
}
