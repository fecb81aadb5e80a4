/**
 * Planted violations of the architecture rules, in two fake modules ({@code alpha} and {@code beta}).
 * Nothing here is a Spring component: the repository is abstract and nothing is annotated as a bean,
 * so component scanning in other tests never picks these classes up.
 */
package org.openfid.architecture.planted;
