package vn.congkhai.load;

import vn.congkhai.Problems;
import vn.congkhai.model.HiddenChars;
import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.HashMap;
import java.util.Map;

/**
 * The names of one list that readers must tell apart: two units on a leaderboard, two prizes of an award. Names
 * are compared as they look ({@link HiddenChars#lookKey}): the same letters typed with composed or decomposed
 * marks, or one with an invisible character, are the same name to a citizen, so a second one is an error.
 */
final class DistinctNames {
    private record Seen(String name, SourceRef at) {
    }

    private final Say thing;
    private final Problems problems;
    private final Map<String, Seen> seen = new HashMap<>();

    /** @param thing what the names name, e.g. {@code Say.of("đơn vị", "unit")} */
    DistinctNames(Say thing, Problems problems) {
        this.thing = thing;
        this.problems = problems;
    }

    /** {@link #add}, then {@code name}: for reading a record in one expression. */
    String added(String name, SourceRef at, String field) {
        add(name, at, field);
        return name;
    }

    void add(String name, SourceRef at, String field) {
        String key = HiddenChars.lookKey(name);
        if (key.isEmpty()) {
            return; // a missing name is reported where it is read
        }
        Seen first = seen.putIfAbsent(key, new Seen(name, at));
        if (first == null) {
            return;
        }
        boolean differs = !first.name().equals(name);
        Say looks = differs
                ? Say.of(" Hai tên trông giống hệt nhau nhưng khác nhau ở ký tự ẩn hoặc cách gõ dấu, nên người đọc không phân biệt được.",
                " The two look exactly the same but differ by hidden characters or by how the marks were typed, so readers cannot tell them apart.")
                : Say.of(" Người đọc không phân biệt được hai " + thing.vi() + " cùng tên.",
                " Readers cannot tell apart two " + thing.en() + "s of the same name.");
        problems.error(at, field, Say.of("Tên " + thing.vi() + " \"" + key + "\" trùng với tên ở dòng " + first.at().line() + "." + looks.vi(),
                        "The " + thing.en() + " name \"" + key + "\" is the same as the one at line " + first.at().line() + "." + looks.en()),
                Say.of("Đặt cho mỗi " + thing.vi() + " một tên riêng (ví dụ thêm tên quận, huyện), gõ lại tên bằng tay nếu đã dán từ nơi khác.",
                        "Give each " + thing.en() + " a name of its own (e.g. add the district), and type the name again if it was pasted."));
    }
}
