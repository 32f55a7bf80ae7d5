package shop.http;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.distributed.CommandDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;

/**
 * Whether a request failed because its message could not travel now: Axon Server is away, or no instance of the
 * service that handles it is connected (it is starting, or was just killed). Both pass; the client should come back.
 */
public final class MessagingUnavailable {

    private final BooleanSupplier connected;

    /** {@code connected} says whether this service is connected to Axon Server now; always true without one. */
    public MessagingUnavailable(BooleanSupplier connected) {
        this.connected = connected;
    }

    /**
     * True for a failure of the messaging itself, and for any failure while this service is not connected: the
     * connector's exceptions of a broken stream are not all typed, but a lost connection explains them.
     */
    public boolean explains(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof NoHandlerForCommandException || cause instanceof NoHandlerForQueryException
                    || cause instanceof CommandDispatchException
                    || cause instanceof AxonServerQueryDispatchException
                    || cause instanceof org.axonframework.axonserver.connector.AxonServerException
                    || cause instanceof io.axoniq.axonserver.connector.AxonServerException
                    || cause instanceof StatusRuntimeException grpc
                            && grpc.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                return true;
            }
        }
        return !connected.getAsBoolean();
    }
}
