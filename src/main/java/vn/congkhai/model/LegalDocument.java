package vn.congkhai.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A legal or administrative document (văn bản) the portal publishes with its file and a QR code.
 *
 * @param placeholder    the file stands in for the real signed text (the sample portal's files)
 * @param democracyRegulation one of the grassroots democracy documents hung on every notice board
 */
public record LegalDocument(String id, String number, String type, String issuer, LocalDate signed,
                            Optional<LocalDate> effective, Optional<LocalDate> published, String title, String summary,
                            StoredFile file, boolean placeholder, int category, boolean democracyRegulation,
                            Where where) {
}
