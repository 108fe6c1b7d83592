package vn.congkhai.deploy;

import vn.congkhai.model.Say;

/** Deploying stopped: the message, in Vietnamese, says why and what to do. Nothing on the target's {@code current} changed. */
public class DeployException extends RuntimeException {
    public DeployException(String message) {
        super(message);
    }

    public DeployException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A message in both languages: Vietnamese on the first line, English on the next (operators read either). */
    public DeployException(Say message) {
        super(message.vi() + "\n" + message.en());
    }
}
