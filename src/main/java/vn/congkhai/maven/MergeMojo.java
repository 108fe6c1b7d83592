package vn.congkhai.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import vn.congkhai.Portal;
import vn.congkhai.Progress;
import vn.congkhai.model.Lang;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code mvn congkhai:merge -Dcongkhai.shards=site-shard-1,site-shard-2}: joins the shards built by
 * {@code congkhai:build -Dcongkhai.shard=K/N} (one CI job each) into {@code site/}, the site one unsharded build
 * makes. Refuses, publishing nothing, a missing, repeated, failed or altered shard, or one of other inputs.
 */
@Mojo(name = "merge", threadSafe = true, requiresProject = true)
public class MergeMojo extends AbstractMojo {

    /** The ward's repository. */
    @Parameter(property = "congkhai.projectDirectory", defaultValue = "${project.basedir}", required = true)
    private File projectDirectory;

    /** Where the merged portal is published. */
    @Parameter(property = "congkhai.outputDirectory", defaultValue = "${project.basedir}/site", required = true)
    private File outputDirectory;

    /** The output folders of every shard, separated by commas, relative to the project: {@code site-shard-1,site-shard-2}. */
    @Parameter(property = "congkhai.shards", required = true)
    private String shards;

    /** The date the portal is "as of": the one the shards were built with. */
    @Parameter(property = "congkhai.buildDate")
    private String buildDate;

    /** The language of the problems and the summary in the log: {@code vi} (default) or {@code en}. */
    @Parameter(property = "congkhai.lang", defaultValue = "vi")
    private String lang;

    @Override
    public void execute() throws MojoFailureException {
        Lang language = BuildMojo.language(lang);
        List<Path> dirs = Arrays.stream(shards.split("[,\\s]+")).filter(s -> !s.isBlank())
                .map(s -> projectDirectory.toPath().resolve(s.strip())).toList();
        BuildMojo.logAndCheck(this, projectDirectory, language, Portal.merge(BuildMojo.config(projectDirectory, outputDirectory, buildDate), dirs,
                new Progress(language, System::nanoTime, getLog()::info)));
    }
}
