/** The command line front end ({@code java -jar}): parses arguments, calls {@link vn.congkhai.Portal}, prints the report. */
package vn.congkhai.cli;
