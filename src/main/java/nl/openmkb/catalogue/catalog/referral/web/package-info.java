/** The referral resource {@code /api/v1/referrals}: a question and profile in, ranked doors and items with reasons out. */
@NullMarked
package nl.openmkb.catalogue.catalog.referral.web;

import org.jspecify.annotations.NullMarked;
