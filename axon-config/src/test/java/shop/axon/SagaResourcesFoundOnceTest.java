package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Scope;

class SagaResourcesFoundOnceTest {

    private final ApplicationContextRunner beans = new ApplicationContextRunner()
            .withBean(Shelf.class)
            .withBean(Lamp.class);

    @Test
    void everySagaLoadedGetsTheBeansThatItsFieldsAskFor() {
        beans.run(context -> {
            SagaResourcesFoundOnce injector = new SagaResourcesFoundOnce(context.getAutowireCapableBeanFactory());
            ReadingSaga first = new ReadingSaga();
            ReadingSaga second = new ReadingSaga();

            injector.injectResources(first);
            injector.injectResources(second);

            for (ReadingSaga saga : new ReadingSaga[] {first, second}) {
                assertThat(saga.shelf).isSameAs(context.getBean(Shelf.class));
                assertThat(saga.lamp).isSameAs(context.getBean(Lamp.class));
                assertThat(saga.title).isNull();
            }
        });
    }

    @Test
    void aFieldThatAsksForABeanOfAnotherScopeThanSingleton_isRefused() {
        beans.withBean(Bookmark.class).run(context -> {
            SagaResourcesFoundOnce injector = new SagaResourcesFoundOnce(context.getAutowireCapableBeanFactory());

            assertThatThrownBy(() -> injector.injectResources(new MarkingSaga()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("MarkingSaga.bookmark")
                    .hasMessageContaining("not a singleton");
        });
    }

    @Test
    void aSagaThatAsksThroughAMethod_isRefused() {
        beans.run(context -> {
            SagaResourcesFoundOnce injector = new SagaResourcesFoundOnce(context.getAutowireCapableBeanFactory());

            assertThatThrownBy(() -> injector.injectResources(new LightingSaga()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("useLamp()");
        });
    }

    static class Shelf {
    }

    static class Lamp {
    }

    @Scope("prototype")
    static class Bookmark {
    }

    static class ReadingSaga {

        @Autowired
        private transient Shelf shelf;
        @Autowired
        private transient Lamp lamp;
        private String title;
    }

    static class MarkingSaga {

        @Autowired
        private transient Bookmark bookmark;
    }

    static class LightingSaga {

        private Lamp lamp;

        @Autowired
        void useLamp(Lamp lamp) {
            this.lamp = lamp;
        }
    }
}
