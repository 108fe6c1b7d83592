package vn.congkhai.render;

import java.io.Writer;

/**
 * Where Freemarker writes one page: a {@link StringBuilder}, not {@link java.io.StringWriter}'s {@link StringBuffer},
 * whose every append takes a lock (Java 17 has no biased locking) — and a page is thousands of small appends, one
 * thread's only. Sized for a unit's page (about 30 KB), the commonest page of a big portal, so it rarely grows.
 */
final class PageWriter extends Writer {
    private final StringBuilder text = new StringBuilder(32 * 1024);

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
