package shop.billing.service.account;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountOpening {

    /**
     * Up to this many registrations in one batch, whose accounts are opened together ({@link AccountOpener}). A batch
     * takes only what is there: one registration at a time, its account opens at once.
     */
    static final int BATCH_SIZE = 100;

    @Bean
    ConfigurerModule accountsOpenInBatches() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(AccountOpener.PROCESSING_GROUP, axon -> axon.eventStore(),
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(BATCH_SIZE));
    }
}
