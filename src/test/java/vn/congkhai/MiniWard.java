package vn.congkhai;

import java.nio.file.Path;

/**
 * A small, valid ward project written from strings, for tests that need exact numbers.
 * Rubric "r" (total 30):
 * <pre>
 * a    10  assessor points
 * c    10  checklist: −2 per missing item (x, y, z)
 * g    (10) group of g.1 (5, −5 per incident) and g.2 (5, +3 bonus "ok")
 * </pre>
 */
public final class MiniWard {
    public static final String SITE = """
            name: Phường Thử
            portalTitle: Trang thông tin điện tử phường Thử
            province: Tỉnh Thử
            baseUrl: https://thu.example.gov.vn/
            owner: UBND phường Thử
            responsible: Chủ tịch UBND phường Thử
            address: Số 1 đường Thử
            phone: "0000 000 000"
            email: thu@example.gov.vn
            """;
    public static final String UNITS = """
            units:
              - id: an
                name: Phường An
              - id: binh
                name: Phường Bình
              - id: cuong
                name: Phường Cường
              - id: dung
                name: Phường Dũng
            """;
    public static final String RUBRIC = """
            title: Bộ tiêu chí thử
            total: 30
            criteria:
              - id: "a"
                title: Tiêu chí A
                max: 10
              - id: "c"
                title: Tiêu chí danh mục
                max: 10
                checklist:
                  perMissing: 2
                  items:
                    - {id: x, label: mục X}
                    - {id: y, label: mục Y}
                    - {id: z, label: mục Z}
              - id: "g"
                title: Nhóm G
                children:
                  - id: "g.1"
                    title: Không bị phản ánh
                    max: 5
                    incidents: {perIncident: 5, incident: bị phản ánh}
                  - id: "g.2"
                    title: Sáng kiến
                    max: 5
                    bonuses:
                      - {id: ok, points: 3, condition: sáng kiến được công nhận}
            """;
    public static final String SCORES = """
            title: Vòng thử
            round: Năm 2024
            rubric: r
            units:
              - unit: an
                criteria: {"a": 9, "c": {missing: [x]}, "g.1": {incidents: 0}, "g.2": {points: 4, bonuses: [ok]}}
              - unit: binh
                criteria: {"a": 10, "c": {missing: [x, y]}, "g.1": {incidents: 0}, "g.2": 5}
              - unit: cuong
                criteria: {"a": 10, "c": {missing: []}, "g.1": {incidents: 2}, "g.2": 2}
              - unit: dung
                criteria: {"a": 10, "c": {missing: []}, "g.1": {incidents: 0}, "g.2": }
            """;

    private MiniWard() {
    }

    /** Writes the data files (no content, templates or assets: the plugin's defaults apply). */
    public static Path write(Path dir) {
        TestProjects.write(dir, "data/site.yaml", SITE);
        TestProjects.write(dir, "data/units.yaml", UNITS);
        TestProjects.write(dir, "data/rubrics/r.yaml", RUBRIC);
        TestProjects.write(dir, "data/scores/vong-1.yaml", SCORES);
        return dir;
    }
}
