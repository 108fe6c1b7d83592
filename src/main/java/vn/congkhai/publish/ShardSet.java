package vn.congkhai.publish;

import vn.congkhai.Problems;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shards a merge joins, read and checked before anything is staged: every one of 1 … N present once, all of
 * the same N, all passed, all built from the inputs the merge itself reads (same fingerprint). Anything else is
 * refused, with the shard's record named and what to do about it.
 *
 * @param shards the shards' folders by their number
 */
public record ShardSet(Map<Integer, Shard> shards) {

    /** One shard's folder and what its record says it holds. */
    public record Shard(Path dir, String name, ShardRecord record) {
    }

    /** Where one file to adopt is, and the digest its shard recorded for it. */
    public record Adopted(String path, Path file, String sha256, String shardName) {
    }

    /**
     * @param fingerprint what {@link ShardRecord#fingerprint} gives for the merge's own inputs
     * @return the set, or null when a problem was reported
     */
    public static ShardSet read(Path project, List<Path> dirs, Path output, String fingerprint, Problems problems) {
        Say again = Say.of("Dựng lại mọi phần (congkhai build --shard K/N, cùng N và cùng dữ liệu) rồi gộp lại.",
                "Build every shard again (congkhai build --shard K/N, the same N and the same data), then merge.");
        if (dirs.isEmpty()) {
            problems.error(SourceRef.file(ShardRecord.FILE), "", Say.of("Chưa nêu thư mục phần dựng nào để gộp.", "No shard folder was given to merge."),
                    Say.of("Nêu thư mục của mọi phần: congkhai merge --shards site-shard-1 site-shard-2 …",
                            "Name the folder of every shard: congkhai merge --shards site-shard-1 site-shard-2 …"));
            return null;
        }
        Map<Integer, Shard> byIndex = new TreeMap<>();
        List<Shard> all = new ArrayList<>();
        for (Path given : dirs) {
            Path dir = given.toAbsolutePath().normalize();
            String name = name(project, dir);
            SourceRef at = SourceRef.file(name + "/" + ShardRecord.FILE);
            if (!dir.startsWith(project) || dir.equals(project)) {
                problems.error(SourceRef.file(name), "", Say.of("Thư mục phần dựng `" + name + "` nằm ngoài dự án.",
                                "The shard folder `" + name + "` is outside the project."),
                        Say.of("Tải các phần dựng về một thư mục bên trong dự án, ví dụ `shards/1`.",
                                "Download the shards into a folder inside the project, e.g. `shards/1`."));
                continue;
            }
            if (dir.equals(output)) {
                problems.error(SourceRef.file(name), "", Say.of("Thư mục phần dựng `" + name + "` cũng là thư mục xuất bản của lần gộp.",
                                "The shard folder `" + name + "` is also where the merge publishes."),
                        Say.of("Gộp vào một thư mục khác, ví dụ `site` (mặc định).", "Merge into another folder, e.g. `site` (the default)."));
                continue;
            }
            ShardRecord record;
            try {
                record = ShardRecord.read(dir);
            } catch (IOException | RuntimeException e) {
                problems.error(at, "", Files.isRegularFile(dir.resolve(ShardRecord.FILE))
                                ? Say.of("Không đọc được bản ghi phần dựng này (hỏng hoặc của phiên bản congkhai khác).",
                                "This shard's record cannot be read (damaged, or from another congkhai version).")
                                : Say.of("Thư mục `" + name + "` không có bản ghi phần dựng " + ShardRecord.FILE + ": đây không phải một phần dựng.",
                                "The folder `" + name + "` has no shard record " + ShardRecord.FILE + ": it is not a shard."),
                        Say.of("Nêu đúng thư mục do congkhai build --shard K/N tạo ra (artifact của job dựng phần đó).",
                                "Name the folder congkhai build --shard K/N made (the artifact of that shard's job)."));
                continue;
            }
            Shard shard = new Shard(dir, name, record);
            all.add(shard);
            String which = record.index() + "/" + record.count();
            if (!record.passed()) {
                problems.error(at, "passed", Say.of("Phần dựng " + which + " đã không qua kiểm tra (lần dựng có lỗi hoặc bị dừng giữa chừng).",
                                "Shard " + which + " did not pass its checks (its build had errors or was stopped half-way)."),
                        Say.of("Sửa các lỗi mà lần dựng phần " + which + " báo, dựng lại phần đó rồi gộp lại.",
                                "Correct the errors the build of shard " + which + " reported, build it again, then merge."));
            }
            if (!record.fingerprint().equals(fingerprint)) {
                problems.error(at, "fingerprint", Say.of("Phần dựng " + which + " được dựng từ dữ liệu, mẫu trang, ngày dựng hoặc phiên bản congkhai khác với lần gộp này.",
                                "Shard " + which + " was built from other data, templates, build date or congkhai version than this merge."),
                        Say.of("Dựng mọi phần và gộp từ cùng một lần commit, cùng ngày dựng (congkhai.build.date hoặc --date).",
                                "Build every shard and merge from the same commit, with the same build date (congkhai.build.date or --date)."));
            }
            Shard twice = byIndex.putIfAbsent(record.index(), shard);
            if (twice != null) {
                problems.error(at, "shard", Say.of("Phần dựng " + which + " được đưa vào hai lần: `" + twice.name() + "` và `" + name + "`.",
                                "Shard " + which + " was given twice: `" + twice.name() + "` and `" + name + "`."),
                        Say.of("Nêu mỗi phần một lần, từ 1 tới " + record.count() + ".", "Name each shard once, 1 to " + record.count() + "."));
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        int count = all.get(0).record().count();
        for (Shard s : all) {
            if (s.record().count() != count) {
                problems.error(SourceRef.file(s.name() + "/" + ShardRecord.FILE), "of",
                        Say.of("Phần dựng này chia cổng thành " + s.record().count() + " phần, còn `" + all.get(0).name() + "` chia thành " + count + " phần.",
                                "This shard splits the portal in " + s.record().count() + " shards, `" + all.get(0).name() + "` in " + count + "."),
                        again);
            }
        }
        if (all.stream().allMatch(s -> s.record().count() == count)) {
            for (int k = 1; k <= count; k++) {
                if (!byIndex.containsKey(k)) {
                    problems.error(SourceRef.file(all.get(0).name() + "/" + ShardRecord.FILE), "shard",
                            Say.of("Thiếu phần dựng " + k + "/" + count + ": cổng được chia thành " + count + " phần, phải gộp đủ cả " + count + ".",
                                    "Shard " + k + "/" + count + " is missing: the portal was split in " + count + " shards, and all " + count + " must be merged."),
                            Say.of("Dựng phần " + k + "/" + count + " (congkhai build --shard " + k + "/" + count + ") và nêu thư mục của nó trong --shards.",
                                    "Build shard " + k + "/" + count + " (congkhai build --shard " + k + "/" + count + ") and name its folder in --shards."));
                }
            }
        }
        return problems.hasErrors() ? null : new ShardSet(byIndex);
    }

    /** Every file the shards hold, in path order; a path held by two shards is reported. */
    public List<Adopted> files(Problems problems) {
        Map<String, Adopted> byPath = new TreeMap<>();
        for (Shard s : shards.values()) {
            s.record().files().forEach((path, sha) -> {
                Adopted a = new Adopted(path, s.dir().resolve(path).normalize(), sha, s.name());
                Adopted other = byPath.putIfAbsent(path, a);
                if (other != null || !a.file().startsWith(s.dir()) || path.equals(ShardRecord.FILE)) {
                    problems.error(SourceRef.file(s.name() + "/" + ShardRecord.FILE), "files",
                            Say.of("Bản ghi phần dựng nêu tệp `" + path + "` không thuộc về phần này.",
                                    "The shard's record lists the file `" + path + "`, which is not this shard's."),
                            Say.of("Dựng lại phần này thay vì sửa tay bản ghi.", "Build this shard again instead of editing its record by hand."));
                }
            });
        }
        return List.copyOf(byPath.values());
    }

    private static String name(Path project, Path dir) {
        return dir.startsWith(project) ? project.relativize(dir).toString().replace('\\', '/') : dir.toString();
    }
}
