package io.pullwatch.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pullwatch.core.simulation.ReshareCascade.FollowerDistribution;
import io.pullwatch.core.simulation.ReshareCascade.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReshareCascadeTest {

    private static final FollowerDistribution FOLLOWERS = new FollowerDistribution(40, 1.3, 1_000_000);
    private static final double WEEK = 7 * 86_400;

    @Test
    void resharesComeAfterTheirParentsAtDelaysDrawnFromTheSeismicKernel() {
        SplittableRandom rng = new SplittableRandom(3);
        List<Double> delays = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<Post> posts = ReshareCascade.simulate(rng, 50_000, 0.5 / (ReactionTimeKernel.TOTAL * FOLLOWERS.mean()),
                    WEEK, FOLLOWERS, 50_000);
            assertThat(posts.get(0).parent()).isEqualTo(-1);
            for (int k = 1; k < posts.size(); k++) {
                Post post = posts.get(k);
                assertThat(post.parent()).isBetween(0, k - 1);
                assertThat(post.seconds()).isGreaterThanOrEqualTo(posts.get(k - 1).seconds());
                delays.add(post.seconds() - posts.get(post.parent()).seconds());
            }
        }
        assertThat(delays).hasSizeGreaterThan(5_000);
        // Delays are drawn within the time left in the week; the cascades start at 0 and most reshares come early,
        // so the kernel truncated at a week describes them closely.
        for (double seconds : new double[] {300, 3600, 86_400}) {
            double expected = ReactionTimeKernel.mass(seconds) / ReactionTimeKernel.mass(WEEK);
            double observed = delays.stream().filter(d -> d <= seconds).count() / (double) delays.size();
            assertThat(observed).as("share within %.0f s", seconds).isCloseTo(expected, within(0.03));
        }
    }

    @Test
    void eachPostHasPoissonManyResharesInProportionToItsFollowers() {
        SplittableRandom rng = new SplittableRandom(4);
        double p = 0.001;
        long children = 0;
        int roots = 2_000;
        for (int i = 0; i < roots; i++) {
            List<Post> posts = ReshareCascade.simulate(rng, 3_000, p, WEEK,
                    new FollowerDistribution(1e-9, 0, 0), 1_000); // reshares have no followers: one generation
            children += posts.size() - 1;
        }
        assertThat(children / (double) roots).isCloseTo(p * 3_000 * ReactionTimeKernel.mass(WEEK), within(0.15));
    }

    @Test
    void belowABranchingRatioOfOneCascadesDieOutAndNearOneTheyRunToThousands() {
        SplittableRandom rng = new SplittableRandom(5);
        double perFollower = 1 / (ReactionTimeKernel.TOTAL * FOLLOWERS.mean());
        List<Integer> weak = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            weak.add(ReshareCascade.simulate(rng, 500, 0.3 * perFollower, WEEK, FOLLOWERS, 20_000).size());
        }
        weak.sort(null);
        assertThat(weak.get(100)).isLessThan(6);
        assertThat(weak.get(199)).isLessThan(200);

        int strong = ReshareCascade.simulate(rng, 100_000, 0.9 * perFollower, WEEK, FOLLOWERS, 20_000).size();
        assertThat(strong).isGreaterThan(3_000);
        int capped = ReshareCascade.simulate(rng, 100_000, 3 * perFollower, WEEK, FOLLOWERS, 5_000).size();
        assertThat(capped).isBetween(5_000, 5_002);
    }
}
