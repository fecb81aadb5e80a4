/** Loading a country from a folder: the section contract, the loader, its CLI command. */
@NullMarked
package org.openfid.masterdata.country;

import org.jspecify.annotations.NullMarked;
