package vn.congkhai.validate;

import vn.congkhai.load.Slugs;
import vn.congkhai.load.Suggest;
import vn.congkhai.model.Say;
import vn.congkhai.model.Unit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hint for a unit reference that names no unit. Editors often write the ward's name ({@code Mỹ Quý},
 * {@code Phường Mỹ Quý}) where the file wants its id ({@code my-quy}); the name is matched first, then the
 * nearest id by spelling.
 */
final class UnitSuggestion {
    private final Map<String, String> idByFoldedName = new TreeMap<>();
    private final Collection<String> ids;

    UnitSuggestion(Collection<Unit> units) {
        units.forEach(u -> {
            idByFoldedName.putIfAbsent(Slugs.slugify(u.name()), u.id());
            idByFoldedName.putIfAbsent(withoutKind(Slugs.slugify(u.name())), u.id());
        });
        this.ids = units.stream().map(Unit::id).toList();
    }

    Say hint(String typed) {
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
