package se.helhet.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.helhet.platform.DemoMode;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Bean
	Clock clock() {
		return Clock.system(STOCKHOLM);
	}

	/** Argon2id for new hashes; the delegating encoder keeps older formats readable. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	DemoMode demoMode(HelhetProperties properties, DataSource dataSource) {
		boolean enabled = properties.demo().enabled() != null ? properties.demo().enabled() : isEmbedded(dataSource);
		return () -> enabled;
	}

	static boolean isEmbedded(DataSource dataSource) {
		try {
			String url = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getURL());
			return url != null && url.startsWith("jdbc:h2:");
		}
		catch (Exception ex) {
			return false;
		}
	}

}
