package se.helhet.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * When demo mode (known passwords and tokens) is on. Plain JUnit: the decision is a pure
 * function of the setting and the database URL.
 */
class DemoModeTests {

	private static final String H2_FILE = "jdbc:h2:file:./data/helhet;MODE=PostgreSQL";

	private static final String POSTGRESQL = "jdbc:postgresql://db.kommun.local:5432/helhet";

	@Test
	void demoModeIsOnByDefaultWithTheEmbeddedDatabase() {
		assertThat(PlatformConfiguration.demoEnabled(null, H2_FILE)).isTrue();
		assertThat(PlatformConfiguration.demoEnabled(null, "jdbc:h2:mem:helhet")).isTrue();
	}

	@Test
	void demoModeIsOffByDefaultWithPostgresql() {
		assertThat(PlatformConfiguration.demoEnabled(null, POSTGRESQL)).isFalse();
	}

	@Test
	void demoModeIsOffWhenTheDatabaseUrlIsUnknown() {
		assertThat(PlatformConfiguration.demoEnabled(null, null)).isFalse();
		assertThat(PlatformConfiguration.demoEnabled(null, "jdbc:postgresql://h2-server/helhet")).isFalse();
	}

	@Test
	void settingOverridesTheDatabaseDefaultBothWays() {
		assertThat(PlatformConfiguration.demoEnabled(false, H2_FILE)).isFalse();
		assertThat(PlatformConfiguration.demoEnabled(true, POSTGRESQL)).isTrue();
	}

	@Test
	void demoEnabledPropertyBindsToTheOverride() {
		assertThat(PlatformConfiguration.demoEnabled(bind(Map.of("helhet.demo.enabled", "false")).demo().enabled(),
				H2_FILE))
			.isFalse();
		assertThat(PlatformConfiguration.demoEnabled(bind(Map.of("helhet.demo.enabled", "true")).demo().enabled(),
				POSTGRESQL))
			.isTrue();
	}

	@Test
	void withoutTheSettingTheOverrideIsEmptyEvenWhenOtherDemoSettingsAreGiven() {
		HelhetProperties properties = bind(Map.of("helhet.demo.seed", "42"));

		assertThat(properties.demo().enabled()).isNull();
		assertThat(properties.demo().seed()).isEqualTo(42L);
		assertThat(PlatformConfiguration.demoEnabled(properties.demo().enabled(), POSTGRESQL)).isFalse();
	}

	private static HelhetProperties bind(Map<String, String> settings) {
		return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("helhet", HelhetProperties.class);
	}

}
