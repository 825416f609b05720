/**
 * Providers: public organisations (KVK, RVO, provinces, municipalities' business desks, employer desks …) and private
 * ones (Qredits, Ondernemersklankbord …) with their channels, the area they serve and the themes they handle.
 */
@NullMarked
package nl.openmkb.catalogue.catalog.provider;

import org.jspecify.annotations.NullMarked;
