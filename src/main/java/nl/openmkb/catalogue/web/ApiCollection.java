package nl.openmkb.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that returns a page of a collection, naming what the OpenAPI document shows for it: the
 * {@code _embedded} relation and the record each item is rendered from.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiCollection {

	/** The relation of the items in {@code _embedded}, e.g. {@code subsidies}. */
	String relation();

	/** The record whose fields each item has. */
	Class<?> item();

}
