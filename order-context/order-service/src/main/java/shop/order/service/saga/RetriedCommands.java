package shop.order.service.saga;

import java.util.concurrent.CompletableFuture;

/**
 * The commands the order saga sends without waiting for them. A failure that may pass (the handling service
 * restarting, its list of recipients not yet caught up, Axon Server away for a moment) is tried again, after 0.25,
 * 0.5, 1 and up to 16 s, about half a minute in all, as a step that waited would have been when its event came again;
 * after that, the saga's deadline sends what is still due. An order's refusal to be decided the other way is its
 * answer, and is not tried again.
 */
public interface RetriedCommands {

    CompletableFuture<Object> send(Object command);
}
