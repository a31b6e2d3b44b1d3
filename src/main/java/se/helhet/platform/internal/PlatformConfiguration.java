package se.helhet.platform.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import se.helhet.platform.DemoMode;

/**
 * Async is on so that the modules' {@code @ApplicationModuleListener}s (e-mail, for one)
 * run on their own threads after the change has committed, not in the person's request.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class PlatformConfiguration {

	static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	/**
	 * PostgreSQL's driver sends a batch of inserts as one multi-row insert only when
	 * asked to: a new request writes its answers, audit entries and notifications as
	 * batches, and each row as a statement of its own costs the database more than the
	 * rows.
	 */
	@Bean
	static BeanPostProcessor postgresBatchedInserts() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
						&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")
						&& !hikari.getJdbcUrl().contains("reWriteBatchedInserts")
						&& !hikari.getDataSourceProperties().containsKey("reWriteBatchedInserts")) {
					hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
				}
				return bean;
			}
		};
	}

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
		boolean enabled = demoEnabled(properties.demo().enabled(), jdbcUrl(dataSource));
		return () -> enabled;
	}

	/**
	 * Demo mode as configured, else on only for the embedded database: a PostgreSQL
	 * database is taken to be production, where known passwords must never work.
	 */
	static boolean demoEnabled(Boolean configured, String jdbcUrl) {
		return configured != null ? configured : isEmbedded(jdbcUrl);
	}

	static boolean isEmbedded(String jdbcUrl) {
		return jdbcUrl != null && jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, 8);
	}

	/**
	 * The database's own URL, or null when it cannot be asked (then demo mode stays off).
	 */
	private static String jdbcUrl(DataSource dataSource) {
		try {
			return JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getURL());
		}
		catch (Exception ex) {
			return null;
		}
	}

}
