// The shards were built by congkhai:build -Dcongkhai.shard=K/N, each with its record; congkhai:merge joined them
// into site/, which is byte for byte what one unsharded build wrote into whole/.
import java.nio.file.Files
import java.nio.file.Path

def tree = { Path root ->
    def files = [:] as TreeMap
    Files.walk(root).withCloseable { s ->
        s.filter { Files.isRegularFile(it) }.forEach { files[root.relativize(it).toString()] = Files.readAllBytes(it) }
    }
    files
}
def base = basedir.toPath()
['site-shard-1', 'site-shard-2'].each { shard ->
    def record = new File(basedir, shard + '/congkhai-shard.json').getText('UTF-8')
    assert record.contains('"passed":true')
    assert record.contains('"of":2')
}
def one = tree(base.resolve('site-shard-1'))
def two = tree(base.resolve('site-shard-2'))
assert one.size() > 1 && two.size() > 1 : 'both shards have pages'
assert !one.containsKey('index.html') && !two.containsKey('index.html') : 'the home page is the merge\'s'
def merged = tree(base.resolve('site'))
def whole = tree(base.resolve('whole'))
assert merged.keySet() == whole.keySet()
merged.each { path, bytes -> assert Arrays.equals(bytes, whole[path]) : path }
assert new String(merged['index.html'], 'UTF-8').contains('Trang thông tin điện tử xã Thử Nghiệm')
return true
