package vn.congkhai;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the built sample portal passes the W3C Nu HTML Checker (the validator behind validator.w3.org/nu) with no error. */
class W3cHtmlCheckerTest {
    /** The checker's HTML schema, bundled in its jar: nothing is fetched. */
    static final String HTML_SCHEMA = "http://s.validator.nu/html5-rdfalite.rnc";

    @Test
    void everyBuiltPageHasNoHtmlError() throws Exception {
        Path site = BuiltSample.site();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 30, "the sample has every kind of page: " + pages.size());
        List<String> errors = new ArrayList<>();
        for (Path page : pages) {
            String name = site.relativize(page).toString();
            Collector collector = new Collector(name, errors);
            SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
            checker.setUpMainSchema(HTML_SCHEMA, collector);
            checker.setUpValidatorAndParsers(collector, false, false);
            checker.checkHtmlFile(page.toFile(), true);
        }
        assertEquals(List.of(), errors, "errors reported by the Nu HTML Checker");
    }

    @Test
    void theCheckerDoesFindErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"vi\"><head><title>x</title></head><body><p><div>khối trong đoạn</div></p>"
                + "<a href=\"a b\">liên kết</a><img src=\"x.png\"></body></html>");
        List<String> errors = new ArrayList<>();
        Collector collector = new Collector("bad.html", errors);
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML_SCHEMA, collector);
        checker.setUpValidatorAndParsers(collector, false, false);
        checker.checkHtmlFile(bad.toFile(), true);
        assertTrue(errors.size() >= 2, errors::toString);
    }

    /** Errors and fatal errors count; warnings (language guesses, advice) do not. */
    private record Collector(String page, List<String> errors) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
