package se.helhet.requests.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes on disk under {@code helhet.data-dir/attachments}, named by a
 * random key, never by anything the user typed. Only known document and image types are
 * accepted, and the type a file is served with comes from this list, not from the
 * uploader.
 */
@Component
public class AttachmentStore {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	public static final int MAX_FILES = 5;

	static final Map<String, String> TYPES = Map.ofEntries(Map.entry("pdf", "application/pdf"),
			Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
			Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
			Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
			Map.entry("odt", "application/vnd.oasis.opendocument.text"),
			Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"), Map.entry("txt", "text/plain"),
			Map.entry("csv", "text/csv"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
			Map.entry("jpeg", "image/jpeg"));

	private final Path directory;

	AttachmentStore(@Value("${helhet.data-dir:./data}") Path dataDir) {
		this.directory = dataDir.resolve("attachments");
	}

	/**
	 * The content type Helhet serves the file as, or empty when the type is not allowed.
	 */
	public static Optional<String> contentType(String filename) {
		int dot = filename == null ? -1 : filename.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		return Optional.ofNullable(TYPES.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}

	/** A safe display name: no path, no control characters, at most 255 characters. */
	public static String cleanName(String filename) {
		String name = filename == null ? "fil" : filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "fil";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	public String store(InputStream content) throws IOException {
		Files.createDirectories(directory);
		String key = UUID.randomUUID().toString();
		Files.copy(content, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING);
		return key;
	}

	public Path path(String key) {
		UUID.fromString(key);
		return directory.resolve(key);
	}

}
