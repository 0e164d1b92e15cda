/**
 * Gymnasium's env checker: what {@code check_env} and the passive checker verify, as a report of
 * failures and warnings.
 */
package dev.jymnasium.env.checker;
