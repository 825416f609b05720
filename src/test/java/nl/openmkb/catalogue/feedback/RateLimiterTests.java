package nl.openmkb.catalogue.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The per-client token bucket. */
class RateLimiterTests {

	@Test
	void allowsABurstThenRefusesUntilRefilled() {
		long[] now = { 0 };
		RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), () -> now[0]);
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
		assertThat(limiter.tryAcquire("192.0.2.2")).as("another client has its own bucket").isTrue();
		now[0] += Duration.ofSeconds(59).toNanos();
		assertThat(limiter.tryAcquire("192.0.2.1")).as("not refilled before a minute").isFalse();
		now[0] += Duration.ofSeconds(2).toNanos();
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
	}

}
