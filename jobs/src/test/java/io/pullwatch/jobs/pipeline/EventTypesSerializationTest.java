package io.pullwatch.jobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.pullwatch.core.attribution.InitiativeUpdate;
import io.pullwatch.core.attribution.StoreActivity;
import io.pullwatch.core.detection.CascadeShare;
import io.pullwatch.core.detection.CascadeWatch;
import io.pullwatch.core.detection.ScopeWatch;
import io.pullwatch.core.detection.ScopedEvent;
import io.pullwatch.core.event.Alert;
import io.pullwatch.core.event.DeadLetter;
import io.pullwatch.core.event.Feedback;
import io.pullwatch.core.event.ImpactNotification;
import io.pullwatch.core.event.Initiative;
import io.pullwatch.core.event.Mention;
import io.pullwatch.core.event.RawRecord;
import io.pullwatch.core.event.Review;
import io.pullwatch.core.impact.BucketTotals;
import io.pullwatch.core.impact.InitiativeTrack;
import io.pullwatch.core.impact.SentimentBucket;
import io.pullwatch.core.impact.StoreBucket;
import io.pullwatch.core.impact.StoreFeedback;
import io.pullwatch.core.impact.StoreRiskState;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.CompositeType;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every type that flows between operators or lives in state must be a Flink POJO all the way down: no Kryo. */
class EventTypesSerializationTest {

    @ParameterizedTest
    @ValueSource(classes = {RawRecord.class, Review.class, Mention.class, Initiative.class, Feedback.class, Alert.class,
            ImpactNotification.class, DeadLetter.class, InitiativeUpdate.class, StoreActivity.class,
            ScopedEvent.class, ScopeWatch.class, CascadeShare.class, CascadeWatch.class, StoreFeedback.class,
            SentimentBucket.class, StoreBucket.class, InitiativeTrack.class, StoreRiskState.class, BucketTotals.class})
    void isAPojoWithNoGenericFieldAnywhere(Class<?> type) {
        TypeInformation<?> info = TypeInformation.of(type);

        assertThat(info).isInstanceOf(PojoTypeInfo.class);
        assertThat(genericTypesIn(info)).as("fields falling back to Kryo").isEmpty();
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        assertThat(info.createSerializer(noKryo)).isNotNull();
    }

    private static List<String> genericTypesIn(TypeInformation<?> info) {
        List<String> found = new ArrayList<>();
        collect(info, info.toString(), found, 0);
        return found;
    }

    private static void collect(TypeInformation<?> info, String path, List<String> found, int depth) {
        if (info instanceof GenericTypeInfo<?>) {
            found.add(path);
        }
        if (depth > 6) {
            return;
        }
        if (info instanceof CompositeType<?> composite) {
            for (int i = 0; i < composite.getArity(); i++) {
                collect(composite.getTypeAt(i), path + "." + composite.getFieldNames()[i], found, depth + 1);
            }
        }
        for (TypeInformation<?> parameter : info.getGenericParameters().values()) {
            collect(parameter, path + "<>", found, depth + 1);
        }
    }
}
