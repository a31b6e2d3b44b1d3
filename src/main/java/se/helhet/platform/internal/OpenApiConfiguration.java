package se.helhet.platform.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The API description served at /v3/api-docs: every call needs a personal bearer token.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI helhetOpenApi() {
		return new OpenAPI().info(new Info().title("Helhet API").version("v1").description("""
				Helhets REST-API för kommunkoncernens centrala stödfunktioner. Alla anrop autentiseras med \
				en personlig API-token (skapas på Min profil) i huvudet Authorization: Bearer <token>. \
				Fel returneras som problem details (RFC 9457) med svenskt meddelande."""))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("Personlig API-token från Min profil; i demoläge demo-<användarnamn>.")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
