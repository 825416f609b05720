/**
 * Subsidies and other schemes (tax schemes, guarantees, loans, participations, vouchers, advice, credit): the
 * records read from a snapshot and their filters (theme, event, audience, SBI code, area, status, kind, provider).
 */
@NullMarked
package nl.openmkb.catalogue.catalog.subsidy;

import org.jspecify.annotations.NullMarked;
