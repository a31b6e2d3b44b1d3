package se.helhet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Helhet: the platform for a municipal group's central support functions. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Helhet", sharedModules = "platform")
public class HelhetApplication {

	public static void main(String[] args) {
		SpringApplication.run(HelhetApplication.class, args);
	}

}
