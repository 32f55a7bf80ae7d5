package shop.notification.service.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.SnapshotFreeRepository;

/** An email is read from its first event, without asking for a snapshot: an email takes none. */
@Configuration(proxyBeanMethods = false)
class NotificationStorage {

    /** Not "notificationRepository": Spring Data gives that name to the repository of the emails' projection. */
    static final String REPOSITORY = "notificationAggregateRepository";

    @Bean(REPOSITORY)
    Repository<Notification> notificationAggregateRepository(org.axonframework.config.Configuration axon) {
        return SnapshotFreeRepository.of(Notification.class, axon);
    }
}
