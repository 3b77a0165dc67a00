package org.mekonghis.platform.ui.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;

import com.vaadin.flow.server.InitParameters;

import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.Configuration;
import org.eclipse.jetty.ee11.webapp.FragmentConfiguration;
import org.eclipse.jetty.ee11.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.ee11.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.webapp.WebInfConfiguration;
import org.eclipse.jetty.ee11.webapp.WebXmlConfiguration;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.shell.ShellServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded web server: Jetty 12 (ee11) serving the Vaadin shell at {@code /*} and the
 * launcher's own servlets (e.g. {@code /api/*}) beside it.
 *
 * <p>The shell runs in a {@link WebAppContext} with annotation scanning limited to the Vaadin
 * jars and the shell's own classes, so Vaadin's servlet container initialisers run. Vaadin
 * runs in production mode with its pre-compiled frontend bundle. Every response carries
 * security headers; the Content Security Policy allows what Vaadin's client needs
 * ({@code 'unsafe-inline'}, {@code 'unsafe-eval'}) and nothing from other origins.
 *
 * <p>Configure with the setters before {@link #start()}.
 */
public final class WebServer {

    /** Default time an idle session lives. */
    public static final Duration DEFAULT_SESSION_TIMEOUT = Duration.ofMinutes(30);

    /** The policy sent unless {@link #setContentSecurityPolicy(String)} says otherwise. */
    public static final String DEFAULT_CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self'",
            "manifest-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int MAX_HEADER_BYTES = 16 * 1024;
    private static final int MAX_FORM_CONTENT_BYTES = 2 * 1024 * 1024;
    private static final int MAX_FORM_KEYS = 1000;

    private final String host;
    private final int requestedPort;
    private Path tlsKeyStore;
    private String tlsKeyStorePassword;
    private int tlsPort;
    private boolean trustForwardedHeaders;
    private ServerConnector tlsConnector;
    private final UiHost uiHost;
    private final Map<String, Servlet> servlets;
    private final List<Filter> filters;

    private Duration sessionTimeout = DEFAULT_SESSION_TIMEOUT;
    private Duration stopTimeout = Duration.ofSeconds(10);
    private String contentSecurityPolicy = DEFAULT_CONTENT_SECURITY_POLICY;

    private Server server;
    private ServerConnector connector;
    private IdleAwareGracefulHandler graceful;
    private Path baseDirectory;

    /**
     * @param host     host name or address to bind to; null, empty or {@code 0.0.0.0} binds every interface
     * @param port     TCP port, 0 for a free one chosen at start
     * @param uiHost   the platform services the shell uses
     * @param servlets extra servlets by path spec (e.g. {@code /api/*}); they win over the shell for their paths
     * @param filters  filters applied, in order, to every request (shell and extra servlets)
     */
    public WebServer(String host, int port, UiHost uiHost, Map<String, Servlet> servlets, List<Filter> filters) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("HIS-0420: port out of range: " + port);
        }
        this.host = host == null || host.isBlank() ? null : host.strip();
        this.requestedPort = port;
        this.uiHost = Objects.requireNonNull(uiHost, "uiHost");
        this.servlets = new LinkedHashMap<>(Objects.requireNonNull(servlets, "servlets"));
        this.filters = List.copyOf(Objects.requireNonNull(filters, "filters"));
    }

    /** Time an idle session lives; default 30 minutes. */
    public void setSessionTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("HIS-0421: session timeout must be positive: " + timeout);
        }
        this.sessionTimeout = timeout;
    }

    /** How long {@link #stop()} waits for running requests; default 10 seconds. */
    public void setStopTimeout(Duration timeout) {
        this.stopTimeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The Content-Security-Policy header; null or blank sends none. */
    public void setContentSecurityPolicy(String policy) {
        this.contentSecurityPolicy = policy;
    }

    /**
     * Serves HTTPS too, on {@code port} (0 picks a free one), with the key and certificate of a
     * PKCS#12 (or, by its {@code .jks} ending, JKS) key store.
     */
    public void setTls(Path keyStore, String password, int port) {
        this.tlsKeyStore = Objects.requireNonNull(keyStore, "keyStore");
        this.tlsKeyStorePassword = password;
        this.tlsPort = port;
    }

    /** Trusts {@code Forwarded} / {@code X-Forwarded-*} headers: only behind a proxy that sets them. */
    public void setTrustForwardedHeaders(boolean trust) {
        this.trustForwardedHeaders = trust;
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public synchronized int tlsPort() {
        return tlsConnector == null ? -1 : tlsConnector.getLocalPort();
    }

    /** Starts serving; returns once the shell is ready. */
    public synchronized void start() throws Exception {
        if (server != null) {
            throw new IllegalStateException("HIS-0422: web server already started");
        }
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("mekong-web");
        Server newServer = new Server(threads);

        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(MAX_HEADER_BYTES);
        http.setResponseHeaderSize(MAX_HEADER_BYTES);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (trustForwardedHeaders) {
            // Behind nginx: the client's address and scheme come from Forwarded / X-Forwarded-*, so
            // the audit log records the real address and cookies get the Secure flag under HTTPS.
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector newConnector = new ServerConnector(newServer, new HttpConnectionFactory(http));
        newConnector.setHost(host == null || host.equals("0.0.0.0") ? null : host);
        newConnector.setPort(requestedPort);
        newServer.addConnector(newConnector);
        if (tlsKeyStore != null) {
            HttpConfiguration https = new HttpConfiguration(http);
            // No SNI host check: hospitals reach the server by IP address as often as by name.
            https.addCustomizer(new SecureRequestCustomizer(false));
            SslContextFactory.Server tls = new SslContextFactory.Server();
            tls.setKeyStorePath(tlsKeyStore.toAbsolutePath().toString());
            tls.setKeyStorePassword(tlsKeyStorePassword);
            tls.setKeyStoreType(tlsKeyStore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
            tlsConnector = new ServerConnector(newServer, new SslConnectionFactory(tls, "http/1.1"),
                    new HttpConnectionFactory(https));
            tlsConnector.setHost(host == null || host.equals("0.0.0.0") ? null : host);
            tlsConnector.setPort(tlsPort);
            newServer.addConnector(tlsConnector);
        }

        baseDirectory = Files.createTempDirectory("mekong-web");
        WebAppContext context = webApp(baseDirectory);
        IdleAwareGracefulHandler newGraceful = new IdleAwareGracefulHandler(context);
        newServer.setHandler(new SecurityHeadersHandler(contentSecurityPolicy, newGraceful));
        // stop() runs the graceful phase itself, on the requests that matter (see there)
        newServer.setStopTimeout(0);
        newServer.setStopAtShutdown(false);

        server = newServer;
        connector = newConnector;
        graceful = newGraceful;
        try {
            newServer.start();
        } catch (Exception e) {
            stop();
            throw e;
        }
        Throwable unavailable = context.getUnavailableException();
        if (unavailable != null) {
            stop();
            throw new IllegalStateException("HIS-0423: the web application failed to start", unavailable);
        }
        LOG.info("web server listening at {}", baseUrl());
    }

    private WebAppContext webApp(Path base) {
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setDisplayName("Mekong HIS");
        context.setBaseResource(ResourceFactory.of(context).newResource(base));
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setLogUrlOnStart(false);
        // No webdefault.xml: no JSP, no default servlet; Vaadin serves its own static files.
        context.setDefaultsDescriptor(null);
        context.setConfigurations(new Configuration[] {new WebInfConfiguration(), new WebXmlConfiguration(),
                new MetaInfConfiguration(), new FragmentConfiguration(), new AnnotationConfiguration(),
                new JettyWebXmlConfiguration()});
        // Scan only Vaadin's jars and the shell's own classes (jar or directory): enough for
        // Vaadin's initialisers and the shell's AppShell, and much faster than everything.
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, containerIncludePattern());
        context.setMaxFormContentSize(MAX_FORM_CONTENT_BYTES);
        context.setMaxFormKeys(MAX_FORM_KEYS);
        // Without webdefault.xml there is no default servlet; Jetty's stand-in 404 servlet is
        // not needed either, since the shell answers every path.
        context.getServletHandler().setEnsureDefaultServlet(false);
        context.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");

        context.getSessionHandler().setMaxInactiveInterval((int) sessionTimeout.toSeconds());
        context.getSessionHandler().setHttpOnly(true);
        // The session cookie carries the Secure flag whenever the request came over HTTPS (directly,
        // or through a proxy when forwarded headers are trusted).
        context.getSessionHandler().setSecureRequestOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);

        EnumSet<DispatcherType> dispatches = EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC);
        int index = 0;
        for (Filter filter : filters) {
            FilterHolder holder = new FilterHolder(filter);
            holder.setName("mekong-filter-" + index++);
            holder.setAsyncSupported(true);
            context.addFilter(holder, "/*", dispatches);
        }
        servlets.forEach((pathSpec, servlet) -> {
            ServletHolder holder = new ServletHolder("servlet " + pathSpec, servlet);
            holder.setAsyncSupported(true);
            holder.setInitOrder(2);
            context.addServlet(holder, pathSpec);
        });
        ServletHolder shell = new ServletHolder("mekong-shell", new ShellServlet(uiHost));
        shell.setAsyncSupported(true);
        shell.setInitOrder(1);
        shell.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        // An idle session ends after the timeout even with the page left open: push and
        // heartbeat requests do not count as activity, only the user's own requests do. The
        // heartbeat, at most a third of the timeout, is what notices the end in time.
        shell.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        shell.setInitParameter(InitParameters.SERVLET_PARAMETER_HEARTBEAT_INTERVAL,
                Long.toString(heartbeatInterval(sessionTimeout).toSeconds()));
        context.addServlet(shell, "/*");
        return context;
    }

    /** How often an open page reports itself alive: a third of the session timeout, between 1 s and 5 min. */
    static Duration heartbeatInterval(Duration sessionTimeout) {
        long seconds = Math.max(1, Math.min(300, sessionTimeout.toSeconds() / 3));
        return Duration.ofSeconds(seconds);
    }

    static String containerIncludePattern() {
        StringBuilder pattern = new StringBuilder(".*/(flow|vaadin)-[^/]*\\.jar$");
        try {
            // Jetty writes file URIs as file:///..., the JDK as file:/...: match on the path only
            String own = WebServer.class.getProtectionDomain().getCodeSource().getLocation().toURI().getPath();
            if (own.endsWith("/")) {
                own = own.substring(0, own.length() - 1);
            }
            pattern.append("|.*").append(Pattern.quote(own)).append("/?$");
        } catch (URISyntaxException | NullPointerException e) {
            LOG.warn("HIS-0424: cannot locate the shell's classes; falling back to the artifact name", e);
            pattern.append("|.*/mekong-platform-ui[^/]*\\.jar$");
        }
        return pattern.toString();
    }

    /**
     * Stops gracefully: new requests are refused with 503, running ones get up to the stop
     * timeout to finish, then everything closes. Open push requests are idle waits, not work:
     * they are not waited for. Jetty's own graceful stop would wait for every open connection,
     * so each stop with a browser open would take the full timeout.
     */
    public synchronized void stop() throws Exception {
        Server running = server;
        IdleAwareGracefulHandler runningGraceful = graceful;
        server = null;
        graceful = null;
        try {
            if (runningGraceful != null && running.isStarted()) {
                try {
                    runningGraceful.shutdown().get(stopTimeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    LOG.warn("HIS-0426: {} request(s) still running after {}; stopping without them",
                            runningGraceful.getCurrentRequestCount(), stopTimeout);
                }
            }
            if (running != null) {
                running.stop();
            }
        } finally {
            if (baseDirectory != null) {
                deleteQuietly(baseDirectory);
                baseDirectory = null;
            }
        }
    }

    /** Whether the server is serving. */
    public synchronized boolean isRunning() {
        return server != null && server.isRunning();
    }

    /** The port served on; the actual one when 0 was asked for. */
    public synchronized int port() {
        if (connector == null || connector.getLocalPort() <= 0) {
            throw new IllegalStateException("HIS-0425: web server not started");
        }
        return connector.getLocalPort();
    }

    /** The URL of the application root, ending with '/', e.g. {@code http://localhost:8080/}. */
    public String baseUrl() {
        String name = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        if (name.contains(":") && !name.startsWith("[")) {
            name = "[" + name + "]";
        }
        return "http://" + name + ":" + port() + "/";
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("could not delete {}", directory, e);
        }
    }
}
