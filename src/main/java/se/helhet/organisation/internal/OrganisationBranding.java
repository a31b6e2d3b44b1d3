package se.helhet.organisation.internal;

import org.springframework.stereotype.Component;

import se.helhet.platform.Branding;

/** The header shows the municipality's name as the administrator set it on the group. */
@Component
class OrganisationBranding implements Branding {

	private final OrganisationService organisation;

	OrganisationBranding(OrganisationService organisation) {
		this.organisation = organisation;
	}

	@Override
	public String municipalityName() {
		return organisation.group().municipalityName();
	}

}
