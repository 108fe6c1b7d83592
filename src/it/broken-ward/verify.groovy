// The data has two errors: both are in the Maven log with file:line:column, and the old site is untouched.
def log = new File(basedir, 'build.log').text
assert log.contains('data/scores/2024.yaml:6:21: lỗi: [units[0].criteria["1"]] Điểm 12 vượt quá điểm chuẩn 10 của tiêu chí 1.')
assert log.contains('data/scores/2024.yaml:7:5: lỗi: [units[1].unit] Không có đơn vị `thon-bon` trong data/units.yaml.')
assert log.contains('Không xuất bản: 2 lỗi')
assert new File(basedir, 'site/index.html').text == 'ban cu\n'
return true
