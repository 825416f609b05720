package nl.openmkb.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a handler that returns one resource, naming the record its fields come from for the OpenAPI document. */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiResource {

	/** The record whose fields the resource has. */
	Class<?> value();

	/** The relation of resources embedded in {@code _embedded}, if any (e.g. a guide's {@code steps}). */
	String embeddedRelation() default "";

	/** The record of the embedded resources. */
	Class<?> embeddedItem() default Void.class;

}
