package shop.order.service.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import shop.order.api.ApproveOrder;
import shop.order.api.OrderApproved;
import shop.order.api.OrderPlaced;
import shop.order.api.OrderRejected;
import shop.order.api.OrderRejection;
import shop.order.api.OrderStatus;
import shop.order.api.PlaceOrder;
import shop.order.api.RejectOrder;

/** An order is placed once, then decided once: approved when paid, rejected otherwise. */
@Aggregate(repository = OrderStorage.REPOSITORY)
public class Order {

    @AggregateIdentifier
    private UUID orderId;
    private UUID userId;
    private BigDecimal price;
    private OrderStatus status;

    protected Order() {
        // for event sourcing, and for the creation policy below
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(PlaceOrder command) {
        BigDecimal validPrice = Price.valid(command.price());
        if (orderId == null) {
            apply(new OrderPlaced(command.orderId(), command.userId(), validPrice));
            return true;
        }
        if (!userId.equals(command.userId()) || price.compareTo(validPrice) != 0) {
            throw new CommandExecutionException("The order " + orderId + " is another order: of user " + userId
                    + " for " + price + ".", null, OrderRejection.ORDER_ID_REUSED);
        }
        // the same order placed again, by a client that retried: it stays one order
        return false;
    }

    @CommandHandler
    void handle(ApproveOrder command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderApproved(orderId, userId, price));
        } else if (status != OrderStatus.APPROVED) {
            throw decided();
        }
    }

    @CommandHandler
    void handle(RejectOrder command) {
        if (status == OrderStatus.PENDING) {
            apply(new OrderRejected(orderId, userId, price, command.reason()));
        } else if (status != OrderStatus.REJECTED) {
            throw decided();
        }
    }

    private CommandExecutionException decided() {
        return new CommandExecutionException("The order " + orderId + " is " + status + " already.", null,
                OrderRejection.ORDER_DECIDED);
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        orderId = event.orderId();
        userId = event.userId();
        price = event.price();
        status = OrderStatus.PENDING;
    }

    @EventSourcingHandler
    void on(OrderApproved event) {
        status = OrderStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(OrderRejected event) {
        status = OrderStatus.REJECTED;
    }
}
