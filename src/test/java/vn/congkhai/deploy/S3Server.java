package vn.congkhai.deploy;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A real S3 server on loopback: S3Proxy (the S3 REST API, AWS signature v4 checked) over jclouds' in-memory
 * blob store. Every object written (PUT, or PUT with a copy source) is recorded by key, counted at the store,
 * after S3Proxy has parsed and authenticated the request; {@link #slowWrites} makes each write take a while,
 * so a test can kill a publisher in the middle of one.
 */
final class S3Server implements AutoCloseable {
    static final String ID = "congkhai-test";
    static final String SECRET = "khoa-bi-mat-chi-dung-cho-thu-nghiem";

    private final BlobStoreContext context;
    private final S3Proxy proxy;
    private S3Proxy anonymous;
    /** Keys written, in order, since the last {@link #clearWrites}. */
    final List<String> writes = new CopyOnWriteArrayList<>();
    private volatile long writeDelayMillis;

    S3Server() throws Exception {
        context = ContextBuilder.newBuilder("transient").build(BlobStoreContext.class);
        BlobStore counting = (BlobStore) Proxy.newProxyInstance(BlobStore.class.getClassLoader(), new Class<?>[]{BlobStore.class}, counter(context.getBlobStore()));
        proxy = S3Proxy.builder().blobStore(counting).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ID, SECRET).build();
        proxy.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!proxy.getState().equals("STARTED") && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (!proxy.getState().equals("STARTED")) {
            throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
    }

    private InvocationHandler counter(BlobStore real) {
        return (self, method, args) -> {
            String name = method.getName();
            if (name.equals("putBlob") && args[1] instanceof Blob b) {
                pause();
                writes.add(b.getMetadata().getName());
            } else if (name.equals("copyBlob")) {
                pause();
                writes.add((String) args[3]);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }

    private void pause() throws InterruptedException {
        if (writeDelayMillis > 0) {
            Thread.sleep(writeDelayMillis);
        }
    }

    /**
     * A second S3 endpoint over the same store that needs no signature, as a bucket policy allowing anonymous
     * reads gives nginx or a CDN; returns its port. (It would accept writes too: the nginx block must not pass any.)
     */
    int anonymousEndpoint() throws Exception {
        if (anonymous == null) {
            anonymous = S3Proxy.builder().blobStore(context.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.NONE, null, null).build();
            anonymous.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!anonymous.getState().equals("STARTED") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        return anonymous.getPort();
    }

    void createBucket(String bucket) {
        context.getBlobStore().createContainerInLocation(null, bucket);
    }

    void slowWrites(long millis) {
        writeDelayMillis = millis;
    }

    void clearWrites() {
        writes.clear();
    }

    String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    /** The environment a publisher gets: the standard AWS variables and congkhai's endpoint. */
    Map<String, String> env() {
        return env(SECRET);
    }

    Map<String, String> env(String secret) {
        return Map.of("AWS_ACCESS_KEY_ID", ID, "AWS_SECRET_ACCESS_KEY", secret, "AWS_REGION", "us-east-1",
                S3Clients.ENDPOINT, endpoint());
    }

    BlobStore store() {
        return context.getBlobStore();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        if (anonymous != null) {
            anonymous.stop();
        }
        context.close();
    }
}
