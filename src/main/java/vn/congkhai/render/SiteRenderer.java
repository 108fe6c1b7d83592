package vn.congkhai.render;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;
import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders pages through jbake-core: JBake's configuration object holds the project's {@code jbake.properties}
 * (read without variable expansion), and the engine for {@code .ftlh} comes from JBake's engine registry
 * ({@link TemplateEngines}), with no content store: OrientDB never starts.
 */
public final class SiteRenderer {
    private final AbstractTemplateEngine engine;
    private final JBakeConfiguration config;
    private final String templatesDigest;
    private final java.io.File wardTemplates;
    private final String engineKey;

    /**
     * The template engine of the last builds in this JVM, by template folder and the digest of every template:
     * the preview and the tests build again and again, and a new engine parses every template again (a tenth of
     * a rebuild). Same folder and digest, same templates; the engine holds nothing else of a build.
     */
    private static final Map<String, AbstractTemplateEngine> ENGINES = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, AbstractTemplateEngine> eldest) {
                    return size() > 4;
                }
            });

    /**
     * @param properties the project's {@code jbake.properties} as {@link vn.congkhai.load.ProjectProperties} reads it:
     *                   never JBake's own loader, which expands {@code ${env:…}} and {@code ${file:…}}
     */
    public SiteRenderer(Path projectDir, CompositeConfiguration properties) {
        DefaultJBakeConfiguration jbake = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(projectDir.toFile(), projectDir.resolve("site").toFile(), properties, false);
        wardTemplates = jbake.getTemplateFolder();
        if (!jbake.getTemplateFolder().isDirectory()) {
            // A ward may rely on the plugin's templates alone. JBake's own Freemarker engine, which
            // jbake-core instantiates whatever we use, prints a stack trace for a missing folder:
            // point it at an empty one of ours instead.
            jbake.setTemplateFolder(emptyFolder(projectDir).toFile());
        }
        config = jbake;
        templatesDigest = TemplateSet.digest(jbake.getTemplateFolder().toPath());
        engineKey = jbake.getTemplateFolder().getAbsolutePath() + "\n" + templatesDigest;
        engine = ENGINES.computeIfAbsent(engineKey, k -> new TemplateEngines(config, null).getEngine("ftlh"));
        if (engine == null) {
            throw new IllegalStateException("jbake-core did not register the .ftlh engine; is META-INF/org.jbake.parser.TemplateEngines.properties on the classpath?");
        }
    }

    private static Path emptyFolder(Path projectDir) {
        Path empty = projectDir.resolve(".congkhai/no-templates");
        try {
            Files.createDirectories(empty);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return empty;
    }

    /** The ward's template folder as configured, whether or not it exists. */
    public java.io.File wardTemplateFolder() {
        return wardTemplates;
    }

    public JBakeConfiguration config() {
        return config;
    }

    /**
     * Renders every page, in parallel, handing each to {@code sink}; a page the sink can reuse from the
     * last build is not rendered. A template error becomes a problem naming the template, line and column.
     */
    public void render(List<PageSpec> pages, PageSink sink, Problems problems) {
        SharedDigests shared = new SharedDigests();
        pages.parallelStream().forEach(spec -> {
            Map<String, Object> built = spec.model().get();
            String key = renderKey(spec, built, shared);
            if (sink.reuse(spec.path(), key)) {
                return;
            }
            PageWriter out = new PageWriter();
            TemplateModel model = new TemplateModel();
            model.putAll(built);
            try {
                engine.renderDocument(model, spec.template(), out);
                String html = out.toString();
                sink.accept(new RenderedPage(spec.path(), html, html.getBytes(StandardCharsets.UTF_8)), key);
            } catch (RenderingException e) {
                ENGINES.remove(engineKey); // Freemarker remembers a template that failed: the next build must say why again
                problems.add(templateProblem(spec, e));
            }
        });
    }

    /**
     * What decides a page's bytes: every template, the template chosen, and the model. Models are
     * records, lists and maps of strings, whose text form ({@link ModelText}) is complete and stable (maps sorted here).
     * Each value is hashed on its own; one that every page shares (the site, the assets: the same object) is
     * written out and hashed once per render, not once per page (it is a fifth of all the model text).
     */
    private String renderKey(PageSpec spec, Map<String, Object> model, SharedDigests shared) {
        MessageDigest sha = sha256();
        sha.update(templatesDigest.getBytes(StandardCharsets.UTF_8));
        sha.update((spec.template() + "\n" + spec.path() + "\n").getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(model).forEach((name, value) -> {
            sha.update((name + "=").getBytes(StandardCharsets.UTF_8));
            sha.update(shared.digest(value));
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Digests of the text form of model values, remembered for the last few objects seen (by identity, not
     * equality: the same object is the same text). Few, so that pages' own models are still dropped after rendering.
     */
    private static final class SharedDigests {
        private final Object[] objects = new Object[8];
        private final byte[][] digests = new byte[8][];
        private int next;

        byte[] digest(Object value) {
            synchronized (this) {
                for (int i = 0; i < objects.length; i++) {
                    if (objects[i] == value && value != null) {
                        return digests[i];
                    }
                }
            }
            byte[] d = sha256().digest(ModelText.of(value).getBytes(StandardCharsets.UTF_8));
            synchronized (this) {
                objects[next] = value;
                digests[next] = d;
                next = (next + 1) % objects.length;
            }
            return d;
        }
    }

    /**
     * A template error as an editor can act on it: the template, line and column, the missing value by
     * name. The message does not name the page, so the same mistake on ten thousand pages is one problem.
     */
    private vn.congkhai.model.Problem templateProblem(PageSpec spec, RenderingException e) {
        Throwable cause = e.getCause();
        String folder = templatesShownAs();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            // messages of these name paths of the building machine: the problem says what happened instead
            if (t instanceof StackOverflowError) {
                return vn.congkhai.model.Problem.error(SourceRef.file(folder + spec.template()), "",
                        Say.of("Mẫu trang gọi lại chính nó (macro hoặc include lồng nhau) không dừng.",
                                "The template calls itself (a macro or include within itself) without end."),
                        Say.of("Sửa macro hoặc include để nó dừng sau một số lần gọi.", "Correct the macro or include so that it stops."));
            }
            if (t instanceof SecurityException) {
                return vn.congkhai.model.Problem.error(SourceRef.file(folder + spec.template()), "",
                        Say.of("Mẫu trang dùng một tệp mẫu là liên kết (symlink) trỏ ra ngoài thư mục mẫu.",
                                "The template uses a template file that is a link (symlink) leading out of the template folder."),
                        Say.of("Thay liên kết bằng một tệp mẫu thật nằm trong thư mục mẫu.", "Replace the link by a real template inside the template folder."));
            }
        }
        if (cause instanceof ParseException pe) {
            return vn.congkhai.model.Problem.error(new SourceRef(folder + spec.template(), pe.getLineNumber(), pe.getColumnNumber()),
                    "", Say.of("Mẫu trang có lỗi cú pháp: " + firstLine(pe.getEditorMessage()), "The template has a syntax error: "
                            + firstLine(pe.getEditorMessage())), Say.of("Sửa mẫu trang tại vị trí này.", "Correct the template at this place."));
        }
        if (cause instanceof TemplateException te) {
            int line = te.getLineNumber() == null ? 0 : te.getLineNumber();
            int col = te.getColumnNumber() == null ? 0 : te.getColumnNumber();
            String name = te.getTemplateSourceName() == null ? spec.template() : te.getTemplateSourceName();
            Say message = te instanceof freemarker.core.InvalidReferenceException && te.getBlamedExpressionString() != null
                    ? Say.of("Mẫu trang dùng `" + te.getBlamedExpressionString() + "` nhưng giá trị này không có.",
                            "The template uses `" + te.getBlamedExpressionString() + "`, which has no value.")
                    : Say.of("Mẫu trang bị lỗi khi dựng trang: " + firstLine(te.getMessageWithoutStackTop()),
                            "The template failed while rendering: " + firstLine(te.getMessageWithoutStackTop()));
            return vn.congkhai.model.Problem.error(new SourceRef(folder + name, line, col), "", message,
                    Say.of("Kiểm tra tên biến tại vị trí này (ví dụ `site.portalTitle`, `page.title`).",
                            "Check the name at this place (e.g. `site.portalTitle`, `page.title`)."));
        }
        if (cause != null && String.valueOf(cause.getMessage()).contains("earlier attempt")) {
            // Freemarker caches a template that failed to parse: the parse error itself was reported once
            return vn.congkhai.model.Problem.error(SourceRef.file(folder + spec.template()), "",
                    Say.of("Mẫu trang không đọc được vì có lỗi cú pháp (xem lỗi ở trên).", "The template cannot be read: it has a syntax error (see above)."),
                    Say.of("Sửa lỗi cú pháp của mẫu trang.", "Correct the template's syntax error."));
        }
        String message = cause == null ? String.valueOf(e.getMessage()) : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return vn.congkhai.model.Problem.error(SourceRef.file(folder + spec.template()), "",
                Say.of("Không dựng được trang bằng mẫu này: " + firstLine(message), "No page could be rendered with this template: " + firstLine(message)),
                Say.of("Kiểm tra mẫu trang có tồn tại và đọc được.", "Check that the template exists and can be read."));
    }

    /** How problems name the ward's template folder: project-relative, e.g. {@code templates/}. */
    private String templatesShownAs() {
        java.nio.file.Path root = config.getSourceFolder().toPath().toAbsolutePath().normalize();
        java.nio.file.Path folder = wardTemplates.toPath().toAbsolutePath().normalize();
        return (folder.startsWith(root) ? root.relativize(folder).toString() : folder.toString()) + "/";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
