package org.openfid.identity;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * UIN, VID and RID rules and pool sizes ({@code openfid.identity.numbers.*}).
 *
 * @param uinLength UIN length including the check digit
 */
public record NumberSettings(@DefaultValue("10") int uinLength) {}
