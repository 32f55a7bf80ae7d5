package shop.billing.service.ledger;

import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import shop.axon.ReadYourWritesProjection;

@Configuration(proxyBeanMethods = false)
class LedgerProcessing {

    /**
     * The balance and the ledger are written in the transaction that moves the money, so the balance a client
     * reads after a deposit, a withdrawal or a paid order already shows it. Only this service writes them.
     */
    @Bean
    ConfigurerModule ledgerIsReadYourWrites(ObjectProvider<AccountSummaryRepository> accounts,
            ObjectProvider<LedgerEntryRepository> ledger, ReadYourWritesProjection projections) {
        return projections.of(LedgerProjection.PROCESSING_GROUP,
                axon -> new LedgerProjection(accounts.getObject(), ledger.getObject()));
    }
}
