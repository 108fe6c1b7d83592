package vn.congkhai.check;

import vn.congkhai.model.Say;
import vn.congkhai.model.SourceRef;

import java.util.Optional;

/**
 * One rule's verdict with its reason; {@code fixAt} and {@code hint} tell an editor where and how to fix it.
 * An unmet rule becomes a build message, so its reason and hint are said in Vietnamese and English; a met
 * rule's reason goes to the conformance record. {@code citizens} says what is missing in a citizen's words, for the
 * public conformance page: no file names, no rule codes, no notice ids (empty when nothing more than the rule's
 * title can be said).
 */
record Finding(boolean met, Say detail, Optional<SourceRef> fixAt, Say hint, String citizens) {

    static Finding met(String detail) {
        return new Finding(true, Say.same(detail), Optional.empty(), Say.NOTHING, "");
    }

    /** This finding, with what citizens read on the conformance page. */
    Finding saying(String forCitizens) {
        return new Finding(met, detail, fixAt, hint, forCitizens);
    }

    /** The parts joined by {@code "; "} in each language. */
    static Say joined(java.util.List<Say> parts) {
        return Say.of(String.join("; ", parts.stream().map(Say::vi).toList()), String.join("; ", parts.stream().map(Say::en).toList()));
    }

    static Finding unmet(Say detail, Say hint) {
        return new Finding(false, detail, Optional.empty(), hint, "");
    }

    static Finding unmet(Say detail, SourceRef fixAt, Say hint) {
        return new Finding(false, detail, Optional.of(fixAt), hint, "");
    }
}
