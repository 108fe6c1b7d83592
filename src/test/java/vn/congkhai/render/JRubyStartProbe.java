package vn.congkhai.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;

import java.lang.management.ManagementFactory;

/**
 * One measurement for {@code bench/jruby-start}, in a JVM of its own: starts Asciidoctor's JRuby the way named by the
 * argument and converts one short paragraph, then prints {@code engine_ms=… cpu_ms=…}: the wall time of the start and
 * the first conversion, and the CPU time the whole process used meanwhile (every thread: JRuby's, the JIT's, the
 * collector's). {@code defaults}: {@code Asciidoctor.Factory.create()} as the library ships it (RubyGems on, JRuby's
 * default compile mode), how congkhai started it before issue 13. {@code congkhai}: {@link AsciidocEngine}, as a build does.
 */
public final class JRubyStartProbe {
    private JRubyStartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        Asciidoctor engine = switch (args[0]) {
            case "defaults" -> Asciidoctor.Factory.create();
            case "congkhai" -> AsciidocEngine.start().get();
            default -> throw new IllegalArgumentException("defaults or congkhai, not " + args[0]);
        };
        String html = engine.convert("= Thông báo\n\nMột đoạn *văn bản* ngắn.\n", Options.builder().build());
        long wall = System.nanoTime() - t0;
        long cpu = processCpuNanos() - cpu0;
        if (!html.contains("<strong>văn bản</strong>")) {
            throw new IllegalStateException("unexpected conversion: " + html);
        }
        System.out.printf("engine_ms=%d cpu_ms=%d%n", wall / 1_000_000, cpu / 1_000_000);
        System.exit(0); // JRuby leaves threads behind
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
