package vn.congkhai.render.data;

import vn.congkhai.model.Results;

/** Where datasets come from: one small class per kind of published data, registered in {@link OpenData#SOURCES}. */
public interface DatasetSource {
    java.util.List<Dataset> datasets(Results results);
}
