package io.pullwatch.core.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A self-exciting reshare cascade, simulated as SEISMIC models it: every post (the root and each reshare) exposes
 * its author's followers over time along the {@link ReactionTimeKernel}, and each exposure becomes a reshare with
 * probability {@code infectiousness}. A post with n followers thus has Poisson(p × n × Φ(horizon)) reshares of its
 * own, at delays drawn from the kernel; resharers' followers are lognormal. The expected reshares of one reshare
 * (the branching ratio) is p × Φ(∞) × mean followers: below one the cascade dies out, and close to one it runs to
 * thousands.
 */
final class ReshareCascade {

    /** One post of the cascade: seconds after the root, its author's followers, and its parent's index (−1: root). */
    record Post(double seconds, long followers, int parent) {}

    private ReshareCascade() {}

    /**
     * The cascade's posts in time order, the root first; parents index into the returned list.
     *
     * @param horizonSeconds nothing is simulated beyond this age (the end of the stream)
     * @param maxReshares a safety cap: the simulation stops growing the cascade there
     */
    static List<Post> simulate(SplittableRandom rng, long rootFollowers, double infectiousness, double horizonSeconds,
            FollowerDistribution followers, int maxReshares) {
        List<Post> created = new ArrayList<>();
        created.add(new Post(0, rootFollowers, -1));
        for (int i = 0; i < created.size() && created.size() <= maxReshares; i++) {
            Post post = created.get(i);
            double horizon = horizonSeconds - post.seconds();
            if (horizon <= 0) {
                continue;
            }
            int children = RandomDraws.poisson(rng,
                    infectiousness * post.followers() * ReactionTimeKernel.mass(horizon));
            for (int c = 0; c < children && created.size() <= maxReshares; c++) {
                created.add(new Post(post.seconds() + ReactionTimeKernel.sample(rng, horizon),
                        followers.draw(rng), i));
            }
        }
        return inTimeOrder(created);
    }

    /** Sorts by time and renumbers the parents to match; a reshare always comes after its parent. */
    private static List<Post> inTimeOrder(List<Post> created) {
        Integer[] order = new Integer[created.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> created.get(i).seconds())
                .thenComparingInt(i -> i));
        int[] position = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            position[order[p]] = p;
        }
        List<Post> sorted = new ArrayList<>(order.length);
        for (Integer index : order) {
            Post post = created.get(index);
            sorted.add(new Post(post.seconds(), post.followers(), post.parent() < 0 ? -1 : position[post.parent()]));
        }
        return sorted;
    }

    /** Lognormal follower counts, as on the platforms: most have a few dozen, a few have many thousands. */
    record FollowerDistribution(double median, double sigma, long max) {

        double mean() {
            return median * Math.exp(sigma * sigma / 2);
        }

        long draw(SplittableRandom rng) {
            return Math.min(max, Math.round(RandomDraws.lognormal(rng, median, sigma)));
        }
    }
}
