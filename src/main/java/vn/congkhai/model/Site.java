package vn.congkhai.model;

import java.util.List;

/**
 * The ward or commune that owns the portal, from {@code data/site.yaml}.
 *
 * @param baseUrl the absolute address the portal is published at, ending in {@code /}
 * @param illustrativeNotice text of the banner shown when some published figures are illustrative
 * @param satisfactionUrl   the province's service where citizens rate their satisfaction (NĐ 224 Điều 10 k3b); empty if none
 * @param banners           site-wide notices such as planned downtime, each shown between its dates
 * @param dataLicense    the licence of the open data ({@code du-lieu/}), by name; "CC BY 4.0" unless set
 * @param dataLicenseUrl where that licence is written; empty for a licence without a known address
 * @param contact        office hours, reception schedule, complaints and information requests; empty when not written
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
        String illustrativeNotice,
        String satisfactionUrl,
        List<Banner> banners,
        String dataLicense,
        String dataLicenseUrl,
        java.util.Optional<Contact> contact) {
    public static final String DEFAULT_DATA_LICENSE = "CC BY 4.0";
    public static final String DEFAULT_DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi";

}
