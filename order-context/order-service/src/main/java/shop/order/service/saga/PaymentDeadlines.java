package shop.order.service.saga;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The payment deadlines of orders, kept in the order service's database ({@code scheduled_tasks}), so that an order
 * whose service restarts while it waits for billing is still rejected in time. A deadline is scheduled and cancelled
 * in the transaction of the saga's step that asks for it, so that it is there if and only if that step committed.
 */
@Configuration(proxyBeanMethods = false)
class PaymentDeadlines {

    /** Named so that Axon's auto-configuration, which sees the scheduler, does not add a second task of its own. */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<?> paymentDeadlineTask(ApplicationContext context) {
        return DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class));
    }

    /**
     * On the database through Spring's transactions, as db-scheduler's Spring Boot starter sets it up: a deadline
     * asked for in a transaction is written in it; the scheduler's own polls, in none, commit each statement.
     */
    @Bean
    Scheduler paymentDeadlineScheduler(DataSource dataSource, List<Task<?>> tasks) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .pollingInterval(Duration.ofSeconds(1))
                .threads(2)
                .build();
    }

    /** Axon's auto-configuration would leave the scheduler unstarted, for a starter that Boot 4 does not have. */
    @Bean
    DeadlineManager deadlineManager(Scheduler paymentDeadlineScheduler, org.axonframework.config.Configuration axon,
            Serializer serializer, TransactionManager transactions) {
        return DbSchedulerDeadlineManager.builder()
                .scheduler(paymentDeadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .transactionManager(transactions)
                .startScheduler(true)
                .stopScheduler(true)
                .build();
    }
}
