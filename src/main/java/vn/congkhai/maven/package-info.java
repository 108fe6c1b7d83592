/** The Maven goals: thin shells that turn plugin parameters into a {@link vn.congkhai.BuildConfig} and log the report. */
package vn.congkhai.maven;
