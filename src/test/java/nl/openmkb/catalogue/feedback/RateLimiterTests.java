package nl.openmkb.catalogue.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The per-client token bucket. */
class RateLimiterTests {

	@Test
	void allowsABurstThenRefusesUntilRefilled() throws Exception {
		RateLimiter limiter = new RateLimiter(3, Duration.ofMillis(200));
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
		assertThat(limiter.tryAcquire("192.0.2.2")).as("another client has its own bucket").isTrue();
		Thread.sleep(250);
		assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
		assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
	}

}
