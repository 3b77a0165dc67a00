package org.mekonghis.platform.launcher.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mekonghis.platform.api.audit.AuditEntry;

/**
 * The keyed hash that chains audit entries: HMAC-SHA256, under a key kept in a file beside the
 * database rather than in it, of the previous entry's hash and every field of the entry. Someone
 * who can write to the database but cannot read the key can neither alter an entry nor forge a
 * new one without the verifier noticing.
 */
public final class AuditChain {

    /** The hash the first entry chains to. */
    public static final String GENESIS = "0".repeat(64);

    private final byte[] key;

    private AuditChain(byte[] key) {
        this.key = key.clone();
    }

    /** Reads the key from {@code file}, creating it (readable by the owner only) on first use. */
    public static AuditChain withKeyFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(tmp, HexFormat.of().formatHex(key), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // not a POSIX file system: the data folder's own permissions protect the key
            }
            Files.move(tmp, file);
        }
        return new AuditChain(HexFormat.of().parseHex(Files.readString(file, StandardCharsets.US_ASCII).trim()));
    }

    /** The hash of {@code entry} (its own hash field ignored) chained to {@code previousHash}. */
    public String hash(String previousHash, AuditEntry e) {
        StringBuilder sb = new StringBuilder(256);
        field(sb, previousHash);
        field(sb, Long.toString(e.sequence()));
        field(sb, Long.toString(e.at().toEpochMilli()));
        field(sb, e.principalId());
        field(sb, e.principalUsername());
        field(sb, e.principalName());
        field(sb, e.principalKind());
        field(sb, e.action().name());
        field(sb, e.patientId());
        field(sb, e.recordType());
        field(sb, e.recordId());
        field(sb, Boolean.toString(e.success()));
        field(sb, e.detail());
        field(sb, e.remoteAddress());
        field(sb, e.sessionId());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e1) {
            throw new IllegalStateException("HIS-0170: HmacSHA256 unavailable", e1);
        }
    }

    /** Length-prefixed, so no choice of field contents can make two entries hash alike. */
    private static void field(StringBuilder sb, String value) {
        if (value == null) {
            sb.append("-1:");
        } else {
            sb.append(value.length()).append(':').append(value);
        }
        sb.append('|');
    }
}
