package vn.congkhai.cli;

import vn.congkhai.BuildConfig;
import vn.congkhai.Portal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * {@code congkhai merge --shards DIR1 DIR2 …}: joins the shards of a sharded build (one CI job each, see
 * {@code congkhai build --shard K/N}) into the published site, as one unsharded build would have made it.
 */
final class MergeCommand {
    static final String USAGE = "congkhai merge [--project THƯ_MỤC] [--output THƯ_MỤC] [--date NĂM-THÁNG-NGÀY] [--lang vi|en] [--stats]"
            + " --shards THƯ_MỤC_1 THƯ_MỤC_2 …";

    private MergeCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o = new Options();
        if (!o.read(args, Set.of("--output"), Set.of("--stats"), Set.of("--shards"), err)) {
            return 2;
        }
        if (o.values("--shards").isEmpty()) {
            err.println("Cần nêu thư mục của mọi phần dựng (name every shard's folder): " + USAGE);
            return 2;
        }
        List<Path> shards = o.values("--shards").stream().map(Path::of).toList();
        BuildConfig config = o.value("--output").map(Path::of).map(o.config()::withOutput).orElse(o.config());
        return Main.report(o, out, err, progress -> Portal.merge(config, shards, progress));
    }
}
