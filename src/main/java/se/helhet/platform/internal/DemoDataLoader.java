package se.helhet.platform.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import se.helhet.platform.Accounts.NewAccount;
import se.helhet.platform.DemoDataContributor;
import se.helhet.platform.DemoDataContributor.DemoSeed;
import se.helhet.platform.DemoMode;
import se.helhet.platform.Role;

/**
 * On start, before the web server accepts requests: loads the demo municipality in demo
 * mode, or makes sure no demo credential works outside it. A production database without
 * accounts gets one administrator with a random password printed once.
 */
@Component
class DemoDataLoader implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final List<DemoDataContributor> contributors;

	private final DemoMode demoMode;

	private final JdbcAccounts accounts;

	private final HelhetProperties properties;

	private final String port;

	DemoDataLoader(List<DemoDataContributor> contributors, DemoMode demoMode, JdbcAccounts accounts,
			HelhetProperties properties, @Value("${server.port:8080}") String port) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoDataContributor::order)).toList();
		this.demoMode = demoMode;
		this.accounts = accounts;
		this.properties = properties;
		this.port = port;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String url = "http://localhost:" + port;
		if (demoMode.enabled()) {
			DemoSeed seed = new DemoSeed(properties.demo().seed(), properties.demo().scale());
			for (DemoDataContributor contributor : contributors) {
				if (!contributor.isLoaded()) {
					long start = System.nanoTime();
					contributor.load(seed);
					log.info("Demodata laddad: {} ({} ms)", contributor.getClass().getSimpleName(),
							(System.nanoTime() - start) / 1_000_000);
				}
			}
			log.info("""

					  Helhet körs i demoläge: {}
					  Logga in som admin, bestallare, handlaggare, hr-chef, ekonomichef, kommunikationschef,
					  forvaltningschef, kommundirektor, redaktor eller facklig — lösenord: demo
					""", url);
		}
		else {
			accounts.disableDemoCredentials();
			if (!accounts.anyAccount()) {
				String password = randomPassword();
				accounts.save(new NewAccount("admin", "Administratör", "Systemförvaltare", null,
						java.util.Set.of(Role.ADMIN), null, null));
				accounts.setPassword("admin", password);
				log.warn("""

						  Helhet startade utan konton. Logga in på {} som admin med lösenordet {}
						  och byt lösenord eller koppla in kommunens inloggning (OIDC).
						""", url, password);
			}
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
