package org.openfid.masterdata;

/** What a staff member may do at a centre or in the back office. */
public enum StaffRole {
    OPERATOR,
    SUPERVISOR,
    ADJUDICATOR,
    ADMINISTRATOR
}
