/**
 * Deploy: the stage after {@code publish}. Copies a built {@code site/} to the web server as a new
 * release, {@code releases/<id>/}, and switches the {@code current} symlink to it with one atomic rename,
 * so every request sees the old release or the new one, whole. A local folder ({@link LocalTarget}) and a
 * remote host over the system's {@code ssh} and {@code rsync} ({@link SshTarget}) have the same layout and
 * the same rules ({@link Releases}): publish, rollback, list.
 */
package vn.congkhai.deploy;
