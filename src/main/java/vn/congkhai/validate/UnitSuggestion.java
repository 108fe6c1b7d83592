package vn.congkhai.validate;

import vn.congkhai.load.Slugs;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.Say;
import vn.congkhai.model.Unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hint for a unit reference that names no unit. Editors often write the ward's name ({@code Mỹ Quý},
 * {@code Phường Mỹ Quý}) where the file wants its id ({@code my-quy}); the name is matched first, then the
 * nearest id by spelling.
 */
final class UnitSuggestion {
    private final Collection<Unit> units;
    /** Folded names are made on the first wrong reference: a portal with none never folds its ten thousand names. */
    private Map<String, String> idByFoldedName;
    private Collection<String> ids;

    UnitSuggestion(Collection<Unit> units) {
        this.units = List.copyOf(units);
    }

    private synchronized void index() {
        if (idByFoldedName != null) {
            return;
        }
        Map<String, String> byName = new TreeMap<>();
        units.forEach(u -> {
            byName.putIfAbsent(Slugs.slugify(u.name()), u.id());
            byName.putIfAbsent(withoutKind(Slugs.slugify(u.name())), u.id());
        });
        ids = units.stream().map(Unit::id).toList();
        idByFoldedName = byName;
    }

    Say hint(String typed) {
        index();
        String folded = Slugs.slugify(typed);
        Optional<String> byName = Optional.ofNullable(idByFoldedName.get(folded))
                .or(() -> Optional.ofNullable(idByFoldedName.get(withoutKind(folded))))
                .or(() -> ids.contains(folded) ? Optional.of(folded) : Optional.empty());
        if (byName.isPresent()) {
            String id = byName.get();
            return Say.of("Ở đây ghi mã đơn vị, không ghi tên: mã của `" + typed + "` là `" + id + "`.",
                    "Write the unit's id here, not its name: the id of `" + typed + "` is `" + id + "`.");
        }
        return Suggest.didYouMean(typed, ids);
    }

    /** "phuong-my-quy" → "my-quy": ids usually leave out the kind of unit. */
    private static String withoutKind(String slug) {
        return slug.replaceFirst("^(phuong|xa|thi-tran|dac-khu)-", "");
    }
}
