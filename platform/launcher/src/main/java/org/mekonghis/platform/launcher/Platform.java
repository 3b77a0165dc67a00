package org.mekonghis.platform.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Servlet;

import com.zaxxer.hikari.HikariDataSource;

import org.mekonghis.platform.api.config.Configuration;
import org.mekonghis.platform.api.document.DocumentRenderer;
import org.mekonghis.platform.api.i18n.Messages;
import org.mekonghis.platform.api.persistence.DatabaseProduct;
import org.mekonghis.platform.api.persistence.PersistenceService;
import org.mekonghis.platform.api.security.SecurityContext;
import org.mekonghis.platform.api.ui.UiContributions;
import org.mekonghis.platform.launcher.demo.DemoLoader;
import org.mekonghis.platform.launcher.document.PdfDocumentRenderer;
import org.mekonghis.platform.launcher.event.EventDispatcher;
import org.mekonghis.platform.launcher.event.Outbox;
import org.mekonghis.platform.launcher.i18n.BundleMessages;
import org.mekonghis.platform.launcher.job.JobScheduler;
import org.mekonghis.platform.launcher.osgi.BundleDeployer;
import org.mekonghis.platform.launcher.osgi.BundleStatusTracker;
import org.mekonghis.platform.launcher.osgi.FelixHost;
import org.mekonghis.platform.launcher.osgi.SystemPackages;
import org.mekonghis.platform.launcher.persistence.DataSources;
import org.mekonghis.platform.launcher.persistence.DatabaseBackup;
import org.mekonghis.platform.launcher.persistence.Migrations;
import org.mekonghis.platform.launcher.persistence.PersistenceServiceFactory;
import org.mekonghis.platform.launcher.security.PlatformPermissions;
import org.mekonghis.platform.launcher.security.ThreadSecurityContext;
import org.mekonghis.platform.launcher.web.ApiServlet;
import org.mekonghis.platform.launcher.web.CliToken;
import org.mekonghis.platform.launcher.web.PrincipalFilter;
import org.mekonghis.platform.launcher.audit.AuditChain;
import org.mekonghis.platform.launcher.audit.JdbcAuditLog;
import org.mekonghis.platform.api.audit.AuditLog;
import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.PermissionContribution;
import org.mekonghis.platform.ui.contrib.UiContributionsImpl;
import org.mekonghis.platform.ui.host.PlatformStatus;
import org.mekonghis.platform.ui.host.UiHost;
import org.mekonghis.platform.ui.web.WebServer;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * One running HIS: the connection pool, the platform schema, the OSGi framework with its
 * platform services, the core bundles and plugins, and the web server. {@link #close()} takes it
 * all down in reverse order and shuts an embedded Derby down cleanly.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final PlatformSettings settings;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private HikariDataSource dataSource;
    private FelixHost felix;
    private BundleStatusTracker status;
    private WebServer web;
    private DatabaseProduct product;

    private Platform(PlatformSettings settings) {
        this.settings = settings;
    }

    /** Starts everything; on failure, whatever was started is stopped again before the exception leaves. */
    public static Platform start(PlatformSettings settings, Configuration config) throws Exception {
        Platform platform = new Platform(settings);
        try {
            platform.doStart(config);
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    private void doStart(Configuration config) throws Exception {
        long started = System.nanoTime();
        // Liquibase, EclipseLink and Felix's SCR log through java.util.logging.
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        Files.createDirectories(settings.dataDir());
        dataSource = DataSources.open(settings);
        product = DataSources.productOf(dataSource);
        Migrations.apply(dataSource, Platform.class.getClassLoader(), "db/platform/changelog.xml", "platform");

        felix = new FelixHost(settings.dataDir().resolve("felix-cache"),
                SystemPackages.derive(SystemPackages.currentClassPath()));
        felix.start();
        BundleContext ctx = felix.context();
        status = closing(new BundleStatusTracker(ctx));
        status.open();
        felix.installFrameworkBundles(status);

        ThreadSecurityContext security = new ThreadSecurityContext();
        ctx.registerService(SecurityContext.class, security, null);
        ctx.registerService(Configuration.class, config, null);
        BundleMessages messages = closing(new BundleMessages(ctx, Platform.class.getClassLoader(), List.of("i18n/platform")));
        messages.open();
        ctx.registerService(Messages.class, messages, null);
        ctx.registerService(PermissionContribution.class, new PlatformPermissions(), null);
        ctx.registerService(DocumentRenderer.class, new PdfDocumentRenderer(), null);
        JdbcAuditLog audit = new JdbcAuditLog(dataSource, security,
                AuditChain.withKeyFile(settings.dataDir().resolve("audit.key")));
        ctx.registerService(new String[] {AuditLog.class.getName(), AuditTrail.class.getName()}, audit, null);

        Outbox outbox = new Outbox();
        EventDispatcher dispatcher = new EventDispatcher(ctx, dataSource, outbox, security, status,
                config.getDuration("events.poll-interval", Duration.ofSeconds(1)),
                config.getDuration("events.settle-horizon", Duration.ofMinutes(10)));
        ctx.registerService(PersistenceService.class.getName(),
                new PersistenceServiceFactory(dataSource, product, outbox, dispatcher::nudge), new Hashtable<>());
        JobScheduler jobs = closing(new JobScheduler(ctx, dataSource, security, status));
        jobs.start();
        if (settings.demo()) {
            DemoLoader demo = closing(new DemoLoader(ctx, dataSource, security, status));
            demo.start();
        }

        ApiServlet api = new ApiServlet(ctx, dataSource, status, messages, outbox.json(), security,
                new DatabaseBackup(dataSource, product, settings.backupDir()), audit);
        api.open();
        toClose.push(api::close);
        UiHost uiHost = new Host(ctx, messages, security, status);
        UiContributionsImpl contributions = new UiContributionsImpl(uiHost);
        contributions.open();
        toClose.push(contributions::close);
        ctx.registerService(UiContributions.class, contributions, null);

        // logback's servlet initializer would stop logging when the web application stops, losing
        // the rest of the shutdown log.
        if (System.getProperty("logbackDisableServletContainerInitializer") == null) {
            System.setProperty("logbackDisableServletContainerInitializer", "true");
        }
        CliToken cliToken = closing(CliToken.create(settings.dataDir().resolve(".cli-token")));
        PrincipalFilter principals = new PrincipalFilter(ctx, security, cliToken);
        toClose.push(principals::close);
        web = new WebServer(settings.httpHost(), settings.httpPort(), uiHost, Map.<String, Servlet>of("/api/*", api),
                List.of(principals));
        web.setSessionTimeout(settings.sessionTimeout());
        web.setTrustForwardedHeaders(config.getBoolean("http.forwarded", false));
        Optional<String> keyStore = config.get("https.keystore");
        if (keyStore.isPresent()) {
            Path file = settings.home().resolve(keyStore.get());
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException("HIS-0180: https.keystore " + file + " cannot be read");
            }
            web.setTls(file, config.get("https.keystore-password", ""), config.getInt("https.port", 8443));
        }
        toClose.push(web::stop);

        BundleDeployer deployer = closing(new BundleDeployer(ctx, status, settings.pluginsDir(),
                settings.pluginPollInterval().toMillis()));
        deployer.installCore(settings.bundlesDir());
        deployer.startWatching();
        dispatcher.start();
        toClose.push(dispatcher);
        web.start();
        api.ready();
        LOG.info("Mekong HIS ready at {}{} in {} ms ({})", web.baseUrl(),
                web.tlsPort() > 0 ? " and HTTPS port " + web.tlsPort() : "", (System.nanoTime() - started) / 1_000_000,
                product.displayName());
    }

    private <T extends AutoCloseable> T closing(T resource) {
        toClose.push(resource);
        return resource;
    }

    /** The port the web server listens on. */
    public int httpPort() {
        return web.port();
    }

    public String baseUrl() {
        return web.baseUrl();
    }

    /** The HTTPS port, or -1 when HTTPS is off. */
    public int httpsPort() {
        return web.tlsPort();
    }

    /** The system bundle's context, for tests and tools. */
    public BundleContext bundleContext() {
        return felix.context();
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public DatabaseProduct product() {
        return product;
    }

    public PlatformStatus status() {
        return status;
    }

    /** A platform service, if registered. */
    public <S> Optional<S> service(Class<S> type) {
        var ref = felix.context().getServiceReference(type);
        return ref == null ? Optional.empty() : Optional.ofNullable(felix.context().getService(ref));
    }

    @Override
    public synchronized void close() {
        // The web server and the platform trackers go first, then the bundles (their units close),
        // then the pool, then Derby itself.
        List<AutoCloseable> beforeFramework = List.copyOf(toClose);
        toClose.clear();
        for (AutoCloseable c : beforeFramework) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", c, e.toString());
            }
        }
        if (felix != null) {
            felix.stop(30_000);
            felix = null;
        }
        if (dataSource != null) {
            dataSource.close();
            dataSource = null;
            if (settings.embeddedDerby()) {
                DataSources.shutdownEmbeddedDerby(settings.dbUrl());
            }
        }
        LOG.info("Mekong HIS stopped");
    }

    private record Host(BundleContext bundleContext, Messages messages, SecurityContext security, PlatformStatus status)
            implements UiHost {
    }
}
