package vn.congkhai.deploy;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The few S3 operations a release needs, on the keys of one {@link S3Location}, with every failure turned
 * into a {@link DeployException} that says in Vietnamese what is wrong and what to do. No message carries a
 * key or a secret: only the bucket, the endpoint and S3's own error code.
 */
final class S3Store {
    /** User metadata of every published object: the SHA-256 of its bytes, as in the site's manifest. */
    static final String SHA = "sha256";

    private final S3Client s3;
    private final S3Location at;
    private final String endpoint;

    S3Store(S3Client s3, S3Location at, String endpoint) {
        this.s3 = s3;
        this.at = at;
        this.endpoint = endpoint;
    }

    S3Location location() {
        return at;
    }

    /** Fails early and clearly when the bucket is missing or the keys are refused: one listing of congkhai's records. */
    void probe() {
        call(() -> s3.listObjectsV2(ListObjectsV2Request.builder().bucket(at.bucket()).prefix(at.key("_congkhai/")).maxKeys(1).build()));
    }

    Optional<byte[]> get(String relative) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(at.bucket()).key(at.key(relative)).build()).asByteArray());
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !"NoSuchBucket".equals(code(e))) {
                return Optional.empty();
            }
            throw translate(e);
        } catch (SdkException e) {
            throw translate(e);
        }
    }

    /** The SHA-256 recorded on a published object, empty when there is no such object (or it has none). */
    Optional<String> sha(String relative) {
        try {
            return Optional.ofNullable(s3.headObject(HeadObjectRequest.builder().bucket(at.bucket()).key(at.key(relative)).build())
                    .metadata().get(SHA));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw translate(e);
        } catch (SdkException e) {
            throw translate(e);
        }
    }

    /** A file of the site, streamed from disk: an asset may be larger than the heap. */
    void put(String relative, java.nio.file.Path file, String contentType, String cacheControl, Map<String, String> metadata) {
        call(() -> s3.putObject(PutObjectRequest.builder().bucket(at.bucket()).key(at.key(relative))
                .contentType(contentType).cacheControl(cacheControl).metadata(metadata).build(), RequestBody.fromFile(file)));
    }

    void put(String relative, byte[] bytes, String contentType, String cacheControl, Map<String, String> metadata) {
        call(() -> s3.putObject(PutObjectRequest.builder().bucket(at.bucket()).key(at.key(relative))
                .contentType(contentType).cacheControl(cacheControl).metadata(metadata).build(), RequestBody.fromBytes(bytes)));
    }

    /** Writes only when no object has the key ({@code If-None-Match: *}); false when one already has it. */
    boolean putIfAbsent(String relative, byte[] bytes, String contentType) {
        try {
            s3.putObject(PutObjectRequest.builder().bucket(at.bucket()).key(at.key(relative)).contentType(contentType)
                    .cacheControl(ObjectTypes.NO_CACHE).ifNoneMatch("*").build(), RequestBody.fromBytes(bytes));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return false;
            }
            throw translate(e);
        } catch (SdkException e) {
            throw translate(e);
        }
    }

    /** A server-side copy (no bytes travel), with the headers and metadata of the destination set anew. */
    void copy(String fromRelative, String toRelative, String contentType, String cacheControl, Map<String, String> metadata) {
        call(() -> s3.copyObject(CopyObjectRequest.builder().sourceBucket(at.bucket()).sourceKey(at.key(fromRelative))
                .destinationBucket(at.bucket()).destinationKey(at.key(toRelative)).metadataDirective(MetadataDirective.REPLACE)
                .contentType(contentType).cacheControl(cacheControl).metadata(metadata).build()));
    }

    void delete(String relative) {
        call(() -> s3.deleteObject(DeleteObjectRequest.builder().bucket(at.bucket()).key(at.key(relative)).build()));
    }

    /** The site-relative names of every object under {@code relativeFolder} (which ends with a slash). */
    Set<String> list(String relativeFolder) {
        Set<String> out = new TreeSet<>();
        int strip = at.key("").length();
        call(() -> {
            s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(at.bucket()).prefix(at.key(relativeFolder)).build())
                    .contents().forEach(o -> out.add(o.key().substring(strip)));
            return null;
        });
        return out;
    }

    private <T> T call(java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (SdkException e) {
            throw translate(e);
        }
    }

    private static String code(S3Exception e) {
        return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
    }

    /** What went wrong, for a civil servant reading the CI log. */
    DeployException translate(SdkException e) {
        String where = "bucket `" + at.bucket() + "` ở " + endpoint;
        if (e instanceof S3Exception s) {
            String code = code(s);
            if ("NoSuchBucket".equals(code) || (s.statusCode() == 404 && code == null)) {
                return new DeployException("Không có " + where + ": kiểm tra tên bucket trong nơi xuất bản (s3://TÊN-BUCKET/...) "
                        + "và địa chỉ kho " + S3Clients.ENDPOINT + ", hoặc nhờ trung tâm CNTT tạo bucket.", e);
            }
            if ("InvalidAccessKeyId".equals(code)) {
                return new DeployException("Kho S3 ở " + endpoint + " không biết mã khóa truy cập (AWS_ACCESS_KEY_ID) đang dùng: "
                        + "kiểm tra biến bí mật của CI.", e);
            }
            if ("SignatureDoesNotMatch".equals(code)) {
                return new DeployException("Khóa bí mật S3 (AWS_SECRET_ACCESS_KEY) sai: kho S3 ở " + endpoint
                        + " từ chối chữ ký. Kiểm tra biến bí mật của CI (chép lại khóa, không thừa dấu cách).", e);
            }
            if (s.statusCode() == 403) {
                return new DeployException("Kho S3 từ chối quyền vào " + where + " (" + (code == null ? "403" : code)
                        + "): khóa truy cập không có quyền đọc, ghi và xóa trong thư mục của phường; nhờ trung tâm CNTT cấp quyền.", e);
            }
            return new DeployException("Kho S3 báo lỗi với " + where + ": " + (code == null ? "HTTP " + s.statusCode() : code)
                    + ". Chạy lại; nếu vẫn lỗi, báo trung tâm CNTT.", e);
        }
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("credentials")) {
            return new DeployException("Chưa có khóa truy cập kho S3: đặt biến môi trường AWS_ACCESS_KEY_ID và AWS_SECRET_ACCESS_KEY "
                    + "(biến bí mật của CI) hoặc AWS_PROFILE.", e);
        }
        return new DeployException("Không kết nối được tới kho S3 ở " + endpoint + ": kiểm tra địa chỉ " + S3Clients.ENDPOINT
                + " và mạng, rồi chạy lại.", e);
    }
}
