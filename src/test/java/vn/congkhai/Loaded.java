package vn.congkhai;

import vn.congkhai.load.DataLoader;
import vn.congkhai.model.Project;

import java.nio.file.Path;
import java.util.List;

/** Runs the load stage on a test project. */
public final class Loaded {
    private Loaded() {
    }

    public static Project project(Path dir, Problems problems) {
        DataLoader data = new DataLoader(dir, problems);
        return new Project(data.site(), data.units(), data.rubrics(), data.sheets(), data.awards(), List.of(), data.publications());
    }
}
