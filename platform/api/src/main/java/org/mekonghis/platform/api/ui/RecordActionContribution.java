package org.mekonghis.platform.api.ui;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An action a bundle adds to records of another module, e.g. "Pay by QR" on an invoice.
 * Screens showing a record of {@link #recordType()} offer the action to users holding
 * {@link #permission()}.
 */
@ConsumerType
public interface RecordActionContribution {

    /** Stable id, e.g. {@code payment-vietqr.pay}. */
    String id();

    /** The kind of record, e.g. {@code billing.invoice}. */
    String recordType();

    /** The i18n key of the action's label. */
    String labelKey();

    /** The permission needed to see and run the action; null means any signed-in user. */
    String permission();

    default int order() {
        return 100;
    }

    /** Whether the action applies to this record now (e.g. only to unpaid invoices). */
    default boolean appliesTo(String recordId) {
        return true;
    }

    /** Runs the action on the record; may open a dialog. Runs in the UI thread. */
    void perform(String recordId, ViewContext context);
}
