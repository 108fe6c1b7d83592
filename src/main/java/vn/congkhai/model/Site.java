package vn.congkhai.model;

import java.util.List;

/**
 * The ward or commune that owns the portal, from {@code data/site.yaml}.
 *
 * @param baseUrl the absolute address the portal is published at, ending in {@code /}
 * @param illustrativeNotice text of the banner shown when some published figures are illustrative
 */
public record Site(
        String name,
        String portalTitle,
        String province,
        String baseUrl,
        String owner,
        String responsible,
        String address,
        String phone,
        String email,
        String description,
        List<Leader> leaders,
        String illustrativeNotice) {
}
