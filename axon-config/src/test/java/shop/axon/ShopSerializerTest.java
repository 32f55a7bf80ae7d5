package shop.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.MultiSourceTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

class ShopSerializerTest {

    private final Serializer serializer = ShopSerializer.create();

    @Test
    void aReplayTokenComesBackAsTheSameReplay() {
        TrackingToken replay = ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(41, List.of(7L, 12L)), GapAwareTrackingToken.newInstance(3, List.of()));

        TrackingToken back = roundTrip(replay, TrackingToken.class);

        assertThat(back).isEqualTo(replay);
        assertThat(ReplayToken.isReplay(back)).isTrue();
        assertThat(back.position()).isEqualTo(replay.position());
    }

    @Test
    void tokensOfSeveralSourcesComeBackWhole() {
        TrackingToken token = new MultiSourceTrackingToken(java.util.Map.of(
                "users", new GlobalSequenceTrackingToken(5), "orders", new GlobalSequenceTrackingToken(9)));

        assertThat(roundTrip(token, TrackingToken.class)).isEqualTo(token);
    }

    @Test
    void stateInPrivateFieldsWithoutGettersSurvives() {
        var state = new SagaLikeState(UUID.randomUUID(), new BigDecimal("12.50"), Instant.parse("2026-11-25T10:15:30Z"),
                SagaLikeState.Step.AWAITING_PAYMENT);

        SagaLikeState back = roundTrip(state, SagaLikeState.class);

        assertThat(back).usingRecursiveComparison().isEqualTo(state);
    }

    @Test
    void aClassOutsideTheShopAndAxonCannotBeSmuggledInAsAToken() {
        String evil = "{\"tokenAtReset\":{\"@class\":\"java.net.URL\",\"val\":\"http://127.0.0.1\"},"
                + "\"currentToken\":null,\"context\":null}";
        var serialized = new org.axonframework.serialization.SimpleSerializedObject<>(evil.getBytes(),
                byte[].class, ReplayToken.class.getName(), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serializer.deserialize(serialized))
                .hasStackTraceContaining("java.net.URL");
    }

    private <T> T roundTrip(Object value, Class<T> type) {
        SerializedObject<byte[]> serialized = serializer.serialize(value, byte[].class);
        return type.cast(serializer.deserialize(serialized));
    }

    /** Shaped like a saga: no getters, no setters, state only in fields. */
    static class SagaLikeState {
        enum Step { AWAITING_PAYMENT, DONE }

        private UUID orderId;
        private BigDecimal price;
        private Instant placedAt;
        private Step step;

        SagaLikeState() {
        }

        SagaLikeState(UUID orderId, BigDecimal price, Instant placedAt, Step step) {
            this.orderId = orderId;
            this.price = price;
            this.placedAt = placedAt;
            this.step = step;
        }
    }
}
