package org.openfid.masterdata;

/** Where a template's text goes. */
public enum TemplateType {
    NOTIFICATION_EMAIL,
    NOTIFICATION_SMS,
    CARD
}
