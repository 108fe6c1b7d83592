package vn.congkhai.check;

import vn.congkhai.model.SourceRef;

import java.util.Optional;

/** One rule's verdict with its reason; {@code fixAt} and {@code hint} tell an editor where and how to fix it. */
record Finding(boolean met, String detail, Optional<SourceRef> fixAt, String hint) {

    static Finding met(String detail) {
        return new Finding(true, detail, Optional.empty(), "");
    }

    static Finding unmet(String detail, String hint) {
        return new Finding(false, detail, Optional.empty(), hint);
    }

    static Finding unmet(String detail, SourceRef fixAt, String hint) {
        return new Finding(false, detail, Optional.of(fixAt), hint);
    }
}
