package se.helhet.catalogue;

/** The kinds of extra field a service's form can ask for. */
public enum FieldType {

	TEXT, CHOICE, DATE, NUMBER, YESNO;

	public String labelKey() {
		return "fieldType." + name();
	}

}
