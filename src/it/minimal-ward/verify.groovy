// The ward's portal was built by the plugin goal alone, from data and content, with the plugin's
// default templates for every page the ward did not template itself.
def site = new File(basedir, 'site')
assert new File(site, 'index.html').text.contains('Trang thông tin điện tử xã Thử Nghiệm')
def board = new File(site, 'xep-hang/2024.html').text
// Thôn Một 8 + 10 = 18, Thôn Ba 9 + 5 = 14, Thôn Hai 10 + 5 = 15
assert board.indexOf('Thôn Một') < board.indexOf('Thôn Hai')
assert board.indexOf('Thôn Hai') < board.indexOf('Thôn Ba')
assert new File(site, 'don-vi/thon-hai.html').text.contains('thiếu cây trước cổng thôn')
assert new File(site, 'gioi-thieu.html').text.contains('Xã Thử Nghiệm có ba thôn.')
assert new File(site, '404.html').text.contains('trang riêng báo không tìm thấy')
// the stylesheet's name carries a hash of its bytes; the plain name is not published
assert new File(site, 'assets/css').list().any { it ==~ /congkhai\.[0-9a-f]{8}\.css/ }
assert !new File(site, 'assets/css/congkhai.css').exists()
assert new File(site, 'phien-ban.json').text.contains('"dataDigest": "sha256:')
// congkhai:publish made a release and pointed current at it; congkhai:releases listed it
def current = new File(basedir, 'srv/current').toPath()
assert java.nio.file.Files.isSymbolicLink(current)
assert java.nio.file.Files.readSymbolicLink(current).toString().startsWith('releases/')
assert new File(basedir, 'srv/current/index.html').text == new File(site, 'index.html').text
assert new File(basedir, 'build.log').text.contains('Đã xuất bản bản phát hành')
assert new File(basedir, 'build.log').text.contains('(đang phục vụ)')
assert new File(basedir, 'build.log').text.contains('Đã dựng')
assert new File(site, 'index.html').text.contains('01/12/2024')
// the conformance rules shipped in the plugin were checked: their page, their JSON, and a line in the log
assert new File(site, 'muc-do-dap-ung.html').text.contains('Luật Tiếp cận thông tin 104/2016/QH13')
assert new File(site, 'muc-do-dap-ung.json').text.contains('"id" : "cong-khai-14-nhom"')
assert new File(basedir, 'build.log').text.contains('Mức độ đáp ứng quy định: Đáp ứng ')
// issue 11/12: the configuration library's bean-introspection line no longer shows in every editor's log
assert !new File(basedir, 'build.log').text.contains('Error when creating PropertyDescriptor')
return true
