package se.helhet.catalogue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.helhet.catalogue.Catalogue;
import se.helhet.catalogue.FieldType;
import se.helhet.catalogue.FormField;
import se.helhet.catalogue.ServiceView;
import se.helhet.organisation.NamedItem;
import se.helhet.organisation.Organisation;
import se.helhet.organisation.UnitKind;
import se.helhet.platform.ConflictException;
import se.helhet.platform.NotFoundException;
import se.helhet.platform.ReferenceData;
import se.helhet.platform.ValidationException;

@Service
@Transactional
public class CatalogueService implements Catalogue {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	/** The whole catalogue (a few hundred services at most), read on every intake. */
	private final ReferenceData<List<ServiceView>> catalogue;

	CatalogueService(JdbcClient jdbc, Organisation organisation, PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		// its reads in one transaction, whoever asks: the getters below join none of
		// their own
		this.catalogue = new ReferenceData<>(Duration.ofSeconds(10),
				() -> readOnly.execute(status -> load("select * from cat_service order by name_sv")));
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ServiceView> services() {
		return catalogue.get();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ServiceView> servicesOf(UUID functionId) {
		return services().stream().filter(s -> s.functionId().equals(functionId)).toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<ServiceView> service(UUID id) {
		return services().stream().filter(s -> s.id().equals(id)).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FormField> form(UUID serviceId, int formVersion) {
		return fields(serviceId, formVersion);
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ServiceView> search(String words) {
		String[] terms = words == null ? new String[0]
				: Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+"))
					.filter(w -> !w.isBlank())
					.limit(10)
					.toArray(String[]::new);
		return services().stream().filter(ServiceView::active).filter(s -> {
			String text = (s.nameSv() + " " + s.descriptionSv() + " " + (s.nameEn() == null ? "" : s.nameEn()))
				.toLowerCase(Locale.ROOT);
			return Arrays.stream(terms).allMatch(text::contains);
		}).toList();
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, String> checkAnswers(UUID serviceId, Map<String, String> answers) {
		Map<String, String> errors = new LinkedHashMap<>();
		answerProblems(serviceId, answers).forEach((field, text) -> errors.put(field, text.sv()));
		return errors;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Map<String, se.helhet.platform.Text> answerProblems(UUID serviceId, Map<String, String> answers) {
		ServiceView service = service(serviceId).orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
		Map<String, se.helhet.platform.Text> problems = new LinkedHashMap<>();
		for (FormField field : service.fields()) {
			field.problem(answers.get(field.key())).ifPresent(text -> problems.put("field_" + field.key(), text));
		}
		return problems;
	}

	@Override
	public UUID save(SaveService command) {
		catalogue.changed();
		List<FormField> fields = command.fields()
			.stream()
			.map(f -> new FormField(
					f.key() == null || f.key().isBlank() ? ServiceRules.keyOf(f.labelSv() == null ? "" : f.labelSv())
							: f.key(),
					f.labelSv() == null ? null : f.labelSv().strip(), blankToNull(f.labelEn()), f.type(), f.required(),
					f.options().stream().map(String::strip).filter(o -> !o.isEmpty()).toList()))
			.toList();
		List<String> checklist = command.checklist().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
		SaveService normalised = new SaveService(command.id(), command.functionId(), command.nameSv(), command.nameEn(),
				command.descriptionSv(), command.descriptionEn(), command.competenceId(), command.slaWorkingHours(),
				command.confidential(), command.retentionMonths(), command.routineTitle(), command.routineUrl(),
				command.active(), fields, checklist, command.version());
		Map<String, String> errors = new LinkedHashMap<>(ServiceRules.check(normalised));
		if (command.functionId() != null
				&& organisation.unit(command.functionId()).filter(u -> u.kind() == UnitKind.FUNCTION).isEmpty()) {
			errors.put("functionId", "Välj en av de centrala funktionerna.");
		}
		if (command.competenceId() != null && command.functionId() != null
				&& organisation.competences(command.functionId())
					.stream()
					.map(NamedItem::id)
					.noneMatch(command.competenceId()::equals)) {
			errors.put("competenceId", "Kompetensen hör inte till funktionen. Välj en kompetens i listan.");
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		int sla = ServiceRules.integer(command.slaWorkingHours());
		int retention = ServiceRules.integer(command.retentionMonths());
		UUID id;
		int formVersion;
		if (command.id() == null) {
			id = UUID.randomUUID();
			formVersion = 1;
			jdbc.sql(
					"""
							insert into cat_service (id, function_id, name_sv, name_en, description_sv, description_en, competence_id,
							 sla_working_hours, confidential, retention_months, routine_title, routine_url, active, form_version, version)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)""")
				.params(id, command.functionId(), command.nameSv().strip(), blankToNull(command.nameEn()),
						command.descriptionSv().strip(), blankToNull(command.descriptionEn()), command.competenceId(),
						sla, command.confidential(), retention, blankToNull(command.routineTitle()),
						blankToNull(command.routineUrl()), command.active())
				.update();
			insertFields(id, 1, fields);
		}
		else {
			ServiceView existing = service(command.id())
				.orElseThrow(() -> new NotFoundException("Tjänsten finns inte."));
			id = existing.id();
			boolean formChanged = !existing.fields().equals(fields);
			formVersion = formChanged ? existing.formVersion() + 1 : existing.formVersion();
			int updated = jdbc
				.sql("""
						update cat_service set function_id = ?, name_sv = ?, name_en = ?, description_sv = ?, description_en = ?,
						 competence_id = ?, sla_working_hours = ?, confidential = ?, retention_months = ?, routine_title = ?,
						 routine_url = ?, active = ?, form_version = ?, version = version + 1
						where id = ? and version = ?""")
				.params(command.functionId(), command.nameSv().strip(), blankToNull(command.nameEn()),
						command.descriptionSv().strip(), blankToNull(command.descriptionEn()), command.competenceId(),
						sla, command.confidential(), retention, blankToNull(command.routineTitle()),
						blankToNull(command.routineUrl()), command.active(), formVersion, id,
						command.version() == null ? existing.version() : command.version())
				.update();
			if (updated == 0) {
				throw new ConflictException("Någon annan har ändrat tjänsten " + existing.nameSv()
						+ " sedan du öppnade formuläret. Ladda om sidan för att se ändringen och gör om din ändring.");
			}
			if (formChanged) {
				insertFields(id, formVersion, fields);
			}
			jdbc.sql("delete from cat_checklist_step where service_id = ?").param(id).update();
		}
		int position = 1;
		for (String step : checklist) {
			jdbc.sql("insert into cat_checklist_step (id, service_id, position, text_sv) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), id, position++, step)
				.update();
		}
		return id;
	}

	private void insertFields(UUID serviceId, int formVersion, List<FormField> fields) {
		int position = 1;
		for (FormField field : fields) {
			jdbc.sql(
					"""
							insert into cat_service_field (id, service_id, form_version, position, field_key, label_sv, label_en,
							 field_type, required, options) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), serviceId, formVersion, position++, field.key(), field.labelSv(),
						field.labelEn(), field.type().name(), field.required(),
						field.options().isEmpty() ? null : String.join("\n", field.options()))
				.update();
		}
	}

	private List<ServiceView> load(String sql, Object... params) {
		List<Row> rows = jdbc.sql(sql).params(params).query(CatalogueService::row).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<String>> checklists = new HashMap<>();
		jdbc.sql("select service_id, text_sv from cat_checklist_step order by position").query((rs, n) -> {
			checklists.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
				.add(rs.getString("text_sv"));
			return null;
		}).list();
		Map<UUID, List<FormField>> currentFields = new HashMap<>();
		jdbc.sql(
				"""
						select f.* from cat_service_field f join cat_service s on s.id = f.service_id and s.form_version = f.form_version
						order by f.position""")
			.query((rs, n) -> {
				currentFields.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
					.add(field(rs));
				return null;
			})
			.list();
		return rows.stream()
			.map(r -> new ServiceView(r.id, r.functionId, r.nameSv, r.nameEn, r.descriptionSv, r.descriptionEn,
					r.competenceId, r.sla, r.confidential, r.retention, r.routineTitle, r.routineUrl, r.active,
					r.formVersion, currentFields.getOrDefault(r.id, List.of()),
					checklists.getOrDefault(r.id, List.of()), r.version))
			.toList();
	}

	private List<FormField> fields(UUID serviceId, int formVersion) {
		return jdbc.sql("select * from cat_service_field where service_id = ? and form_version = ? order by position")
			.params(serviceId, formVersion)
			.query((rs, n) -> field(rs))
			.list();
	}

	private static FormField field(ResultSet rs) throws SQLException {
		String options = rs.getString("options");
		return new FormField(rs.getString("field_key"), rs.getString("label_sv"), rs.getString("label_en"),
				FieldType.valueOf(rs.getString("field_type")), rs.getBoolean("required"),
				options == null ? List.of() : List.of(options.split("\n")));
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("function_id", UUID.class), rs.getString("name_sv"),
				rs.getString("name_en"), rs.getString("description_sv"), rs.getString("description_en"),
				rs.getObject("competence_id", UUID.class), rs.getInt("sla_working_hours"),
				rs.getBoolean("confidential"), rs.getInt("retention_months"), rs.getString("routine_title"),
				rs.getString("routine_url"), rs.getBoolean("active"), rs.getInt("form_version"), rs.getInt("version"));
	}

	private record Row(UUID id, UUID functionId, String nameSv, String nameEn, String descriptionSv,
			String descriptionEn, UUID competenceId, int sla, boolean confidential, int retention, String routineTitle,
			String routineUrl, boolean active, int formVersion, int version) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
