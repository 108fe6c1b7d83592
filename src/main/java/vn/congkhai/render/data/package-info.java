/**
 * Open data: every published dataset as JSON and as a CSV that Excel opens with its Vietnamese intact,
 * under {@code du-lieu/}, and the catalogue page that lists them. A dataset is one small
 * {@link vn.congkhai.render.data.DatasetSource} registered in {@link vn.congkhai.render.data.OpenData#SOURCES}.
 */
package vn.congkhai.render.data;
