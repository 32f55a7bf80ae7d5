package shop.billing.service.account;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import shop.billing.api.AccountCommand;
import shop.billing.api.BillingRejection;

/**
 * A command to an account that was never opened fails before the account could say why. This gives the failure
 * its reason, which then reaches the caller through Axon Server as well.
 */
@Component
class UnknownAccounts implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException notFound) {
            if (unitOfWork.getMessage().getPayload() instanceof AccountCommand command) {
                throw new BillingRejectedException(BillingRejection.ACCOUNT_NOT_FOUND,
                        "The user " + command.userId() + " has no account.");
            }
            throw notFound;
        }
    }
}
