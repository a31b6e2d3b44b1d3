package se.helhet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks that the Swedish and English UI texts stay in step: same keys, no empty texts
 * and the same {n} placeholders for every key. Plain JUnit, no Spring context.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");

	private static Properties swedish;

	private static Properties english;

	@BeforeAll
	static void load() throws IOException {
		swedish = load("/messages.properties");
		english = load("/messages_en.properties");
	}

	@Test
	void bothBundlesHaveTheSameKeys() {
		Set<String> missingInEnglish = new TreeSet<>(swedish.stringPropertyNames());
		missingInEnglish.removeAll(english.stringPropertyNames());
		Set<String> missingInSwedish = new TreeSet<>(english.stringPropertyNames());
		missingInSwedish.removeAll(swedish.stringPropertyNames());

		assertThat(missingInEnglish.isEmpty() && missingInSwedish.isEmpty())
			.as("key sets differ. Missing from messages_en.properties: %s. Missing from messages.properties: %s",
					missingInEnglish, missingInSwedish)
			.isTrue();
	}

	@Test
	void noValueIsEmpty() {
		assertThat(emptyKeys(swedish)).as("empty values in messages.properties").isEmpty();
		assertThat(emptyKeys(english)).as("empty values in messages_en.properties").isEmpty();
	}

	@Test
	void placeholdersMatchPerKey() {
		Map<String, String> mismatches = new TreeMap<>();
		for (String key : swedish.stringPropertyNames()) {
			String other = english.getProperty(key);
			if (other == null) {
				continue; // reported by bothBundlesHaveTheSameKeys
			}
			Set<String> sv = placeholders(swedish.getProperty(key));
			Set<String> en = placeholders(other);
			if (!sv.equals(en)) {
				mismatches.put(key, "sv " + sv + " vs en " + en);
			}
		}
		assertThat(mismatches).as("keys whose {n} placeholders differ between the bundles").isEmpty();
	}

	private static Set<String> emptyKeys(Properties properties) {
		Set<String> empty = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			if (properties.getProperty(key).isBlank()) {
				empty.add(key);
			}
		}
		return empty;
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add("{" + matcher.group(1) + "}");
		}
		return found;
	}

	private static Properties load(String resource) throws IOException {
		InputStream in = MessageBundlesTests.class.getResourceAsStream(resource);
		assertThat(in).as("classpath resource " + resource).isNotNull();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
