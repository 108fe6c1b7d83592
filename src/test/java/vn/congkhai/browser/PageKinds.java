package vn.congkhai.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One page of each kind the built portal has (the {@code kind-X} class of its body): new kinds are covered as they come. */
final class PageKinds {
    private PageKinds() {
    }

    static Map<String, String> oneOfEach(Path site) {
        Map<String, String> byKind = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Element body = Jsoup.parse(f.toFile(), "UTF-8").body();
                String kind = body.classNames().stream().filter(c -> c.startsWith("kind-")).findFirst().orElse("unknown");
                byKind.putIfAbsent(kind.substring(kind.indexOf('-') + 1), site.relativize(f).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byKind;
    }
}
