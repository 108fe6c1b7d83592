package vn.congkhai.deploy;

/** Deploying stopped: the message, in Vietnamese, says why and what to do. Nothing on the target's {@code current} changed. */
public class DeployException extends RuntimeException {
    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }
}
