package vn.congkhai.deploy;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * An S3 client configured the way every AWS tool is, from the environment that is passed in (the process's
 * own in production, a test's own map in tests): {@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY},
 * {@code AWS_SESSION_TOKEN}, {@code AWS_PROFILE} (with {@code ~/.aws/credentials}), {@code AWS_REGION} or
 * {@code AWS_DEFAULT_REGION}, plus {@code CONGKHAI_S3_ENDPOINT} for MinIO, Ceph RGW or a Vietnamese cloud
 * (path-style addresses, as those expect). Keys are only handed to the SDK: congkhai never prints them.
 */
public final class S3Clients {
    public static final String ENDPOINT = "CONGKHAI_S3_ENDPOINT";

    private S3Clients() {
    }

    public static S3Client fromEnvironment(Map<String, String> env) {
        String endpoint = value(env, ENDPOINT);
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)).build())
                .credentialsProvider(credentials(env))
                .region(region(env, endpoint != null))
                // Only the checksums S3 itself requires: several S3-compatible stores refuse the SDK's newer
                // default trailers. The bytes are still checked: each object carries its SHA-256.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                throw new DeployException("Địa chỉ kho S3 " + ENDPOINT + " `" + endpoint + "` không hợp lệ: viết dạng https://s3.vi-du.vn (hoặc http:// trong mạng nội bộ).");
            }
            builder.endpointOverride(uri).forcePathStyle(true);
        }
        return builder.build();
    }

    /** Where the endpoint is, for messages; never anything secret. */
    static String describeEndpoint(Map<String, String> env) {
        String endpoint = value(env, ENDPOINT);
        return endpoint != null ? endpoint : "Amazon S3";
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String id = value(env, "AWS_ACCESS_KEY_ID");
        String secret = value(env, "AWS_SECRET_ACCESS_KEY");
        if (id != null && secret != null) {
            String token = value(env, "AWS_SESSION_TOKEN");
            return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(id, secret)
                    : AwsSessionCredentials.create(id, secret, token));
        }
        String profile = value(env, "AWS_PROFILE");
        if (profile != null) {
            return ProfileCredentialsProvider.create(profile);
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static Region region(Map<String, String> env, boolean ownEndpoint) {
        String region = value(env, "AWS_REGION");
        if (region == null) {
            region = value(env, "AWS_DEFAULT_REGION");
        }
        if (region != null) {
            return Region.of(region);
        }
        if (!ownEndpoint) {
            try {
                return new software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain().getRegion(); // ~/.aws/config
            } catch (RuntimeException e) {
                throw new DeployException("Chưa cho biết vùng (region) của bucket: đặt biến môi trường AWS_REGION, ví dụ ap-southeast-1.");
            }
        }
        // MinIO, Ceph and most local clouds accept any region in the signature; us-east-1 is their default.
        return Region.US_EAST_1;
    }

    private static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
