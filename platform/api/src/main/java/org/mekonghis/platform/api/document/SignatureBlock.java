package org.mekonghis.platform.api.document;

import java.util.Arrays;
import java.util.List;

/**
 * The signature area at the foot of a Vietnamese form: an optional date line (e.g.
 * "Cần Thơ, ngày 23 tháng 11 năm 2026", see {@link VietnameseFormats#longDate}) above the last
 * column, then one column per signer with the role in bold ("Người lập phiếu"), an optional
 * hint in italic under every role ("(Ký, ghi rõ họ tên)"), room to sign, and the signer's
 * printed name when given. The block is kept on one page.
 *
 * @param dateLine may be null
 * @param hint     may be null
 * @param signers  1 to {@value #MAX_SIGNERS}
 * @since 1.0
 */
public record SignatureBlock(String dateLine, String hint, List<Signer> signers) implements Block {

    public static final int MAX_SIGNERS = 4;

    /**
     * One signer.
     *
     * @param role e.g. "Người nộp tiền"
     * @param name the name printed under the signature, or null for none
     */
    public record Signer(String role, String name) {
        public Signer {
            role = Texts.required(role, "signer role");
            name = Texts.optional(name);
        }
    }

    public SignatureBlock {
        dateLine = Texts.optional(dateLine);
        hint = Texts.optional(hint);
        signers = Texts.nonEmptyList(signers, "signers");
        if (signers.size() > MAX_SIGNERS) {
            throw new IllegalArgumentException("HIS-0205: a signature block has at most " + MAX_SIGNERS
                    + " signers; got " + signers.size());
        }
    }

    /** Signers by role only, without printed names. */
    public static SignatureBlock of(String dateLine, String hint, String... roles) {
        if (roles == null) {
            throw new IllegalArgumentException("HIS-0200: a signature block needs signers");
        }
        return new SignatureBlock(dateLine, hint, Arrays.stream(roles).map(r -> new Signer(r, null)).toList());
    }
}
