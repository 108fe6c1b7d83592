package vn.congkhai.check;

import vn.congkhai.model.Say;

/** Where the asset rules tell what they found: a line and column in the file (0 when unknown) and what is wrong. */
@FunctionalInterface
interface Findings {
    void found(int line, int column, Say what);

    /** A value from the file, shown in a message: short, on one line, nothing a terminal would take for a command. */
    static String shown(String value) {
        String one = value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u200b-\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "?");
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
