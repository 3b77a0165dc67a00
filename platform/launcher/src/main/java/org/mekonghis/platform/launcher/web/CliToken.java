package org.mekonghis.platform.launcher.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.mekonghis.platform.api.audit.AuditTrail;
import org.mekonghis.platform.api.security.Principal;

/**
 * The token with which {@code bin/mekong} (backup, audit-verify) talks to the running server:
 * random per start, written to a file in the data folder that only the server's account can
 * read, removed at stop, and accepted from the server's own addresses only. Reading the file
 * already requires the server account, which could read the database itself.
 */
public final class CliToken implements AutoCloseable {

    /** Who the command line acts as: it may back up and verify the audit log, nothing else. */
    public static final Principal PRINCIPAL = new Principal("server-cli", "mekong-cli", "Server command line",
            Principal.Kind.USER, Set.of("platform.backup", AuditTrail.PERMISSION));

    private final Path file;
    private final byte[] token;

    private CliToken(Path file, byte[] token) {
        this.file = file;
        this.token = token;
    }

    public static CliToken create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the data folder's own permissions protect it
        }
        Files.writeString(file, value, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
        return new CliToken(file, value.getBytes(StandardCharsets.US_ASCII));
    }

    boolean matches(String presented, String remoteAddress) {
        return isLoopback(remoteAddress)
                && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII));
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
