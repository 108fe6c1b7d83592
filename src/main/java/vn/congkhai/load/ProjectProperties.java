package vn.congkhai.load;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project's {@code jbake.properties}, read as plain text values for JBake's configuration object.
 *
 * <p>JBake's own loader hands the file to commons-configuration with variable interpolation on:
 * {@code ${env:TOKEN}}, {@code ${file:UTF-8:.git/config}} and {@code ${sys:…}} were expanded and the
 * result echoed in the error list, which CI posts publicly. Here every layer has no interpolator at all
 * (a value is returned exactly as written), includes are off, system properties are not a layer, and a
 * value holding {@code ${} is an error that names the key and never repeats the value. Reading the file
 * without commons-configuration's bean builder also keeps its "Error when creating PropertyDescriptor"
 * line out of every Maven log.
 */
public final class ProjectProperties {
    public static final String FILE = "jbake.properties";
    /** JBake's defaults, shipped in jbake-core: what a key not in the project's file falls back to. */
    private static final String JBAKE_DEFAULTS = "default.properties";

    private ProjectProperties() {
    }

    /**
     * The configuration JBake reads: the project's file over JBake's defaults, neither of which can
     * expand a variable. Keys whose value holds {@code ${} are reported and left out, so the default applies.
     */
    public static CompositeConfiguration read(Path project, Problems problems) {
        CompositeConfiguration composite = new CompositeConfiguration();
        composite.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        composite.setInterpolator(null);
        Path file = project.resolve(FILE);
        if (Files.isRegularFile(file)) {
            PropertiesConfiguration own = load(file, problems);
            refuseVariables(project, own, problems);
            composite.addConfiguration(own);
        }
        try (InputStream defaults = ProjectProperties.class.getClassLoader().getResourceAsStream(JBAKE_DEFAULTS)) {
            if (defaults != null) {
                composite.addConfiguration(plain(new InputStreamReader(defaults, StandardCharsets.UTF_8)));
            }
        } catch (IOException | ConfigurationException e) {
            throw new IllegalStateException("jbake-core's " + JBAKE_DEFAULTS + " cannot be read", e);
        }
        return composite;
    }

    private static PropertiesConfiguration load(Path file, Problems problems) {
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            return plain(in);
        } catch (ConfigurationException e) {
            // the parser's message may quote the file: say where, not what
            problems.error(SourceRef.file(FILE), "", Say.of("Không đọc được tệp cấu hình jbake.properties.",
                            "The configuration file jbake.properties cannot be read."),
                    Say.of("Viết mỗi dòng dạng `khóa=giá trị`.", "Write each line as `key=value`."));
            return empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties layer that returns values exactly as written: no interpolator, no includes. */
    private static PropertiesConfiguration plain(Reader in) throws ConfigurationException, IOException {
        PropertiesConfiguration config = empty();
        config.read(in);
        return config;
    }

    private static PropertiesConfiguration empty() {
        PropertiesConfiguration config = new PropertiesConfiguration();
        config.setIncludesAllowed(false); // `include = /etc/…` would read another file into the configuration
        config.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
        config.setInterpolator(null);
        return config;
    }

    /** A `${` in any value: an error naming the key and its line; the value is removed so that nothing can show it. */
    private static void refuseVariables(Path project, PropertiesConfiguration own, Problems problems) {
        List<String> refused = new ArrayList<>();
        own.getKeys().forEachRemaining(key -> {
            if (own.getList(Object.class, key).stream().anyMatch(v -> String.valueOf(v).contains("${"))) {
                refused.add(key);
            }
        });
        for (String key : refused) {
            own.clearProperty(key);
            problems.error(lineOf(project, key), key,
                    Say.of("Giá trị của " + key + " có `${`: congkhai không thay biến môi trường, tệp hay biến khác vào cấu hình.",
                            "The value of " + key + " holds `${`: congkhai does not put environment variables, files or other keys into its configuration."),
                    Say.of("Viết giá trị trực tiếp, không dùng `${…}`.", "Write the value itself, without `${…}`."));
        }
    }

    /** Where a key is set in jbake.properties, for messages; the file alone when it cannot be found. */
    public static SourceRef lineOf(Path project, String key) {
        try {
            List<String> lines = Files.readAllLines(project.resolve(FILE), StandardCharsets.UTF_8);
            Pattern setting = Pattern.compile(Pattern.quote(key) + "\\s*[=:\\s].*|" + Pattern.quote(key));
            for (int i = 0; i < lines.size(); i++) {
                if (setting.matcher(lines.get(i).strip()).matches()) {
                    return new SourceRef(FILE, i + 1, 1);
                }
            }
        } catch (IOException e) {
            // no file, or not UTF-8: the key came from elsewhere or cannot be placed
        }
        return SourceRef.file(FILE);
    }
}
