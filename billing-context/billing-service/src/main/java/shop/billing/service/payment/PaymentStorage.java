package shop.billing.service.payment;

import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.SnapshotFreeRepository;

/** A payment is read from its first event, without asking for a snapshot: a payment takes none. */
@Configuration(proxyBeanMethods = false)
class PaymentStorage {

    static final String REPOSITORY = "paymentRepository";

    @Bean(REPOSITORY)
    Repository<Payment> paymentRepository(org.axonframework.config.Configuration axon) {
        return SnapshotFreeRepository.of(Payment.class, axon);
    }
}
