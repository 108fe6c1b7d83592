package vn.congkhai.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congkhai.BuildConfig;
import vn.congkhai.BuildResult;
import vn.congkhai.Portal;
import vn.congkhai.TestProjects;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The A4 sheet as it comes out of a printer: Debian's Chromium prints it to PDF, poppler's pdftoppm rasterises the
 * page as a scanner would, and ZXing must read the document's address from the code, which must be printed at least
 * 50 mm wide (a phone reads a code from about ten times its width: 50 cm).
 */
class PrintSheetTest {
    static final int DPI = 100;
    @TempDir
    static Path out;
    static Path site;

    @BeforeAll
    static void build() {
        Path project = TestProjects.copySample(out);
        site = project.resolve("site");
        BuildResult result = Portal.build(BuildConfig.of(project).withBuildDate(LocalDate.of(2026, 11, 22)));
        assertTrue(result.published(), result.problems()::toString);
    }

    @Test
    void thePrintedSheetCarriesAReadableCodeAtLeastFiveCentimetresWide() throws Exception {
        List<BufferedImage> pages = print("van-ban/luat-thuc-hien-dan-chu-o-co-so-in.html");
        assertEquals(1, pages.size(), "one document, one A4 page");
        BufferedImage page = pages.get(0);
        Result read = decode(page);
        assertEquals("https://myphuoc.angiang.gov.vn/van-ban/luat-thuc-hien-dan-chu-o-co-so.html", read.getText());
        // the finder patterns' centres are 3.5 modules in from the code's edges: n modules wide, they are n - 7 apart
        int modules = modules(site.resolve("van-ban/luat-thuc-hien-dan-chu-o-co-so-qr.svg"));
        ResultPoint[] p = read.getResultPoints();
        double centres = Math.hypot(p[2].getX() - p[1].getX(), p[2].getY() - p[1].getY());
        double widthMm = centres * modules / (modules - 7) / DPI * 25.4;
        assertTrue(widthMm >= 50 && widthMm <= 100, "the code is printed " + widthMm + " mm wide");
    }

    @Test
    void theCombinedSheetPrintsEveryDemocracyRegulationCodeLargeEnough() throws Exception {
        List<BufferedImage> pages = print("van-ban/in-quy-che-dan-chu.html");
        assertTrue(pages.size() <= 3, pages.size() + " pages for five documents");
        java.util.Set<String> read = new java.util.TreeSet<>();
        for (BufferedImage page : pages) {
            int w = page.getWidth();
            int h = page.getHeight();
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, page.getRGB(0, 0, w, h, null, 0, w))));
            try {
                for (Result r : new com.google.zxing.multi.qrcode.QRCodeMultiReader().decodeMultiple(bitmap,
                        java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))) {
                    read.add(r.getText().replace("https://myphuoc.angiang.gov.vn/van-ban/", ""));
                }
            } catch (com.google.zxing.NotFoundException e) {
                // a page without a readable code: the set below says which is missing
            }
        }
        assertEquals(java.util.Set.of("luat-thuc-hien-dan-chu-o-co-so.html", "quy-che-dan-chu-phuong-my-phuoc.html",
                "quy-tac-ung-xu-can-bo-cong-chuc.html", "quy-che-ban-thanh-tra-nhan-dan.html",
                "quy-che-ban-giam-sat-dau-tu-cong-dong.html"), read);
    }

    @Test
    void aPrintedArticleKeepsItsAddressWhileASheetPrintsOnlyTheSheet() throws Exception {
        assertTrue(printedText("gioi-thieu.html").contains("Địa chỉ trang này: https://myphuoc.angiang.gov.vn/gioi-thieu.html"));
        String sheet = printedText("van-ban/luat-thuc-hien-dan-chu-o-co-so-in.html");
        assertTrue(sheet.contains("Luật Thực hiện dân chủ ở cơ sở") && sheet.contains("myphuoc.angiang.gov.vn/van-ban/"), sheet);
        assertTrue(!sheet.contains("Địa chỉ trang này") && !sheet.contains("Cơ quan chủ quản"), "no header or footer on a sheet: " + sheet);
    }

    /** The text of the page as printed, read back from the PDF by poppler's pdftotext. */
    private static String printedText(String path) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(out, "text");
        Path pdf = dir.resolve("page.pdf");
        run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve(path).toUri().toString()));
        run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), dir.resolve("page.txt").toString()));
        return Files.readString(dir.resolve("page.txt")).replaceAll("\\s+", " ");
    }

    private static List<BufferedImage> print(String path) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory(out, "print");
        Path pdf = dir.resolve("sheet.pdf");
        run(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, site.resolve(path).toUri().toString()));
        run(List.of("pdftoppm", "-r", String.valueOf(DPI), "-png", pdf.toString(), dir.resolve("page").toString()));
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("page")).sorted().map(p -> {
                try {
                    return ImageIO.read(p.toFile());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command.get(0));
        assertEquals(0, p.exitValue(), command.get(0) + " failed");
    }

    private static Result decode(BufferedImage image) throws Exception {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))));
    }

    /** The code's size in modules, from the SVG's view box (which adds a quiet zone of four modules each side). */
    private static int modules(Path svg) throws IOException {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) ").matcher(Files.readString(svg));
        assertTrue(m.find());
        return Integer.parseInt(m.group(1)) - 8;
    }
}
